"""callinsight.ingest"""
