"""callinsight.importer"""
