"""Customs figures as value objects: month spans, rows, the series of rows.

A customs row is one published figure: ``reporter``'s ``flow`` with
``partner`` over a span of whole months, in one currency, from one release.
Spans are counted in months (``year * 12 + month - 1``) so that a quarter,
a half, a year or a Jan–Feb combined release are all the same kind of thing.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pandas as pd

from extractor.customs._tables import COUNTRY_ALIASES


class CustomsFormatError(ValueError):
    """A customs, rates or dataset file that cannot be used, with where."""

    def __init__(self, path: str, message: str, line: int | None = None, column: str = ""):
        self.path = str(path)
        self.line = line
        self.column = column
        self.message = message
        where = self.path
        if line is not None:
            where += f", line {line}"
        if column:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")


class PeriodError(ValueError):
    """A period label monthly data cannot express (the message says why)."""


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """An inclusive span of whole months.

    >>> Span.parse("2025-Q1").label, Span.parse("2025-Q1").n_months
    ('2025-Q1', 3)
    >>> Span.parse("202504").label, Span.parse("2025").label, Span.parse("2025-H2").label
    ('2025-04', '2025', '2025-H2')
    >>> Span.parse("2025-01/2025-05").label
    '2025-01/2025-05'
    >>> Span.parse("2024-12-01/2024-12-31").label   # whole months given as days
    '2024-12'
    >>> Span.parse("2024-12-01/2024-12-20")
    Traceback (most recent call last):
    ...
    extractor.customs.series.PeriodError: 2024-12-01/2024-12-20 is a span of days, not whole months; monthly customs data cannot cover it
    """

    start: int
    end: int

    @staticmethod
    def month(year: int, month: int) -> Span:
        i = year * 12 + month - 1
        return Span(i, i)

    @staticmethod
    def parse(text: str) -> Span:
        return _parse_span(str(text).strip())

    @staticmethod
    def from_dates(start: str, end: str) -> Span:
        return _parse_span(f"{start.strip()}/{end.strip()}")

    @property
    def n_months(self) -> int:
        return self.end - self.start + 1

    def months(self) -> list[Span]:
        return [Span(i, i) for i in range(self.start, self.end + 1)]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def label(self) -> str:
        y0, m0 = divmod(self.start, 12)
        y1, m1 = divmod(self.end, 12)
        m0, m1 = m0 + 1, m1 + 1
        if self.start == self.end:
            return f"{y0:04d}-{m0:02d}"
        if y0 == y1:
            if m0 == 1 and m1 == 12:
                return f"{y0:04d}"
            if m1 - m0 == 2 and m0 % 3 == 1:
                return f"{y0:04d}-Q{m0 // 3 + 1}"
            if m1 - m0 == 5 and m0 in (1, 7):
                return f"{y0:04d}-H{1 if m0 == 1 else 2}"
        return f"{y0:04d}-{m0:02d}/{y1:04d}-{m1:02d}"

    @property
    def first_day(self) -> date:
        y, m = divmod(self.start, 12)
        return date(y, m + 1, 1)

    @property
    def last_day(self) -> date:
        y, m = divmod(self.end, 12)
        return date(y, m + 1, calendar.monthrange(y, m + 1)[1])

    def __str__(self) -> str:
        return self.label


_MONTH = re.compile(r"^(\d{4})-?(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_PART = re.compile(r"^(\d{4})-?([QH])([1-4])$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _parse_one(text: str) -> tuple[Span, bool]:
    """A single label -> (span, given_as_day)."""
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise PeriodError(f"{text!r} has no month {month}")
        return Span.month(year, month), False
    if m := _YEAR.match(text):
        y = int(m[1])
        return Span(y * 12, y * 12 + 11), False
    if m := _PART.match(text):
        y, kind, n = int(m[1]), m[2].upper(), int(m[3])
        size = 3 if kind == "Q" else 6
        if kind == "H" and n > 2:
            raise PeriodError(f"{text!r}: a year has two halves")
        return Span(y * 12 + (n - 1) * size, y * 12 + n * size - 1), False
    if m := _DAY.match(text):
        d = date(int(m[1]), int(m[2]), int(m[3]))  # ValueError on a bad date
        return Span.month(d.year, d.month), True
    raise PeriodError(f"{text!r} is not a period label (2025-04, 2025-Q1, 2025-H1, 2025, 2025-01/2025-05)")


def _parse_span(text: str) -> Span:
    if not text:
        raise PeriodError("no period stated")
    parts = text.split("/")
    if len(parts) == 1:
        span, as_day = _parse_one(text)
        if as_day:
            raise PeriodError(f"{text} is a single day; monthly customs data cannot cover it")
        return span
    if len(parts) != 2:
        raise PeriodError(f"{text!r} is not a period label")
    try:
        (a, a_day), (b, b_day) = _parse_one(parts[0]), _parse_one(parts[1])
    except ValueError as e:
        raise PeriodError(str(e)) from None
    if a.start > b.end:
        raise PeriodError(f"{text!r} ends before it starts")
    span = Span(a.start, b.end)
    # A span of days is a span of months only when it runs from the 1st to the last day.
    if a_day and parts[0][-2:] != "01" or b_day and date.fromisoformat(parts[1]) != span.last_day:
        raise PeriodError(f"{text} is a span of days, not whole months; monthly customs data cannot cover it")
    return span


@functools.lru_cache(maxsize=4096)
def economy_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 (or W00/EUU/S19) for a code or name in a customs file.

    >>> [economy_code(x) for x in ("PRK", "KP", "408", "朝鲜", "WLD", "0", "China", "Narnia")]
    ['PRK', 'PRK', 'PRK', 'PRK', 'W00', 'W00', 'CHN', None]
    """
    import pycountry

    raw = str(text).strip()
    key = raw.casefold()
    if key.endswith(".0") and key[:-2].isdigit():  # "408.0" from a spreadsheet
        key = key[:-2]
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if not key:
        return None
    try:
        if key.isdigit():
            c = pycountry.countries.get(numeric=key.zfill(3))
        elif len(key) == 3 and key.isascii() and key.isalpha():
            c = pycountry.countries.get(alpha_3=key.upper())
        elif len(key) == 2 and key.isascii() and key.isalpha():
            c = pycountry.countries.get(alpha_2=key.upper())
        else:
            c = pycountry.countries.lookup(raw)
    except LookupError:
        return None
    return c.alpha_3 if c else None


