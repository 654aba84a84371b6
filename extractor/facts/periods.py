"""Periods in context: which periods a sentence names (and which of them
are bases of comparisons), how a mention is read against the focus, and
which period each figure takes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.facts import _period_cues as P
from extractor.facts import _tables as T
from extractor.facts.article import Article
from extractor.facts.sentence import Sentence, figure_between, figure_end
from extractor.normalize.money import MoneyMention
from extractor.normalize.periods import FiscalYear, Period, PeriodMention, find_period_mentions, resolve_period


@dataclass(frozen=True)
class ArticlePeriods:
    """What the whole article says about time, read once: how it counts
    fiscal years, and the periods it states (explicitly, not as bases), which
    tell what a period that had not ended at publication holds so far."""

    fiscal: FiscalYear
    stated: tuple[Period, ...]
    lead: Period | None = None  # the first period the article names: what it reports on


@lru_cache(maxsize=64)
def article_periods(text: str, published: date | None, fiscal_start: int, japan: bool) -> ArticlePeriods:
    fiscal_years = fiscal_start != 1 and (
        fiscal_start == 7  # an Australian report
        or any(
            int(m["b"]) == (int(m["a"]) + 1) % 100 and not 1 <= int(m["b"]) <= 12
            for m in P.TWO_DIGIT_FISCAL.finditer(text)
        )
        or bool(P.FISCAL_WORDS.search(text))
    )
    fiscal = FiscalYear(
        start_month=fiscal_start,
        # Japan names a fiscal year by the year it starts in ("fiscal 2025" from April 2025)
        named_by_start=japan,
        # a text that counts in fiscal years ("2009-10") means one by "2009-2010"
        two_year_spans=fiscal_years,
    )
    stated, lead = [], None
    for pm in find_period_mentions(text):
        if pm.is_base or pm.kind not in ("absolute", "partial", "relative"):
            continue
        p = resolve_period(pm, published=published, fiscal=fiscal)
        if p is not None and (published is None or p.end <= published):
            stated.append(p)
        lead = lead or p
    ctx = ArticlePeriods(fiscal, tuple(stated))
    return ArticlePeriods(fiscal, tuple(stated), so_far(lead, ctx, published) if lead else None)


def context(text: str, article: Article) -> ArticlePeriods:
    # a Japanese story: about Japan, or naming it and counting in yen
    japan = article.subject == "JPN" or (P.JAPAN.search(text) is not None and P.YEN.search(text) is not None)
    return article_periods(text, article.published, article.fiscal_start, japan)


def so_far(p: Period, ctx: ArticlePeriods, published: date | None) -> Period:
    """A period not over at publication ("this year" in a December article,
    "this month" in a report on its first ten days) holds only the figures
    out so far: the longest period the article states from its start to
    near publication, else, for a year, the months up to the last full one."""
    if published is None or not p.start <= published < p.end:
        return p
    if ctx.fiscal.two_year_spans and p.shape == "year":
        # "this year" in a report by fiscal years: its latest ended fiscal year
        fiscal = [q for q in ctx.stated if q.n_months == 12 and q.start.month == ctx.fiscal.start_month != 1]
        if fiscal:
            return max(fiscal, key=lambda q: q.end)
    recent = date.fromordinal(published.toordinal() - 62)
    inside = [q for q in ctx.stated if q.start == p.start and recent <= q.end <= p.end]
    if inside:
        return max(inside, key=lambda q: (q.end - q.start, q.end))
    if p.shape == "year" and published.month > 1:
        return Period.of_months(p.start.year, 1, p.start.year, published.month - 1)
    return p


def read_periods(
    text: str, s0: int, s1: int, money: list[MoneyMention], article: Article, focus: Period | None
) -> list[tuple[PeriodMention, Period | None]]:
    """The periods of the sentence text[s0:s1], each resolved (None for the
    base of a comparison); mentions inside a figure or naming a starting
    point or a release date are left out."""
    ctx = context(text, article)
    money_spans = [(m.start, m.end) for m in money]
    periods: list[tuple[PeriodMention, Period | None]] = []
    local_focus = focus
    respectively = T.RESPECTIVELY.search(text, s0, s1) is not None
    for pm in _mentions(text[s0:s1], respectively):
        a, b = pm.start + s0, pm.end + s0
        if any(a < me and ms < b for ms, me in money_spans) or _part_of_date(text, pm, a, b):
            continue
        when_figure = any(0 <= ms - b <= 80 and P.WHEN_AFTER.fullmatch(text, b, ms) for ms, _ in money_spans)
        since = T.SINCE.search(text[max(s0, a - 20) : a]) or P.SINCE_CLAUSE.search(text, max(s0, a - 50), a)
        # "the $19.03 billion deficit reported 2003": the figure's year, not a release date
        of_figure = any(0 <= a - me <= 40 and P.AFTER_FIGURE.fullmatch(text, me, a) for _, me in money_spans)
        if (since and not when_figure) or (T.RELEASED.search(text[max(s0, a - 90) : a]) and not of_figure):
            # "its largest purchase since late 2017": a starting point;
            # "the October numbers, released last month": when, not what.
            # ("since 2012, when it posted $15.2 billion" is that figure's year.)
            continue
        if T.PCT_ON.search(text[max(s0, a - 25) : a]):
            # "(+0.2% on 2023)": the base of a change.
            pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, True)
        owned = (
            any(
                0 <= a - me <= 12
                and (
                    T.FIGURE_PERIOD_GAP.fullmatch(text[me:a])
                    # "a decrease from $21.7 billion from a year earlier": the compared figure's own
                    or (P.FROM_GAP.fullmatch(text, me, a) and T.BASE_WORDS.search(text, max(s0, ms - 30), ms))
                )
                for ms, me in money_spans
            )
            # "higher than the $1.7-billion deficit in the same month last year"
            or any(0 <= a - me <= 40 and P.NOUN_PERIOD_GAP.fullmatch(text, me, a) for _, me in money_spans)
            or any(
                # "Compared with April last year, when bilateral trade stood at $175.2 million"
                0 <= ms - b <= 80 and T.WHEN_CLAUSE.fullmatch(text[b:ms])
                for ms, _ in money_spans
            )
        )
        if pm.is_base and (re.match(r"['’]s\b", text[b : b + 3]) or owned):
            # "than the previous month's $238.1 million", "up from $251.2
            # million the previous month": the period of the figure it
            # owns, not the base of a comparison.
            pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, False)
        split = _year_to_year(text, pm, s0)
        if split is not None:
            periods.extend(split)
            local_focus = split[-1][1]
            continue
        period = None if pm.is_base else resolve(article, pm, local_focus, ctx)
        if period is not None and ctx.lead is not None and P.REVIEWED.search(pm.text):
            # resolved against the article, not the last sentence: read like "last month"
            period = ctx.lead
            pm = PeriodMention(pm.start, pm.end, pm.text, "relative", pm.is_base)
        if period is not None and pm.kind == "relative" and not P.FUTURE.search(*_clause(text, s0, s1, a, b)):
            period = so_far(period, ctx, article.published)
        if period is not None and pm.kind != "anaphoric":
            # "In December, … up from $251.2 million the previous month":
            # later anaphora in the sentence read against its own period.
            local_focus = period
        periods.append((pm, period))
    return periods


def _clause(text: str, s0: int, s1: int, a: int, b: int) -> tuple[str, int, int]:
    """The clause of the sentence text[s0:s1] that holds text[a:b] (from comma to comma)."""
    start = max(text.rfind(",", s0, a) + 1, s0)
    end = text.find(",", b, s1)
    return text, start, end if end != -1 else s1


def _mentions(raw: str, respectively: bool) -> list[PeriodMention]:
    """The sentence's period mentions; with "respectively", a pair of periods
    read as one span ("January and February") is two, one for each figure."""
    found = find_period_mentions(raw)
    if not respectively:
        return found
    out: list[PeriodMention] = []
    for pm in found:
        parts = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", pm.text)
        if len(parts) < 3:
            out.append(pm)
            continue
        pieces, at = [], pm.start
        for k, part in enumerate(parts):
            if k % 2 == 0:
                inner = find_period_mentions(part)
                if len(inner) != 1 or inner[0].text != part:
                    pieces = None
                    break
                pieces.append(PeriodMention(at, at + len(part), part, inner[0].kind, pm.is_base))
            at += len(part)
        out.extend(pieces or [pm])
    return out


def _part_of_date(text: str, pm: PeriodMention, a: int, b: int) -> bool:
    """A month and its day split across sentences ("January. 02, 2024"), or the year of such a date."""
    if pm.kind == "partial" and P.DAY_AFTER_MONTH.match(text, b) and text[b : b + 1] == ".":
        return True
    return (
        pm.kind == "absolute" and pm.text.isdigit() and P.DATE_BEFORE_YEAR.search(text, max(0, a - 16), a) is not None
    )


def _year_to_year(text: str, pm: PeriodMention, s0: int) -> list[tuple[PeriodMention, Period | None]] | None:
    """ "fell 12.9 percent from 2018 to 2019": the base year, then the year of the change."""
    m = P.YEAR_TO_YEAR.fullmatch(pm.text)
    if m is None or pm.is_base or not P.CHANGE_BEFORE.search(text, max(0, pm.start + s0 - 30), pm.start + s0):
        return None
    base = PeriodMention(pm.start + m.start("a"), pm.start + m.end("a"), m["a"], "absolute", True)
    year = PeriodMention(pm.start + m.start("b"), pm.start + m.end("b"), m["b"], "absolute", False)
    return [(base, None), (year, Period.of_year(int(m["b"])))]


def resolve(
    article: Article, pm: PeriodMention, focus: Period | None, ctx: ArticlePeriods | None = None
) -> Period | None:
    """A period mention read against the publication date and the focus."""
    fiscal = ctx.fiscal if ctx is not None else FiscalYear(start_month=article.fiscal_start)
    try:
        if pm.kind != "partial" or focus is None:
            return resolve_period(pm, published=article.published, focus=focus, fiscal=fiscal)
        # "In April" with no year: the latest April before publication,
        # unless the article is talking about a longer, recent period that
        # holds an April ("In 2024 exports rose … In March they …").
        by_date = resolve_period(pm, published=article.published, focus=None, fiscal=fiscal)
        by_focus = resolve_period(pm, published=article.published, focus=focus, fiscal=fiscal)
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
    listed = respective_period(s, k)
    if listed is not None:
        return listed
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
        and 0 <= pm.start + s.s0 - m.end <= 40
        and (
            P.NOUN_PERIOD_GAP.fullmatch(s.text, m.end, pm.start + s.s0)
            or pm.start + s.s0 - m.end <= 25
            and (
                P.AFTER_FIGURE.fullmatch(s.text, m.end, pm.start + s.s0)
                or (P.FROM_GAP.fullmatch(s.text, m.end, pm.start + s.s0) and is_base_figure(s, k))
            )
        )
    ]
    if after:
        return after[0][1]
    if (
        k + 1 < len(s.primary)
        and P.FROM_BEFORE.search(s.text, max(s.s0, m.start - 20), m.start)
        and P.TO_GAP.fullmatch(s.text, figure_end(s, k), s.primary[k + 1][1].start)
    ):
        # "decreased from $36.5 billion to $35.6 billion": the figure the
        # change starts from is of the base of the next one's period
        later = period_for(s, k + 1)
        if later is not None:
            return later.shift(months=-months(later)) if P.MONTHLY.search(s.raw) else later.shift(years=-1)
    focus = s.state.focus
    annual = P.ANNUAL_FIGURE.search(s.text, seg_start, m.start)
    if (
        annual is not None
        and focus is not None
        and focus.start.year == focus.end.year
        and not any(annual.end() <= pm.start + s.s0 < m.start for pm, _ in s.periods)
    ):
        # "annual shipments were …" while the article talks about a month
        # (not "the December and Annual Trends … in December last year reached")
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
        and not (
            prev_end is not None
            and T.FIGURE_PERIOD_GAP.fullmatch(s.text[prev_end : pm.start + s.s0])
            and (is_base_figure(s, k - 1) or is_base_figure(s, k))
        )
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
        and (
            not figure_between(s, m.end, pm.start + s.s0)
            or T.RESPECTIVELY.search(s.raw)
            or coordinated_until(s, k, pm.start + s.s0)
        )
        # "… $18 billion with China, its first since … in 1992": a far
        # period is another clause's when the article has a focus.
        # "… to $254 billion due to a drop in prices in the first half": a cause's
        and not P.CAUSE.search(s.text, m.end, pm.start + s.s0)
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


def respective_period(s: Sentence, k: int) -> Period | None:
    """ "$29,000 and $3,000 in January and February, respectively": the k-th
    figure of a list takes the period at the same place in a list of periods
    as long."""
    if not T.RESPECTIVELY.search(s.raw):
        return None
    figures = _runs([(x.start, figure_end(s, j)) for j, (_, x) in enumerate(s.primary)], s.text)
    run = next((r for r in figures if k in r), None)
    if run is None or len(run) < 2:
        return None
    own = [(pm.start + s.s0, pm.end + s.s0, p) for pm, p in s.periods if p is not None and not pm.is_base]
    for prun in _runs([(a, b) for a, b, _ in own], s.text):
        if len(prun) == len(run):
            return own[prun[run.index(k)]][2]
    return None


def coordinated_until(s: Sentence, k: int, at: int) -> bool:
    """ "reached $48.6 billion and $19.6 billion last year": the figures
    between figure k and a period at ``at`` are all coordinated with it
    ("A and B", "A, B and C"), so the period closing the list is each one's."""
    spans = [(x.start, figure_end(s, j)) for j, (_, x) in enumerate(s.primary)]
    run = next((r for r in _runs(spans, s.text) if k in r), [k])
    last = run[-1]
    return spans[last][1] <= at and not figure_between(s, spans[last][1], at)


