"""Reading persona documents in the formats teams keep them in.

Every format is read by a maintained library into one intermediate tree (``tree.Section``: headings
with levels, paragraphs, lists whose items may start with a bold label, tables, records), and one
extractor (``personas.extract``) finds the personas in that tree, so the rules are written once.
"""

from __future__ import annotations

from callinsight.personas.reading.dispatch import SUFFIXES, extension, read_document
from callinsight.personas.reading.script import SCRIPT_SUFFIXES

__all__ = ["SCRIPT_SUFFIXES", "SUFFIXES", "extension", "read_document"]
