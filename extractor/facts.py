"""Trade facts and change claims from an article's text, sentences and money.

The logic is pure: ``extract_from_text`` takes the text, sentence spans and
the money mentions and returns facts and claims, so tests need no model. The
spaCy component (``pipeline.components.TradeExtractor``) only hands it the
parser's sentences.

Reading order matters: an article talks about one period at a time (the
*focus*), and a figure without its own period ("During the same period …",
"the previous month's $238.1 million") is resolved against it. The focus and
the last fact live in ``ArticleContext``, passed along the sentences — never
global state.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from extractor._fact_tables import (
    COMMODITIES,
    COMMODITY_RE,
    DAILY,
    FISCAL_START_JULY,
    FLOW_CUE_RE,
    FORECAST_CUES,
    NON_TRADE_CUES,
    SOURCE_BEFORE_RE,
    SOURCE_RE,
    WEAK_WORLD_CUES,
    WORLD_CUES,
)
from extractor.normalize._country_tables import DATELINE_CITIES
from extractor.normalize.changes import StatedChange, find_changes
from extractor.normalize.countries import EconomyMention, country_code, find_economies, find_statistics_offices
from extractor.normalize.money import MoneyMention
from extractor.normalize.periods import (
    Period,
    PeriodMention,
    base_period,
    find_period_mentions,
    resolve_period,
)
from extractor.normalize.published import infer_published

# ---------------------------------------------------------------- records


@dataclass
class FoundFact:
    money_index: int
    value: Decimal
    currency: str
    flow: str
    economy: str
    partner: str
    period: Period | None = None
    alt_value: Decimal | None = None
    alt_currency: str = ""
    commodity: str = ""
    measure: str = ""
    qualifier: str = ""
    source_org: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0

    def key(self) -> tuple:
        return (self.value, self.currency, self.flow, self.economy, self.partner, self.period)

    def fields(self) -> dict:
        """Keyword arguments for ``records.TradeFact`` (ids excluded)."""
        p = self.period
        return {
            "value": float(self.value),
            "currency": self.currency,
            "flow": self.flow,
            "economy": self.economy,
            "partner": self.partner,
            "period_start": p.start.isoformat() if p else "",
            "period_end": p.end.isoformat() if p else "",
            "period_label": p.label if p else "",
            "alt_value": float(self.alt_value) if self.alt_value is not None else None,
            "alt_currency": self.alt_currency,
            "commodity": self.commodity,
            "measure": self.measure,
            "qualifier": self.qualifier,
            "source_org": self.source_org,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class FoundClaim:
    pct_change: float
    fact_index: int | None
    flow: str
    economy: str
    partner: str
    period: Period | None
    base: Period | None
    qualifier: str = ""
    text: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0

    def key(self) -> tuple:
        return (self.flow, self.economy, self.partner, self.period, self.base, self.pct_change)

    def fields(self) -> dict:
        return {
            "pct_change": self.pct_change,
            "flow": self.flow,
            "economy": self.economy,
            "partner": self.partner,
            "period_label": self.period.label if self.period else "",
            "base_period_label": self.base.label if self.base else "",
            "qualifier": self.qualifier,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class FoundFacts:
    facts: list[FoundFact] = field(default_factory=list)
    claims: list[FoundClaim] = field(default_factory=list)


@dataclass
class ArticleContext:
    """What the reader remembers while going through an article."""

    published: date | None
    article_codes: set[str]
    # The pair the article is about: its two most named economies, when they
    # dominate it (None for an article about one economy and many partners).
    pair: tuple[str, str] | None = None
    # The two most named economies, dominant or not ("bilateral trade" with
    # nothing else to go on), and the most named one (the article's subject).
    top_pair: tuple[str, str] | None = None
    subject: str | None = None
    named_order: list[str] = field(default_factory=list)
    # How often each economy owned a fact so far: the article's protagonist.
    owners: Counter = field(default_factory=Counter)
    economies: list[EconomyMention] = field(default_factory=list)
    cues: list = field(default_factory=list)  # flow cues of the whole text, in pattern order
    # Owner -> (partner, sentence index) of its latest fact with both sides named.
    recent_partner: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Owner -> sentence index of its latest fact with the world.
    recent_world: dict[str, int] = field(default_factory=dict)
    focus: Period | None = None
    fiscal_start: int = 4  # the month the protagonist's fiscal year starts in
    prev_sentence_start: int | None = None
    last_fact: FoundFact | None = None
    last_fact_sentence: int = -10
    last_sentence_facts: list = field(default_factory=list)
    source_org: str = ""


# ---------------------------------------------------------------- entry


def extract_facts(doc) -> FoundFacts:
    """The component's entry: sentences from the parse, money from the Doc.
    Without a publication date, the date the text states is taken (and set on
    the Doc, with where it came from)."""
    if not doc._.published:
        inferred, source = infer_published(doc.text)
        if inferred is not None:
            doc._.published, doc._.published_source = inferred.isoformat(), source
    published = date.fromisoformat(doc._.published) if doc._.published else None
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    return extract_from_text(doc.text, spans, doc._.money or [], published)


def extract_from_text(
    text: str,
    sentence_spans: list[tuple[int, int]],
    money: list[MoneyMention],
    published: date | None,
) -> FoundFacts:
    dateline = _DATELINE.match(text)
    codes = {e.code for e in find_economies(text) if e.code != "W00"}
    # Once per article, with "the North"/"the South" licensed by full names.
    economies = find_economies(text, codes)
    # The dateline's city says where the reporter sits, not what the story is about.
    mentions = Counter(e.code for e in economies if e.code != "W00" and not (dateline and e.start < dateline.end()))
    top = [code for code, _ in mentions.most_common(2)]
    ctx = ArticleContext(
        published=published,
        article_codes=codes,
        pair=_article_pair(text, economies, mentions),
        top_pair=(top[0], top[1]) if len(top) == 2 else None,
        subject=top[0] if top else None,
        named_order=[code for code, _ in mentions.most_common()],
        economies=economies,
    )
    ctx.cues = [_Cue(m.start(), m.end(), flow) for rx, flow in FLOW_CUE_RE for m in rx.finditer(text)]
    if dateline:
        # "SEOUL, March 1 (Yonhap) --": the reporting country is the likely
        # protagonist of flows that name no economy.
        city = dateline.group(1).strip().title()
        code = country_code(city) or DATELINE_CITIES.get(city)
        if code:
            ctx.owners[code] += 1
    lead_owner = _lead_owner(text, economies)
    if lead_owner:
        # "South Korea's exports rose for a fourth month …": the lead's subject
        ctx.owners[lead_owner] += 1
    offices = find_statistics_offices(text)
    if offices:
        # "… the Korea Customs Service said": the same prior for the office's country
        ctx.owners[offices[0].code] += 1
    # Figures stated in a national currency (¥, won, yuan, rubles) are most
    # likely that country's own: a weak prior for flows that name no economy.
    home = Counter(_CURRENCY_HOME[m.currency] for m in money if m.converts is None and m.currency in _CURRENCY_HOME)
    if home:
        code, n = home.most_common(1)[0]
        if n * 2 > sum(1 for m in money if m.converts is None):
            ctx.owners[code] += 1
    reporter = ctx.owners.most_common(1)[0][0] if ctx.owners else ctx.subject
    if reporter in FISCAL_START_JULY:
        ctx.fiscal_start = 7
    out = FoundFacts()
    for index, (s0, s1) in enumerate(sentence_spans):
        sentence = _Sentence(text, s0, s1, index, money, ctx)
        facts = sentence.facts()
        for fact in facts:
            if not any(fact.key() == f.key() for f in out.facts):
                out.facts.append(fact)
        for claim in sentence.claims(facts, out.facts):
            if not any(claim.key() == c.key() for c in out.claims):
                out.claims.append(claim)
        sentence.update_context(facts)
    for claim in out.claims:
        if claim.fact_index is not None:
            fact = out.facts[claim.fact_index]
            claim.economy, claim.partner = fact.economy, fact.partner
    return out


# ---------------------------------------------------------------- sentence


@dataclass
class _Cue:
    start: int
    end: int
    flow: str


class _Sentence:
    """One sentence's money, periods, economies and cues, in article offsets."""

    def __init__(self, text, s0, s1, index, money, ctx: ArticleContext):
        self.text, self.s0, self.s1, self.index, self.ctx = text, s0, s1, index, ctx
        self.raw = text[s0:s1]
        self.money = [(i, m) for i, m in enumerate(money) if s0 <= m.start < s1]
        self.conversions = {m.converts: m for _, m in self.money if m.converts is not None}
        self.primary = [(i, m) for i, m in self.money if m.converts is None]
        self.economies = [e for e in ctx.economies if s0 <= e.start < s1]
        money_spans = [(m.start, m.end) for _, m in self.money]
        self.periods: list[tuple[PeriodMention, Period | None]] = []
        local_focus = ctx.focus
        for pm in find_period_mentions(self.raw):
            a, b = pm.start + s0, pm.end + s0
            if any(a < me and ms < b for ms, me in money_spans):
                continue
            if _SINCE.search(text[max(s0, a - 20) : a]) or _RELEASED.search(text[max(s0, a - 25) : a]):
                # "its largest purchase since late 2017": a starting point;
                # "the October numbers, released last month": when, not what.
                continue
            if _PCT_ON.search(text[max(s0, a - 25) : a]):
                # "(+0.2% on 2023)": the base of a change.
                pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, True)
            owned = any(0 <= a - me <= 12 and _FIGURE_PERIOD_GAP.fullmatch(text[me:a]) for _, me in money_spans) or any(
                # "Compared with April last year, when bilateral trade stood at $175.2 million"
                0 <= ms - b <= 80 and _WHEN_CLAUSE.fullmatch(text[b:ms])
                for ms, _ in money_spans
            )
            if pm.is_base and (re.match(r"['’]s\b", text[b : b + 3]) or owned):
                # "than the previous month's $238.1 million", "up from $251.2
                # million the previous month": the period of the figure it
                # owns, not the base of a comparison.
                pm = PeriodMention(pm.start, pm.end, pm.text, pm.kind, False)
            period = None if pm.is_base else self._resolve(pm, local_focus)
            if period is not None and pm.kind != "anaphoric":
                # "In December, … up from $251.2 million the previous month":
                # later anaphora in the sentence read against its own period.
                local_focus = period
            self.periods.append((pm, period))
        self.cues = [c for c in ctx.cues if s0 <= c.start and c.end <= s1]
        org = _source_org(self.raw)
        if org:
            ctx.source_org = org

    # -- periods
    def _resolve(self, pm: PeriodMention, focus: Period | None) -> Period | None:
        try:
            if pm.kind != "partial" or focus is None:
                return resolve_period(pm, published=self.ctx.published, focus=focus, fiscal_start=self.ctx.fiscal_start)
            # "In April" with no year: the latest April before publication,
            # unless the article is talking about a longer, recent period that
            # holds an April ("In 2024 exports rose … In March they …").
            fs = self.ctx.fiscal_start
            by_date = resolve_period(pm, published=self.ctx.published, focus=None, fiscal_start=fs)
            by_focus = resolve_period(pm, published=self.ctx.published, focus=focus, fiscal_start=fs)
            pub = self.ctx.published
            if by_date is not None and pub is not None and by_date.end > pub and _months(by_date) >= 3:
                # "the first half" in February: a half that has not ended has no figures yet
                by_date = by_date.shift(years=-1)
            if by_date is None or by_focus is None or _months(focus) < 3:
                return by_date or by_focus
            latest = (
                self.ctx.published is not None
                and _months_between(by_date, Period(self.ctx.published, self.ctx.published)) <= 2
            )
            if (
                not latest
                and focus.start <= by_focus.start
                and by_focus.end <= focus.end
                and _months_between(by_focus, by_date) <= 12
            ):
                return by_focus
            return by_date
        except Exception:  # a period we cannot read leaves the fact without one
            return None

    def _period_for(self, k: int) -> Period | None:
        """The period of the k-th primary figure: a period right after it
        ("$5 billion in 2024"), else the nearest one before it in its
        segment, else the focus."""
        _, m = self.primary[k]
        seg_start = self.primary[k - 1][1].end if k > 0 else self.s0
        for pm, _ in self.periods:
            if pm.is_base and re.fullmatch(r"\s*\(\s*", self.text[pm.end + self.s0 : m.start]):
                # "… compared with October 2024 (€231.7 bn)": the base's own figure
                base = self._resolve(PeriodMention(pm.start, pm.end, pm.text, pm.kind, False), self.ctx.focus)
                if base is not None:
                    return base
        after = [
            (pm, p)
            for pm, p in self.periods
            if p is not None
            and not pm.is_base
            and 0 <= pm.start + self.s0 - m.end <= 25
            and re.fullmatch(
                r"[\s,)]*(?:(?:worth|recorded|reported|registered|posted|seen|shipped|traded|logged|alone|last|this)\s+)?"
                r"(?:in|for|during|over|of|as of|through)?\s*(?:the\s+)?",
                self.text[m.end : pm.start + self.s0],
            )
        ]
        if after:
            return after[0][1]
        focus = self.ctx.focus
        if focus is not None and _ANNUAL.search(self.text[seg_start : m.start]) and focus.start.year == focus.end.year:
            # "annual shipments were …" while the article talks about a month
            return Period.of_year(focus.end.year)
        # A period right after the previous figure is that figure's
        # ("from $177.48 million in July, while imports … stood at $18.2 million").
        prev_end = self.primary[k - 1][1].end if k > 0 else None
        before = [
            (pm, p)
            for pm, p in self.periods
            if p is not None
            and not pm.is_base
            and seg_start <= pm.start + self.s0 < m.start
            and not (prev_end is not None and _FIGURE_PERIOD_GAP.fullmatch(self.text[prev_end : pm.start + self.s0]))
        ]
        if before:
            return before[-1][1]
        earlier = [
            (pm, p)
            for pm, p in self.periods
            if p is not None and pm.start + self.s0 < m.start and not self._owned_by_other(pm.start + self.s0, m)
        ]
        if earlier:
            return earlier[-1][1]
        later = [
            (pm, p)
            for pm, p in self.periods
            if p is not None
            and not pm.is_base
            and pm.start + self.s0 >= m.end
            and (not self._figure_between(m.end, pm.start + self.s0) or _RESPECTIVELY.search(self.raw))
            # "… $18 billion with China, its first since … in 1992": a far
            # period is another clause's when the article has a focus.
            and (self.ctx.focus is None or pm.start + self.s0 - m.end <= 40)
            # "… $46.7 million, nearly 12-fold the level of 2022": a comparison's.
            and not _COMPARED_TO.search(self.text[m.end : pm.start + self.s0])
            # "…, bringing the total for the first nine months to …": another figure's
            and not _NEXT_CLAUSE.search(self.text[m.end : pm.start + self.s0])
        ]
        if later:
            return later[0][1]
        if self.ctx.focus is None:
            # the first figures of an article: the sentence's own period
            # ("… $14.6 billion in the first half, while imports fell to $23.0 billion")
            own = [p for pm, p in self.periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
            return own[0] if own else None
        return self.ctx.focus

    def _former_latter(self, start: int, facts: list[FoundFact]) -> FoundFact | None:
        """ "the former rose 22.5 percent": the first of the two figures just given."""
        m = re.search(r"\bthe (former|latter)\b[^.;]{0,25}$", self.text[max(self.s0, start - 40) : start], re.I)
        pair = facts if len(facts) >= 2 else self.ctx.last_sentence_facts
        if m is None or len(pair) < 2:
            return None
        return pair[0] if m.group(1).lower() == "former" else pair[-1]

    def _respective_roles(self) -> list[tuple[str, str, str]] | None:
        """ "China's exports to the North and its imports from it came to $2.29
        billion and $370.4 million, respectively": the n-th figure takes the
        n-th flow named before the figures."""
        if not _RESPECTIVELY.search(self.raw) or len(self.primary) < 2:
            return None
        first = self.primary[0][1].start
        cues: list[_Cue] = []
        for c in sorted((c for c in self.cues if c.end <= first), key=lambda c: (c.start, -(c.end - c.start))):
            if cues and c.start < cues[-1].end:
                continue
            cues.append(c)
        cues = cues[-len(self.primary) :]
        if len(cues) != len(self.primary):
            return None
        roles = []
        for n, cue in enumerate(cues):
            end = cues[n + 1].start if n + 1 < len(cues) else first
            owner, partner = _assign_roles(self.text, cue, self.economies, cue.start, end)
            tail = self.text[cue.start : end]
            if roles and owner is None:
                # "China's exports to Russia and (its) imports from it": the owner carries over
                owner = roles[-1][1]
            if roles and partner is None and re.search(r"\b(?:from|to|with) (?:it|them|the country)\b", tail):
                partner = roles[-1][2] if roles[-1][1] == owner else roles[-1][1]
            owner = owner or self._protagonist(exclude=partner)
            partner = partner or (self._implicit_partner(owner) if owner else None)
            roles.append((cue.flow, owner, partner))
        return roles

    def _respective_list(self) -> dict[int, tuple[str, str]]:
        """ "imports from Japan and South Korea came to $13.2 billion and $15.6
        billion, respectively": figure k of a run takes economy k of the list
        just before it, as partner after to/from/with, else as owner."""
        if not _RESPECTIVELY.search(self.raw) or len(self.primary) < 2:
            return {}
        # the run of figures joined by "and"/commas that "respectively" closes
        run = [len(self.primary) - 1]
        while run[0] > 0 and _LIST_GAP.fullmatch(
            self.text[self._figure_end(run[0] - 1) : self.primary[run[0]][1].start]
        ):
            run.insert(0, run[0] - 1)
        if len(run) < 2:
            return {}
        listed = self._listed_before(self.primary[run[0]][1].start, len(run))
        return dict(zip(run, listed, strict=True)) if listed else {}

    def _respective_change_list(self, changes: list[StatedChange]) -> dict[int, tuple[str, str]]:
        """Change n of a "respectively" run takes economy n of the list just
        before the first change (partner after to/from/with, else owner)."""
        if len(changes) < 2 or not _RESPECTIVELY.search(self.raw):
            return {}
        return dict(enumerate(self._listed_before(changes[0].start + self.s0, len(changes))))

    def _listed_before(self, first: int, n: int) -> list[tuple[str, str]]:
        """The n distinct economies listed just before ``first`` ("Japan and
        South Korea", "China, the US and the EU"), each with its role: partner
        after to/from/with/into, else owner; empty when there is no such list."""
        listed = [e for e in self.economies if e.end <= first and e.code != "W00"][-n:]
        if len(listed) != n or len({e.code for e in listed}) != n:
            return []
        if any(not _LIST_GAP.fullmatch(self.text[a.end : b.start]) for a, b in zip(listed, listed[1:], strict=False)):
            return []
        role = "partner" if _LIST_PREP.search(self.text, self.s0, listed[0].start) else "owner"
        return [(role, e.code) for e in listed]

    def _owned_by_other(self, at: int, m: MoneyMention) -> bool:
        """A period right after another figure ("$177.48 million in July") is that figure's."""
        return any(
            x is not m and x.end <= at and _FIGURE_PERIOD_GAP.fullmatch(self.text[self._figure_end(k) : at])
            for k, (_, x) in enumerate(self.primary)
        )

    def _cue_between(self, a: int, b: int) -> bool:
        return any(a <= c.start and c.end <= b for c in self.cues)

    def _figure_end(self, k: int) -> int:
        """End of the k-th primary figure and of its stated conversion."""
        i, m = self.primary[k]
        conv = self.conversions.get(i)
        return conv.end if conv is not None else m.end

    def _figure_between(self, a: int, b: int) -> bool:
        return any(a <= x.start < b for _, x in self.primary)

    # -- facts
    def facts(self) -> list[FoundFact]:
        found: list[FoundFact] = []
        respective = self._respective_roles()
        listed = self._respective_list() if respective is None else {}
        for k, (i, m) in enumerate(self.primary):
            seg_start = self.primary[k - 1][1].end if k > 0 else self.s0
            seg_end = self.primary[k + 1][1].start if k + 1 < len(self.primary) else self.s1
            if not self._is_trade(m, seg_start, seg_end, found):
                continue
            period = self._period_for(k)
            prev = found[-1] if found and found[-1].money_index == self.primary[k - 1][0] else None
            gap = self.text[self._figure_end(k - 1) : m.start]
            if prev is not None and (
                _FROM_FIGURE.fullmatch(gap)
                # "reached $388 million last month, the customs office said, up from $335 million"
                or (
                    (up := _UP_FROM.search(gap)) is not None
                    and not self._cue_between(self._figure_end(k - 1) + up.start(), m.start)
                )
            ):
                # "rose to $200 million from $180 million": the same series,
                # at the compared period when the figure names none.
                flow, economy, partner = prev.flow, prev.economy, prev.partner
                if period is not None and period == prev.period:
                    monthly = re.search(r"month-on-month|a month earlier|the previous month|on-month", self.raw, re.I)
                    period = period.shift(months=-_months(period)) if monthly else period.shift(years=-1)
            elif respective is not None:
                flow, economy, partner = respective[k]
            else:
                flow, economy, partner = self._roles(m, seg_start, seg_end, found, period)
                if k in listed and flow is not None:
                    role, code = listed[k]
                    if role == "partner":
                        partner = code
                        economy = economy if economy not in (code, None) else self._protagonist(exclude=code)
                    else:
                        economy = code
                        partner = partner if partner != code else self._implicit_partner(code)
            if flow is None or not economy:
                # A figure no economy can be tied to is not a fact of trade between economies.
                continue
            value = m.value
            if flow == "balance" and value > 0:  # a table's "-7.26" carries its own sign
                # the balance word nearest before the figure decides ("a surplus
                # of ¥322.3 billion after three months of deficits"), else the first after it
                words = [w.group(0).lower() for w in _BALANCE_WORD.finditer(self.text, seg_start, m.start)]
                words = (
                    words[-1:] or [w.group(0).lower() for w in _BALANCE_WORD.finditer(self.text, m.end, seg_end)][:1]
                )
                if words and not words[0].startswith("surplus"):
                    value = -value
                elif not words:
                    # "… exceeding the previous record of 13.7 trillion yen":
                    # the same kind of balance as the figure before it.
                    prev = found[-1] if found else self.ctx.last_fact
                    if prev is not None and prev.flow == "balance" and prev.value < 0:
                        value = -value
            conv = self.conversions.get(i)
            fact = FoundFact(
                money_index=i,
                value=value,
                currency=m.currency,
                flow=flow,
                economy=economy or "",
                partner=partner or "",
                period=period,
                alt_value=conv.value if conv else None,
                alt_currency=conv.currency if conv else "",
                commodity=_commodity(self.text[max(seg_start, m.start - 160) : min(seg_end, m.end + 60)]),
                measure="daily average" if DAILY.search(self.text[m.end : m.end + 25]) else "",
                qualifier=m.qualifier,
                source_org=self.ctx.source_org,
                sentence=self.raw.strip(),
                start=m.start,
                end=m.end,
            )
            if fact.economy and not fact.partner:
                # "North Korea's exports amounted to …": the partner of the
                # owner's latest fact with both sides named, else the world.
                fact.partner = self._implicit_partner(fact.economy)
            elif fact.economy and fact.partner and fact.partner != "W00" and fact.flow != "balance":
                self.ctx.recent_partner[fact.economy] = (fact.partner, self.index)
                self.ctx.recent_partner[fact.partner] = (fact.economy, self.index)
            elif fact.partner == "W00":
                self.ctx.recent_world[fact.economy] = self.index
            self.ctx.owners[fact.economy] += 1
            found.append(fact)
        return found

    def _is_trade(self, m: MoneyMention, seg_start: int, seg_end: int, found) -> bool:
        after = self.text[m.end : min(seg_end, m.end + 40)]
        if re.match(
            r"[\s,)]*(?:\([^)]*\)\s*)?(?:(?:in|of|for|as|to)\s+(?:\w+\s+){0,2}?"
            r"(?:aid|assistance|investments?|fines?|penalt\w+|loans?|grants?|funding|subscriptions?|salar\w*|wages?|budget)"
            r"|(?:per|a|an)\s+(?:tonne|ton|barrel|month|year|week|day|kilogram|kg|unit|head|person|copy|issue)"
            r"(?!\s+(?:earlier|before|ago|previously|on\b))"
            r"|(?:will|would|is to|are to) go to"
            r"|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d"  # "$150 billion by 2030": a target
            r"|(?:(?:as|a|an|the|its|their|set|annual|reachable|new|official|trade|export)\s+){0,3}"
            r"(?:goal|target|ceiling|forecast|projection|pledge)s?)\b",
            after,
            re.I,
        ):
            return False
        before = self.text[seg_start : m.start]
        if FORECAST_CUES.search(before):
            # Forecasts and targets are not figures of trade that happened.
            return False
        trade = [c.end for c in self.cues if seg_start <= c.start and c.end <= m.start]
        non_trade = [x.end() + seg_start for x in NON_TRADE_CUES.finditer(before)]
        if non_trade and (not trade or max(non_trade) >= max(trade)):
            return False
        if trade:
            return True
        if any(c.start >= m.end and c.end <= seg_end for c in self.cues):
            return not NON_TRADE_CUES.search(self.text[m.end : seg_end])
        # "A bag of flour sold for 98,000 won, up from 71,000 won": what came
        # before counts; a later clause's prices do not
        if NON_TRADE_CUES.search(self.text, self.s0, seg_end):
            return False
        if self.cues:
            return True
        # No cue in the sentence: a figure compared with the last one
        # ("This figure is lower than the previous month's $238.1 million")
        # continues the same series.
        if found:
            return True
        window = 4 if _COMPARISON.search(self.raw) else 2
        return self.ctx.last_fact_sentence >= self.index - window

    def _nearest_cue(self, m: MoneyMention, seg_start: int, seg_end: int) -> _Cue | None:
        best, best_d = None, None
        # A cue before the figure in its clause wins over one after it
        # ("Exports to China … tumbled to $124.8 billion, while shipments …").
        has_before = any(seg_start <= c.start and c.end <= m.start for c in self.cues)
        for c in self.cues:
            if c.start < seg_start or c.end > seg_end or (has_before and c.start >= m.end):
                continue
            d = m.start - c.end if c.end <= m.start else (c.start - m.end) + 30
            if d < 0:
                continue
            # Prefer the longer cue ending at the same place ("trade deficit" over "deficit").
            if best_d is None or d < best_d or (d == best_d and c.end - c.start > best.end - best.start):
                best, best_d = c, d
        return best

    def _roles(self, m, seg_start, seg_end, found, period=None) -> tuple[str | None, str | None, str | None]:
        """Flow, owner and partner of one figure: from the nearest cue and the
        economies named around it, else from the article's context."""
        cell = self._table_cell(m)
        if cell is not None:
            return cell
        cue = self._nearest_cue(m, seg_start, seg_end)
        if cue is None:
            # Widen to the whole sentence before falling back to the last fact.
            cue = self._nearest_cue(m, self.s0, self.s1)
        econs = [e for e in self.economies if seg_start <= e.start < seg_end]
        if cue is None:
            prev = found[-1] if found else self.ctx.last_fact
            if prev is None:
                return None, None, None
            owner, partner = _pair_in(self.text, econs)
            if owner and partner:
                return prev.flow, owner, partner
            other = self._series_partner(m, econs, prev)
            if other is not None:
                # "Germany was again the top market, taking $2.04 billion …",
                # "followed by the United Kingdom with $1.53 billion", "Those to the US …"
                return prev.flow, prev.economy, other
            return prev.flow, prev.economy, prev.partner
        flow = cue.flow
        reverse = self._reversed_roles(m, flow, seg_start, seg_end, found)
        if reverse is not None:
            return reverse
        if flow == "total" and _GOODS_MOVED.search(self.text, max(seg_start, cue.start - 60), cue.end + 40):
            # "Chinese goods worth $240 million crossed the border": one way only
            origin = next(
                (e for e in self.economies if seg_start <= e.start < cue.end and _GOODS_AFTER.match(self.text, e.end)),
                None,
            )
            top = self.ctx.pair or self.ctx.top_pair
            if origin is not None:
                if top and origin.code in top:
                    return "export", origin.code, _across(top, origin.code)
                return "export", origin.code, self._implicit_partner(origin.code)
        if _INTER_KOREAN.search(self.text[max(seg_start, cue.start - 30) : cue.end]):
            # "Inter-Korean trade totaled $3.9 million"
            return flow, *self._oriented(("KOR", "PRK"), flow)
        if flow == "total" and re.search(
            r"\b(?:deficits?|surplus(?:es)?|shortfall)\b", self.text[max(seg_start, m.start - 60) : m.start], re.I
        ):
            # "the U.S. deficit in goods trade with the world grew to …"
            flow = "balance"
        owner, partner = self._named_roles(m, cue, seg_start, seg_end, econs, found)
        if owner is None and partner is None:
            return self._unnamed_roles(m, cue, flow, seg_start, seg_end, found, period)
        if partner is None:
            partner = self._unnamed_partner(owner, cue, seg_start, seg_end)
        if owner is None and partner is not None:
            # "Russia's customs service put its two-way trade with Pyongyang at …"
            earlier = [e.code for e in self.economies if e.end <= cue.start and e.code not in (partner, "W00")]
            its = re.search(
                r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?$", self.text[max(self.s0, cue.start - 20) : cue.start]
            )
            last = self.ctx.last_fact
            if earlier and its:
                owner = earlier[-1]
            elif (
                its
                and last is not None
                and last.economy not in (partner, "W00")
                and partner in (last.economy, last.partner)
            ):
                # "China brought in $184.85 million of North Korean goods. Its exports to the North …"
                owner = last.economy
            else:
                owner = self._other_side(partner)
        if owner is None:
            return None, None, None
        return flow, owner, partner

    def _table_cell(self, m) -> tuple[str, str, str] | None:
        """A figure in a pipe table ("China | 172.0 | -4.1% | 469.4 | …"): the
        flow its column heads, the partner its row names."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        line_end = self.text.find("\n", m.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        if line.count("|") < 2:
            return None
        column = self.text[line_start : m.start].count("|")
        header = None
        for previous in reversed(self.text[max(0, line_start - 1500) : max(0, line_start - 1)].split("\n")[-12:]):
            if previous.count("|") >= 2 and not re.search(r"\d", previous):
                header = [cell.strip() for cell in previous.split("|")]
                break
        if header is None or column >= len(header):
            return None
        flow = next((f for rx, f in _COLUMN_FLOWS if rx.search(header[column])), None)
        # the row's label may sit in another "sentence": the parser splits long rows
        label = [e for e in self.ctx.economies if line_start <= e.start < line_start + max(1, line.find("|"))]
        if flow is None or not label:
            return None
        owner = self._protagonist(exclude=label[0].code)
        return (flow, owner, label[0].code) if owner else None

    def _reversed_roles(self, m, flow, seg_start, seg_end, found) -> tuple[str, str, str] | None:
        """ "… while shipments in the opposite direction were $136 million":
        goods going the other way from the figure just given."""
        if flow not in ("export", "import"):
            return None
        if not _OPPOSITE.search(self.text, max(seg_start, m.start - 80), min(seg_end, m.end + 60)):
            return None
        prev = found[-1] if found else self.ctx.last_fact
        if prev is None or (not found and self.ctx.last_fact_sentence < self.index - 1):
            return None
        if prev.flow not in ("export", "import") or prev.partner in (None, "W00") or prev.economy is None:
            return None
        # goods of the figure just given went from src to dst; these go back
        src, dst = (prev.economy, prev.partner) if prev.flow == "export" else (prev.partner, prev.economy)
        return (flow, dst, src) if flow == "export" else (flow, src, dst)

    def _series_partner(self, m, econs: list[EconomyMention], prev: FoundFact) -> str | None:
        """The partner a figure with no cue of its own names, in the series in
        hand: the economy nearest before it that is not the series' owner (a
        goods demonym counts only as the origin of imports)."""
        if prev.flow not in ("export", "import", "total") or prev.partner is None:
            return None
        for e in reversed([e for e in econs if e.end <= m.start and e.code not in (prev.economy, "W00")]):
            goods = _GOODS_AFTER.match(self.text, e.end) is not None
            if goods and prev.flow != "import":
                continue
            return e.code
        return None

    def _named_roles(self, m, cue: _Cue, seg_start, seg_end, econs, found) -> tuple[str | None, str | None]:
        """Owner and partner from the economies the sentence names."""
        owner, partner = _assign_roles(self.text, cue, self.economies, seg_start, seg_end)
        if cue.end <= seg_start:
            # The cue belongs to an earlier clause ("With Japan, trade slid …;
            # with South Korea it fell …"): an economy introduced in this
            # figure's own clause is its partner.
            own = [
                e
                for e in self.economies
                if seg_start <= e.start < m.start
                and e.code not in (owner, "W00")
                and _CLAUSE_PARTNER.search(self.text[max(seg_start, e.start - 16) : e.start])
            ]
            if own:
                partner = own[-1].code
                if owner is None or owner == partner:
                    owner = self._protagonist(exclude=partner)
        if partner is None and found and re.search(r"\b(?:from|to|with) (?:it|them)\b", self.text[m.end : seg_end]):
            # "exported €223.5 billion to China and imported €514.4 billion from it"
            prev = found[-1]
            owner = owner or prev.economy
            partner = prev.partner if prev.economy == owner else prev.economy
        if owner is None and partner is None:
            owner, partner = _pair_in(self.text, econs or self.economies)
        return owner, partner

    def _unnamed_roles(self, m, cue: _Cue, flow, seg_start, seg_end, found, period) -> tuple[str | None, ...]:
        """Roles of a figure whose clause names no economy: the article's
        pair, a table row, the protagonist, or the series in hand."""
        pair = self.ctx.pair or self.ctx.top_pair
        if pair and _BILATERAL.search(self.text[max(seg_start, cue.start - 30) : cue.end + 20]):
            return flow, *self._oriented(pair, flow)
        if _TWO_SIDES.search(self.text[seg_start:seg_end]):
            # "the two countries" are the pair just spoken of, else the article's
            last = self.ctx.last_fact
            if last and last.partner not in (None, "W00") and self.ctx.last_fact_sentence >= self.index - 2:
                return flow, last.economy, last.partner
            if pair:
                return flow, *pair
        if flow != "total" and not self.economies and cue.start - self.s0 <= 25 and not found:
            # A sentence opening "Exports rose …" and naming no economy speaks
            # of the protagonist's flow with the world (or the article's pair).
            protagonist = self._protagonist()
            if protagonist:
                # a balance right after flows with a partner is with that partner
                return flow, protagonist, self._implicit_partner(protagonist, use_recent=flow == "balance")
        label = self._row_label(m.start)
        if label is not None:
            # A table: "United States — Exports: ¥9.89 trillion — Imports: …"
            owner = self._protagonist(exclude=label)
            if owner:
                return flow, owner, label
        named = {e.code for e in self.economies if e.code != "W00"}
        protagonist = self._protagonist()
        if len(named) == 1 and protagonist and protagonist not in named:
            # "China … came second with a turnover of €246.3 billion" in an
            # article about Germany's trade: the protagonist with the one named.
            return flow, protagonist, named.pop()
        seg = self.text[seg_start:seg_end]
        prev = found[-1] if found else self.ctx.last_fact
        if prev is not None and (_BOTH_SIDES.search(seg) or self.ctx.last_fact_sentence >= self.index - 2 or found):
            return self._continued_roles(flow, prev, found, period)
        if _BOTH_SIDES.search(seg):
            return (flow, *self.ctx.top_pair) if self.ctx.top_pair else (flow, None, None)
        if self.ctx.pair:
            return flow, *self.ctx.pair
        return flow, self._protagonist(), None

    def _continued_roles(self, flow, prev: FoundFact, found, period) -> tuple[str, str, str]:
        """A figure continuing the series of the last fact."""
        if (flow == prev.flow or flow == "total") and not (
            # "exports fell 4.1 percent to $100.2 billion" over January-February,
            # after exports "to the US" in February: a new, overall series.
            period is not None and period != prev.period and not self.economies and prev.partner != "W00" and not found
        ):
            return flow, prev.economy, prev.partner
        top = self.ctx.pair or self.ctx.top_pair
        if flow == "total" and top and {prev.economy, prev.partner} == set(top):
            # "trade stood at $208.1 million a year earlier" in a story about the pair
            return flow, prev.economy, prev.partner
        if flow == prev.flow:
            return flow, prev.economy, self._implicit_partner(prev.economy, use_recent=False)
        # Another flow of the same economy ("Exports rose …" after a deficit
        # with China): its partner is read afresh. A balance follows from the
        # flows just given: keep their partner.
        if flow == "balance" and found:
            return flow, found[-1].economy, found[-1].partner
        if found and flow in ("export", "import") and prev is found[-1]:
            # "Turkish exports to Russia fell …, while imports dropped …": within
            # one sentence the other flow keeps the partner (the world included)
            return flow, prev.economy, prev.partner
        return flow, prev.economy, self._implicit_partner(prev.economy, use_recent=flow == "balance")

    def _unnamed_partner(self, owner: str | None, cue: _Cue, seg_start, seg_end) -> str | None:
        """The partner of a flow whose owner alone is named, when the wording
        says it ("its ally", "across the border", "global")."""
        around = self.text[max(seg_start, cue.start - 30) : min(seg_end, cue.end + 40)]
        in_pair = bool(self.ctx.pair) and owner in self.ctx.pair
        top = self.ctx.pair or self.ctx.top_pair
        recent = self.ctx.recent_partner.get(owner) if owner else None
        if _NEIGHBOUR.search(around) and recent and recent[1] >= self.index - 3:
            # "the largest surplus Korea has run with its ally"
            return recent[0]
        if _NEIGHBOUR.search(around) and top and owner in top:
            return _across(top, owner)
        if _DESCRIBED.search(around) and (recent or (top and owner in top)):
            return recent[0] if recent else _across(top, owner)
        if WORLD_CUES.search(around) or (WEAK_WORLD_CUES.search(around) and not in_pair):
            return "W00"
        return None

    def _other_side(self, code: str) -> str | None:
        """The owner of a flow whose partner alone is named ("imports from
        China reached …"): the other side of the article's pair, else the
        article's subject."""
        if self.ctx.pair and code in self.ctx.pair:
            return _across(self.ctx.pair, code)
        possessor = self._recent_possessor(exclude=code)
        if possessor:
            # "… painted a broader picture of Beijing's trade. Exports to the United States …"
            return possessor
        protagonist = self._protagonist(exclude=code)
        if protagonist:
            return protagonist
        last = self.ctx.last_fact
        if last and code in (last.economy, last.partner):
            other = last.partner if code == last.economy else last.economy
            if other and other != code:
                return other
        return None

    def _recent_possessor(self, exclude: str) -> str | None:
        """The economy last named as a possessor ("Beijing's trade", "South
        Korea's exports") in this sentence or the one before, other than
        ``exclude``."""
        lo = self.ctx.prev_sentence_start if self.ctx.prev_sentence_start is not None else self.s0
        for e in reversed(self.ctx.economies):
            if e.start >= self.s1 or e.start < lo:
                continue
            if e.code not in (exclude, "W00") and self.text.startswith(("'s", "’s"), e.end):
                return e.code
        return None

    def _oriented(self, pair: tuple[str, str], flow: str) -> tuple[str, str]:
        """A balance is seen from the protagonist's side ("the bilateral
        balance swung to a deficit" in a Korean report is Korea's)."""
        protagonist = self._protagonist()
        if flow == "balance" and protagonist == pair[1]:
            return pair[1], pair[0]
        return pair

    def _row_label(self, before: int) -> str | None:
        """The economy heading the table row a figure stands in."""
        for e in reversed(self.economies):
            if e.end <= before and _ROW_LABEL.match(self.text, e.end):
                return e.code
        return None

    def _protagonist(self, exclude: str | None = None) -> str | None:
        """The economy the article is mostly about: the most frequent owner
        of its flows so far, else its most named economy."""
        for owner, _ in self.ctx.owners.most_common():
            if owner not in (exclude, "W00"):
                return owner
        for code in self.ctx.named_order:
            if code != exclude:
                return code
        return None

    def _implicit_partner(self, owner: str, *, use_recent: bool = True) -> str:
        """The partner of a flow whose owner alone is named: the partner of
        the owner's fact in the last two sentences, else the other side of
        the article's pair, else the world."""
        recent = self.ctx.recent_partner.get(owner)
        if use_recent and recent and recent[1] >= self.index - 2:
            # unless the owner's trade with the world was spoken of since
            # ("China's overall exports grew …. The trade surplus narrowed …")
            return "W00" if self.ctx.recent_world.get(owner, -1) > recent[1] else recent[0]
        if _NEIGHBOUR.search(self.raw) or _DESCRIBED.search(self.raw):
            # "its exports to its neighbour", "across the border", "from the Asian country"
            if recent:
                return recent[0]
            top = self.ctx.pair or self.ctx.top_pair
            if top and owner in top:
                return _across(top, owner)
        if self.ctx.pair and owner in self.ctx.pair:
            return _across(self.ctx.pair, owner)
        return "W00"

    # -- claims
    def claims(self, facts: list[FoundFact], all_facts: list[FoundFact]) -> list[FoundClaim]:
        out = []
        changes = find_changes(self.raw)
        # "… $13.4 billion and $12.6 billion, up 3.3 percent and 1.5 percent, respectively"
        paired = len(changes) == len(facts) >= 2 and bool(_RESPECTIVELY.search(self.raw))
        # "Shipments to the EU and Vietnam gained 19.8 percent and 11.6 percent, respectively"
        listed = self._respective_change_list(changes) if not facts else {}
        for n, cm in enumerate(changes):
            start, end = cm.start + self.s0, cm.end + self.s0
            lo = max(self.s0, start - 40)
            non_trade = [x.end() + lo for x in NON_TRADE_CUES.finditer(self.text[lo:start])]
            trade = [c.end for c in self.cues if c.start >= start - 40 and c.end <= start]
            # "retail sales climbed 9.5 percent": the non-trade words hold the cue
            if non_trade and (not trade or max(non_trade) >= max(trade)):
                continue
            if FORECAST_CUES.search(self.text[max(self.s0, start - 60) : start]):
                # "economists had predicted that exports would rise 5.0%"
                continue
            if _FORECAST_AFTER.match(self.text, end):
                # "beating the 6 percent growth forecast in a Reuters poll"
                continue
            # "19.1 percent higher than September's $227.52 million": that
            # figure is the base; the change is the focus series'.
            than = next(
                (f for f in facts if 0 <= f.start - end < 45 and _THAN_FIGURE.fullmatch(self.text[end : f.start])),
                None,
            )
            if than is not None:
                last = self.ctx.last_fact
                fact = (
                    last if last is not None and last.period == self.ctx.focus and last.period != than.period else None
                )
                fact = fact or next((f for f in facts if f is not than and f.period != than.period), None)
            elif (origin := self._origin_figure(start, end, facts)) is not None:
                # "up 9.7 percent from $171.6 million in March": the figure
                # the change started from is not the one that changed.
                fact = next((f for f in facts if f is not origin and f.period != origin.period), None)
                fact = fact or self._changed_figure(origin, facts, all_facts)
                last = self.ctx.last_fact
                if fact is None and self.ctx.last_sentence_facts and _THAT_FIGURE.match(self.raw):
                    fact = self.ctx.last_sentence_facts[0]
                elif fact is None and last is not None and self.ctx.last_fact_sentence >= self.index - 2:
                    fact = last if last.period != origin.period else None
            elif paired:
                fact = facts[n]
            elif (named := self._former_latter(start, facts)) is not None:
                fact = named
            elif not facts and self.ctx.last_sentence_facts and _THAT_FIGURE.match(self.raw):
                # "That was 20.7 percent lower than in August." / "The November
                # figure was down 16.5 percent": the main figure just given.
                fact = self.ctx.last_sentence_facts[0]
            else:
                fact = self._claim_fact(start, end, facts)
            if fact is None and not self.cues and not facts and not self._continues_series():
                continue
            if fact is None and not facts and _PRICE_TALK.search(self.text[self.s0 : start]):
                # "a bag of flour sold for 98,000 won … a 38 percent increase"
                continue
            period = fact.period if fact else self._claim_period()
            flow = economy = partner = ""
            if fact is not None:
                flow, economy, partner = fact.flow, fact.economy, fact.partner
            else:
                flow, economy, partner = self._claim_series(start)
                if economy:
                    self.ctx.owners[economy] += 1
                same = [
                    f
                    for f in reversed(all_facts)
                    if f.period == period and f.flow == flow and {f.economy, f.partner} == {economy, partner}
                ]
                fact = same[0] if same else None
            if n in listed and flow in ("export", "import", "total"):
                role, code = listed[n]
                others = {c for _, c in listed.values()}
                if role == "partner":
                    partner = code
                    if economy in others:
                        economy = self._protagonist(exclude=code) or economy
                else:
                    economy = code
                    if partner in others:
                        partner = self._implicit_partner(code)
                fact = None
            if not flow:
                continue
            base = than.period if than is not None and than.period != period else None
            # a later change's base is not this one's, unless it is this one's
            # elliptical twin ("exports fell 2.5% and imports 2.8% in April from March")
            twins = [c for c in changes[n + 1 :] if not _BARE_CHANGE.fullmatch(self.raw[c.start : c.end])]
            limit = twins[0].start + self.s0 if twins else self.s1
            base = (
                base or self._from_figure_base(start, end, period, facts) or self._claim_base(start, end, period, limit)
            )
            fact_index = next((n for n, f in enumerate(all_facts) if f is fact), None)
            out.append(
                FoundClaim(
                    pct_change=cm.pct,
                    fact_index=fact_index,
                    flow=flow,
                    economy=economy,
                    partner=partner,
                    period=period,
                    base=base,
                    qualifier=cm.qualifier,
                    text=self.text[start:end],
                    sentence=self.raw.strip(),
                    start=start,
                    end=end,
                )
            )
        return out

    def _claim_fact(self, start: int, end: int, facts: list[FoundFact]) -> FoundFact | None:
        # "rose 29.1 percent to $1.67 billion": the figure the change leads to.
        for f in facts:
            if 0 <= f.start - end <= 8 and re.fullmatch(
                r"\s*(?:to|at)\s*(?:about|nearly|some|roughly|around)?\s*", self.text[end : f.start]
            ):
                return f
        # "$222.1 million ..., 15% more than": the figure just before, in the same clause.
        before = [
            f for f in facts if f.end <= start and not re.search(r"[;]|\bbut\b|\bwhile\b", self.text[f.end : start])
        ]
        if before and any(
            before[-1].end <= c.start and c.end <= start and c.flow != before[-1].flow for c in self.cues
        ):
            # "a surplus of ¥590.5 billion as exports rose 11.4 percent": the
            # change is the exports', not the surplus's.
            before = []
        if before:
            f = before[-1]
            gap = self.text[f.end : start]
            if self.ctx.focus is None or f.period == self.ctx.focus or len(gap) < 80:
                if (
                    not re.search(r"\b(?:it|this figure|this|which represents)\b", gap, re.I)
                    or f.period == self.ctx.focus
                ):
                    return f
        after = [f for f in facts if f.start >= end and f.start - end < 60]
        if after and not before:
            return after[0]
        return None

    def _continues_series(self) -> bool:
        """A change with no figure or cue of its own still speaks of the
        article's series when it is recent or compared with a base period."""
        if self.ctx.last_fact is None:
            return False
        recent = self.ctx.last_fact_sentence >= self.index - 3
        compared = any(pm.is_base for pm, _ in self.periods)
        return (recent or compared) and not NON_TRADE_CUES.search(self.raw)

    def _claim_period(self) -> Period | None:
        own = [p for pm, p in self.periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
        if own:
            return own[0]
        return self.ctx.focus

    def _claim_series(self, start: int) -> tuple[str, str, str]:
        cue = None
        for c in self.cues:
            if c.end <= start and (cue is None or c.end > cue.end):
                cue = c
        econs = self.economies
        if cue is not None:
            owner, partner = _assign_roles(self.text, cue, econs, self.s0, self.s1)
            if owner is None and partner is None:
                owner, partner = _pair_in(self.text, econs)
            if owner and not partner:
                partner = "W00" if WORLD_CUES.search(self.raw) else self._implicit_partner(owner)
            if partner and not owner:
                owner = self._other_side(partner)
            if not owner and not partner:
                # "while imports fell 7.0%": the flow of the series in hand.
                last = self.ctx.last_fact
                owner = last.economy if last is not None else self._protagonist()
                if owner:
                    partner = self._implicit_partner(owner, use_recent=cue.flow == "balance")
            if owner and partner:
                # "…, while those to the United States decreased by 7.2%": the
                # partner named in the change's own clause
                breaks = [b.end() for b in _NEXT_CLAUSE.finditer(self.text, cue.end, start)]
                if breaks:
                    own = [
                        e
                        for e in econs
                        if breaks[-1] <= e.start < start
                        and e.code not in (owner, "W00")
                        and re.search(
                            r"\b(?:to|from|with)\s+(?:the\s+)?$", self.text[max(self.s0, e.start - 12) : e.start]
                        )
                    ]
                    if own:
                        partner = own[-1].code
                return cue.flow, owner, partner
        owner, partner = _pair_in(self.text, econs)
        last = self.ctx.last_fact
        if owner and partner:
            # "the relationship between A and B": no flow named, so both ways.
            return "total", owner, partner
        if last is not None:
            return last.flow, last.economy, last.partner
        return "", "", ""

    def _changed_figure(self, origin: FoundFact, facts, all_facts: list[FoundFact]) -> FoundFact | None:
        """The recent figure of the same series, later than the one a change
        started from: a year on from it, else the one at the focus."""
        recent = [f for f in reversed(all_facts) if not any(f is g for g in facts)][:8]
        same = [
            f
            for f in recent
            if f.flow == origin.flow
            and {f.economy, f.partner} == {origin.economy, origin.partner}
            and f.period is not None
            and f.period.start > origin.period.start
        ]
        year_on = origin.period.shift(years=1)
        return next((f for f in same if f.period == year_on), None) or next(
            (f for f in same if f.period == self.ctx.focus), None
        )

    def _origin_figure(self, start: int, end: int, facts: list[FoundFact]) -> FoundFact | None:
        """The figure a change started from: right after it ("… from $171.6
        million"), or in a "when" clause of its base ("from a year earlier,
        when trade stood at $208.1 million")."""
        for f in facts:
            if f.period is None:
                continue
            if 0 <= f.start - end < 70 and _CHANGE_FROM_FIGURE.search(self.text, start, f.start):
                return f
            if 0 <= f.start - end < 140 and _WHEN_BASE.search(self.text, start, f.start):
                return f
            if f.end <= start and _WHEN_BASE.search(self.text, self.s0, f.start):
                return f
        return None

    def _from_figure_base(self, start: int, end: int, period, facts: list[FoundFact]) -> Period | None:
        """ "more than doubled to $197.95 million in March from $89.03 million
        in February": the earlier period of the figure the change started from."""
        if period is None:
            return None
        for f in facts:
            if not 0 <= f.start - end < 70 or f.period is None or f.period.end >= period.start:
                continue
            if any(pm.is_base and end <= pm.start + self.s0 < f.start for pm, _ in self.periods):
                continue  # "grew 3.6 percent from a year earlier to …, up from … in September"
            if _CHANGE_FROM_FIGURE.search(self.text, start, f.start):  # the change may end in "below"
                return f.period
        return None

    def _claim_base(self, start: int, end: int, period: Period | None, limit: int) -> Period | None:
        """The base of a change: a base period stated after it (before the next
        change), or one that opens the sentence ("Compared with July, exports
        were down 3.1 per cent"), or its own words ("m/m"), else a year back."""
        if period is None:
            return None
        # The claim's own words count: "(+4.9% m/m)".
        tail = self.text[max(self.s0, end - 8) : self.s1]
        for pm, _ in self.periods:
            a = pm.start + self.s0
            if pm.is_base and a < start and _OPENING_BASE.match(self.raw[: pm.start]):
                resolved = base_period(period, pm.text) or resolve_period(
                    pm, published=self.ctx.published, focus=period
                )
                if resolved is not None and resolved != period:
                    return resolved
            if a >= limit:
                break
            if not pm.is_base and 0 <= a - end <= 25 and _BASE_WORDS.search(self.text, start, a):
                # "about 5.6% above July", "12-fold the level of 2022"
                resolved = resolve_period(pm, published=self.ctx.published, focus=period)
                if resolved is not None and resolved != period and resolved.start < period.start:
                    return resolved
            if pm.is_base and pm.start + self.s0 >= end - 2:
                base = base_period(period, pm.text)
                if base is not None and base != period:  # "over the same period" is a duration
                    return base
                resolved = resolve_period(pm, published=self.ctx.published, focus=period)
                if resolved is not None and resolved != period:
                    return resolved
        if re.match(
            r"(?:(?!\.\s)[^;]){0,40}?\b(?:month-on-month|from a month earlier|from the previous month|than the previous month|on-month|m/m|mom|on the month|on a monthly basis)\b",
            tail,
            re.I,
        ):
            return period.shift(months=-1) if _months(period) == 1 else period.shift(months=-_months(period))
        if _months(period) == 3 and re.match(
            r"(?:(?!\.\s)[^;]){0,40}?\b(?:quarter-on-quarter|on the quarter|q/q|qoq|from the previous quarter"
            r"|than the previous quarter|on a quarterly basis)\b",
            tail,
            re.I,
        ):
            return period.shift(months=-3)
        return period.shift(years=-1)

    def update_context(self, facts: list[FoundFact]) -> None:
        self.ctx.prev_sentence_start = self.s0
        if facts:
            self.ctx.last_sentence_facts = facts
        explicit = [(pm, p) for pm, p in self.periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
        focus = self.ctx.focus
        if explicit:
            pm, p = explicit[0]
            # A sentence that opens with its period ("In April 2023, …") sets
            # the focus; a period met later in a sentence moves it only
            # forward, so "below the $2.79 billion recorded in 2019" does not.
            contains_focus = focus is not None and p.start <= focus.start and focus.end <= p.end and p != focus
            # "…, surpassing a goal set for 2024": a later period no figure of
            # the sentence took is not what the text goes on to talk about.
            unused = facts and not any(f.period == p for f in facts)
            opens = _OPENING.match(self.raw[: pm.start]) is not None and not re.match(r"['’]s\b", self.raw[pm.end :])
            # "In July they had amounted to only $194 million": a look back
            looking_back = focus is not None and p.end < focus.start and _PAST_PERFECT.search(self.raw)
            # "In December alone, …" in a story about the year: an aside
            looking_back = looking_back or (
                focus is not None and p.start >= focus.start and p.end <= focus.end and _ALONE.match(self.raw, pm.end)
            )
            # a heading ("EU trade by main partner, January-October 2025") names the table's period
            heading = not facts and not any(
                re.search(r"[.!?][\"”’)]?\s*$", line) for line in self.raw.strip().split("\n") if line.strip()
            )
            if not looking_back and (
                focus is None or opens or heading or (p.end >= focus.end and not contains_focus and not unused)
            ):
                self.ctx.focus = p
        elif facts and facts[0].period is not None and self.ctx.focus is None:
            self.ctx.focus = facts[0].period
        if facts:
            self.ctx.last_fact = (
                facts[-1] if all(f.economy for f in facts) else next((f for f in facts if f.economy), facts[-1])
            )
            self.ctx.last_fact_sentence = self.index


# What may stand before a period that opens its sentence ("In April 2023, …",
# "Over January-July, …"); "It remains below 2019's …" does not open with it.
_OPENING = re.compile(
    r"^[\s\"“(—–-]*(?:(?:in|for|during|over|across|through|throughout|at|as\s+of|by|from|between|and|but|so"
    r"|meanwhile|then|also|still|yet|the|whole|entire|all|of|full|calendar)[\s,]+)*$",
    re.I,
)
_LEAD_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n\n")
_POSSESSIVE_FLOW = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|trade|shipments|purchases|sales|trade (?:surplus|deficit))\b",
    re.I,
)
_DATELINE = re.compile(r"\s*([A-Z][A-Z .'-]{2,24}?)(?:,\s|\s+[–—-]+\s)")
# The words between a change and the figure it started from ("up 9.7 percent
# from $171.6 million", "8.3 percent below the $326.85 million").
_CHANGE_FROM_FIGURE = re.compile(
    r"\b(?:from|below|above|on|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
    # "up 19.1 percent from October's $16.46 million"
    r"(?:(?:[A-Z][a-z]+|last\s+year|a\s+year\s+earlier|the\s+previous\s+month)['’]s?\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?\W{0,3}$",
    re.I,
)
_THAN_FIGURE = re.compile(r"\s*than\s+(?:in\s+|that of\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:about\s+|some\s+)?")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:late|early|mid|end of|start of|beginning of)?-?\s*$", re.I)
_PCT_ON = re.compile(r"%\s*(?:on|from|over|vs\.?|compared with)\s+$", re.I)
_COMPARED_TO = re.compile(
    r"\b(?:than|level of|compared|against|versus|vs\.?|since|(?:up|down) (?:from|on)"
    r"|(?:half|double|twice|triple|a (?:third|quarter|fraction)(?: of)?) the)\b",
    re.I,
)
_PRICE_TALK = re.compile(
    r"\b(?:prices?|sold for|sells for|fetch\w*|exchange rate|per (?:kilogram|tonne|ton|barrel)|duty|duties|tariffs?)\b",
    re.I,
)
_ANNUAL = re.compile(r"\b(?:annual|full-year|yearly|for the year as a whole)\b", re.I)
_BASE_WORDS = re.compile(
    r"\b(?:above|below|over|on|from|than|compared (?:with|to)|versus|vs\.?|the level of|that of)\s+(?:in\s+|the\s+)?$",
    re.I,
)
_ROW_LABEL = re.compile(
    r"[ \t]*(?:\n|[—–]|:\s*\n|:[ \t]*(?=[-+−]?(?:[$€£¥₩]|[A-Z]{1,3}\$|\d))"
    r"|:[ \t]*(?=(?:exports?|imports?|shipments|trade|turnover)\b))",  # "China: exports 18.45 (-2.2%); …"
    re.I,
)
_CURRENCY_HOME = {
    "JPY": "JPN", "KRW": "KOR", "CNY": "CHN", "RUB": "RUS", "GBP": "GBR", "AUD": "AUS",
    "INR": "IND", "TWD": "TWN", "HKD": "HKG", "CAD": "CAN",
}  # fmt: skip
_THAT_FIGURE = re.compile(r"\s*(?:That|This|It|The (?:\w+ )?(?:figure|total|tally|number|amount))\b(?! of)")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.I)
_LIST_PREP = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r",?\s*when\b[^.;$€£¥₩]{0,70}", re.I)
_UP_FROM = re.compile(
    r"\b(?:up|down|rising|falling|higher|lower)(?:\s+(?:about\s+)?[\d.]+\s*(?:%|percent|per cent))? from\s+"
    r"(?:about |some |roughly |nearly |just )?$",
    re.I,
)
_RELEASED = re.compile(r"\b(?:released|published|announced|reported|issued|updated)\s+(?:on\s+)?$", re.I)
_ORIGIN = re.compile(r"\b(?:originating|originated|made|produced|sourced)\s+(?:in|from)\s+(?:the\s+)?$", re.I)
_FROM_FIGURE = re.compile(
    # "… to $197.95 million in March from $89.03 million"
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[A-Za-z-]+(?:\s+(?:19|20)\d\d)?)?"
    r"[\s),]*(?:(?:up |down |rising |falling )?from|compared (?:with|to)|against|versus|vs\.?)\s+"
    r"(?:about |some |roughly |nearly |just )?",
    re.I,
)
_FIGURE_PERIOD_GAP = re.compile(r"\s*(?:in|for|during|of)?\s*(?:the\s+)?")
_BOTH_SIDES = re.compile(r"\b(?:two countries|two sides|both countries|bilateral|the pair|two neighbou?rs)\b", re.I)
_TWO_SIDES = re.compile(
    r"\b(?:two countries|two sides|both countries|the pair|two neighbou?rs|both sides|between the two)\b", re.I
)
_OPPOSITE = re.compile(
    r"\b(?:in|going)\s+the\s+(?:opposite|other|reverse)\s+direction\b|\b(?:going\s+)?the\s+other\s+way\b"
    r"|\bin\s+return\b|\bthe\s+reverse\s+flow\b",
    re.I,
)
_BILATERAL = re.compile(r"\b(?:two-way|bilateral|cross-border|border)\b", re.I)
# A partner named by description: "imports from the Asian country", "exports to
# the world's second-largest economy", "a surplus with the country".
_DESCRIBED = re.compile(
    r"\b(?:to|from|with|into)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:country|nation|economy|neighbou?r|partner|republic|ally|giant|superpower|powerhouse)\b",
    re.I,
)
_NEIGHBOUR = re.compile(
    r"\b(?:its|their) (?:[\w-]+ ){0,2}(?:neighbou?r|ally|partner|market|customer|supplier)\b"
    r"|\b(?:across|over) the border\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:than|compared|compares|previous|this figure|the figure|it was|up from|down from|a year earlier)\b",
    re.I,
)

