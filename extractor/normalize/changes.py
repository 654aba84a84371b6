"""Stated percentage changes in a sentence, signed: "rose 29.1 percent",
"a 15% increase", "down 3.1% on-year", "more than doubled", "fell by a third",
"(+4.9% m/m)", a table's "| +5.0% |", and the bare twin of an elliptical
clause ("exports fell 3.1% and imports 17.9%"). Which fact a change qualifies
and against which base is the business of ``extractor.facts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.normalize._change_tables import CHANGE_QUALIFIERS, DOWN_WORDS, MULTIPLES, UP_WORDS

__all__ = ["StatedChange", "find_changes"]

_NUM = r"(?P<num>\d+(?:\.\d+)?)"
_PCT = r"\s?(?:%|percent\b|per cent\b|pct\b|-percent\b)"
_QUAL = r"(?:(?P<qual>more than|over|above|at least|nearly|almost|about|around|roughly|some|approximately|less than|just under|under)\s+)?"
_DIR = rf"(?P<dir>{UP_WORDS}|{DOWN_WORDS})"
_NOUN_UP = r"increase|rise|jump|gain|growth|surge|expansion|hike|climb|rebound|uptick"
_NOUN_DOWN = r"decline|drop|fall|decrease|contraction|plunge|slump|slide|dip|reduction|downturn"
_CHANGE_PATTERNS = [
    # "made up 57 percent of exports" is a share, not a change.
    re.compile(
        rf"\b(?<!made )(?<!make )(?<!makes )(?<!making ){_DIR}\s+(?:by\s+)?(?:a\s+(?:[a-z]+\s+){{0,2}})?{_QUAL}{_NUM}{_PCT}",
        re.I,
    ),
    re.compile(
        rf"\b(?:an?\s+)?{_QUAL}{_NUM}{_PCT}\s+(?:(?:on-year|year-on-year|year-over-year|annual|monthly|on-month|month-on-month)\s+)?(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})",
        re.I,
    ),
    re.compile(rf"\b(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\s+of\s+{_QUAL}{_NUM}{_PCT}", re.I),
    re.compile(rf"\b{_QUAL}{_NUM}{_PCT}\s+(?P<dir>more|less|higher|lower|up|down|above|below|ahead|behind)\b", re.I),
    re.compile(rf"\b{_QUAL}(?P<mult>doubled|tripled|trebled|quadrupled|halved)\b", re.I),
    # "shrank by more than half", "fell by roughly a third"
    re.compile(
        rf"\b(?P<dir>{DOWN_WORDS})\s+by\s+{_QUAL}(?P<frac>half|(?:a|one)[ -](?:third|quarter|fifth|half)|two[ -]thirds)\b",
        re.I,
    ),
    # "more than double the 1.1 billion", "more than triple the $318.2 million"
    re.compile(rf"\b{_QUAL}(?P<mult2>double|triple|treble|quadruple)\s+(?:the|that|its)\b", re.I),
    re.compile(rf"\b{_QUAL}(?P<fold>two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]?fold\b", re.I),
    # "US$7.4 billion (+0.2%)"
    re.compile(
        rf"\((?P<sign>[+\-−])\s?{_NUM}\s?%(?:\s+(?:on|from|vs\.?|over|y/y|yoy|m/m|mom|year-on-year|year on year|on-year|compared)[^)]{{0,20}})?\)"
    ),
    # a table cell: "| +5.0% |"
    re.compile(rf"(?<=\|)[ \t]*(?P<sign>[+\-−]){_NUM}\s?%[ \t]*(?=\||$)", re.MULTILINE),
]
_FRACTIONS = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "two thirds": 66.7}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Every change pattern needs one of these; most sentences have none.
_CHANGE_GATE = re.compile(
    r"%|percent|per cent|pct|doubled|tripled|trebled|quadrupled|halved|fold|half|third|quarter|fifth|double|triple",
    re.I,
)
_AND_ALSO = re.compile(
    r"(?:\s+(?:on|from|over)\s+(?:the|a)\s+(?:year|month|quarter)(?:\s+(?:earlier|before))?|\s+(?:on-year|y/y|yoy))?"
    # "grew 1.9 per cent to RM128.6 billion and imports 3.0 per cent"
    r"(?:\s+(?:to|at)\s+(?:about\s+|some\s+)?(?:[A-Z]{3}\s?)?[^\s,;]{1,14}(?:\s+(?:billion|million|trillion|bn|mn|yuan|yen|won|euros?))?)?"
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?"
    r"\s*(?:,\s*)?(?:and|while)\s+"
    r"(?:the\s+(?:latter|former)\s+|(?:imports|exports|shipments|purchases|sales|those\s+(?:to|from)\s+[\w .'-]{1,30}?)\s+)?"
    rf"(?:by\s+)?{_QUAL}{_NUM}{_PCT}(?!\s+of\b)",
    re.I,
)
_UP_RE = re.compile(rf"^(?:{UP_WORDS}|{_NOUN_UP})$", re.I)


@dataclass(frozen=True, slots=True)
class StatedChange:
    """A stated percentage change: its span in the sentence, signed percent
    (+100 for "doubled") and qualifier ("more than", "about", …)."""

    start: int
    end: int
    pct: float
    qualifier: str


def find_changes(sentence: str) -> list[StatedChange]:
    """Stated percentage changes in a sentence, signed.

    >>> [(c.pct, c.qualifier) for c in find_changes("Exports fell 24 percent, and imports more than doubled.")]
    [(-24.0, ''), (100.0, 'more than')]
    >>> [(c.pct, c.qualifier) for c in find_changes("an increase of over 10% on the year")]
    [(10.0, 'more than')]
    """
    found: list[StatedChange] = []
    if not _CHANGE_GATE.search(sentence):
        return found
    for rx in _CHANGE_PATTERNS:
        for m in rx.finditer(sentence):
            if any(m.start() < c.end and c.start < m.end() for c in found):
                continue
            qual = CHANGE_QUALIFIERS.get((m.groupdict().get("qual") or "").lower(), "")
            gd = m.groupdict()
            if gd.get("mult"):
                pct = MULTIPLES[gd["mult"].lower()]
            elif gd.get("mult2"):
                pct = MULTIPLES[gd["mult2"].lower().rstrip("e") + "ed"]
            elif gd.get("frac"):
                pct = -_FRACTIONS[re.sub(r"[ -]", " ", gd["frac"].lower()).removeprefix("one ").removeprefix("a ")]
            elif gd.get("fold"):
                n = gd["fold"].lower()
                pct = (float(_FOLD[n]) if n in _FOLD else float(n)) * 100 - 100
            elif gd.get("sign"):
                pct = float(m.group("num")) * (1 if gd["sign"] == "+" else -1)
            else:
                word = gd.get("dir") or gd.get("noun") or ""
                pct = float(m.group("num"))
                if not _UP_RE.match(word):
                    pct = -pct
            found.append(StatedChange(m.start(), m.end(), pct, qual))
    # "rose 3.3 percent and 1.5 percent, respectively", "the latter 7.2%": a
    # bare figure after a change, same direction.
    for c in sorted(found, key=lambda c: c.start):
        tail = _AND_ALSO.match(sentence, c.end)
        if tail and not any(f.start <= tail.start("num") < f.end for f in found):
            sign = 1 if c.pct >= 0 else -1
            pct = float(tail.group("num")) * sign
            found.append(
                StatedChange(
                    tail.start("num"), tail.end(), pct, CHANGE_QUALIFIERS.get((tail.group("qual") or "").lower(), "")
                )
            )
    return sorted(found, key=lambda c: c.start)
