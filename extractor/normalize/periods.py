"""Periods: the calendar spans a trade figure is about, found in text and resolved.

A ``Period`` is an inclusive span of dates with a contract label (``2025-04``,
``2025-Q1``, ``2025-H1``, ``2025``, ``2025-01/2025-05``,
``2024-12-01/2024-12-20``). ``find_period_mentions`` finds every period
expression of a sentence; ``resolve_period`` turns one into a ``Period``
against the publication date (for "last month", "April" without a year) and the
*focus* — the period the text is about, kept by the caller from earlier
sentences (for "the same period", "a year earlier").

Choices, where English leaves it open:

* A month, quarter, half, span or day span without a year takes the focus's
  year when a focus is given (stepped back a year if that would start after
  publication), else the latest such period that has *started* by the
  publication date: "the first quarter" published 2025-02-10 is 2025-Q1,
  "December" published 2025-05-20 is 2024-12.
* "last April" is the latest April strictly before the publication month.
* Year-to-date ("so far this year") runs from 1 January of the publication
  year to the end of the last full month before publication; published in
  January it is the whole previous year (the only complete data a January
  article can sum "so far").
* "the previous year" as a base of comparison, or with a year focus, is the
  focus a year back; otherwise it is the calendar year before the focus's
  year (or before publication without a focus).
* Anaphoric and comparison mentions need a focus; relative ones need the
  publication date; without them they resolve to ``None``.
* Single calendar dates ("May 20, 2025") are found but are not periods of a
  figure; ``find_period_mentions`` leaves them out unless ``dates=True``
  (they still stop "May" in "May 20" from reading as the month).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from extractor.normalize import _period_tables as T
from extractor.normalize._regex import word_alternation

__all__ = [
    "KINDS",
    "FiscalYear",
    "Period",
    "PeriodMention",
    "base_period",
    "find_period_mentions",
    "parse_period",
    "period_from_label",
    "resolve_period",
]

KINDS = ("absolute", "partial", "relative", "anaphoric", "comparison", "date")


# ---------------------------------------------------------------- Period


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + k, 12)
    return y, m0 + 1


def _moved(d: date, k: int, *, stick_to_end: bool) -> date:
    y, m = _add_months(d.year, d.month, k)
    last = _last_day(y, m)
    return date(y, m, last if stick_to_end else min(d.day, last))


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive span of days.

    >>> Period.of_month(2025, 4).label
    '2025-04'
    >>> Period.of_quarter(2025, 1).shift(years=-1).label
    '2024-Q1'
    >>> Period(date(2024, 12, 1), date(2024, 12, 20)).label
    '2024-12-01/2024-12-20'
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")

    # -- constructors
    @classmethod
    def of_month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, _last_day(year, month)))

    @classmethod
    def of_months(cls, year: int, month: int, end_year: int, end_month: int) -> Period:
        """Whole months from year-month to end_year-end_month, inclusive."""
        return cls(date(year, month, 1), date(end_year, end_month, _last_day(end_year, end_month)))

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"no quarter {quarter}")
        m = 3 * quarter - 2
        return cls.of_months(year, m, year, m + 2)

    @classmethod
    def of_half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise ValueError(f"no half {half}")
        m = 6 * half - 5
        return cls.of_months(year, m, year, m + 5)

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    # -- shape
    @property
    def whole_months(self) -> bool:
        """Starts on a first and ends on a last day of a month."""
        return self.start.day == 1 and self.end.day == _last_day(self.end.year, self.end.month)

    @property
    def n_months(self) -> int:
        """Number of calendar months touched (3 for a quarter)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def shape(self) -> str:
        """``month``, ``quarter``, ``half``, ``year``, ``months`` (other whole
        months) or ``days``."""
        if not self.whole_months:
            return "days"
        n, m = self.n_months, self.start.month
        if n == 1:
            return "month"
        if n == 3 and m in (1, 4, 7, 10):
            return "quarter"
        if n == 6 and m in (1, 7):
            return "half"
        if n == 12 and m == 1:
            return "year"
        return "months"

    @property
    def label(self) -> str:
        """The contract label.

        >>> Period.of_months(2025, 1, 2025, 5).label
        '2025-01/2025-05'
        >>> Period.of_half(2024, 2).label, Period.of_year(2024).label
        ('2024-H2', '2024')
        """
        s, e = self.start, self.end
        shape = self.shape
        if shape == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if shape == "quarter":
            return f"{s.year:04d}-Q{(s.month + 2) // 3}"
        if shape == "half":
            return f"{s.year:04d}-H{(s.month + 5) // 6}"
        if shape == "year":
            return f"{s.year:04d}"
        if shape == "months":
            return f"{s.year:04d}-{s.month:02d}/{e.year:04d}-{e.month:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"

    def shift(self, *, years: int = 0, months: int = 0) -> Period:
        """The same shape moved; a span ending on a month's last day keeps
        ending on one.

        >>> Period.of_month(2025, 1).shift(months=-1).label
        '2024-12'
        >>> Period(date(2024, 2, 1), date(2024, 2, 20)).shift(years=-1).label
        '2023-02-01/2023-02-20'
        """
        k = years * 12 + months
        if k == 0:
            return self
        end_is_last = self.end.day == _last_day(self.end.year, self.end.month)
        start = _moved(self.start, k, stick_to_end=False)
        end = _moved(self.end, k, stick_to_end=end_is_last)
        return Period(min(start, end), end)

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= _as_date(d) <= self.end

    def __str__(self) -> str:
        return self.label


_LABEL_RES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Period]], ...] = (
    (re.compile(r"(\d{4})"), lambda m: Period.of_year(int(m[1]))),
    (re.compile(r"(\d{4})-(\d{2})"), lambda m: Period.of_month(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-Q([1-4])", re.I), lambda m: Period.of_quarter(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-H([12])", re.I), lambda m: Period.of_half(int(m[1]), int(m[2]))),
    (
        re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})"),
        lambda m: Period.of_months(int(m[1]), int(m[2]), int(m[3]), int(m[4])),
    ),
    (
        re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})"),
        lambda m: Period(date.fromisoformat(m[1]), date.fromisoformat(m[2])),
    ),
    (
        re.compile(r"(\d{4}-\d{2}-\d{2})"),
        lambda m: Period(date.fromisoformat(m[1]), date.fromisoformat(m[1])),
    ),
)


