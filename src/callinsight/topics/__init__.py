"""callinsight.topics"""
