"""When an article was published, read from its own text.

``infer_published`` looks at the head of the text (datelines, "Published:"
lines, a first full date) and returns ``(date, "text")``; when the head gives
only a month and a day ("SEOUL, March 3 (Yonhap) --", "On May 20, ...") it
infers the year from the periods the article mentions and returns
``(date, "inferred")``; otherwise ``(None, "")``.

Year inference: take the latest month-level period the article names with a
year ("April 2024", "the first quarter of 2025", "May 8, 2024"; full years
only when there is nothing finer), and choose the earliest year that puts the
dateline after its end. One refinement: when the article also names the same
month *without* a year ("in April ... in April 2024"), writers add the year to
tell a past April from the current one, so that month counts a year later.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extractor.normalize import _period_tables as T
from extractor.normalize.periods import Period, PeriodMention, find_period_mentions, resolve_period

__all__ = ["infer_published", "HEAD_CHARS"]

HEAD_CHARS = 2000  # datelines and "Published:" lines sit near the start

_LABEL = re.compile(
    r"(?P<label>first\s+published|date\s+published|publication\s+date|published|posted|released|date\s*:|"
    r"last\s+updated|updated|modified|입력|등록)"
    r"(?:\s+(?:on|at))?\s*[:：]?\s*(?P<value>[^\n|]{4,80})",
    re.IGNORECASE,
)
_UPDATE_LABEL = re.compile(r"updated|modified|edited|수정", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w .'’-]{1,40},[ \t]*$")
_ON_BEFORE = re.compile(r"(?:^|[\s\"“(])On\s+$")
_CONTEXT_BEFORE = 40
_FUTURE_BEFORE = re.compile(T.FUTURE_BEFORE_PERIOD, re.IGNORECASE)


def _full_date(mention: PeriodMention) -> date | None:
    """The day a date mention names, when it states its year."""
    if mention.kind != "date":
        return None
    p = resolve_period(mention, published=None)
    return p.start if p is not None and p.start == p.end and 1990 <= p.start.year <= 2035 else None


@lru_cache(maxsize=1024)
def _dateparser_day(value: str) -> date | None:
    """A full date dateparser reads in a label's value ("20.05.2025 14:32")."""
    try:
        import dateparser  # slow to import; only needed for odd header formats

        dt = dateparser.parse(
            value,
            languages=["en"],
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PREFER_DAY_OF_MONTH": "first",
                "DATE_ORDER": "DMY",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None or not 1990 <= dt.year <= 2035:
        return None
    return dt.date()


def _labelled(head: str) -> date | None:
    later: date | None = None
    for m in _LABEL.finditer(head):
        value = m["value"].strip()
        day = next(filter(None, map(_full_date, find_period_mentions(value, dates=True))), None)
        if day is None and re.search(r"\d", value):
            day = _dateparser_day(re.split(r"\s+by\s+|\s{2,}", value)[0])
        if day is None:
            continue
        if _UPDATE_LABEL.search(m["label"]):
            later = later or day
            continue
        return day
    return later


def _first_full_date(head: str) -> date | None:
    fallback: date | None = None
    for pm in find_period_mentions(head, dates=True):
        day = _full_date(pm)
        if day is None:
            continue
        line_before = head[max(0, pm.start - _CONTEXT_BEFORE) : pm.start].rsplit("\n", 1)[-1]
        if _UPDATE_LABEL.search(line_before):
            fallback = fallback or day
            continue
        return day
    return fallback


def _month_day(head: str) -> tuple[int, int] | None:
    """Month and day of a dateline or an opening "On May 20," without a year."""
    for pm in find_period_mentions(head, dates=True):
        if pm.kind != "date":
            continue
        before = head[max(0, pm.start - 60) : pm.start]
        after = head[pm.end : pm.end + 3]
        dateline = _DATELINE_BEFORE.search(before) is not None
        opening = _ON_BEFORE.search(before) is not None and after.lstrip().startswith(",")
        if not (dateline or opening):
            continue
        p = resolve_period(pm, published=None, focus=Period.of_year(2000))
        if p is not None:
            return p.start.month, p.start.day
    return None


def _evidence(text: str) -> date | None:
    """The end of the latest period the article names with its year."""
    mentions = find_period_mentions(text, dates=True)
    bare_months: set[int] = set()
    for pm in mentions:
        if pm.kind == "partial":
            p = resolve_period(pm, published=None, focus=Period.of_year(2000))
            if p is not None and p.shape == "month":
                bare_months.add(p.start.month)
    fine: list[date] = []
    coarse: list[date] = []
    for pm in mentions:
        if pm.kind not in ("absolute", "date"):
            continue
        p = resolve_period(pm, published=None)
        if p is None or _FUTURE_BEFORE.search(text, max(0, pm.start - 40), pm.start):
            continue
        if p.whole_months and p.n_months >= 12:
            coarse.append(p.end)
        elif p.shape == "month" and p.start.month in bare_months:
            fine.append(p.shift(years=1).end)
        else:
            fine.append(p.end)
    if fine:
        return max(fine)
    return max(coarse) if coarse else None


def _year_after(month: int, day: int, after: date) -> date | None:
    for year in range(after.year, after.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if candidate > after:
            return candidate
    return None


@lru_cache(maxsize=1024)
def _infer(text: str, head_chars: int) -> tuple[date | None, str]:
    head = text[:head_chars]
    day = _labelled(head) or _first_full_date(head)
    if day is not None:
        return day, "text"
    md = _month_day(head)
    if md is None:
        return None, ""
    evidence = _evidence(text)
    if evidence is None:
        return None, ""
    inferred = _year_after(md[0], md[1], evidence)
    return (inferred, "inferred") if inferred else (None, "")


def infer_published(text: str, *, head_chars: int = HEAD_CHARS) -> tuple[date | None, str]:
    """The publication date an article states or implies, and how it was found.

    >>> infer_published("SEOUL, May 20, 2025 (Yonhap) -- Trade rose.")
    (datetime.date(2025, 5, 20), 'text')
    >>> infer_published("Published: 2025-05-20\\nTrade rose.")
    (datetime.date(2025, 5, 20), 'text')
    >>> infer_published("On May 20, the agency said trade in April 2024 rose.")
    (datetime.date(2024, 5, 20), 'inferred')
    >>> infer_published("BEIJING, Jan. 18 (Reuters) -- Trade in December 2024 fell.")
    (datetime.date(2025, 1, 18), 'inferred')
    >>> infer_published("Trade rose.")
    (None, '')
    """
    if not isinstance(text, str) or not text:
        return None, ""
    return _infer(text, head_chars)
