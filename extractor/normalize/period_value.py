"""The ``Period`` value object: an inclusive span of days with its contract
label, built from shapes (month, quarter, half, year, span) or read back
from a label. Finding and resolving periods in text is ``periods``."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache


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
