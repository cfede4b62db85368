"""callinsight.redact"""