@lru_cache(maxsize=4096)
def period_from_label(label: str) -> Period:
    """The period a contract label names (inverse of ``Period.label``).

    >>> period_from_label("2025-Q1")
    Period(start=datetime.date(2025, 1, 1), end=datetime.date(2025, 3, 31))
    >>> period_from_label("2024-12-01/2024-12-20").label
    '2024-12-01/2024-12-20'
    >>> period_from_label("April")
    Traceback (most recent call last):
    ...
    ValueError: not a period label: 'April'
    """
    text = label.strip()
    for rx, build in _LABEL_RES:
        m = rx.fullmatch(text)
        if m:
            return build(m)
    raise ValueError(f"not a period label: {label!r}")


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period expression in a text.

    ``kind`` says how it resolves: ``absolute`` (April 2024, 2024, Q1 2025),
    ``partial`` (year missing: April, the first quarter), ``relative`` (to the
    publication date: last month, this year, so far this year), ``anaphoric``
    (to the focus: the previous month, the same period last year, a year
    earlier), ``comparison`` (a base only: year-on-year, on-year,
    month-on-month), ``date`` (one calendar day; only with ``dates=True``).
    ``is_base`` marks the base of a comparison ("compared with X", "from X",
    "than X"; always for ``comparison``). The span leaves the cue words out.
    """

    start: int
    end: int
    text: str
    kind: str
    is_base: bool = False


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


# -- handlers: (groupdict, match, text) -> _Spec | None ----------------------

Handler = Callable[[dict, re.Match, str], "_Spec | None"]


def _h_iso_day_range(gd, m, text):
    try:
        a, b = date.fromisoformat(gd["a"]), date.fromisoformat(gd["b"])
    except ValueError:
        return None
    if a > b:
        return None
    return _tpl_spec(_Tpl(a.month, b.month, a.day, b.day, b.year - a.year), ("abs", b.year))


def _h_iso_month_range(gd, m, text):
    y1, m1, y2, m2 = int(gd["y1"]), int(gd["m1"]), int(gd["y2"]), int(gd["m2"])
    if (y1, m1) > (y2, m2):
        return None
    return _tpl_spec(_Tpl(m1, m2, back=y2 - y1), ("abs", y2))


def _h_iso_date(gd, m, text):
    y, mo, d = int(gd["y"]), int(gd["mo"]), int(gd["d"])
    if not (1900 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _tpl_spec(_Tpl(mo, mo, d, d), ("abs", y), kind="date")


def _h_day_span(gd, m, text):
    conn = gd["conn"].strip().lower()
    if conn == "and" and (gd.get("pre") or "").lower() != "between":
        return None
    if _quantity_follows(text, m.end()):
        return None
    m1 = _month_no(gd["m"])
    m2 = _month_no(gd["m2"]) if gd.get("m2") else m1
    d1, d2 = int(gd["d1"]), int(gd["d2"])
    back = 1 if m2 < m1 else 0
    if (m1, d1) >= (m2, d2) and not back:
        return None
    mode = _mode(gd)
    return _tpl_spec(_Tpl(m1, m2, d1, d2, back), mode) if mode else None


def _h_day_span_dm(gd, m, text):
    d1, d2 = int(gd["d1"]), int(gd["d2"])
    if d1 >= d2:
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, d1, d2), mode) if mode else None


def _h_first_days_rel(gd, m, text):
    """ "the first 20 days of this month": days of the publication's month (or
    the focus's month, for "of the month")."""
    n = _num(gd["n"])
    if not 1 <= n <= 31:
        return None
    w = gd["w"].lower()
    return _Spec(
        kind="relative" if w != "the" else "anaphoric",
        op="first_days",
        n=n,
        year={"this": 0, "last": -1}.get(w, 0),
        unit=w,
    )


def _h_first_days(gd, m, text):
    n = _num(gd["n"])
    if not 1 <= n <= 31:
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, 1, n), mode) if mode else None


def _h_half_of_month(gd, m, text):
    mo = _month_no(gd["m"])
    first = T.HALF_ORDINALS[gd["ord"].lower()] == 1
    mode = _mode(gd)
    if not mode:
        return None
    return _tpl_spec(_Tpl(mo, mo, 1, 15) if first else _Tpl(mo, mo, 16, 0), mode)


def _h_date_md(gd, m, text):
    d = int(gd["d"])
    if not 1 <= d <= 31 or _quantity_follows(text, m.end()):
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo, d, d), mode, kind="date") if mode else None


def _h_date_dm(gd, m, text):
    if m.start() and text[m.start() - 1] in "$€£¥₩.,":
        return None
    return _h_date_md(gd, m, text)


def _h_month_range(gd, m, text):
    conn = gd["conn"].strip().lower()
    pre = (gd.get("pre") or "").lower()
    m1, m2 = _month_no(gd["m1"]), _month_no(gd["m2"])
    # "January and February" is the combined two-month figure customs report;
    # "January and May" are two months.
    if conn == "and" and pre != "between" and m2 != m1 % 12 + 1:
        return None
    if conn == "and" and re.match(r"\s*,?\s*(?:both|each)\b", text[m.end() :]):
        return None  # "in May and June both saw growth": two months
    mode = _mode(gd)
    if mode is None:
        return None
    if gd.get("y1"):
        y1 = int(gd["y1"])
        if mode[0] == "abs":
            y2 = mode[1]
        elif mode[0] == "missing" and not gd.get("ofy"):
            y2 = y1 if m2 >= m1 else y1 + 1
        else:
            return None
        if (y1, m1) >= (y2, m2):
            return None
        return _tpl_spec(_Tpl(m1, m2, back=y2 - y1), ("abs", y2))
    if m1 == m2:
        return None
    return _tpl_spec(_Tpl(m1, m2, back=1 if m2 < m1 else 0), mode)


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


def _h_year_range(gd, m, text):
    conn = gd["conn"].strip().lower()
    pre = (gd.get("pre") or "").lower()
    fiscal = bool(gd.get("fy"))
    if conn == "and" and pre != "between":
        return None
    y1, raw2 = int(gd["y1"]), gd["y2"]
    maybe_fiscal = False
    if len(raw2) == 2:
        y2 = _fiscal_end_year(y1, raw2)
        if conn not in ("-", "–", "—", "/") or (1 <= int(raw2) <= 12 and (y2 != y1 + 1 or pre)):
            return None  # "2024-04" is a month, read by its own pattern
        if 1 <= int(raw2) <= 12 and not fiscal:
            # "2009-10": October 2009, or the fiscal year 2009-10 in a text
            # that counts in fiscal years
            month = _tpl_spec(_Tpl(int(raw2), int(raw2)), ("abs", y1))
            return replace(month, maybe_fiscal=True, n=y2)
        # "2023-24", "1999-00" with the century cut is how fiscal years are written
        fiscal = fiscal or (y2 == y1 + 1 and not pre)
    else:
        y2 = int(raw2)
        maybe_fiscal = y2 == y1 + 1 and not pre and conn in ("-", "–", "—", "/")
    if not (1990 <= y1 < y2 <= 2035):
        return None
    if _quantity_follows(text, m.end()) or _CURRENCY_BEFORE.search(text, 0, m.start()):
        return None
    if fiscal and y2 == y1 + 1:
        return replace(_tpl_spec(_FISCAL_TPL, ("abs", y2)), fiscal=True)
    return replace(_tpl_spec(_Tpl(1, 12, back=y2 - y1), ("abs", y2)), maybe_fiscal=maybe_fiscal)


