"""When an article was published, read from its own text.

``infer_published`` looks at the head of the text and returns, in this order:

1. a "Published:"/"Posted on" label's full date -> ``(date, "text")``;
2. a dateline or opening "On May 20," with its year -> ``(date, "text")``;
3. a dateline with month and day only ("SEOUL, March 3 (Yonhap) --") -> the
   year of a full date near the start with the same month and day (a page's
   date line) -> ``(date, "text")``; else the year inferred from the article,
   or else the year that puts it nearest a full date near the start ->
   ``(date, "inferred")``;
4. the first other full date near the start, then an "Updated:" label's date
   -> ``(date, "text")``;
5. else ``(None, "")``.

Year inference (3): take the latest period the article names with a year
("April 2024", "the first quarter of 2025", "May 8, 2024"; full years only
when there is nothing finer), leaving out periods in sentences about the
future ("exports could rebound in 2024", "a deadline of Dec. 22, 2019"), and
choose the earliest year that puts the dateline after its end. When the
article names the same month *without* a year before it ("in April ... in
April 2024"), writers add the year to tell a past April from the current one,
so that month counts a year later — unless "the same period of X" says the
current year is X + 1 and the month is named in it. Then, when the lead names a weekday
("data showed on Friday"), wire style for the dateline's day, the year within
two of that guess whose date falls on that weekday wins (at most one does).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extractor.normalize import _period_tables as T
from extractor.normalize.periods import Period, PeriodMention, find_period_mentions, resolve_period

__all__ = ["HEAD_CHARS", "infer_published"]

HEAD_CHARS = 2000  # datelines and "Published:" lines sit near the start
LEAD_CHARS = 400  # the weekday of a wire story's day is named in its lead

_LABEL = re.compile(
    r"(?P<label>first\s+published|date\s+published|publication\s+date|published|posted|released|date\s*:|"
    r"last\s+updated|updated|modified|입력|등록)"
    r"(?:\s+(?:on|at))?\s*[:：]?\s*(?P<value>[^\n|]{4,80})",
    re.IGNORECASE,
)
_UPDATE_LABEL = re.compile(r"updated|modified|edited|수정", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w .,'’-]{1,40},[ \t]*$")
_ON_BEFORE = re.compile(r"(?:^|[\s\"“(])On\s+$")
_ON_WEEKDAY_BEFORE = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$")
_CONTEXT_BEFORE = 40
_FUTURE_BEFORE = re.compile(T.FUTURE_BEFORE_PERIOD, re.IGNORECASE)
_FUTURE_SENTENCE = re.compile(T.FUTURE_SENTENCE)
_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A sentence ends at . ! ? before a capital, a quote or a digit, unless the dot
# closes an abbreviation ("U.S. Treasury", "Jan. 18", "Mr. Kim"), or at a newline.
_SENTENCE_END = re.compile(
    r"(?<![A-Z]\.[A-Z])(?<!\b[A-Z])(?<!\bMrs)(?<!\b(?:Mr|Ms|Dr|St|No|Co|vs))"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd))(?<!\bSept|\bCorp)"
    r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘\d])|\n"
)


def _full_date(mention: PeriodMention) -> date | None:
    """The day a date mention names, when it states its year."""
    if mention.kind != "date":
        return None
    p = resolve_period(mention, published=None)
    return p.start if p is not None and p.start == p.end and 1990 <= p.start.year <= 2035 else None


@lru_cache(maxsize=1024)
def _dateparser_day(value: str) -> date | None:
    """A full date dateparser reads in a label's value ("20.05.2025 14:32")."""
    if not re.search(r"(?:19|20)\d\d", value):
        return None  # "Updated 2 hours ago" would read as today
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
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None or not 1990 <= dt.year <= 2035:
        return None
    return dt.date()


def _labelled(head: str) -> tuple[date | None, date | None]:
    """(published label's date, updated label's date)."""
    updated: date | None = None
    for m in _LABEL.finditer(head):
        value = m["value"].strip()
        day = next(filter(None, map(_full_date, find_period_mentions(value, dates=True))), None)
        if day is None:
            day = _dateparser_day(re.split(r"\s+by\s+|\s{2,}", value)[0])
        if day is None:
            continue
        if _UPDATE_LABEL.search(m["label"]):
            updated = updated or day
            continue
        return day, updated
    return None, updated


def _first_full_date(head: str) -> date | None:
    for pm in find_period_mentions(head, dates=True):
        day = _full_date(pm)
        if day is None:
            continue
        line_before = head[max(0, pm.start - _CONTEXT_BEFORE) : pm.start].rsplit("\n", 1)[-1]
        if not _UPDATE_LABEL.search(line_before):
            return day
    return None


def _dateline(head: str) -> PeriodMention | None:
    """The date of a dateline ("SEOUL, May 20 (Yonhap)"), an opening "On May 20,",
    or a lead's "on Wednesday, Aug. 23" (wire style for the day of the news)."""
    lead_end = _SENTENCE_END.search(head)
    for pm in find_period_mentions(head, dates=True):
        if pm.kind != "date":
            continue
        before = head[max(0, pm.start - 60) : pm.start]
        if _DATELINE_BEFORE.search(before):
            return pm
        if _ON_BEFORE.search(before) and head[pm.end : pm.end + 3].lstrip().startswith(","):
            return pm
        if (lead_end is None or pm.end <= lead_end.start()) and _ON_WEEKDAY_BEFORE.search(before):
            return pm
    return None


