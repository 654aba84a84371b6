"""What a period mention means before it is resolved (``_Spec``, ``_Tpl``),
the regex building blocks the period patterns are written with, and how a
text counts fiscal years. Private to ``normalize.periods``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractor.normalize import _period_tables as T
from extractor.normalize._regex import word_alternation
from extractor.normalize.period_value import Period, _last_day


@dataclass(frozen=True, slots=True)
class _Tpl:
    """A calendar shape without its year: from (Y - back)-m1-d1 to Y-m2-d2,
    d2 = 0 meaning the month's last day."""

    m1: int
    m2: int
    d1: int = 1
    d2: int = 0
    back: int = 0

    def at(self, year: int) -> Period | None:
        try:
            start = date(year - self.back, self.m1, self.d1)
            end = date(year, self.m2, self.d2 or _last_day(year, self.m2))
        except (ValueError, OverflowError):
            return None
        return Period(start, end) if start <= end else None


@dataclass(frozen=True, slots=True)
class _Spec:
    """What a mention means, before the publication date and focus are known.

    op: ``tpl`` (a template and how its year is found: ``year_mode`` abs /
    rel (publication year + year) / focus (focus year + year) / missing /
    last_named / next_named), ``unit`` (publication's month/quarter/half + n),
    ``past`` (n full months before publication), ``ytd`` (year 0 = publication
    year), ``shift`` (focus moved n months; unit = the shape the focus must
    have), ``to_year`` (focus moved into year), ``prev_year``, ``cmp`` (base
    of a comparison per unit), ``containing`` (the unit holding the focus).
    """

    kind: str
    op: str
    tpl: _Tpl | None = None
    year_mode: str = "missing"
    year: int = 0
    unit: str = ""
    n: int = 0
    fiscal: bool = False  # a fiscal year: its template moves with the fiscal start month
    # "fiscal 2025", "FY2025": a year that names a fiscal year (by its end, or
    # by its start where the convention says so), not a span of two years
    fiscal_named: bool = False
    # "2009-2010": two calendar years, or one fiscal year where the text counts in fiscal years
    maybe_fiscal: bool = False
    # a part of the fiscal year: (months after its start, length in months)
    fiscal_part: tuple[int, int] | None = None


_MODE_KIND = {
    "abs": "absolute",
    "rel": "relative",
    "focus": "anaphoric",
    "missing": "partial",
    "last_named": "relative",
    "next_named": "relative",
}


def _tpl_spec(tpl: _Tpl, mode: tuple[str, int], *, kind: str = "") -> _Spec:
    return _Spec(kind=kind or _MODE_KIND[mode[0]], op="tpl", tpl=tpl, year_mode=mode[0], year=mode[1])


# -- regex building blocks ------------------------------------------------


def _alt(words) -> str:
    return word_alternation(words)


def _misspellings(name: str) -> set[str]:
    """A month name with one letter dropped or two neighbours swapped (the
    first letter kept), as typed in haste: "Aprl", "Febuary", "Septmeber"."""
    dropped = {name[:i] + name[i + 1 :] for i in range(1, len(name))}
    swapped = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
    return (dropped | swapped) - {name}


# Only names of five letters or more, and no variant that is a word of its own.
_NOT_MISSPELLINGS = frozenset({"Mach", "Marc", "Aril"})
MONTH_MISSPELLINGS: dict[str, int] = {
    variant: number
    for name, number in T.MONTHS.items()
    if len(name) >= 5
    for variant in sorted(_misspellings(name))
    if variant not in _NOT_MISSPELLINGS and variant not in T.MONTH_ABBREVIATIONS
}
_MON_FULL = _alt([n for name in T.MONTHS for n in (name, name.upper())] + list(MONTH_MISSPELLINGS))
_MON_ABBR = _alt([n for name in T.MONTH_ABBREVIATIONS for n in (name, name.upper())])


def _mon(g: str, *, strict: bool = False) -> str:
    # Month names are case-sensitive inside otherwise case-insensitive patterns.
    dot = r"\." if strict else r"\.?"
    return rf"(?P<{g}>(?-i:{_MON_FULL}|(?:{_MON_ABBR}){dot}))(?!\w)"


def _year(g: str) -> str:
    return rf"(?P<{g}>(?:19|20)\d{{2}})(?!\d)(?![.,]\d)"


