"""callinsight.report"""