# ---------------------------------------------------------------- roles

_ANY_CUE = re.compile("|".join(rx.pattern for rx, _ in FLOW_CUE_RE), re.I)


def _other_flow_cue(gap: str, flow: str) -> bool:
    """A cue of another flow in ``gap`` ("trade" in "a deficit … in its trade
    with Russia" is the same family as the balance)."""
    family = {"total", "balance"} if flow in ("total", "balance") else {flow}
    return any(f not in family and rx.search(gap) for rx, f in FLOW_CUE_RE)


_CLAUSE_PARTNER = re.compile(r"\b(?:with|to|from|for)\s+(?:the\s+)?$", re.I)
_WHEN_BASE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|over|against|on)\b[^.;$€£¥₩]{0,40},?\s*when\b[^.;$€£¥₩]{0,70}$", re.I
)
_BARE_CHANGE = re.compile(r"(?:[a-z]+\s+)?[\d.,]+\s*(?:%|percent|per cent|pct)", re.I)
_OPENING_BASE = re.compile(
    r"^[\s\"“(—–-]*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|against|versus|from)\s+(?:the\s+)?$",
    re.I,
)
_NEXT_CLAUSE = re.compile(
    r",\s*(?:bringing|taking|pushing|lifting|leaving|putting|raising|lowering|and|but|while|whereas)\b|;", re.I
)
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b|;|\bwhile\b|\bwhereas\b")
_TOPIC_BEFORE = re.compile(r"\b(?:[Ww]ith|[Ii]n the case of|[Aa]s for|[Rr]egarding)\s+(?:the\s+)?$")
_GOODS_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:goods|products|items|commodities|wares|merchandise|"
    + "|".join(sorted(map(re.escape, COMMODITIES), key=len, reverse=True))
    + r")\b",
    re.I,
)
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s|')?(?:\s+(?!to\b|from\b|with\b|and\b|by\b|of\b)[\w-]+){0,3}\s*$")
_SUBJECT_GAP = re.compile(r"^(?:'s|’s)?(?:\s+(?!to\b|from\b|with\b|and\b)[\w,-]+){0,7}\s*$")
_VERB_CUE = re.compile(
    r"exported|imported|sold|bought|shipped|purchased|delivered|sell|buying|importing|exporting",
    re.I,
)


