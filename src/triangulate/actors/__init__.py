"""Actor knowledge: countries, organisations and the words that give an actor's sector.

The knowledge is sourced data (``actors/data/*.tsv``, described in docs/actors.md), read by
:mod:`triangulate.actors.gazetteer`; :mod:`triangulate.actors.phrases` reads short phrases
("Israeli Prime Minister", "U.S. forces", "Hezbollah") into a country and a sector. Nothing
here imports spaCy, so every layer may use it.
"""