def _sentence(text: str, start: int, end: int) -> str:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    nxt = _SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else max(0, start - 400) : nxt.start() if nxt else len(text)]


def _evidence(text: str) -> date | None:
    """The end of the latest past period the article names with its year;
    else, when "the same period of X" is all there is, the start of X + 1."""
    mentions = find_period_mentions(text, dates=True)
    bare_months: dict[int, int] = {}  # month -> where it is first named without a year
    compared_years: set[int] = set()  # X of "the same period of X"
    for pm in mentions:
        if pm.kind == "partial":
            p = resolve_period(pm, published=None, focus=Period.of_year(2000))
            if p is not None and p.shape == "month":
                bare_months.setdefault(p.start.month, pm.start)
        elif pm.kind == "anaphoric":
            # a mention that lands on the same year whatever the focus names it
            a = resolve_period(pm, published=None, focus=Period.of_year(2000))
            b = resolve_period(pm, published=None, focus=Period.of_year(2010))
            if a is not None and a == b:
                compared_years.add(a.end.year)
    current = max(compared_years) + 1 if compared_years else None
    fine: list[date] = []
    coarse: list[date] = []
    for pm in mentions:
        if pm.kind not in ("absolute", "date"):
            continue
        p = resolve_period(pm, published=None)
        if p is None or _FUTURE_BEFORE.search(text, max(0, pm.start - 40), pm.start):
            continue
        if _FUTURE_SENTENCE.search(_sentence(text, pm.start, pm.end)):
            continue
        if p.whole_months and p.n_months >= 12:
            coarse.append(p.end)
        elif p.shape == "month" and bare_months.get(p.start.month, len(text)) < pm.start and p.start.year != current:
            # "trade in April … up from $90 million in April 2024": the year tells
            # a past April from the current one (named first, without a year)
            fine.append(p.shift(years=1).end)
        else:
            fine.append(p.end)
    if fine:
        return max(fine)
    if coarse:
        return max(coarse)
    return date(current - 1, 12, 31) if current else None


def _year_after(month: int, day: int, after: date) -> int | None:
    for year in range(after.year, after.year + 9):
        try:
            if date(year, month, day) > after:
                return year
        except ValueError:  # 29 February outside a leap year
            continue
    return None


def _weekday_year(month: int, day: int, guess: int, weekday: int) -> int:
    """The year within two of ``guess`` whose month-day falls on ``weekday``,
    else the guess. A date's weekday moves one day a year and two across a
    29 February, so at most one year in any five falls on a given weekday."""
    for year in sorted(range(guess - 2, guess + 3), key=lambda y: abs(y - guess)):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:  # 29 February outside a leap year
            continue
    return guess


def _infer_year(text: str, dateline: PeriodMention) -> date | None:
    md = resolve_period(dateline, published=None, focus=Period.of_year(2000))
    if md is None:
        return None
    month, day = md.start.month, md.start.day
    evidence = _evidence(text)
    if evidence is None:
        return None
    year = _year_after(month, day, evidence)
    if year is None:
        return None
    # Only the lead sentence: later ones name the days of earlier events
    # ("data released on Friday" in Saturday's story).
    lead = text[dateline.end : dateline.end + LEAD_CHARS]
    stop = _SENTENCE_END.search(lead)
    wd = _WEEKDAY.search(text, max(0, dateline.start - 12), dateline.start) or _WEEKDAY.search(
        lead, 0, stop.start() if stop else len(lead)
    )
    if wd:
        year = _weekday_year(month, day, year, _WEEKDAYS.index(wd["day"]))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _near(dateline: PeriodMention, anchor: date | None) -> date | None:
    """The dateline's month-day in the year that puts it nearest a full date
    stated near the start (a deadline, an event of the same days)."""
    md = resolve_period(dateline, published=None, focus=Period.of_year(2000))
    if md is None or anchor is None:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, md.start.month, md.start.day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - anchor)) if candidates else None


@lru_cache(maxsize=1024)
def _infer(text: str, head_chars: int) -> tuple[date | None, str]:
    head = text[:head_chars]
    published, updated = _labelled(head)
    if published is not None:
        return published, "text"
    dateline = _dateline(head)
    if dateline is not None:
        day = _full_date(dateline)
        if day is not None:
            return day, "text"
        full = _first_full_date(head)
        md = resolve_period(dateline, published=None, focus=Period.of_year(2000))
        if full is not None and md is not None and (full.month, full.day) == (md.start.month, md.start.day):
            # "date 2017-08-28 … BEIJING, August 28": the page states the dateline's year
            return full, "text"
        inferred = _infer_year(text, dateline) or _near(dateline, full)
        if inferred is not None:
            return inferred, "inferred"
    day = _first_full_date(head) or updated
    return (day, "text") if day is not None else (None, "")


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
