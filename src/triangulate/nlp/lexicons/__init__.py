"""Data-only modules: word lists the extractors read. No logic lives here."""
