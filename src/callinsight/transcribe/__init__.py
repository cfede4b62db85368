"""callinsight.transcribe"""
