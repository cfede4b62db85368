"""callinsight.mining"""
