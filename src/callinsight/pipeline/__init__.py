"""callinsight.pipeline"""