def _h_fiscal_code(gd, m, text):
    """ "FY25", "FY2025": the fiscal year that ends in that year."""
    raw = gd["fyy"]
    year = 2000 + int(raw) if len(raw) == 2 else int(raw)
    if not 1990 <= year <= 2035:
        return None
    return replace(_tpl_spec(_FISCAL_TPL, ("abs", year)), fiscal=True, fiscal_named=True)


def _h_fiscal_named(gd, m, text):
    """ "fiscal 2025", "the financial year 2024": one fiscal year, named by a year."""
    return _h_fiscal_code(gd, m, text)


def _h_fiscal_part(gd, m, text):
    """ "the first half of fiscal 2025", "the last quarter of 2009-10": a part
    of a fiscal year, counted from its start month."""
    if gd.get("hord"):
        part = (6 * (T.HALF_ORDINALS[gd["hord"].lower()] - 1), 6)
    else:
        part = (3 * (T.QUARTER_ORDINALS[gd["qord"].lower()] - 1), 3)
    if gd.get("fyy"):
        spec = _h_fiscal_code(gd, m, text)
        return replace(spec, fiscal_part=part) if spec else None
    y1 = int(gd["fa"])
    y2 = _fiscal_end_year(y1, gd["fb"])
    if y2 != y1 + 1:
        return None
    return replace(_tpl_spec(_FISCAL_TPL, ("abs", y2)), fiscal=True, fiscal_part=part)


def _h_fiscal_ended(gd, m, text):
    """ "the fiscal year that ended in March": the twelve months to that month."""
    m2 = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_twelve_months_from(m2 % 12 + 1), mode) if mode else None


