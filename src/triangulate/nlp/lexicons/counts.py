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

#: words right after a number that make it a measure, not a count of people ("a 36-year-old
#: man died", "fell 700 metres to his death", "a 6.7-magnitude quake killed")
MEASURES = frozenset(
    {
        *("year", "years", "old", "month", "months", "week", "weeks", "day", "days"),
        *("hour", "hours", "minute", "minutes", "am", "pm", "a", "p", "percent", "per"),
        *("metre", "metres", "meter", "meters", "m", "km", "kilometres", "kilometers"),
        *("mile", "miles", "feet", "ft", "foot", "yard", "yards", "points", "point"),
        *("magnitude", "strength", "storey", "story", "degree", "degrees", "million"),
        *("billion", "dollars", "euros", "pounds", "tonnes", "tons", "kg", "games", "times"),
    }
)

#: month names: a number next to one is a day of the month ("killed on March 9")
MONTHS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
