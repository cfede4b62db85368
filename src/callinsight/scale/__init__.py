"""callinsight.scale"""