def _h_first_n_months(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    return _tpl_spec(_Tpl(1, n), mode)


def _h_first_n_quarters(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 4 or mode is None:
        return None
    return _tpl_spec(_Tpl(1, 3 * n), mode)


def _h_last_n_months_of(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    return _tpl_spec(_Tpl(13 - n, 12), mode)


def _h_n_months_to(gd, m, text):
    n = _num(gd["n"])
    mode = _mode(gd)
    if not 1 <= n <= 12 or mode is None:
        return None
    m2 = _month_no(gd["m"])
    m1 = (m2 - n) % 12 + 1
    return _tpl_spec(_Tpl(m1, m2, back=1 if m1 > m2 else 0), mode)


def _h_past_n_months(gd, m, text):
    n = _num(gd["n"])
    return _Spec(kind="relative", op="past", n=n) if 1 <= n <= 36 else None


def _h_quarter_word(gd, m, text):
    word = gd["ord"].lower()
    if word == "last" and not _has_year(gd):
        return _Spec(kind="relative", op="unit", unit="quarter", n=-1)
    q = T.QUARTER_ORDINALS[word]
    mode = _mode(gd)
    return _tpl_spec(_Tpl(3 * q - 2, 3 * q), mode) if mode else None


def _code_mode(gd) -> tuple[str, int] | None:
    # "1Q25", "2H24": a two-digit year glued to the code
    return ("abs", 2000 + int(gd["yyc"])) if gd.get("yyc") else _mode(gd)


def _h_quarter_code(gd, m, text):
    q = int(gd["q"])
    mode = _code_mode(gd)
    return _tpl_spec(_Tpl(3 * q - 2, 3 * q), mode) if mode else None


def _h_half_word(gd, m, text):
    h = T.HALF_ORDINALS[gd["ord"].lower()]
    mode = _mode(gd)
    return _tpl_spec(_Tpl(6 * h - 5, 6 * h), mode) if mode else None


def _h_half_code(gd, m, text):
    h = int(gd["h"])
    mode = _code_mode(gd)
    return _tpl_spec(_Tpl(6 * h - 5, 6 * h), mode) if mode else None


def _h_month_year(gd, m, text):
    if not _has_year(gd):
        return None
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    return _tpl_spec(_Tpl(mo, mo), mode) if mode else None


def _h_named_month_rel(gd, m, text):
    mo = _month_no(gd["m"])
    w = gd["w"].lower()
    mode = {"last": ("last_named", 0), "this": ("rel", 0), "next": ("next_named", 0)}[w]
    return _tpl_spec(_Tpl(mo, mo), mode)


def _h_numeric_month(gd, m, text):
    if m.start() and text[m.start() - 1] in "-/.":
        return None
    y, mo = int(gd["y"]), int(gd["mo"])
    return _tpl_spec(_Tpl(mo, mo), ("abs", y)) if 1 <= mo <= 12 else None


_MAY_VERB = re.compile(r"\s+(?:I|we|you|he|she|it|they|not|be|have|also|well)\b")


def _h_month(gd, m, text):
    mo = _month_no(gd["m"])
    if mo == 5 and _MAY_VERB.match(text, m.end()):
        return None  # "May I ...", "May be"
    return _tpl_spec(_Tpl(mo, mo), ("missing", 0))


def _h_year_prefixed(gd, m, text):
    return _tpl_spec(_Tpl(1, 12), ("abs", int(gd["y"])))


# Before 1990 a four-digit number is a year only where English puts one ("in 1980", "since 1975").
_EARLY_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|from|until|till|by|for|during|between|to|and|than|as\s+of|year|late|early|mid|end\s+of)\s+$",
    re.IGNORECASE,
)


def _h_year(gd, m, text):
    y = int(gd["y"])
    if not 1950 <= y <= 2035:
        return None
    if y < 1990 and not _EARLY_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _CURRENCY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _quantity_follows(text, m.end()):
        return None
    return _tpl_spec(_Tpl(1, 12), ("abs", y))


def _h_whole_year(gd, m, text):
    if re.search(r"\b(?:last|first|only|previous|next)\s+$", text[max(0, m.start() - 9) : m.start()]):
        return None  # "the last full year before the invasion" describes a year named elsewhere
    mode = _rel_mode(gd["rel"]) if gd.get("rel") else ("missing", 0)
    return _tpl_spec(_Tpl(1, 12), mode)


def _h_rel_unit(gd, m, text):
    w = " ".join(gd["w"].lower().split())
    unit = gd["unit"].lower()
    n = {"last": -1, "the last": -1, "the past": -1, "this": 0, "the current": 0, "next": 1}[w]
    if unit == "year":
        if w in ("the last", "the past"):
            return None  # a rolling twelve months, not a calendar year
        return _tpl_spec(_Tpl(1, 12), ("rel", n))
    return _Spec(kind="relative", op="unit", unit=unit, n=n)


def _h_year_before_last(gd, m, text):
    return _tpl_spec(_Tpl(1, 12), ("rel", -2))


def _h_ytd(gd, m, text):
    return _Spec(kind="relative", op="ytd", year=int(gd["y"]) if gd.get("y") else 0)


def _h_same(gd, m, text):
    unit = gd["unit"].lower()
    if unit[0].isdigit() or " " in unit or "-" in unit:
        unit = "period"  # "the same six months", "the same 10-day period": the focus's span
    if gd.get("y"):
        return _Spec(kind="anaphoric", op="to_year", year=int(gd["y"]))
    years = 0
    if gd.get("back"):
        years = 1
    elif gd.get("nyears"):
        years = _num(gd["nyears"])
    if unit.startswith("month") and years == 0:
        return _Spec(kind="anaphoric", op="shift", n=0, unit="month")
    return _Spec(kind="anaphoric", op="shift", n=-12 * years)


def _h_containing(gd, m, text):
    unit = gd.get("unit") or "year"  # "annual shipments"
    return _Spec(kind="anaphoric", op="containing", unit=unit.lower().split()[0].split("-")[0])


def _h_that_period(gd, m, text):
    return _Spec(kind="anaphoric", op="containing", unit="period")


def _h_n_day_period(gd, m, text):
    n = _num(gd["n"])
    return _Spec(kind="anaphoric", op="days_focus", n=n) if 1 <= n <= 31 else None


def _h_through_month(gd, m, text):
    mo = _month_no(gd["m"])
    mode = _mode(gd)
    if not mode or (mo == 1 and not gd.get("d")):
        return None
    return _tpl_spec(_Tpl(1, mo, 1, int(gd["d"] or 0)), mode)


def _h_year_earlier(gd, m, text):
    return _Spec(kind="anaphoric", op="shift", n=-12)


def _h_prev_unit(gd, m, text):
    unit = gd["unit"].lower()
    if unit == "year" and gd.get("fiscal"):
        return _Spec(kind="anaphoric", op="shift", n=-12)
    if unit == "year":
        return _Spec(kind="anaphoric", op="prev_year")
    size = {"month": 1, "quarter": 3, "half": 6}[unit]
    return _Spec(kind="anaphoric", op="shift", n=-size, unit=unit)


def _h_prev_months(gd, m, text):
    """ "down 26 percent from the previous three months": the focus moved back
    by n months, when the focus is n months long."""
    n = _num(gd["n"])
    return _Spec(kind="anaphoric", op="shift", n=-n, unit={3: "quarter", 6: "half", 12: ""}[n])


def _h_n_earlier(gd, m, text):
    n = _num(gd["n"])
    unit = gd["unit"].lower().rstrip("s")
    if not 1 <= n <= 36:
        return None
    if unit == "year":
        return _Spec(kind="anaphoric", op="shift", n=-12 * n)
    size = {"month": 1, "quarter": 3}[unit]
    return _Spec(kind="anaphoric", op="shift", n=-size * n, unit=unit)


_CMP_UNITS = {
    "yoy": "year",
    "y/y": "year",
    "y-o-y": "year",
    "mom": "month",
    "m/m": "month",
    "qoq": "quarter",
    "q/q": "quarter",
    "yearly": "year",
    "annual": "year",
    "monthly": "month",
    "quarterly": "quarter",
}


def _h_decade(gd, m, text):
    return _Spec(kind="comparison", op="shift", n=-120)


def _h_cmp(gd, m, text):
    raw = (gd.get("u") or gd.get("a") or gd.get("b") or "").lower()
    unit = raw if raw in ("year", "month", "quarter") else _CMP_UNITS.get(raw) or raw.split("-")[0].split()[0]
    if unit not in ("year", "month", "quarter"):
        return None
    return _Spec(kind="comparison", op="cmp", unit=unit)


# -- the patterns, in priority order for equal-length ties ------------------

_CONN = r"(?P<conn>\s*[-–—]\s*|\s+(?:to|through|thru|till|until|and)\s+|-(?:to|through)-)"
_ISO = r"\d{4}-\d{2}-\d{2}"

_PATTERNS_SRC: tuple[tuple[str, Handler], ...] = (
    (rf"(?P<a>{_ISO})\s*(?:/|[–—]|\s+to\s+)\s*(?P<b>{_ISO})", _h_iso_day_range),
    (
        r"(?P<y1>(?:19|20)\d{2})-(?P<m1>0[1-9]|1[0-2])\s*(?:/|[–—]|\s+to\s+)\s*(?P<y2>(?:19|20)\d{2})-(?P<m2>0[1-9]|1[0-2])",
        _h_iso_month_range,
    ),
    (
        r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
        _h_iso_date,
    ),
    # day spans
    (
        rf"(?:(?P<pre>from|between)\s+)?{_mon('m')}\s+(?P<d1>3[01]|[12]\d|[1-9]){_DAY_SUFFIX}(?!\d)"
        rf"{_CONN}(?:{_mon('m2')}\s+)?(?P<d2>3[01]|[12]\d|[1-9]){_DAY_SUFFIX}(?!\d)(?:{_yp()})?",
        _h_day_span,
    ),
    (
        rf"(?P<d1>3[01]|[12]\d|[1-9])\s*[-–]\s*(?P<d2>3[01]|[12]\d|[1-9])\s+{_mon('m')}(?:{_yp()})?",
        _h_day_span_dm,
    ),
    (rf"(?:the\s+)?first\s+(?P<n>{_DNUM})\s+days\s+of\s+{_mon('m')}(?:{_yp()})?", _h_first_days),
    (r"(?:the\s+)?first\s+(?P<n>\d{1,2}|ten|twenty)\s+days\s+of\s+(?P<w>this|last|the)\s+month", _h_first_days_rel),
    (
        rf"(?:the\s+)?(?P<ord>first|second|latter)\s+half\s+of\s+{_mon('m')}(?:{_yp()})?",
        _h_half_of_month,
    ),
    # single dates (kind "date")
    (rf"{_mon('m')}\s+(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}(?!\d)(?:{_yp()})?", _h_date_md),
    (rf"(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}\s+(?:of\s+)?{_mon('m')}(?:{_yp()})?", _h_date_dm),
    # spans of months
    (
        rf"(?:(?P<pre>between|from)\s+)?(?:the\s+)?{_mon('m1')}(?:\s*,?\s*{_year('y1')})?{_CONN}{_mon('m2')}"
        rf"(?:\s+(?:quarter|period))?(?:{_yp()})?(?:\s+(?:quarter|period))?",
        _h_month_range,
    ),
    (
        rf"(?:(?P<fy>FY\s*|(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)|(?P<pre>between|from)\s+)?{_year('y1')}(?P<conn>\s*[-–—/]\s*|\s+(?:to|through|and)\s+)(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?!\d)",
        _h_year_range,
    ),
    (r"(?-i:FY)\s?(?P<fyy>(?:19|20)\d{2}|\d{2})(?!\d)(?![-/–]\d)", _h_fiscal_code),
    (r"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<fyy>(?:19|20)\d{2})(?!\d)(?![-/–]\d)", _h_fiscal_named),
    (
        # "the (April-September) first half of fiscal 2025", "the last quarter of 2009-10"
        rf"(?:the\s+)?(?:{_mon('ma')}\s*[-–]\s*{_mon('mb')}\s+)?"
        r"(?:(?P<hord>first|1st|second|2nd|latter)[\s-]+half|(?P<qord>first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]+quarter)"
        r"\s+of\s+(?:the\s+)?"
        r"(?:(?:(?:fiscal|financial)\s+(?:year\s+)?|(?-i:FY)\s?)(?P<fyy>(?:19|20)\d{2}|\d{2})(?!\d)(?![-/–]\d)"
        r"|(?:(?:fiscal|financial)\s+(?:year\s+)?|(?-i:FY)\s?)?(?P<fa>(?:19|20)\d{2})\s*[-/–]\s*(?P<fb>(?:19|20)\d{2}|\d{2})(?!\d))",
        _h_fiscal_part,
    ),
    (
        rf"(?:the\s+)?(?:(?:fiscal|financial)\s+)?year\s+(?:that\s+)?(?:ended|ending|ends|to|through)(?:\s+in)?\s+{_mon('m')}(?:{_yp()})?",
        _h_fiscal_ended,
    ),
    # "through August" with no start: the year to the end of that month ("through Nov. 20": to that day)
    (
        rf"(?:through|thru)\s+{_mon('m')}(?:\s+(?P<d>3[01]|[12]\d|0?[1-9]){_DAY_SUFFIX}(?!\d))?(?:{_yp()})?",
        _h_through_month,
    ),
    (rf"(?:the\s+)?{_PREFIX}first\s+(?P<n>{_MNUM})\s+months(?:{_yp()})?", _h_first_n_months),
    # "the 11 months of 2025", "for the 11 months of the year": from January
    (
        rf"(?:the\s+)?(?P<n>{_MNUM}|11)\s+months\s+(?:of\s+(?:the\s+year|{_year('y')})|(?P<rel>this\s+year))",
        _h_first_n_months,
    ),
    (
        rf"(?:the\s+)?{_PREFIX}first\s+(?P<n>two|three|four|[2-4])\s+quarters(?:{_yp()})?",
        _h_first_n_quarters,
    ),
    # "the nine-month period", "the eleven-month figure": the first n months
    (rf"(?:the\s+)?{_PREFIX}(?P<n>{_MNUM})[\s-]+month\s+(?:period|figure|total|tally)(?:{_yp()})?", _h_first_n_months),
    (
        rf"(?:the\s+)?(?:last|final)\s+(?P<n>{_MNUM})\s+months\s+of\s+(?:(?P<ofy>the\s+year)|{_year('y')}|(?P<rel>{_RELYEAR}))",
        _h_last_n_months_of,
    ),
    (
        rf"(?:the\s+)?(?P<n>{_MNUM})[\s-]+months?(?:\s+period)?\s+(?:to|through|ending(?:\s+in)?|ended(?:\s+in)?)\s+{_mon('m')}(?:{_yp()})?",
        _h_n_months_to,
    ),
    (
        rf"(?:the\s+)?(?:past|last)\s+(?P<n>{_MNUM}|1[3-9]|2\d|3[0-6])\s+months",
        _h_past_n_months,
    ),
    # quarters
    (
        rf"(?:the\s+)?{_PREFIX}(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]+quarter(?!\w)(?:{_yp()})?",
        _h_quarter_word,
    ),
    (rf"Q(?P<q>[1-4])(?:{_yp()})?", _h_quarter_code),
    (rf"(?P<q>[1-4])Q(?:{_yp()}|(?P<yyc>\d{{2}})(?!\d))?", _h_quarter_code),
    (rf"{_year('py')}\s*[-/]?\s*Q(?P<q>[1-4])", _h_quarter_code),
    # halves
    (
        rf"(?:the\s+)?{_PREFIX}(?P<ord>first|1st|second|2nd|latter)[\s-]+half(?:[\s-]+year)?(?!\w)(?:{_yp()})?",
        _h_half_word,
    ),
    (rf"H(?P<h>[12])(?:{_yp()})?", _h_half_code),
    (rf"(?P<h>[12])H(?:{_yp()}|(?P<yyc>\d{{2}})(?!\d))?", _h_half_code),
    (rf"{_year('py')}\s*[-/]?\s*H(?P<h>[12])", _h_half_code),
    # months
    (rf"{_mon('m')}{_yp()}", _h_month_year),
    (rf"(?P<w>last|this|next)\s+{_mon('m')}", _h_named_month_rel),
    (r"(?P<y>(?:19|20)\d{2})[-/](?P<mo>0[1-9]|1[0-2])(?![\d]|[-/.]\d)", _h_numeric_month),
    (r"(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])", _h_numeric_month),
    (_mon("m", strict=True), _h_month),
    # years
    (
        rf"(?:(?:the\s+)?(?:whole|entire|full)\s+(?:year\s+)?of\s+|all\s+of\s+|(?:the\s+)?full[\s-]+year\s+(?:of\s+)?"
        rf"|(?:the\s+)?calendar\s+year\s+|the\s+year\s+|(?:the\s+)?(?:whole|entire|full)\s+){_year('y')}",
        _h_year_prefixed,
    ),
    (_year("y"), _h_year),
    (
        rf"(?:(?:the\s+)?(?:whole|entire)\s+of\s+|all\s+of\s+|(?:the\s+)?(?:full|whole|entire)[\s-]+year\s+(?:of\s+)?)(?P<rel>{_RELYEAR})",
        _h_whole_year,
    ),
    (r"(?:the\s+)?(?:whole|entire|full)[\s-]+year(?![\w-])", _h_whole_year),
    # relative
    (r"the\s+year\s+before\s+last", _h_year_before_last),
    (
        r"(?P<w>last|this|next|the\s+current|the\s+past|the\s+last)\s+(?P<unit>month|quarter|year)(?![\w-])",
        _h_rel_unit,
    ),
    (
        r"(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:thus|so)\s+far\s+in\s+(?:the\s+year|"
        + _year("y")
        + r")|the\s+year\s+so\s+far|(?:the\s+)?year[\s-]+to[\s-]+date|(?-i:YTD|ytd)|to\s+date\s+this\s+year"
        r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)",
        _h_ytd,
    ),
    # anaphoric
    (
        r"(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+(?P<unit>period|months?|quarter|half|time"
        rf"|(?:{_NNUM}|twenty|thirty)[\s-]+(?:months?|days?|weeks?)(?:\s+period)?)"
        # "the same month previous year": the article may be dropped
        r"(?:\s+(?:(?:of|in)\s+)?(?P<back>last\s+(?:fiscal\s+)?year['’]?s?|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|the\s+year\s+before"
        r"|(?:a|one)\s+year\s+(?:earlier|ago|before))|\s+(?:of|in)\s+"
        + _year("y")
        + r"|\s+(?P<nyears>two|three|[2-9])\s+years\s+(?:earlier|ago|before))?",
        _h_same,
    ),
    # "the same 2022 period": the focus moved into that year
    (
        rf"(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+{_year('y')}\s+(?P<unit>period|months?|quarter|half|time)",
        _h_same,
    ),
    (
        r"(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?P<fiscal>fiscal|financial)\s+)?(?P<unit>month|quarter|half|year)(?![\w-])",
        _h_prev_unit,
    ),
    (r"the\s+(?P<unit>month|quarter|year)\s+(?:before|prior)(?!\s+(?:last|that)\b)", _h_prev_unit),
    (
        r"(?:the\s+)?(?:previous|preceding|prior)\s+(?P<n>three|six|twelve|3|6|12)\s+months",
        _h_prev_months,
    ),
    # "for the year", "in the half", "during the period": the focus, or the
    # year/half/quarter holding it
    (
        r"the\s+(?P<unit>year|half(?:[\s-]year)?|quarter|month|period)(?![\w-]|['’]s|\s+(?:to|through|before|after|earlier"
        r"|ago|so|of|in|ahead|ending|ended|prior|on|over|that|when|which)\b)",
        _h_containing,
    ),
    (
        r"(?:the\s+)?annual\s+(?:total|figure|shipments|exports|imports|trade|turnover|surplus|deficit|sales|value)",
        _h_containing,
    ),
    # "the cited period", "the period under review", "that period": the period the text is about
    (
        r"the\s+(?:cited|reviewed|said|aforementioned|above[\s-]?mentioned|mentioned|reporting|review|covered)\s+period"
        r"|the\s+period\s+(?:under\s+review|in\s+question|concerned|covered)|(?:that|this)\s+(?:same\s+)?period(?![\w-])",
        _h_that_period,
    ),
    # "the 20-day period", "that 10-day window": the focus, when it has that many days
    (
        rf"(?:the|that|this)\s+(?P<n>{_DNUM})[\s-]+day\s+(?:period|window|span|stretch)",
        _h_n_day_period,
    ),
    (r"(?:the\s+)?year[\s-](?:earlier|ago)(?:\s+(?:period|month|quarter|half|level|figure)s?)?", _h_year_earlier),
    (
        rf"(?P<n>{_NNUM})\s+(?P<unit>months?|quarters?|years?)\s+(?:earlier|ago|before|prior|previously)",
        _h_n_earlier,
    ),
    # comparison markers
    (r"(?P<u>year|month|quarter)[\s-]+(?:on|over)[\s-]+(?P=u)", _h_cmp),
    (r"on[\s-](?P<u>year|month|quarter)(?![\w-])", _h_cmp),
    # "more than trebled over the past decade": against the same period ten years before
    (r"(?:over|in|during)\s+the\s+(?:last|past|previous)\s+(?:decade|ten\s+years|10\s+years)", _h_decade),
    (r"(?-i:(?P<a>YoY|yoy|YOY|y/y|Y/Y|y-o-y|Y-O-Y|MoM|MOM|m/m|M/M|QoQ|QOQ|q/q|Q/Q))", _h_cmp),
    (
        r"on\s+an?\s+(?P<b>year[\s-]+on[\s-]+year|month[\s-]+on[\s-]+month|quarter[\s-]+on[\s-]+quarter|yearly|annual|monthly|quarterly)\s+basis",
        _h_cmp,
    ),
)

