"""PII redaction, applied to every transcript before anything is stored.

``redact_transcript(t, cfg)`` replaces emails, phone numbers, payment card numbers (Luhn-checked),
national-id-like numbers and IBANs (mod-97-checked), written or spoken as words, with typed
placeholders such as ``[PHONE]`` in each utterance's text and timed words, and in the call's metadata
(``redaction.keep_fields`` names fields kept as they are), and counts them per kind.
``redact_document(text, cfg)`` does the same for any other text (persona documents): ``(text, counts)``.
"""

from callinsight.redact.apply import redact_document, redact_text, redact_transcript, redact_utterance
from callinsight.redact.config import RedactionConfig
from callinsight.redact.detect import KINDS, Span, find_pii

__all__ = [
    "KINDS",
    "RedactionConfig",
    "Span",
    "find_pii",
    "redact_document",
    "redact_text",
    "redact_transcript",
    "redact_utterance",
]
