"""Lookup tables for period and publication-date parsing (private to normalize)."""

from __future__ import annotations

# Month names as written in English news; matched case-sensitively (Title or
# UPPER case) so the verb "may" and the noun "march" are not months.
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
}

# Abbreviations; without a trailing dot they count only next to a day or a
# year ("Jan 2024", "Dec 1-20"), since "Jan" alone is also a first name.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sept": 9,
    "Sep": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()

# Spelled-out counts 1..31 ("the first nine months", "the first twenty days").
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, start=1)}
NUMBER_WORDS["twenty"] = 20
NUMBER_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS[:9], start=1)})
NUMBER_WORDS["thirty"] = 30
NUMBER_WORDS["thirty-one"] = 31
NUMBER_WORDS["a"] = 1
NUMBER_WORDS["an"] = 1

QUARTER_ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

HALF_ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "latter": 2,
    "last": 2,
}

# Words right after a four-digit number that make it a quantity, not a year.
QUANTITY_AFTER_YEAR = (
    r"%|(?:percent|per\s*cent|pct|million|billion|trillion|thousand|hundred|mln|bln|bn|"
    r"tons?|tonnes?|metric|won|yuan|renminbi|dollars?|euros?|yen|rubles?|roubles?|"
    r"units|people|persons|workers|vehicles|cars|kg|km|barrels|cases)(?!\w)"
)

# Currency signs or codes right before a four-digit number ("$2024 million").
CURRENCY_BEFORE_YEAR = r"(?:[$€£¥₩]|US\$|HK\$|A\$|NT\$|\b(?:USD|KRW|CNY|RMB|EUR|JPY|RUB|GBP))\s*$"

# Words that put a period in the future of the article ("by 2030", "scheduled
# for June 12, 2025"), so it says nothing about when the article was written.
FUTURE_BEFORE_PERIOD = (
    r"\b(?:by|until|till|before|targets?\s+for|plans?\s+for|goals?\s+for|by\s+the\s+end\s+of|"
    r"scheduled\s+(?:for|on|in)|slated\s+for|set\s+(?:for|to\s+\w+\s+(?:on|in))|due\s+(?:on|in|by)|"
    r"expected\s+(?:on|in|by)|will\s+\w+\s+(?:on|in|by)|ahead\s+of|deadline\s+of)\s+(?:the\s+|an?\s+)?$"
)

# A sentence about the future or a forecast: the periods it names may lie after
# the article's date, so they say nothing about it. Case-sensitive "may" would
# miss a sentence-initial "May", which is more often the month.
FUTURE_SENTENCE = (
    r"(?i:\b(?:will|would|could|might|should|expects?|expected|expecting|forecasts?|projected|projects?|"
    r"predicts?|predicted|targets?|goals?|aims?|plans?|planned|likely|unlikely|outlook|deadline|scheduled))\b"
    r"|\bmay\b"
)