def _assign_roles(
    text: str, cue: _Cue, sentence_econs: list[EconomyMention], seg_start: int, seg_end: int
) -> tuple[str | None, str | None]:
    """Who is the exporter/importer/trader (owner) and who the partner, from
    the wording around the cue."""
    owner = partner = None
    flow = cue.flow
    # "between A and B" / "A-B trade" / "A and B's trade"
    # Economies past a clause break after the cue belong to the next clause
    # ("Trade with Russia was $19.2 billion, and imports from Japan and Korea …").
    in_clause = [e for e in sentence_econs if e.start < cue.end or not _CLAUSE_BREAK.search(text, cue.end, e.start)]
    pair = _pair_in(text, in_clause, near=(cue.start, cue.end))
    if flow == "total" and pair[0]:
        return pair
    before = [e for e in sentence_econs if e.end <= cue.start]
    # Partners stand after the cue but within the figure's own segment:
    # "shipments to China came to $7.4 billion, to the US $6.3 billion".
    lo = max(cue.end, seg_start)
    after = [e for e in sentence_econs if lo <= e.start < seg_end]
    if cue.end > seg_end:
        after = [e for e in sentence_econs if e.start >= cue.end]
    is_verb = bool(_VERB_CUE.fullmatch(text[cue.start : cue.end]))
    # A fronted topic stands before a comma ("With Japan, trade slid"); "trade
    # with the United States fell" is a partner named with its own cue.
    topic = next(
        (
            e
            for e in reversed(before)
            if _TOPIC_BEFORE.search(text[max(0, e.start - 20) : e.start]) and re.match(r"\s*,", text[e.end : e.end + 3])
        ),
        None,
    )
    if topic is not None and topic.start < seg_start and any(seg_start <= e.start < seg_end for e in sentence_econs):
        topic = None  # an earlier clause's topic; this clause names its own economy
    if topic is not None and flow in ("total", "export", "import"):
        # "With Japan, trade slid …", "In the case of North Korea, China exported …"
        partner = topic.code
        before = [e for e in before if e is not topic]
    if before:
        e = before[-1]
        gap = text[e.end : cue.start]
        # "Chinese goods while exporting …": the goods' origin, not the subject.
        goods = _GOODS_AFTER.match(text, e.end) is not None
        origin_named = any(
            re.search(r"\bfrom\s+(?:the\s+)?$", text[max(cue.end, e2.start - 12) : e2.start]) for e2 in after
        )
        if (_SUBJECT_GAP if is_verb else _POSSESSIVE_GAP).match(gap) and not (is_verb and goods):
            if flow == "import" and goods and not is_verb and not origin_named:
                partner = e.code  # "Saudi crude imports": where the goods come from
            else:
                owner = e.code
    if before and owner is None and re.fullmatch(r"\s*[—–-]+\s*", text[before[-1].end : cue.start]):
        # A table row: "Mexico — Exports: $334.0 billion": the partner it lists.
        partner = before[-1].code
    if flow == "balance":
        for e in before:
            if re.search(
                r"\b(?:leaving|left|leaves|giving|gave|handing)\s+(?:the\s+)?$", text[max(0, e.start - 20) : e.start]
            ):
                # "leaving Pyongyang with a shortfall of …"
                owner = e.code
    if is_verb and flow == "export" and after and re.fullmatch(r"\s+", text[cue.end : after[0].start]):
        # "South Korea sold Vietnam $53.5 billion worth of goods"
        partner = after[0].code
    for e in after:
        gap = text[cue.end : e.start]
        if len(gap) > 120 or _other_flow_cue(gap, flow):
            # Past another flow's cue the economies belong to that flow.
            break
        if _ORIGIN.search(gap):
            # "imports originating in North Korea", "goods made in China"
            if flow == "import" and partner is None:
                partner = e.code
            elif flow == "export" and owner is None:
                owner = e.code
            continue
        prep = re.search(r"\b(to|into|from|with|by|of|for|toward|towards)\s+(?:the\s+)?$", gap)
        if not prep:
            continue
        word = prep.group(1)
        if flow == "export":
            if word in ("to", "into", "for", "toward", "towards") and partner is None:
                partner = e.code
            elif word in ("from", "by") and owner is None:
                owner = e.code
        elif flow == "import":
            if word in ("from", "of") and partner is None and word == "from":
                partner = e.code
            elif word == "by" and owner is None:
                owner = e.code
            elif word in ("to", "into") and owner is None:
                owner = e.code
        else:
            if word in ("with",) and partner is None:
                partner = e.code
    # "bought $21 million worth of North Korean goods": the goods' origin.
    for e in after:
        if _GOODS_AFTER.match(text, e.end) and not _ANY_CUE.search(text[cue.end : e.start]):
            if flow == "import" and partner is None and e.code != owner:
                partner = e.code
            elif flow == "export" and owner is None and e.code != partner:
                owner = e.code
            break
    if pair and (owner is None or partner is None):
        a, b = pair
        if owner is None and partner is None:
            owner, partner = a, b
        elif owner is None:
            owner = a if b == partner else b if a == partner else owner
        elif partner is None:
            partner = b if a == owner else a if b == owner else partner
    if owner == partner:
        partner = None
    return owner, partner