_MNUM = rf"(?:1[0-2]|[1-9]|{_alt(w for w, n in T.NUMBER_WORDS.items() if 2 <= n <= 12)})"
_DNUM = rf"(?:3[01]|[12]\d|[1-9]|{_alt(w for w, n in T.NUMBER_WORDS.items() if 2 <= n <= 31)})"
_NNUM = rf"(?:\d{{1,2}}|{_alt(w for w, n in T.NUMBER_WORDS.items() if n <= 12)})"
_RELYEAR = (
    r"last\s+year|this\s+year|next\s+year|the\s+current\s+year|the\s+(?:previous|prior|preceding)\s+year"
    r"|the\s+year\s+before|(?:a|one)\s+year\s+(?:earlier|ago|before)"
)
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"


def _yp(t: str = "") -> str:
    """A year part after a month, quarter, half or span: "2024", ", 2024",
    "of 2024", "'24", "last year", "of the previous year", "of the year"."""
    return (
        rf"(?:(?:\s*[-/,]\s*|\s+)(?:(?:of|in)\s+)?(?:the\s+year\s+)?{_year('y' + t)}"
        rf"|\s*['’](?P<yy{t}>\d{{2}})(?!\d)"
        rf"|\s+(?:(?:of|in)\s+)?(?P<rel{t}>{_RELYEAR})"
        rf"|\s+(?P<ofy{t}>of\s+(?:the|that)\s+year))"
    )


# A year before the shape: "2024 first quarter", "2024's first half", "last year's first quarter".
_PREFIX = rf"(?:{_year('py')}(?:['’]s)?\s+|(?P<prel>last|this|next)\s+year['’]s\s+|(?:the\s+)?year['’]s\s+)?"


def _rel_mode(s: str) -> tuple[str, int]:
    s = " ".join(s.lower().split())
    if s.startswith("last"):
        return "rel", -1
    if s.startswith(("this", "the current")):
        return "rel", 0
    if s.startswith("next"):
        return "rel", 1
    return "focus", -1


def _mode(gd: dict[str, str | None], t: str = "") -> tuple[str, int] | None:
    """The year mode of a match; None when a prefix and a suffix year clash."""
    prefix: tuple[str, int] | None = None
    if gd.get("py"):
        prefix = ("abs", int(gd["py"]))
    elif gd.get("prel"):
        prefix = _rel_mode(gd["prel"])
    suffix: tuple[str, int] | None = None
    if gd.get("y" + t):
        suffix = ("abs", int(gd["y" + t]))
    elif gd.get("yy" + t):
        suffix = ("abs", 2000 + int(gd["yy" + t]))
    elif gd.get("rel" + t):
        suffix = _rel_mode(gd["rel" + t])
    if prefix and suffix:
        return None
    return prefix or suffix or ("missing", 0)


def _has_year(gd: dict[str, str | None], t: str = "") -> bool:
    return any(gd.get(k) for k in ("py", "prel", "y" + t, "yy" + t, "rel" + t, "ofy" + t))


def _month_no(s: str) -> int:
    s = s.rstrip(".")
    return T.MONTHS.get(s.title()) or MONTH_MISSPELLINGS.get(s) or T.MONTH_ABBREVIATIONS[s.title()]


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else T.NUMBER_WORDS[re.sub(r"\s+", "-", s)]


_QUANTITY_AFTER = re.compile(rf"\s*(?:{T.QUANTITY_AFTER_YEAR})", re.I)
_CURRENCY_BEFORE = re.compile(T.CURRENCY_BEFORE_YEAR, re.I)


def _quantity_follows(text: str, end: int) -> bool:
    return bool(_QUANTITY_AFTER.match(text, end))


# A fiscal year runs April to March (India, Japan, the UK, Canada, Hong Kong):
# "2023-24", "FY2023-24", "FY24", "the fiscal year that ended in March".
FISCAL_START_MONTH = 4


def _twelve_months_from(start: int) -> _Tpl:
    """Twelve months from month ``start``, counted by the year they end in."""
    return _Tpl(start, (start - 2) % 12 + 1, back=1 if start > 1 else 0)


_FISCAL_TPL = _twelve_months_from(FISCAL_START_MONTH)


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """How a text counts fiscal years: the month they start in (April for
    India, Japan and the UK; July for Australia); whether "fiscal 2025" names
    the year it starts in (Japan) or the one it ends in (India, the US); and
    whether a bare "2009-2010" is one fiscal year (a text that reports by
    fiscal year) or two calendar years."""

    start_month: int = FISCAL_START_MONTH
    named_by_start: bool = False
    two_year_spans: bool = False


def _fiscal_end_year(y1: int, raw2: str) -> int:
    """The second year of "2009-10", "1999-00", "2009-2010"."""
    if len(raw2) == 4:
        return int(raw2)
    y2 = y1 // 100 * 100 + int(raw2)
    return y2 + 100 if y2 < y1 else y2
