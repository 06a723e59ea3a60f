"""Recognition rules for time expressions (data only; the engine is ``extract/timex.py``).

The parser's DATE and TIME entities are the main source of spans. These tables add the
expressions it misses (as spaCy ``Matcher`` patterns) and set the extent rules of the TimeML
guidelines: what a span may start or end with, and where one entity holds two expressions
("the quarter ended Sept. 30" is "the quarter" and "Sept. 30").
"""

from __future__ import annotations

from typing import Any

from triangulate.nlp.lexicons.time_words import HOLIDAYS

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
        [{"LOWER": "then", "OP": "?"}, {"LOWER": "current", "POS": "ADJ"}],
        [{"LOWER": "the"}, {"LOWER": "near", "OP": "?"}, {"LOWER": "future", "POS": "NOUN"}],
        [{"LOWER": "the"}, {"LOWER": "past", "POS": {"IN": ["NOUN", "ADJ"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short"]}}, {"LOWER": "term"}],
        [{"LOWER": "as"}, {"LOWER": "soon"}, {"LOWER": "as"}, {"LOWER": "possible"}],
    ],
    "deictic": [[{"LOWER": {"IN": ["today", "tonight", "yesterday", "tomorrow"]}}]],
    "frequency": [
        [
            {
                "LOWER": {"IN": ["daily", "weekly", "hourly", "nightly", "yearly"]},
                "POS": {"NOT_IN": ["PROPN"]},
                "ENT_TYPE": {"NOT_IN": ["ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT"]},
            }
        ],
        [{"LOWER": {"IN": ["each", "every"]}}, {"LOWER": {"IN": _UNITS + _WEEKDAYS + _MONTHS}}],
        [
            {"LIKE_NUM": True},
            {"LOWER": {"IN": ["times", "time"]}},
            {"LOWER": {"IN": ["a", "an", "per", "each"]}},
            {"LOWER": {"IN": _UNITS}},
        ],
        [{"LOWER": {"IN": ["weekdays", "weekends"]}}],
    ],
    # "$33 million a year", "interviews a day": the match keeps only its last two words
    "rate": [
        [
            {"POS": {"IN": ["NUM", "NOUN"]}},
            {"LOWER": {"IN": ["a", "an", "per"]}},
            {"LOWER": {"IN": ["year", "month", "week", "day", "hour"]}},
        ],
    ],
    "calendar": [
        [
            {"LOWER": {"IN": ["last", "next", "this", "early", "late", "mid"]}},
            {"LOWER": {"IN": _MONTHS}},
        ],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["latest", "comparable"]}}, {"LOWER": "period"}],
        *(
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"}]
            + [{"LOWER": word} for word in holiday]
            for holiday in HOLIDAYS
        ),
    ],
    "duration": [
        [
            {"LIKE_NUM": True, "OP": "*"},
            {"LOWER": {"IN": ["more", "few", "several", "many"]}, "OP": "?"},
            {"LOWER": {"IN": _UNITS_PLURAL}, "POS": "NOUN"},
        ],
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
#: trailing tokens a span does not keep
STRIP_TRAILING = frozenset({"'s", "'", ",", ".", "-", "--", "and", "or", "to", "of", "ago,"})
#: words at which one entity holds two expressions
SPLIT_WORDS = frozenset({"ended", "ending", "through", "to", "until", "till", "and", "from"})
#: "of" splits a span after a counted unit ("the first nine months | of 1997")
SPLIT_OF = "of"
COUNTED_UNITS = frozenset({"days", "weeks", "months", "quarters", "years"})
#: words of a clock time, which joins the day after it even across a time zone or comma
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight"})
#: time zones between a clock time and its day ("4 a.m. EDT Thursday")
TIME_ZONES = frozenset({"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et"})
#: pattern kinds whose matches drop their first word ("million [a year]")
TRIM_FIRST = frozenset({"rate"})
#: trailing words a span does not keep ("three days later" is the duration "three days")
STRIP_TRAILING_WORDS = frozenset({"later"})
#: determiners a span takes in when the parser left them out ("[this] year")
TAKE_DETERMINERS = frozenset({"this", "that", "last", "next", "the"})
#: words that take in a determiner the parser left out ("[this] summer's harvest")
DETERMINED_WORDS = frozenset(
    {"year", "month", "week", "quarter", "day", "weekend", "spring", "summer", "autumn",
     "fall", "winter"}
)  # fmt: skip
#: auxiliaries of the future, "would" included: "said the races would go ahead on Sunday"
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "would"})
#: modals whose bare infinitive points ahead: "could come as early as Tuesday"
FUTURE_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
#: nouns after a year that belong to the expression ("the 1988 period")
PERIOD_NOUNS = frozenset({"period", "quarter"})
#: words that join a neighbouring part of day or clock time ("Wednesday night", "noon Friday")
PARTS_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "nights", "noon", "midnight", "overnight"}
)
#: prepositions that put a date ahead of the clause ("postponed until Tuesday")
FUTURE_PREPOSITIONS = frozenset({"until", "till"})
#: verbs of plans and schedules: what they govern lies ahead ("is scheduled to close Monday")
FUTURE_LEMMAS = frozenset(
    {"schedule", "plan", "postpone", "delay", "due", "intend", "adjourn", "defer"}
)
#: words that name a date even inside a run of proper nouns ("Monday Jan. 5")
CALENDAR_NAMES = frozenset(
    [
        *_WEEKDAYS,
        *_MONTHS,
        "jan.",
        "feb.",
        "aug.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
        "christmas",
        "thanksgiving",
        "easter",
        "day",
    ]
)
#: frequency adjectives that describe a noun rather than time it ("a quarterly dividend")
ADJECTIVE_FREQUENCIES = frozenset(
    {"quarterly", "annual", "annually", "monthly", "yearly", "overnight"}
)  # "the overnight lead" is no time either
#: possessive determiners that make a decade an age ("in [his] 30s")
PERSONAL = frozenset({"his", "her", "their", "my", "our", "your"})
#: single words the parser tags as dates that rarely are time expressions on their own
NOT_ALONE = frozenset({"year", "annually", "minutes", "seconds"})
#: time words that, capitalised inside a sentence, are part of a name ("60 Minutes")
NAMEABLE_TIME_WORDS = frozenset(
    {"today", "tonight", "week", "minutes", "hours", "day", "days", "year", "years", "month",
     "now", "morning", "evening", "night", "daily", "weekly", "century", "times"}
)  # fmt: skip
#: words after a period that make it a span of time ending on a date ("the year ended ...")
PERIOD_ENDS = frozenset({"ended", "ending"})
