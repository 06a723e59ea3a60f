"""Words of time: months, weekdays, units, numbers, modifiers, references, holidays (TIMEX3).

Data only: the engine in :mod:`triangulate.temporal.normalise` reads these tables, and the
recognition patterns live in :mod:`triangulate.nlp.lexicons.time_patterns`.
"""

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
#: month abbreviations that are also ordinary words, read as months only before a day or year
AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "jun", "dec", "sept"})
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
#: unit word -> (TIMEX3 duration letter, whether it is a time unit: PT...); decades, centuries
#: and millennia are E, C and L, as in TimeBank ("about a decade" -> P1E)
UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("E", False),
    "century": ("C", False),
    "quarter": ("Q", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "millennium": ("L", False),
}
#: irregular plurals and hyphenated forms of unit words
UNIT_FORMS = {
    "centuries": "century",
    "millennia": "millennium",
    "hrs": "hour",
    "hr": "hour",
    "mins": "minute",
    "min": "minute",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
    "mo": "month",
    "mos": "month",
    "wk": "week",
    "wks": "week",
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 1000000,
    "several": None,
    "few": None,
    "many": None,
    "couple": 2,
    "some": None,
    "numerous": None,
    "dozens": None,
    "hundreds": None,
    "thousands": None,
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "last": -1,
    "final": -1,
}
#: "the last half", "the latter half"
LAST_ORDINALS = frozenset({"last", "final", "latter"})
#: decades written as words: "the nineties"
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
#: modifier word -> TIMEX3 mod
MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "late": "END",
    "end": "END",
    "mid": "MID",
    "middle": "MID",
    "midst": "MID",
    "close": "END",
    "dawn": "START",
    "about": "APPROX",
    "around": "APPROX",
    "nearly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "roughly": "APPROX",
    "almost": "LESS_THAN",
    "less": "LESS_THAN",
    "under": "LESS_THAN",
    "barely": "LESS_THAN",
    "more": "MORE_THAN",
    "over": "MORE_THAN",
    "least": "EQUAL_OR_MORE",
    "most": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}
#: part of day -> TIMEX3 suffix (2026-02-24TEV)
PARTS_OF_DAY = {
    "morning": "MO",
    "mornings": "MO",
    "afternoon": "AF",
    "afternoons": "AF",
    "evening": "EV",
    "evenings": "EV",
    "night": "NI",
    "nights": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "daytime": "DT",
    "midday": "MI",
}
#: clock words -> (hour, minute)
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
#: adverbs and adjectives of frequency -> TIMEX3 SET value
FREQUENCIES = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}
#: holidays -> (month, day) for fixed dates, (month, weekday, n) for the n-th weekday (-1: the
#: last), (month, weekday, n, day) counting from that day, (0, offset) for days from Easter
HOLIDAYS: dict[tuple[str, ...], tuple[int, ...]] = {
    ("new", "year", "day"): (1, 1),
    ("new", "year", "eve"): (12, 31),
    ("valentine", "day"): (2, 14),
    ("independence", "day"): (7, 4),
    ("halloween",): (10, 31),
    ("veterans", "day"): (11, 11),
    ("christmas", "eve"): (12, 24),
    ("christmas", "day"): (12, 25),
    ("christmas",): (12, 25),
    ("boxing", "day"): (12, 26),
    ("thanksgiving", "day"): (11, 3, 4),
    ("thanksgiving",): (11, 3, 4),
    ("labor", "day"): (9, 0, 1),
    ("memorial", "day"): (5, 0, -1),
    ("martin", "luther", "king", "day"): (1, 0, 3),
    ("election", "day"): (11, 1, 1, 2),  # US: the Tuesday after the first Monday
    ("good", "friday"): (0, -2),
    ("easter", "sunday"): (0, 0),
    ("easter", "monday"): (0, 1),
    ("easter",): (0, 0),
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: words that are references, not calendar values: "now", "the past", "recently"
REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "past": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "later": "FUTURE_REF",
    "eventually": "FUTURE_REF",
}
#: direction words: where a relative expression lies from its anchor
PAST_WORDS = frozenset(
    {"last", "past", "previous", "preceding", "ago", "earlier", "before", "prior"}
)
FUTURE_WORDS = frozenset({"next", "coming", "following", "later", "after", "hence", "upcoming"})
#: words that anchor on the narrative's last date, not on the publication date (TimeML anaphora)
ANAPHORIC_WORDS = frozenset(
    {
        "earlier",
        "later",
        "before",
        "after",
        "following",
        "previous",
        "preceding",
        "prior",
        "that",
        "same",
        "then",
    }
)
#: words that make a unit phrase a frequency: "each year", "every Monday", "per hour"
SET_WORDS = frozenset({"each", "every", "per"})
#: words allowed between a number and its unit: "eight trading days", "20 more years"
UNIT_FILLERS = frozenset(
    {
        "more",
        "trading",
        "business",
        "working",
        "consecutive",
        "straight",
        "full",
        "calendar",
        "long",
        "additional",
        "other",
        "further",
        "fiscal",
        "short",
        "extra",
        "whole",
        "successive",
        "previous",
        "past",
        "last",
        "next",
        "first",
        "coming",
        "following",
    }
)
#: words that count from another date: what they name is no new reference time
COUNTING_WORDS = ("ago", "earlier", "later", "before", "after", "prior", "hence")
#: phrases that are references, not calendar values: "these days", "the near term"
REFERENCE_PHRASES = {
    ("these", "days"): "PRESENT_REF",
    ("nowadays",): "PRESENT_REF",
    ("as", "soon", "as", "possible"): "FUTURE_REF",
    ("near", "term"): "FUTURE_REF",
    ("short", "term"): "FUTURE_REF",
    ("long", "term"): "FUTURE_REF",
    ("then", "current"): "PAST_REF",
    ("later", "date"): "FUTURE_REF",
    ("earlier", "date"): "PAST_REF",
}
#: words before an ambiguous month name that make it one: "last May"
MONTH_MODIFIERS = frozenset({"last", "next", "this", "early", "late", "mid", "in", "since"})
#: words that make "period" a report's quarter: "the latest period"
REPORTING_PERIOD_WORDS = frozenset({"latest", "comparable", "corresponding"})
#: first words of a spoken year: "nineteen ninety-six"
SPOKEN_CENTURIES = {"sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
#: tens words
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
#: day words that are time expressions on their own
DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight", "weekend", "weekends"})
