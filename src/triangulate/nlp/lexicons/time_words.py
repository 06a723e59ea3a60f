"""Words of time: months, weekdays, units, number words, modifiers (TIMEX3 vocabulary)."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
#: unit word -> (TIMEX3 duration letter, whether it is a time unit: PT...)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "hundred": 100, "several": None, "few": None, "many": None, "couple": 2,
}
#: modifier word -> TIMEX3 mod
MODS = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "mid": "MID", "middle": "MID", "about": "APPROX", "around": "APPROX", "nearly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "roughly": "APPROX", "almost": "LESS_THAN",
    "less": "LESS_THAN", "under": "LESS_THAN", "more": "MORE_THAN", "over": "MORE_THAN",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: words that are references, not calendar values
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "recently": "PAST_REF", "past": "PAST_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
}