@dataclass(frozen=True, slots=True)
class CustomsRow:
    """One published figure, and where it was read."""

    reporter: str
    partner: str
    flow: str  # export | import | total
    span: Span
    value: Decimal
    currency: str = "USD"
    vintage: str = ""
    file: str = ""
    line: int = 0
    source: str = ""  # the page or query a figure came from, if the file says

    @property
    def key(self) -> tuple:
        return (self.reporter, self.partner, self.flow, self.span, self.currency, self.vintage)

    def ref(self) -> dict:
        """The row as the checks table's ``customs_rows`` lists it."""
        d = {
            "file": self.file,
            "line": self.line,
            "reporter": self.reporter,
            "partner": self.partner,
            "flow": self.flow,
            "period": self.span.label,
            "value": float(self.value),
            "currency": self.currency,
        }
        if self.vintage:
            d["vintage"] = self.vintage
        if self.source:
            d["source"] = self.source
        return d


class CustomsSeries:
    """A read-only set of customs rows with lookup by reporter, partner, flow
    and currency.

    Rows of different files that disagree on the same figure are kept apart
    as releases: a row without a release column takes its file's name as its
    vintage, so the checker can say which file a claim agrees with.
    """

    def __init__(self, rows: Iterable[CustomsRow] = ()):
        self.rows: tuple[CustomsRow, ...] = tuple(rows)
        index: dict[tuple, list[CustomsRow]] = {}
        for r in self.rows:
            index.setdefault((r.reporter, r.partner, r.currency), []).append(r)
        self._index = index
        pairs: dict[tuple[str, str], set[str]] = {}
        for reporter, partner, currency in index:
            pairs.setdefault((reporter, partner), set()).add(currency)
        self._pairs = pairs

    @classmethod
    def combine(cls, parts: Iterable[CustomsSeries]) -> CustomsSeries:
        parts = list(parts)
        seen: dict[tuple, CustomsRow] = {}
        clash: set[tuple] = set()
        for part in parts:
            for r in part.rows:
                k = r.key
                if k in seen and seen[k].value != r.value and seen[k].file != r.file:
                    clash.add(k)
                seen.setdefault(k, r)
        rows: list[CustomsRow] = []
        done: set[tuple] = set()
        for part in parts:
            for r in part.rows:
                if r.key in clash:
                    r = replace(r, vintage=r.vintage or _file_name(r.file))
                key = (*r.key, r.value)
                if key not in done:  # the same figure in two files is one figure
                    done.add(key)
                    rows.append(r)
        return cls(rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"CustomsSeries({len(self.rows)} rows)"

    def lookup(self, reporter: str, partner: str, currency: str) -> list[CustomsRow]:
        return list(self._index.get((reporter, partner, currency), ()))

    def has(self, reporter: str, partner: str, currency: str) -> bool:
        return (reporter, partner, currency) in self._index

    def currencies_of(self, reporter: str, partner: str) -> set[str]:
        return set(self._pairs.get((reporter, partner), ()))

    @property
    def currencies(self) -> set[str]:
        return {r.currency for r in self.rows}

    def to_frame(self) -> pd.DataFrame:
        cols = [
            "reporter",
            "partner",
            "flow",
            "period",
            "value",
            "currency",
            "vintage",
            "file",
            "line",
            "source",
        ]
        return pd.DataFrame(
            [
                [
                    r.reporter,
                    r.partner,
                    r.flow,
                    r.span.label,
                    float(r.value),
                    r.currency,
                    r.vintage,
                    r.file,
                    r.line,
                    r.source,
                ]
                for r in self.rows
            ],
            columns=cols,
        )


def _file_name(path: str) -> str:
    return re.split(r"[\\/]", path)[-1] if path else "unnamed file"