# Cheap searches a text must pass before a family of patterns is tried on it:
# most sentences name few periods, and a plain search is far faster than ~45
# full patterns.
_GATES: dict[str, re.Pattern[str]] = {
    k: re.compile(v, re.IGNORECASE)
    for k, v in {
        "numeric": r"\d{4}[-/.]\d|\d/(?:19|20)\d\d",
        "month": rf"(?-i:{_MON_FULL}|{_MON_ABBR})",
        "year": r"(?:19|20)\d\d",
        "fiscal": r"FY|fiscal|financial|year\s+(?:that\s+)?(?:ended|ending|ends|to|through)\b",
        "days": r"days",
        "day": r"day",
        "half": r"half",
        "part": r"half|quarter",
        "through": r"through|thru",
        "period": r"period",
        "quarter": r"quarter",
        "q_code": r"Q[1-4]|[1-4]Q",
        "h_code": r"H[12]|[12]H",
        "months": r"month",
        "unit": r"year|month|quarter",
        "unit_any": r"year|month|quarter|half|period|annual",
        "ytd": r"year|ytd|far",
        "same": r"same|corresponding|comparable|equivalent",
        "previous": r"previous|preceding|prior|before",
        "earlier": r"earlier|ago|before|prior|previously",
        "cmp": r"on|over|/|yoy|mom|qoq|y-o-y",
        "decade": r"decade|ten\s+years|10\s+years",
    }.items()
}
_GATE_OF: dict[Callable, str] = {
    _h_iso_day_range: "numeric",
    _h_iso_month_range: "numeric",
    _h_iso_date: "numeric",
    _h_numeric_month: "numeric",
    _h_day_span: "month",
    _h_day_span_dm: "month",
    _h_date_md: "month",
    _h_date_dm: "month",
    _h_month_range: "month",
    _h_month_year: "month",
    _h_named_month_rel: "month",
    _h_month: "month",
    _h_first_days: "days",
    _h_first_days_rel: "days",
    _h_half_of_month: "half",
    _h_year_range: "year",
    _h_fiscal_code: "fiscal",
    _h_fiscal_ended: "fiscal",
    _h_fiscal_named: "fiscal",
    _h_fiscal_part: "part",
    _h_through_month: "through",
    _h_that_period: "period",
    _h_n_day_period: "day",
    _h_year_prefixed: "year",
    _h_year: "year",
    _h_first_n_months: "months",
    _h_last_n_months_of: "months",
    _h_n_months_to: "months",
    _h_past_n_months: "months",
    _h_first_n_quarters: "quarter",
    _h_quarter_word: "quarter",
    _h_quarter_code: "q_code",
    _h_half_word: "half",
    _h_half_code: "h_code",
    _h_whole_year: "unit",
    _h_year_before_last: "unit",
    _h_rel_unit: "unit",
    _h_ytd: "ytd",
    _h_same: "same",
    _h_prev_unit: "previous",
    _h_prev_months: "months",
    _h_containing: "unit_any",
    _h_year_earlier: "earlier",
    _h_n_earlier: "earlier",
    _h_cmp: "cmp",
    _h_decade: "decade",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (_GATE_OF[handler], re.compile(rf"(?<!\w)(?:{src})(?!\w)", re.IGNORECASE), handler)
    for src, handler in _PATTERNS_SRC
)

