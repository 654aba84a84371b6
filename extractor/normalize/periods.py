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

The module is the public face of four: ``period_value`` (the ``Period``
value object), ``_period_grammar`` (what a mention means before it is
resolved, the regex building blocks, fiscal-year conventions),
``_period_handlers`` (one handler per pattern) and ``_period_patterns`` (the
patterns themselves); finding and resolving stay here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.normalize._period_grammar import (
    FISCAL_START_MONTH,
    MONTH_MISSPELLINGS,
    FiscalYear,
    _Spec,
    _Tpl,
    _twelve_months_from,
)
from extractor.normalize._period_patterns import _GATES, _PATTERNS, _SINCE, _WHEN_AFTER, _is_base
from extractor.normalize.period_value import Period, _add_months, _as_date, _last_day, period_from_label

__all__ = [
    "FISCAL_START_MONTH",
    "KINDS",
    "MONTH_MISSPELLINGS",
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
