"""callinsight.personas"""
