"""Periods in context: which periods a sentence names (and which of them
are bases of comparisons), how a mention is read against the focus, and
which period each figure takes."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.article import Article
from extractor.facts.sentence import Sentence, figure_between, figure_end
from extractor.normalize.money import MoneyMention
from extractor.normalize.periods import Period, PeriodMention, find_period_mentions, resolve_period


def read_periods(
    text: str, s0: int, s1: int, money: list[MoneyMention], article: Article, focus: Period | None
) -> list[tuple[PeriodMention, Period | None]]:
    """The periods of the sentence text[s0:s1], each resolved (None for the
    base of a comparison); mentions inside a figure or naming a starting
    point or a release date are left out."""
    money_spans = [(m.start, m.end) for m in money]
    periods: list[tuple[PeriodMention, Period | None]] = []
    local_focus = focus
    for pm in find_period_mentions(text[s0:s1]):
        a, b = pm.start + s0, pm.end + s0
        if any(a < me and ms < b for ms, me in money_spans):
            continue
        if T.SINCE.search(text[max(s0, a - 20) : a]) or T.RELEASED.search(text[max(s0, a - 25) : a]):
            # "its largest purchase since late 2017": a starting point;
            # "the October numbers, released last month": when, not what.
            continue
        if T.PCT_ON.search(text[max(s0, a - 25) : a]):
            # "(+0.2% on 2023)": the base of a change.
            pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, True)
        owned = any(0 <= a - me <= 12 and T.FIGURE_PERIOD_GAP.fullmatch(text[me:a]) for _, me in money_spans) or any(
            # "Compared with April last year, when bilateral trade stood at $175.2 million"
            0 <= ms - b <= 80 and T.WHEN_CLAUSE.fullmatch(text[b:ms])
            for ms, _ in money_spans
        )
        if pm.is_base and (re.match(r"['’]s\b", text[b : b + 3]) or owned):
            # "than the previous month's $238.1 million", "up from $251.2
            # million the previous month": the period of the figure it
            # owns, not the base of a comparison.
            pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, False)
        period = None if pm.is_base else resolve(article, pm, local_focus)
        if period is not None and pm.kind != "anaphoric":
            # "In December, … up from $251.2 million the previous month":
            # later anaphora in the sentence read against its own period.
            local_focus = period
        periods.append((pm, period))
    return periods


def resolve(article: Article, pm: PeriodMention, focus: Period | None) -> Period | None:
    """A period mention read against the publication date and the focus."""
    try:
        if pm.kind != "partial" or focus is None:
            return resolve_period(pm, published=article.published, focus=focus, fiscal_start=article.fiscal_start)
        # "In April" with no year: the latest April before publication,
        # unless the article is talking about a longer, recent period that
        # holds an April ("In 2024 exports rose … In March they …").
        fs = article.fiscal_start
        by_date = resolve_period(pm, published=article.published, focus=None, fiscal_start=fs)
        by_focus = resolve_period(pm, published=article.published, focus=focus, fiscal_start=fs)
        pub = article.published
        if by_date is not None and pub is not None and by_date.end > pub and months(by_date) >= 3:
            # "the first half" in February: a half that has not ended has no figures yet
            by_date = by_date.shift(years=-1)
        if by_date is None or by_focus is None or months(focus) < 3:
            return by_date or by_focus
        latest = (
            article.published is not None and months_between(by_date, Period(article.published, article.published)) <= 2
        )
        if (
            not latest
            and focus.start <= by_focus.start
            and by_focus.end <= focus.end
            and months_between(by_focus, by_date) <= 12
        ):
            return by_focus
        return by_date
    except Exception:  # a period we cannot read leaves the fact without one
        return None


def period_for(s: Sentence, k: int) -> Period | None:
    """The period of the k-th primary figure: a period right after it
    ("$5 billion in 2024"), else the nearest one before it in its
    segment, else the focus."""
    _, m = s.primary[k]
    seg_start = s.primary[k - 1][1].end if k > 0 else s.s0
    for pm, _ in s.periods:
        if pm.is_base and re.fullmatch(r"\s*\(\s*", s.text[pm.end + s.s0 : m.start]):
            # "… compared with October 2024 (€231.7 bn)": the base's own figure
            base = resolve(s.article, PeriodMention(pm.start, pm.end, pm.text, pm.kind, False), s.state.focus)
            if base is not None:
                return base
    after = [
        (pm, p)
        for pm, p in s.periods
        if p is not None
        and not pm.is_base
        and 0 <= pm.start + s.s0 - m.end <= 25
        and re.fullmatch(
            r"[\s,)]*(?:(?:worth|recorded|reported|registered|posted|seen|shipped|traded|logged|alone|last|this)\s+)?"
            r"(?:in|for|during|over|of|as of|through)?\s*(?:the\s+)?",
            s.text[m.end : pm.start + s.s0],
        )
    ]
    if after:
        return after[0][1]
    focus = s.state.focus
    if focus is not None and T.ANNUAL.search(s.text[seg_start : m.start]) and focus.start.year == focus.end.year:
        # "annual shipments were …" while the article talks about a month
        return Period.of_year(focus.end.year)
    # A period right after the previous figure is that figure's
    # ("from $177.48 million in July, while imports … stood at $18.2 million").
    prev_end = s.primary[k - 1][1].end if k > 0 else None
    before = [
        (pm, p)
        for pm, p in s.periods
        if p is not None
        and not pm.is_base
        and seg_start <= pm.start + s.s0 < m.start
        and not (prev_end is not None and T.FIGURE_PERIOD_GAP.fullmatch(s.text[prev_end : pm.start + s.s0]))
    ]
    if before:
        return before[-1][1]
    earlier = [
        (pm, p)
        for pm, p in s.periods
        if p is not None and pm.start + s.s0 < m.start and not owned_by_other(s, pm.start + s.s0, m)
    ]
    if earlier:
        return earlier[-1][1]
    later = [
        (pm, p)
        for pm, p in s.periods
        if p is not None
        and not pm.is_base
        and pm.start + s.s0 >= m.end
        and (not figure_between(s, m.end, pm.start + s.s0) or T.RESPECTIVELY.search(s.raw))
        # "… $18 billion with China, its first since … in 1992": a far
        # period is another clause's when the article has a focus.
        and (s.state.focus is None or pm.start + s.s0 - m.end <= 40)
        # "… $46.7 million, nearly 12-fold the level of 2022": a comparison's.
        and not T.COMPARED_TO.search(s.text[m.end : pm.start + s.s0])
        # "…, bringing the total for the first nine months to …": another figure's
        and not T.NEXT_CLAUSE.search(s.text[m.end : pm.start + s.s0])
    ]
    if later:
        return later[0][1]
    if s.state.focus is None:
        # the first figures of an article: the sentence's own period
        # ("… $14.6 billion in the first half, while imports fell to $23.0 billion")
        own = [p for pm, p in s.periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
        return own[0] if own else None
    return s.state.focus


def owned_by_other(s: Sentence, at: int, m: MoneyMention) -> bool:
    """A period right after another figure ("$177.48 million in July") is that figure's."""
    return any(
        x is not m and x.end <= at and T.FIGURE_PERIOD_GAP.fullmatch(s.text[figure_end(s, k) : at])
        for k, (_, x) in enumerate(s.primary)
    )


def months_between(a: Period, b: Period) -> int:
    return abs((b.start.year - a.start.year) * 12 + b.start.month - a.start.month)


def months(p: Period) -> int:
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
