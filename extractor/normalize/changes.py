"""Stated percentage changes in a sentence, signed: "rose 29.1 percent",
"a 15% increase", "down 3.1% on-year", "more than doubled", "fell by a third",
"(+4.9% m/m)", a table's "| +5.0% |", a transitive verb's "boosted trade
between A and B by 8 percent" (its span holds the object), and the bare twin of an elliptical
clause ("exports fell 3.1% and imports 17.9%"). Which fact a change qualifies
and against which base is the business of ``extractor.facts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.normalize._change_tables import (
    CHANGE_QUALIFIERS,
    DIGIT_WORD,
    DOWN_WORDS,
    MULTIPLES,
    NUMBER_WORD,
    UP_WORDS,
)
from extractor.normalize.numbers import parse_number_words

__all__ = ["StatedChange", "find_changes", "read_number"]

# A number in digits or spelled out as broadcast copy writes it ("two
# percent", "eight-point-two percent", "13-point-five", "point-one").
_INT = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD})"
_NUM = rf"(?P<num>{_INT}(?:[ -]point[ -](?:\d+|{DIGIT_WORD}))?|point[ -](?:\d+|{DIGIT_WORD}))"
_PCT = r"\s?(?:%|percent\b|per cent\b|per-cent\b|pct\b|-percent\b)"
_QUAL = r"(?:(?P<qual>more than|over|above|at least|nearly|almost|about|around|roughly|some|approximately|less than|just under|under)\s+)?"
_DIR = rf"(?P<dir>{UP_WORDS}|{DOWN_WORDS})"
_NOUN_UP = r"increase|rise|jump|gain|growth|surge|expansion|hike|climb|rebound|uptick|spike|leap|upturn"
_NOUN_DOWN = r"decline|drop|fall|decrease|contraction|plunge|slump|slide|dip|reduction|downturn|slip|tumble|dive|loss"
# The size of a change as money, with its percentage beside it: "rose $557m (1%)".
_AMOUNT = (
    r"(?:(?:(?:US|A|AU|HK|C|NZ)?[$€£¥₩]|\b(?-i:[A-Z]{1,3}))\s?\d[\d,.]*\s?(?:[mbk]n?\b|million|billion|trillion)?"
    r"|\d[\d,.]*\s?(?:million|billion|trillion|bn|mn)(?:\s+(?:yen|won|yuan|dollars|euros|rubles))?)"
)
# "made up 57 percent of exports", "took up 17.5 percent of the total": a share, not a change.
_NOT_AFTER = "".join(rf"(?<!{w} )" for w in ("made", "make", "makes", "making", "took", "take", "takes", "taking"))
# Verbs that change their object ("boosted commerce between A and B by 8.8
# percent", "cut its imports from X by 12%"): transitive only, so that an
# intransitive verb's adjunct ("rose in value by 5%") is not read as an object.
_TRANS_UP = r"boost(?:ed|s|ing)?|lift(?:ed|s|ing)?|rais(?:e|ed|es|ing)"
_TRANS_DOWN = (
    r"cut(?:s|ting)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|slash(?:ed|es|ing)?|trim(?:med|s|ming)?|curb(?:ed|s|ing)?"
)
_TRANS_UP_RE = re.compile(rf"^(?:{_TRANS_UP})$", re.I)
_CHANGE_PATTERNS = [
    re.compile(
        rf"\b{_NOT_AFTER}{_DIR}\s+(?:(?:only|just|sharply|slightly|significantly|steeply|further|[a-z]+ly)\s+)?"
        rf"(?:by\s+)?(?:an?\s+(?:[a-z]+\s+){{0,2}})?{_QUAL}{_NUM}{_PCT}(?!\s+of\b)",
        re.I,
    ),
    re.compile(
        rf"\b(?:an?\s+)?{_QUAL}{_NUM}{_PCT}\s+(?:(?:on-year|year-on-year|year-over-year|annual|monthly|on-month|month-on-month|sharp|steep)\s+)?(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})s?\b",
        re.I,
    ),
    re.compile(rf"\b(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\s+of\s+{_QUAL}{_NUM}{_PCT}", re.I),
    re.compile(rf"\b{_QUAL}{_NUM}{_PCT}\s+(?P<dir>more|less|higher|lower|up|down|above|below|ahead|behind)\b", re.I),
    re.compile(rf"\b{_QUAL}(?P<mult>doubled|tripled|trebled|quadrupled|halved|halve|halves|halving)\b", re.I),
    # "imports almost triple in H1": the verb of a change, not "triple the …"
    re.compile(
        rf"\b{_QUAL}(?P<mult3>doubles|triples|trebles|quadruples|double|triple|treble|quadruple)\b"
        r"(?=\s+(?:in|on|to|from|over|during|since|year|y/y|as)\b|\s*[,.;:]|\s*$)",
        re.I,
    ),
    # "shrank by more than half", "fell almost a quarter", "grew by a third"
    re.compile(
        rf"\b{_NOT_AFTER}{_DIR}\s+(?:by\s+)?{_QUAL}(?P<frac>half|(?:a|one)[ -](?:third|quarter|fifth|half)|two[ -]thirds)\b(?!\s+of\b)",
        re.I,
    ),
    # "more than double the 1.1 billion", "more than triple the $318.2 million"
    re.compile(rf"\b{_QUAL}(?P<mult2>double|triple|treble|quadruple)\s+(?:the|that|its)\b", re.I),
    re.compile(rf"\b{_QUAL}(?P<fold>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)[- ]?fold\b", re.I),
    # "surged by nine times", "soaring more than 60 times", "by a factor of nine", "(by 21.9 times up to …)"
    re.compile(
        rf"\b(?:(?P<tdir>{UP_WORDS})\s+(?:[a-z]+ly\s+)?(?:[-–—]\s+)?(?:by\s+)?|by\s+)"
        rf"(?:(?P<factor>a\s+factor\s+of)\s+)?{_QUAL}(?P<times>{_INT})(?(factor)|\s+times\b)",
        re.I,
    ),
    # "US$7.4 billion (+0.2%)"
    re.compile(
        rf"\((?P<sign>[+\-−])\s?{_NUM}\s?%(?:\s+(?:on|from|vs\.?|over|y/y|yoy|m/m|mom|year-on-year|year on year|on-year|compared)[^)]{{0,20}})?\)"
    ),
    # a table cell: "| +5.0% |"
    re.compile(rf"(?<=\|)[ \t]*(?P<sign>[+\-−]){_NUM}\s?%[ \t]*(?=\||$)", re.MULTILINE),
    # a release's header: "Exports: $207.4 Billion +0.6%"
    re.compile(rf"(?:billion|million|trillion|bn|mn)\s+(?P<sign>[+\-−]){_NUM}\s?%", re.I),
    # the size in money and the percentage: "rose $557m (1%)", "increased $28.2 billion, or 8.2 percent"
    re.compile(rf"\b{_DIR}\s+(?:by\s+)?{_AMOUNT}\s*\(\s*{_NUM}\s?%\s*\)", re.I),
    re.compile(rf"\b{_DIR}\s+(?:by\s+)?{_AMOUNT},?\s+or\s+(?:by\s+)?{_QUAL}{_NUM}{_PCT}", re.I),
    # "a $21.3b (8%) rise in goods credits"
    re.compile(rf"\b(?:an?\s+)?{_AMOUNT}\s*\(\s*{_NUM}\s?%\s*\)\s+(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\b", re.I),
    # the object between the verb and its size, with no figure or clause break inside
    re.compile(
        rf"\b(?P<tverb>{_TRANS_UP}|{_TRANS_DOWN})\s+(?P<obj>[^,.;:%\d()\n]{{3,80}}?)\s+by\s+{_QUAL}{_NUM}{_PCT}(?!\s+of\b)",
        re.I,
    ),
]
# A change's pace compared with an earlier change of the same series, whose
# size stands bare: "rose 17.9%, slowing from 34.6% in October", "faster than
# the 11.4% of March". The earlier change has the direction of the one before it.
_PACE = re.compile(
    r"\b(?:(?:slow|eas|accelerat|quicken|moderat)(?:e|es|ed|ing|s)?\s+from"
    r"|(?:faster|slower|quicker|steeper|sharper|milder|softer)\s+than)\s+"
    rf"(?:(?:the|an?)\s+)?(?:(?:revised|upwardly revised|downwardly revised)\s+)?{_QUAL}{_NUM}{_PCT}"
    r"(?!\s+(?:of|share)\b)",
    re.I,
)
_FRACTIONS = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "two thirds": 66.7}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Every change pattern needs one of these; most sentences have none.
_CHANGE_GATE = re.compile(
    r"%|percent|per cent|pct|doubled|tripled|trebled|quadrupled|halv|fold|half|third|quarter|fifth|double|triple"
    r"|times|factor",
    re.I,
)
# "a reduction of more than threefold": an n-fold reduction is not read as a percentage.
_REDUCED = re.compile(rf"\b(?:{DOWN_WORDS}|{_NOUN_DOWN})\b(?:\s+(?:of|by))?\s+$", re.I)
_AND_ALSO = re.compile(
    # the first change's base may carry its abbreviation: "year-on-year (yoy)"
    r"(?:\s+(?:on|from|over)\s+(?:the|a)\s+(?:year|month|quarter)(?:\s+(?:earlier|before))?"
    r"|\s+(?:on-year|y/y|yoy|year-on-year|year-over-year|month-on-month)(?:\s*\((?:yoy|y/y|mom|m/m)\))?)?"
    # "grew 1.9 per cent to RM128.6 billion and imports 3.0 per cent"
    r"(?:\s+(?:to|at)\s+(?:about\s+|some\s+)?(?:[A-Z]{3}\s?)?[^\s,;]{1,14}(?:\s+(?:billion|million|trillion|bn|mn|yuan|yen|won|euros?))?)?"
    # its period, maybe hung on a participle: "in May", "seen in the previous month"
    r"(?:\s+(?:(?:seen|[a-z]+ed)\s+)?(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+(?:month|quarter|year|\d{4}))?)?"
    r"\s*(?:,\s*)?(?:and|while)\s+"
    r"(?:the\s+(?:latter|former)\s+|(?:imports|exports|shipments|purchases|sales|those\s+(?:to|from)\s+[\w .'-]{1,30}?)\s+)?"
    rf"(?:by\s+)?{_QUAL}{_NUM}{_PCT}(?!\s+of\b)",
    re.I,
)
# "up 24.1%, 13.7% and 4.1% respectively": the next item of a list of changes
_LIST_NEXT = re.compile(rf"\s*,\s*(?:and\s+)?{_QUAL}{_NUM}{_PCT}(?!\s+of\b)", re.I)
# "…, 5.5 percent and 3.8 in the first half": the last item of a list may drop its unit
_LIST_LAST = re.compile(
    rf"\s*,?\s*and\s+{_QUAL}{_NUM}(?=\s+(?:in|during|over|for|respectively|on-year|year-on-year)\b|\s*[,.;]|\s*$)",
    re.I,
)
# "grew 12 percent, to Spain 19 percent and to Chile 33 percent": a gapped
# conjunct, its verb left out, keeps only its partner and its size
_GAPPED_NEXT = re.compile(
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?"  # the first conjunct's period
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:to|from|with)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,2}}"
    rf"\s+(?:by\s+)?{_QUAL}{_NUM}{_PCT}(?!\s+of\b)",
    re.I,
)
_NOUN_AFTER = re.compile(rf"{_PCT}\s+(?:[a-z-]+\s+)?(?:{_NOUN_UP}|{_NOUN_DOWN})s?\Z", re.I)
_LIST_BEFORE = re.compile(rf"\b{_QUAL}{_NUM}(?P<pct>{_PCT})\s*(?:,\s*(?:and\s+)?|\s+and\s+)\Z", re.I)
_UP_RE = re.compile(rf"^(?:{UP_WORDS}|{_NOUN_UP})$", re.I)


def read_number(text: str) -> float | None:
    """A number in digits or words, with a spoken decimal point.

    >>> read_number("8.2"), read_number("eight-point-two"), read_number("13-point-five"), read_number("point-one")
    (8.2, 8.2, 13.5, 0.1)
    >>> read_number("twenty-one"), read_number("three-point-93"), read_number("nine")
    (21.0, 3.93, 9.0)
    """
    whole, _, frac = re.sub(r"[ -]point[ -]|^point[ -]", ".", text.strip().lower(), count=1).partition(".")
    if re.fullmatch(r"\d+(?:\.\d+)?", text.strip()):
        return float(text)
    w = float(whole) if whole.isdigit() else (float(parse_number_words(whole)) if whole else 0.0)
    if not frac:
        return w
    digits = frac if frac.isdigit() else str(parse_number_words(frac) or "")
    return float(f"{int(w)}.{digits}") if digits.isdigit() else None


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
            start = m.start("sign") if m.groupdict().get("sign") and sentence[m.start()] != "(" else m.start()
            if any(start < c.end and c.start < m.end() for c in found):
                continue
            pct = _signed_pct(m, sentence)
            if pct is None:
                continue
            qual = CHANGE_QUALIFIERS.get((m.groupdict().get("qual") or "").lower(), "")
            found.append(StatedChange(start, m.end(), pct, qual))
    # "rose 17.9%, slowing from 34.6% in October": an earlier change of the same series
    for m in _PACE.finditer(sentence):
        before = [c for c in found if c.end <= m.start()]
        value = read_number(m.group("num"))
        if not before or value is None or any(c.start < m.end() and m.start("num") < c.end for c in found):
            continue
        sign = 1 if max(before, key=lambda c: c.end).pct >= 0 else -1
        qual = CHANGE_QUALIFIERS.get((m.group("qual") or "").lower(), "")
        found.append(StatedChange(m.start("num"), m.end(), value * sign, qual))
    # "the 8.2 percent and 11.4 percent contractions": the items before a shared noun
    for c in [c for c in found if _NOUN_AFTER.search(sentence, c.start, c.end)]:
        begin = c.start
        while (item := _LIST_BEFORE.search(sentence, 0, begin)) is not None:
            value = read_number(item.group("num"))
            if value is None or any(f.start < item.end() and item.start() < f.end for f in found):
                break
            qual = CHANGE_QUALIFIERS.get((item.group("qual") or "").lower(), "")
            found.append(StatedChange(item.start("num"), item.end("pct"), value * (1 if c.pct >= 0 else -1), qual))
            begin = item.start()
    # "rose 3.3 percent and 1.5 percent, respectively", "the latter 7.2%",
    # "up 24.1%, 13.7% and 4.1%": a bare figure after a change, same direction.
    for c in sorted(found, key=lambda c: c.start):
        end = c.end
        listed = 0
        while (
            tail := _AND_ALSO.match(sentence, end)
            or _LIST_NEXT.match(sentence, end)
            or _GAPPED_NEXT.match(sentence, end)
            or (_LIST_LAST.match(sentence, end) if listed else None)
        ) is not None:
            if any(f.start <= tail.start("num") < f.end for f in found):
                break
            value = read_number(tail.group("num"))
            if value is None:
                break
            qual = CHANGE_QUALIFIERS.get((tail.group("qual") or "").lower(), "")
            found.append(StatedChange(tail.start("num"), tail.end(), value * (1 if c.pct >= 0 else -1), qual))
            end, listed = tail.end(), listed + 1
    return sorted(found, key=lambda c: c.start)


def _signed_pct(m: re.Match, sentence: str) -> float | None:
    """The signed percentage a change pattern's match states (None: not a change)."""
    gd = m.groupdict()
    if gd.get("mult"):
        return MULTIPLES[gd["mult"].lower()]
    if gd.get("mult2") or gd.get("mult3"):
        word = (gd.get("mult2") or gd.get("mult3")).lower().removesuffix("s").rstrip("e")
        return MULTIPLES[word + "ed"]
    if gd.get("frac"):
        size = _FRACTIONS[re.sub(r"[ -]", " ", gd["frac"].lower()).removeprefix("one ").removeprefix("a ")]
        return size if _UP_RE.match(gd["dir"]) else -size
    if gd.get("fold"):
        if _REDUCED.search(sentence, max(0, m.start() - 30), m.start()):
            return None
        n = gd["fold"].lower()
        return (float(_FOLD[n]) if n in _FOLD else float(n)) * 100 - 100
    if gd.get("times"):
        n = read_number(gd["times"])
        return None if n is None or n <= 1 else round((n - 1) * 100, 6)
    value = read_number(gd["num"])
    if value is None:
        return None
    if gd.get("sign"):
        return value if gd["sign"] == "+" else -value
    if gd.get("tverb"):
        return value if _TRANS_UP_RE.match(gd["tverb"]) else -value
    word = gd.get("dir") or gd.get("noun") or ""
    return value if _UP_RE.match(word) else -value