def _runs(spans: list[tuple[int, int]], text: str) -> list[list[int]]:
    """Indices of spans grouped into lists ("A, B and C")."""
    runs: list[list[int]] = []
    for i, (a, _) in enumerate(spans):
        if runs and P.LIST_GAP.fullmatch(text, spans[i - 1][1], a):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def is_base_figure(s: Sentence, k: int) -> bool:
    """The k-th figure is what another is compared with ("up from $177.48 million")."""
    x = s.primary[k][1]
    return T.BASE_WORDS.search(s.text, max(s.s0, x.start - 30), x.start) is not None


def owned_by_other(s: Sentence, at: int, m: MoneyMention) -> bool:
    """A period right after a figure compared with ("from $177.48 million in
    July") is that figure's, and so is one after a level when ``m`` is
    compared with it ("$44.7 billion last month, compared with $50.6
    billion"); otherwise ("$63.3 billion in the first eleven months, while
    imports reached …") it is the clause's."""
    own = next(j for j, (_, x) in enumerate(s.primary) if x is m)
    return any(
        x is not m
        and x.end <= at
        and T.FIGURE_PERIOD_GAP.fullmatch(s.text[figure_end(s, k) : at])
        and (is_base_figure(s, k) or is_base_figure(s, own))
        for k, (_, x) in enumerate(s.primary)
    )


def months_between(a: Period, b: Period) -> int:
    return abs((b.start.year - a.start.year) * 12 + b.start.month - a.start.month)


def months(p: Period) -> int:
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
