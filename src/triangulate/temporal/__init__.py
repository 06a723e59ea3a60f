"""Time values without spaCy: TIMEX3 normalisation and re-anchoring of time expressions.

``extract.timex`` finds the expressions in a parse; this package gives them values, so
cross-document code can re-anchor an article's expressions without a parser.
"""

from triangulate.temporal.normalise import (
    normalise_document,
    normalise_timex,
    reanchor,
    reanchor_on_days,
)
from triangulate.temporal.reading import is_temporal

__all__ = [
    "is_temporal",
    "normalise_document",
    "normalise_timex",
    "reanchor",
    "reanchor_on_days",
]