def _pair_in(
    text: str, econs: list[EconomyMention], near: tuple[int, int] | None = None
) -> tuple[str | None, str | None]:
    """An explicit pair: "between A and B", "A-B", "A and B's"."""
    for a, b in zip(econs, econs[1:], strict=False):
        if a.code == b.code:
            continue
        gap = text[a.end : b.start]
        if near is not None and (b.end < near[0] - 90 or a.start > near[1] + 90):
            continue
        if re.fullmatch(r"\s*(?:[-–—/]|and|&)\s*", gap):
            return a.code, b.code
    return None, None


def _across(pair: tuple[str, str], code: str) -> str:
    """The other side of a pair from ``code``."""
    return pair[1] if code == pair[0] else pair[0]


def _lead_owner(text: str, economies: list[EconomyMention]) -> str | None:
    """The economy whose flow the lead sentence is about ("South Korea's
    exports rose …", "China's trade with Russia hit a record …")."""
    end = _LEAD_END.search(text, 0, 600)
    lead_end = end.end() if end else min(len(text), 600)
    for e in economies:
        if e.start >= lead_end:
            break
        if e.code != "W00" and _POSSESSIVE_FLOW.match(text, e.end):
            return e.code
    return None


def _article_pair(text: str, economies: list[EconomyMention], mentions: Counter) -> tuple[str, str] | None:
    """The pair an article is about: one it names as a pair ("North
    Korea-China trade", "between Seoul and Tokyo") and whose two economies
    make up most of its economy mentions. An article about one economy's
    trade with many partners has none."""
    named = Counter()
    for a, b in zip(economies, economies[1:], strict=False):
        if a.code != b.code and "W00" not in (a.code, b.code):
            if re.fullmatch(r"\s*(?:[-–—/]|and|&)\s*", text[a.end : b.start]):
                named[tuple(sorted((a.code, b.code)))] += 1
    if not named:
        return None
    (x, y), _ = named.most_common(1)[0]
    if (mentions[x] + mentions[y]) / sum(mentions.values()) < 0.6:
        return None
    return (x, y) if mentions[x] >= mentions[y] else (y, x)