_BASE_CUE = re.compile(
    r"(?P<cue>compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|as\s+against|versus|vs\.?|against|than|from|over|on"
    r"|compar\w*\s+[\w ]{3,30}?\s+(?:with|to|and))"
    r"\s+(?:(?:that|those|levels?|the\s+(?:level|figure|amount|total|value)s?)\s+(?:of|in|for|during)\s+|(?:in|of|during|for)\s+)?$",
    re.IGNORECASE,
)


# "the smallest since 2009": a starting point, not the period of a figure
# (unless a when-clause gives that year's own figure: "since 2012, when it posted …").
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)


# "nearly triple 1998 numbers", "twice the 2019 level": a multiple of a base.
_MULTIPLE_CUE = re.compile(
    r"\b(?:double|triple|treble|quadruple|twice|half|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times)"
    r"\s+(?:(?:the|its|their|that\s+of|those\s+of)\s+)?$",
    re.IGNORECASE,
)


def _is_base(text: str, start: int, kind: str) -> bool:
    if kind == "comparison" or _MULTIPLE_CUE.search(text, max(0, start - 30), start):
        return True
    m = _BASE_CUE.search(text, max(0, start - 60), start)
    if not m:
        return False
    # "over the first quarter" is a duration; "over the same period" a base;
    # "up 4.4 percent on the same period of 2024" a base too.
    return m["cue"].lower() not in ("over", "on") or kind == "anaphoric"


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[tuple[PeriodMention, _Spec], ...]:
    """Every period expression, longest first, non-overlapping, in order."""
    found: list[tuple[int, int, int, _Spec]] = []
    open_gates: dict[str, bool] = {}
    for prio, (gate, rx, handler) in enumerate(_PATTERNS):
        if gate not in open_gates:
            open_gates[gate] = _GATES[gate].search(text) is not None
        if not open_gates[gate]:
            continue
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            try:
                spec = handler(m.groupdict(), m, text)
            except (KeyError, ValueError):
                spec = None
            if spec is not None:
                found.append((m.start(), m.end(), prio, spec))
    found.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken: list[tuple[int, int, _Spec]] = []
    for s, e, _, spec in found:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, spec))
    taken.sort(key=lambda t: t[0])
    return tuple(
        (PeriodMention(s, e, text[s:e], spec.kind, _is_base(text, s, spec.kind)), spec)
        for s, e, spec in taken
        # taken, so nothing shorter inside reads instead
        if not (_SINCE.search(text, max(0, s - 8), s) and not _WHEN_AFTER.match(text, e))
    )


