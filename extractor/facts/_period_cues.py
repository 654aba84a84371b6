"""Cue words that tie a period to a figure in a sentence (private to facts.periods)."""

from __future__ import annotations

import re

from extractor.normalize._period_tables import FUTURE_SENTENCE

# "2023-24", "1999-00": a fiscal year (the second number the next year, and not a month).
TWO_DIGIT_FISCAL = re.compile(r"\b(?:19|20)(?P<a>\d\d)\s*[-/–]\s*(?P<b>\d\d)(?![\d-])")
FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial)\s+years?\b|\bFY\s?\d", re.IGNORECASE)

# "annual shipments were …": the figure is the year's. Not "in annual terms",
# "an annual 13 percent", "annual growth": those compare with a year before.
ANNUAL_FIGURE = re.compile(
    r"\b(?:annual|full-year|yearly)\b(?!\s+(?:terms|basis|rates?|comparison|growth|increase|rise|decline|drop|fall"
    r"|gain|change|average|of\b|\d))|\bfor the year as a whole\b",
    re.IGNORECASE,
)

# Between a figure and its period: "$19.03 billion deficit reported 2003",
# "$5 billion worth of goods shipped in 2024".
AFTER_FIGURE = re.compile(
    r"[\s,)]*(?:(?:worth\s+of\s+goods\s+|of\s+goods\s+)?(?:(?:trade\s+)?(?:deficit|surplus|exports?|imports?|shipments"
    r"|trade|turnover)\s+)?(?:worth|recorded|reported|registered|posted|seen|shipped|traded|logged|alone|last|this)\s+)?"
    r"(?:in|for|during|over|of|as of|through)?\s*(?:the\s+)?"
)

# Between a figure, the flow noun it measures and that figure's own period:
# "the $0.9-billion surplus in the same month last year".
NOUN_PERIOD_GAP = re.compile(
    r"\s*(?:trade\s+)?(?:deficit|surplus|exports?|imports?|shipments|trade|turnover)\s+(?:in|for|during|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)

# A month and a day split by the sentence splitter ("January. 02, 2024"): a date.
DAY_AFTER_MONTH = re.compile(r"\.?\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
DATE_BEFORE_YEAR = re.compile(r"[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:st|nd|rd|th)?,?\s*$")

# "fell 12.9 percent from 2018 to 2019": the first year is the base.
CHANGE_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s*cent|\bpct)\s*$", re.IGNORECASE)
YEAR_TO_YEAR = re.compile(r"from\s+(?P<a>(?:19|20)\d\d)\s+(?:to|through)\s+(?P<b>(?:19|20)\d\d)", re.IGNORECASE)

# "the cited period", "the period under review": the period the article reports on
# (its lead's), not the one the last sentence named.
REVIEWED = re.compile(
    r"(?:cited|reviewed|review|reporting|covered)\s+period|period\s+(?:under\s+review|in\s+question|covered)",
    re.IGNORECASE,
)

# "from $36.5 billion to $35.6 billion"
FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|just\s+)?$", re.IGNORECASE)
TO_GAP = re.compile(r"\s+to\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|just\s+)?")
MONTHLY = re.compile(r"month-on-month|month-over-month|a month earlier|the previous month|on-month|m/m", re.IGNORECASE)

FROM_GAP = re.compile(r"\s*(?:from|than)\s+", re.IGNORECASE)

# "since 2012, when it posted $15.2 billion": the when-clause's figure is of that year.
WHEN_AFTER = re.compile(r",?\s*when\b[^.;]{0,60}", re.IGNORECASE)

# A clause giving a cause ("due to a drop in prices in the first half"): its period is not the figure's.
CAUSE = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|thanks\s+to|on\s+the\s+back\s+of|amid)\b", re.IGNORECASE)

YEN = re.compile(r"\byen\b|¥")
JAPAN = re.compile(r"\bJapan\b|\bJapanese\b|\bTokyo\b")

# "the highest since comparable records began in 1979": a starting point.
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[a-z][\w'’-]*\s+){1,4}(?:in|of)\s+(?:the\s+)?$")

# A sentence about the future: "this year" there is the whole year, not the part of it that is over.
FUTURE = re.compile(FUTURE_SENTENCE)

# Between the members of a list of figures or periods ("$29,000 and $3,000", "January and February").
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|in\s+)?", re.IGNORECASE)
