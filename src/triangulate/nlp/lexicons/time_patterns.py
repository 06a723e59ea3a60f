"""Recognition rules for time expressions (data only; the engine is ``extract/timex.py``).

The parser's DATE and TIME entities are the main source of spans. These tables add the
expressions it misses (as spaCy ``Matcher`` patterns) and set the extent rules of the TimeML
guidelines: what a span may start or end with, and where one entity holds two expressions
("the quarter ended Sept. 30" is "the quarter" and "Sept. 30").
"""

from __future__ import annotations

from typing import Any

Pattern = list[dict[str, Any]]

_UNITS_PLURAL = ["years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"]
_UNITS = ["year", "month", "week", "day", "quarter", "hour", "night", "morning", "evening"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip

#: expressions the parser's entities miss, by kind
PATTERNS: dict[str, list[Pattern]] = {
    "reference": [
        [{"LOWER": {"IN": ["right", "just"]}, "OP": "?"}, {"LOWER": "now", "POS": "ADV"}],
        [{"LOWER": {"IN": ["currently", "recently", "nowadays"]}}],
        [{"LOWER": "more", "OP": "?"}, {"LOWER": "recently"}],
        [{"LOWER": "current", "POS": "ADJ"}],
        [{"LOWER": "recent", "POS": "ADJ"}],
        [{"LOWER": "the"}, {"LOWER": "near", "OP": "?"}, {"LOWER": "future", "POS": "NOUN"}],
        [{"LOWER": "the"}, {"LOWER": "past", "POS": {"IN": ["NOUN", "ADJ"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short"]}}, {"LOWER": "term"}],
        [{"LOWER": "as"}, {"LOWER": "soon"}, {"LOWER": "as"}, {"LOWER": "possible"}],
    ],
    "frequency": [
        [{"LOWER": {"IN": ["daily", "weekly", "hourly", "nightly", "yearly", "annually"]}}],
        [{"LOWER": {"IN": ["each", "every"]}}, {"LOWER": {"IN": _UNITS + _WEEKDAYS + _MONTHS}}],
        [
            {"LIKE_NUM": True},
            {"LOWER": {"IN": ["times", "time"]}},
            {"LOWER": {"IN": ["a", "an", "per", "each"]}},
            {"LOWER": {"IN": _UNITS}},
        ],
        [{"LOWER": {"IN": ["weekdays", "weekends"]}}],
    ],
    "duration": [
        [{"LOWER": {"IN": _UNITS_PLURAL}, "POS": "NOUN"}],
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["while"]}}],
    ],
}

#: leading words a span does not keep ("earlier this week" -> "this week")
STRIP_LEADING = frozenset(
    {
        "earlier", "later", "just", "only", "barely", "sometime", "between", "its", "their",
        "his", "her", "both", "as", "at", "least", "over", "within", "about", "from", "since",
        "until", "by", "for", "in", "on", "of", "to", "during", "after", "before", "and", "or",
        "than", "some", "up",
    }
)  # fmt: skip
#: leading words kept before these ("later this week" keeps nothing; "earlier" alone stays)
STRIP_BEFORE = frozenset({"this", "that", "in", "on", "today", "tonight", "yesterday", "last"})
#: trailing tokens a span does not keep
STRIP_TRAILING = frozenset({"'s", "'", ",", ".", "-", "--", "and", "or", "to", "of", "ago,"})
#: words at which one entity holds two expressions
SPLIT_WORDS = frozenset({"ended", "ending", "through", "to", "until", "till", "and", "from"})
#: "of" splits a span when a date follows it ("the first nine months of 1997")
SPLIT_OF = "of"
#: words that join a neighbouring part of day or clock time ("Wednesday night", "noon Friday")
PARTS_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "nights", "noon", "midnight", "overnight"}
)