def find_period_mentions(text: str, *, dates: bool = False) -> list[PeriodMention]:
    """All period expressions of a text, non-overlapping, longest match first.

    >>> [(m.text, m.kind, m.is_base) for m in find_period_mentions(
    ...     "Exports in April rose 15% compared to the same period last year.")]
    [('April', 'partial', False), ('the same period last year', 'anaphoric', True)]
    >>> [m.text for m in find_period_mentions("On May 20, trade in January-May 2025 rose on-year.")]
    ['January-May 2025', 'on-year']
    """
    return [pm for pm, _ in _scan(text) if dates or pm.kind != "date"]


def _spec_of(mention: PeriodMention) -> _Spec | None:
    scanned = _scan(mention.text)
    for pm, spec in scanned:
        if pm.start == 0 and pm.end == len(mention.text):
            return spec
    if not scanned:
        # a year before 1990 is one only after "in", "since", …: its sentence said so
        scanned = _scan("in " + mention.text)
    return scanned[0][1] if scanned else None


# ---------------------------------------------------------------- resolution


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _fits(focus: Period, months: int, unit: str) -> bool:
    """Whether a focus of this shape can be moved by ``months`` for ``unit``."""
    if unit == "":
        return True
    if unit == "month":
        if focus.shape == "days":
            return focus.n_months == 1
        return focus.whole_months and months % focus.n_months == 0
    return focus.shape == unit


def _base_shift(focus: Period | None, unit: str) -> Period | None:
    if focus is None:
        return None
    if unit == "year":
        return focus.shift(years=-1)
    size = {"month": 1, "quarter": 3, "half": 6}[unit]
    if unit == "month" and focus.shape not in ("month", "days"):
        return None
    if not _fits(focus, -size, unit):
        return None
    return focus.shift(months=-size)


def _containing(focus: Period, unit: str) -> Period | None:
    """The period of ``unit`` that holds the focus ("for the year" after a
    month); None when the focus is longer than the unit."""
    if unit == "period":
        return focus
    size = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit]
    y, m = focus.end.year, focus.end.month
    first = (m - 1) // size * size + 1
    p = Period.of_months(y, first, *_add_months(y, first, size - 1))
    return p if p.start <= focus.start else None


def _resolve_fiscal(spec: _Spec, fiscal: FiscalYear) -> Period | None:
    """A fiscal year (or a part of one) by the text's convention."""
    year = spec.year
    if spec.fiscal_named and fiscal.named_by_start and fiscal.start_month != 1:
        year += 1  # Japan's "fiscal 2025" starts in April 2025
    p = _twelve_months_from(fiscal.start_month).at(year)
    if p is None or spec.fiscal_part is None:
        return p
    offset, n = spec.fiscal_part
    y, m = _add_months(p.start.year, p.start.month, offset)
    return Period.of_months(y, m, *_add_months(y, m, n - 1))


