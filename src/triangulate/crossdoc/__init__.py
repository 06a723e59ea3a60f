"""Cross-document work on stored, compact records (never on spaCy objects)."""
