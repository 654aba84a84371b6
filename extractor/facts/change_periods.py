"""The period of a stated change and the base it is compared with, where the
sentence's figures do not settle them: a period named beside the change
("slowing from an 8.1% increase in April", "following a 16.2 percent decline
the previous month", "October's growth of 17.2%"), and the base of a change
that states none (the period before in releases and stories that compare
month on month, else a year back)."""

from __future__ import annotations

import functools
import re

from extractor.facts import _claim_tables as C
from extractor.facts.periods import months, resolve
from extractor.facts.sentence import Sentence
from extractor.normalize.changes import find_changes
from extractor.normalize.periods import Period, find_period_mentions


def own_period(s: Sentence, start: int, end: int) -> Period | None:
    """A period named beside the change at text[start:end] and nowhere
    else tied: right after it ("an 8.1% increase in April", "a 16.2 percent
    decline the previous month") or as the possessor of a noun of change
    ("October's year-over-year growth of 17.2%")."""
    for pm, p in s.periods:
        if p is None or pm.is_base:
            continue
        a, b = pm.start + s.s0, pm.end + s.s0
        gap = C.PERIOD_AFTER_CHANGE.fullmatch(s.text, end, a) if 0 <= a - end <= 40 else None
        # "a 16.2 percent decline the previous month" needs no "in"; "5.6% above
        # July" is a base, not a period
        if gap and (gap.group("prep") or C.CHANGE_NOUN_END.search(s.text, start, end)):
            return p
        if 0 <= start - b <= 30 and C.PERIOD_OWNS_CHANGE.fullmatch(s.text, b, start):
            return p
    return None


def own_span(s: Sentence, start: int, end: int) -> tuple[Period, Period] | None:
    """A change over a span it names ("roughly tripled between 2020 and
    2023", "rose 40% from 2019 to 2024"): the period it ends in and the one
    it is compared with."""
    for pm, p in s.periods:
        a = pm.start + s.s0
        if p is None or not 0 <= a - end <= 30 or not C.PERIOD_AFTER_CHANGE.fullmatch(s.text, end, a):
            continue
        ends = C.SPAN_ENDS.fullmatch(pm.text)
        if ends is None:
            return None
        first, last = (find_period_mentions(ends.group(x)) for x in ("a", "b"))
        if len(first) != 1 or len(last) != 1:
            return None
        later = resolve(s.article, last[0], p)
        earlier = resolve(s.article, first[0], later)
        if later is None or earlier is None or earlier.start >= later.start:
            return None
        return later, earlier
    return None


def same_period_after(s: Sentence, end: int) -> bool:
    """Is the change ending at ``end`` followed by "over the same period",
    the anaphor of the period a change before it in the sentence was
    stated for ("exports rose 4.5% between August and September and imports
    12.1% over the same period")?"""
    for pm, _ in s.periods:
        a = pm.start + s.s0
        if pm.kind == "anaphoric" and 0 <= a - end <= 30 and C.SAME_PERIOD.fullmatch(pm.text):
            return bool(C.ANAPHOR_GAP.fullmatch(s.text, end, a))
    return False


def respective_periods(s: Sentence, changes: list[tuple[int, int]]) -> dict[int, Period]:
    """ "the 8.2 percent and 11.4 percent contractions observed in March and
    February, respectively": the last n changes of the sentence, a list, take
    the n periods that "respectively" closes after them, in order.
    ``changes`` are (start, end) article offsets; keys are their indices."""
    closing = C.RESPECTIVELY.search(s.text, changes[-1][1], s.s1) if changes else None
    if closing is None:
        return {}
    listed = [
        p
        for pm, p in s.periods
        if p is not None and not pm.is_base and changes[-1][1] <= pm.start + s.s0 < closing.start()
    ]
    n = len(listed)
    run = changes[-n:]
    if (
        n < 2
        or n > len(changes)
        or any(not C.LIST_GAP.fullmatch(s.text, a[1], b[0]) for a, b in zip(run, run[1:], strict=False))
    ):
        return {}
    return {len(changes) - n + k: p for k, p in enumerate(listed)}


def default_base(s: Sentence, period: Period, end: int) -> Period:
    """The base of a change that states none: the period before when the
    text compares with it (seasonally adjusted figures, a release that says
    its movements compare a month with the one before, a story that opens
    with a month-on-month change), else the same period a year back."""
    if period.shape in ("month", "quarter") and not C.YEAR_BACK.search(s.raw):
        # "In seasonally adjusted terms, credits rose 1%. … Services credits fell 1%.":
        # the paragraph's basis holds for its sentences
        paragraph = s.text[s.text.rfind("\n", 0, s.s0) + 1 : s.s1]
        if C.SEASONALLY_ADJUSTED.search(paragraph) or article_compares_previous(s.text):
            return period.shift(months=-months(period))
    return period.shift(years=-1)


@functools.lru_cache(maxsize=32)
def article_compares_previous(text: str) -> bool:
    """Does the article compare its figures with the period before? Yes
    when it declares all its figures seasonally adjusted, or its movements
    a month against the month before, or when the first change it gives a
    base for is month-on-month (as reports of monthly releases open).

    >>> article_compares_previous("Exports rose 2% from the previous month. Imports fell 1%.")
    True
    >>> article_compares_previous("Exports rose 2% on-year. Imports fell 1% from the previous month.")
    False
    >>> article_compares_previous("All figures are seasonally adjusted. Exports rose 2%.")
    True
    """
    if C.ADJUSTED_DECLARED.search(text):
        return True
    compared = C.COMPARES_MONTHS.search(text)
    if compared is not None:
        a, b = (C.MONTHS.get(compared.group(x).lower()) for x in ("a", "b"))
        if a and b and (a - b) % 12 == 1:
            return True
    # The story opens where its first full sentence is: lines before it
    # (a headline, a dateline) do not say how the story compares.
    first = re.search(r"[^\n]*?[.!?][\"”’)]?[ \t]*(?:\n|$)", text)
    body = text[first.start() :] if first else text
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", body):
        if find_changes(sentence):
            return C.PREVIOUS_PERIOD.search(sentence) is not None and not C.YEAR_BACK.search(sentence)
    return False