def _resolve_tpl(spec: _Spec, published: date | None, focus: Period | None, fiscal: FiscalYear) -> Period | None:
    tpl, mode = spec.tpl, spec.year_mode
    assert tpl is not None
    if spec.fiscal and mode == "abs":
        return _resolve_fiscal(spec, fiscal)
    if spec.fiscal and fiscal.start_month != FISCAL_START_MONTH:
        tpl = _twelve_months_from(fiscal.start_month)
    if spec.maybe_fiscal and fiscal.two_year_spans:
        return _twelve_months_from(fiscal.start_month).at(spec.n or spec.year)
    if mode == "abs":
        return tpl.at(spec.year)
    if mode == "rel":
        return tpl.at(published.year + spec.year) if published else None
    if mode == "focus":
        if focus is not None:
            return tpl.at(focus.end.year + spec.year)
        return tpl.at(published.year + spec.year) if published else None
    if mode == "last_named":
        if published is None:
            return None
        return tpl.at(published.year if tpl.m1 < published.month else published.year - 1)
    if mode == "next_named":
        if published is None:
            return None
        return tpl.at(published.year if tpl.m1 > published.month else published.year + 1)
    # missing: the focus's year, else the latest that has started by publication
    anchor = focus.end.year if focus is not None else published.year if published else None
    if anchor is None:
        return None
    p = tpl.at(anchor)
    if published is not None and (p is None or p.start > published):
        p = tpl.at(anchor - 1)
    if focus is None and published is not None and p is not None and (tpl.m1, tpl.m2) == (1, 12) and p.end > published:
        # "for the full year" with nothing to anchor it: a year that has ended.
        p = tpl.at(p.start.year - 1)
    return p


def _resolve(
    spec: _Spec, published: date | None, focus: Period | None, is_base: bool, fiscal: FiscalYear | None = None
) -> Period | None:
    op = spec.op
    if op == "tpl":
        return _resolve_tpl(spec, published, focus, fiscal or FiscalYear())
    if op == "unit":
        if published is None:
            return None
        size = {"month": 1, "quarter": 3, "half": 6}[spec.unit]
        first = (published.month - 1) // size * size + 1
        y, m = _add_months(published.year, first, spec.n * size)
        return Period.of_months(y, m, *_add_months(y, m, size - 1))
    if op == "past":
        if published is None:
            return None
        y2, m2 = _add_months(published.year, published.month, -1)
        return Period.of_months(*_add_months(y2, m2, 1 - spec.n), y2, m2)
    if op == "first_days":
        if spec.unit == "the":
            if focus is None:
                return None
            y, mo = focus.end.year, focus.end.month
        else:
            if published is None:
                return None
            y, mo = _add_months(published.year, published.month, spec.year)
        return Period(date(y, mo, 1), date(y, mo, min(spec.n, _last_day(y, mo))))
    if op == "ytd":
        if published is None:
            return None
        year = spec.year or published.year
        if year < published.year:
            return Period.of_year(year)
        if year > published.year:
            return None
        if focus is not None and focus.end.year == year and focus.end <= published:
            # "for the year to date" in a release on September 1-20: to the 20th
            return Period(date(year, 1, 1), focus.end)
        if published.month == 1:
            return Period.of_year(year - 1)
        return Period.of_months(year, 1, year, published.month - 1)
    if focus is None and op != "prev_year":
        return None
    if op == "shift":
        assert focus is not None
        return focus.shift(months=spec.n) if _fits(focus, spec.n, spec.unit) else None
    if op == "to_year":
        assert focus is not None
        return focus.shift(years=spec.year - focus.end.year)
    if op == "prev_year":
        if focus is None:
            return Period.of_year(published.year - 1) if published else None
        if focus.shape == "year" or is_base:
            return focus.shift(years=-1)
        return Period.of_year(focus.end.year - 1)
    if op == "cmp":
        return _base_shift(focus, spec.unit)
    if op == "containing":
        assert focus is not None
        return _containing(focus, spec.unit)
    if op == "days_focus":
        assert focus is not None
        return focus if (focus.end - focus.start).days + 1 == spec.n else None
    return None


def resolve_period(
    mention: PeriodMention | str,
    *,
    published: date | str | None,
    focus: Period | None = None,
    fiscal_start: int = FISCAL_START_MONTH,
    fiscal: FiscalYear | None = None,
) -> Period | None:
    """The period a mention (or the first mention in a string) names.

    ``published`` may be a date or an ISO string; ``focus`` is the period the
    text is about; ``fiscal_start`` the month a fiscal year starts in (April;
    July for Australia), or ``fiscal`` the text's whole fiscal convention.
    Returns None when what it needs is missing.

    >>> resolve_period("the first quarter", published=date(2025, 5, 2)).label
    '2025-Q1'
    >>> resolve_period("December", published=date(2025, 5, 20)).label
    '2024-12'
    >>> resolve_period("the same period last year", published=None, focus=Period.of_month(2025, 4)).label
    '2024-04'
    >>> resolve_period("last month", published=None) is None
    True
    """
    pub = _as_date(published)
    if isinstance(mention, str):
        scanned = _scan(mention)
        if not scanned:
            return None
        pm, spec = scanned[0]
    else:
        pm, spec = mention, _spec_of(mention)
        if spec is None:
            return None
    try:
        return _resolve(spec, pub, focus, pm.is_base, fiscal or FiscalYear(start_month=fiscal_start))
    except (ValueError, OverflowError):  # a year out of the calendar's range
        return None


def parse_period(
    text: str,
    *,
    published: date | str | None = None,
    focus: Period | None = None,
) -> Period | None:
    """The first mention in ``text`` that resolves, resolved.

    >>> parse_period("in the first nine months of 2024").label
    '2024-01/2024-09'
    >>> parse_period("so far this year", published=date(2025, 5, 20)).label
    '2025-01/2025-04'
    """
    pub = _as_date(published)
    for pm, spec in _scan(text):
        try:
            p = _resolve(spec, pub, focus, pm.is_base)
        except (ValueError, OverflowError):
            p = None
        if p is not None:
            return p
    return None


def base_period(focus: Period, phrase: str, *, published: date | str | None = None) -> Period | None:
    """The base of a comparison stated by ``phrase`` for a figure about ``focus``.

    >>> base_period(Period.of_quarter(2025, 1), "year-on-year").label
    '2024-Q1'
    >>> base_period(Period.of_month(2025, 4), "the previous month").label
    '2025-03'
    >>> base_period(Period.of_quarter(2025, 1), "a month earlier") is None
    True
    >>> base_period(Period(date(2019, 5, 1), date(2019, 5, 20)), "from last year").label
    '2018-05-01/2018-05-20'
    """
    scanned = _scan(phrase)
    if not scanned:
        return None
    _, spec = scanned[0]
    if (
        spec.op == "tpl"
        and spec.year_mode == "rel"
        and spec.year == -1
        and spec.tpl == _Tpl(1, 12)
        and focus.shape != "year"
    ):
        # "down 0.1 percent from last year" of a 20-day window: the same days a year before
        return focus.shift(years=-1)
    try:
        return _resolve(spec, _as_date(published), focus, True)
    except (ValueError, OverflowError):
        return None
