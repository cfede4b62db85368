"""callinsight.embed"""
