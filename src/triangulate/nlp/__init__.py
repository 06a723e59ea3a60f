"""NLP layer: the spaCy pipeline and the lexicons our extractors read."""