def _months_between(a: Period, b: Period) -> int:
    return abs((b.start.year - a.start.year) * 12 + b.start.month - a.start.month)


def _months(p: Period) -> int:
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def _commodity(window: str) -> str:
    m = COMMODITY_RE.search(window)
    return m.group(1).lower() if m else ""


def _source_org(sentence: str) -> str:
    m = SOURCE_RE.search(sentence) or SOURCE_BEFORE_RE.search(sentence)
    if not m:
        return ""
    org = re.sub(r"\s+\([A-Z]+\)", "", m.group("org"))
    org = re.sub(r"\s+(?:of|and|for|the|on)$", "", org).strip()
    if org.split()[0] in ("In", "On", "During", "The") or len(org) < 3:
        return ""
    return org


_FORECAST_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:forecasts?|estimates?|expectations?|projections?|consensus|target)\b", re.I
)
_ALONE = re.compile(r"\s+alone\b", re.I)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:already\s+|only\s+)?(?:been|reached|amounted|stood|totall?ed|come|fallen|risen|grown|dropped|hit|climbed)\b",
    re.I,
)
_COLUMN_FLOWS = [
    (re.compile(r"\bexports?\b", re.I), "export"),
    (re.compile(r"\bimports?\b", re.I), "import"),
    (re.compile(r"\b(?:balance|surplus|deficit)\b", re.I), "balance"),
    (re.compile(r"\b(?:total|trade|turnover)\b", re.I), "total"),
]
_GOODS_MOVED = re.compile(r"\bgoods\b[^.;]{0,40}?\b(?:crossed|crossing|moved|moving|flowed|went)\b", re.I)
_INTER_KOREAN = re.compile(r"\binter-Korean\b", re.I)
_BALANCE_WORD = re.compile(r"\b(?:deficits?|shortfalls?|surplus(?:es)?)\b", re.I)
