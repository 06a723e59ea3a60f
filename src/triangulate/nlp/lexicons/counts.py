"""Words that say what a number counts in news of harm ("42 killed", "38 dead", "61
missing"), and the words before a number that bound it ("at least 42").

Data only; the engine is ``crossdoc/counts.py``.
"""

from __future__ import annotations

#: word -> the kind of count it names
COUNT_WORDS = {
    **dict.fromkeys(("killed", "dead", "died", "deaths", "death", "kills", "fatalities"), "killed"),
    **dict.fromkeys(("injured", "wounded", "hurt", "injuries"), "injured"),
    **dict.fromkeys(("missing", "unaccounted"), "missing"),
    **dict.fromkeys(("arrested", "detained", "arrests"), "arrested"),
    **dict.fromkeys(("evacuated", "displaced", "homeless"), "displaced"),
}

#: words before a number and how they bound it: at least (low), at most (high), about
BOUNDS = {
    ("at", "least"): "low",
    ("more", "than"): "low",
    ("over",): "low",
    ("nearly",): "high",
    ("almost",): "high",
    ("up", "to"): "high",
    ("fewer", "than"): "high",
    ("about",): "about",
    ("around",): "about",
    ("some",): "about",
    ("roughly",): "about",
}
