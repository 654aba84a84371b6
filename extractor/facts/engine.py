"""The facts engine's entry points: read an article sentence by sentence,
each sentence against the article and the discourse state it updates.

The logic is pure: ``extract_from_text`` takes the text, sentence spans and
the money mentions and returns facts and claims, so tests need no model. The
spaCy component (``pipeline.components.TradeExtractor``) only hands it the
parser's sentences.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

from extractor.facts import _tables as T
from extractor.facts.amounts import not_level_from_doc
from extractor.facts.article import Article, read_article
from extractor.facts.candidates import commodity, is_change_amount, is_trade, source_org
from extractor.facts.change_mood import forecast_from_doc
from extractor.facts.changes import sentence_claims, settle_claims
from extractor.facts.clauses import Detached, ParseColumns, detached_from_doc, hypothetical_from_doc
from extractor.facts.destinations import destination_roles
from extractor.facts.discourse import DiscourseState, framed_partner, paragraph_start
from extractor.facts.lists import list_item, respective_list, respective_roles
from extractor.facts.periods import months, period_for, read_periods
from extractor.facts.records import FoundFact, FoundFacts
from extractor.facts.roles import implicit_partner, protagonist, ranked_item, roles
from extractor.facts.sentence import Sentence, cue_between, figure_end
from extractor.normalize._currency_tables import SCALES
from extractor.normalize.countries import REGION
from extractor.normalize.money import MoneyMention
from extractor.normalize.published import infer_published
from extractor.pipeline.extensions import doc_text


def extract_facts(doc) -> FoundFacts:
    """The component's entry: sentences from the parse, money from the Doc.
    Without a publication date, the date the text states is taken (and set on
    the Doc, with where it came from)."""
    if not doc._.published:
        inferred, source = infer_published(doc_text(doc))
        if inferred is not None:
            doc._.published, doc._.published_source = inferred.isoformat(), source
    published = date.fromisoformat(doc._.published) if doc._.published else None
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    cols = ParseColumns.of(doc) if doc.has_annotation("DEP") else None  # read once for the three tests
    return extract_from_text(
        doc_text(doc),
        spans,
        doc._.money or [],
        published,
        detached=detached_from_doc(doc, cols),
        hypothetical=hypothetical_from_doc(doc, cols),
        not_level=not_level_from_doc(doc, cols),
        forecast=forecast_from_doc(doc, cols),
    )


def extract_from_text(
    text: str,
    sentence_spans: list[tuple[int, int]],
    money: list[MoneyMention],
    published: date | None,
    *,
    detached: Detached | None = None,
    hypothetical: Callable[[int, int], bool] | None = None,
    not_level: Callable[[int, int], bool] | None = None,
    forecast: Callable[[int, int], bool] | None = None,
) -> FoundFacts:
    """Facts and claims of ``text``. ``detached`` (from the parse) says which
    economies sit in a clause of their own after a figure; without it every
    economy of the figure's stretch of sentence may take a role.
    ``hypothetical`` (from the parse) says which figures hang on a verb of
    plan or possibility ("may exceed", "is likely to reach"): not facts;
    ``not_level`` (from the parse) which figures are a levy's base or a
    change's size (``facts.amounts``): not facts either;
    ``forecast`` (from the parse) which stated changes are forecasts: not claims."""
    article, state = read_article(text, money, published)
    out = FoundFacts()
    for index, (s0, s1) in enumerate(sentence_spans):
        sentence = read_sentence(text, s0, s1, index, money, article, state)
        sentence.detached = detached
        sentence.hypothetical = hypothetical
        sentence.not_level = not_level
        sentence.forecast = forecast
        paragraph = paragraph_start(text, s0)
        framed = framed_partner(text, s0, sentence.economies)
        if framed is not None:
            state.topic = (framed, paragraph)
        facts = sentence_facts(sentence)
        for fact in facts:
            if not any(fact.key() == f.key() for f in out.facts):
                out.facts.append(fact)
        out.claims.extend(sentence_claims(sentence, facts, out.facts, out.claims))
        had_focus = state.focus is not None
        state.end_sentence(
            s0, index, sentence.raw, sentence.periods, facts, about_trade=bool(sentence.cues or sentence.money)
        )
        if not had_focus and state.focus is not None and date_headings(out.facts, state.focus):
            drop_repeats(out)
    for claim in out.claims:
        if claim.fact_index is not None:
            fact = out.facts[claim.fact_index]
            claim.economy, claim.partner = fact.economy, fact.partner
    out.claims = settle_claims([c for c in out.claims if REGION not in (c.economy, c.partner)], text)
    return out


def region_figure(s: Sentence, m: MoneyMention, seg_start: int, economy: str, partner: str | None) -> bool:
    """Is the figure a region's ("euro area balance showed a €24.1 bn
    surplus")? Its clause names a region without a code before it, and
    neither side the engine gave it (from the article) is named in the
    sentence."""
    named = {e.code for e in s.economies}
    region_before = any(e.code == REGION and seg_start <= e.start < m.start for e in s.economies)
    return region_before and not ({economy, partner} - {None, "", "W00"}) & named


_SCALE_WORD = re.compile(r"(?i:thousand|million|billion|trillion|mn|mln|bn|bln|tn|[kmbT])\b\.?$")


def sibling_scaled(s: Sentence, m: MoneyMention):
    """The figure's value, with the scale its sibling states when it drops its
    own ("exports reached $162.41 billion, while imports rose to $242.72"):
    a bare amount under a thousand beside a scaled one of the same currency."""
    if m.value >= 1000 or m.value <= 0 or _SCALE_WORD.search(m.text):
        return m.value
    for _, other in reversed([(i, x) for i, x in s.primary if x.end <= m.start]):
        if other.currency == m.currency and _SCALE_WORD.search(other.text):
            scale = _SCALE_WORD.search(other.text).group(0).rstrip(".")
            return m.value * SCALES["trillion" if scale == "T" else scale.lower()]
    return m.value


def balance_word_after(s: Sentence, start: int, end: int) -> list[str]:
    """The first balance word after a figure that is not the head of a figure
    of its own ("… and a services surplus of $0.3 billion":
    that surplus is the next figure's)."""
    for w in T.BALANCE_WORD.finditer(s.text, start, end):
        if re.fullmatch(r"[ \t]*-?[ \t]*", s.text[start : w.start()]):
            return [w.group(0).lower()]  # the noun the figure modifies: "a $3 billion deficit"
        if not any(0 <= x.start - w.end() <= 25 for _, x in s.primary):
            return [w.group(0).lower()]
    return []


def date_headings(facts: list[FoundFact], focus) -> bool:
    """A headline's figure ("China's trade surplus tops $1 trillion") names no
    period: it is the one the lead then states, so it takes the article's
    first focus (and is then the same fact as the lead's, not another).
    Says whether any was dated."""
    dated = False
    for fact in facts:
        if fact.period is None and is_heading(fact.sentence):
            fact.period, dated = focus, True
    return dated


def drop_repeats(out: FoundFacts) -> None:
    """Keep one of facts that became the same; claims follow their fact."""
    kept: list[FoundFact] = []
    moved: dict[int, int] = {}
    for n, fact in enumerate(out.facts):
        same = next((k for k, f in enumerate(kept) if f.key() == fact.key()), None)
        moved[n] = len(kept) if same is None else same
        if same is None:
            kept.append(fact)
    for claim in out.claims:
        if claim.fact_index is not None:
            claim.fact_index = moved[claim.fact_index]
    out.facts = kept


def is_heading(raw: str) -> bool:
    """A headline or heading: no line of it ends as a sentence does."""
    lines = [line for line in raw.strip().split("\n") if line.strip()]
    return bool(lines) and not any(re.search(r"[.!?][\"”’)]?\s*$", line) for line in lines)


def read_sentence(
    text: str, s0: int, s1: int, index: int, money: list[MoneyMention], article: Article, state: DiscourseState
) -> Sentence:
    """The sentence text[s0:s1] with its money, periods, economies and cues.
    A source named in it ("the customs office said") becomes the state's."""
    own = [(i, m) for i, m in enumerate(money) if s0 <= m.start < s1]
    org = source_org(text[s0:s1])
    if org:
        state.source_org = org
    return Sentence(
        text=text,
        s0=s0,
        s1=s1,
        index=index,
        money=own,
        conversions={m.converts: m for _, m in own if m.converts is not None},
        primary=[(i, m) for i, m in own if m.converts is None],
        economies=[e for e in article.economies if s0 <= e.start < s1],
        periods=read_periods(text, s0, s1, [m for _, m in own], article, state.focus),
        cues=[c for c in article.cues if s0 <= c.start and c.end <= s1],
        article=article,
        state=state,
    )


def in_scope(s: Sentence, m: MoneyMention) -> Sentence:
    """The sentence as figure ``m``'s roles see it: without the economies of
    a clause that opens after the figure and does not hold it."""
    if s.detached is None:
        return s
    kept = [e for e in s.economies if not s.detached(m.start, m.end, e.start)]
    return s if len(kept) == len(s.economies) else dataclasses.replace(s, economies=kept)


def figure_possessor(s: Sentence, m: MoneyMention) -> str | None:
    """The economy written as the figure's possessor ("Japan's US$56.3 billion")."""
    for e in s.economies:
        if e.end <= m.start and re.fullmatch(
            r"['’]s\s+(?:(?:about|around|nearly|some|only|just)\s+)?", s.text[e.end : m.start]
        ):
            return e.code if e.code != "W00" else None
    return None


def restated_partner(s: Sentence, fact: FoundFact) -> str:
    """The partner of a figure read as a flow with the world: the named
    partner of an earlier fact of the same owner, flow, period and exact
    amount, if any ("… to India, equivalent to N744.9 billion" after "India
    was its largest market, with N744.9 billion"). A flow with the world
    cannot equal the same flow with one partner: it is that fact restated."""
    for prev in s.state.history:
        if prev.partner not in ("W00", "") and (prev.value, prev.currency, prev.flow, prev.economy, prev.period) == (
            fact.value,
            fact.currency,
            fact.flow,
            fact.economy,
            fact.period,
        ):
            return prev.partner
    return fact.partner


def sentence_facts(s: Sentence) -> list[FoundFact]:
    """The trade facts of one sentence, in figure order."""
    found: list[FoundFact] = []
    respective = respective_roles(s)
    listed = respective_list(s) if respective is None else {}
    for k, (i, m) in enumerate(s.primary):
        seg_start = s.primary[k - 1][1].end if k > 0 else s.s0
        seg_end = s.primary[k + 1][1].start if k + 1 < len(s.primary) else s.s1
        destination = destination_roles(s, m.start, seg_start)
        if not is_trade(s, m, seg_start, seg_end, found) and (
            # "Chile is Peru's top export market, at $705 million": trade, with no flow word
            destination is None or is_change_amount(s.text, m)
        ):
            continue
        if s.hypothetical is not None and s.hypothetical(m.start, m.end):
            # "trade may exceed $80 billion", "is likely to reach 50 billion dollars"
            continue
        if s.not_level is not None and s.not_level(m.start, m.end):
            # "tariffs on $250 billion of imports", "rose by $3 million", "$9 billion lower"
            continue
        period = period_for(s, k)
        prev = found[-1] if found and found[-1].money_index == s.primary[k - 1][0] else None
        gap = s.text[figure_end(s, k - 1) : m.start]
        # "… $12 billion in 2019, compared to $740 million in exports of steel": a flow of its own
        own_cue = any(
            m.end <= c.start and re.fullmatch(r"\s+(?:in|of)\s+(?:the\s+)?", s.text[m.end : c.start]) for c in s.cues
        )
        if prev is not None and (
            (T.FROM_FIGURE.fullmatch(gap) and not own_cue)
            # "reached $388 million last month, the customs office said, up from $335 million"
            or (
                (up := T.UP_FROM.search(gap)) is not None
                and not cue_between(s, figure_end(s, k - 1) + up.start(), m.start)
            )
        ):
            # "rose to $200 million from $180 million": the same series,
            # at the compared period when the figure names none.
            flow, economy, partner = prev.flow, prev.economy, prev.partner
            if period is not None and period == prev.period:
                monthly = re.search(r"month-on-month|a month earlier|the previous month|on-month", s.raw, re.I)
                period = period.shift(months=-months(period)) if monthly else period.shift(years=-1)
        elif (item := list_item(s, k, found)) is not None:
            # "…, followed by Austria (31 billion) and Poland (17 billion)"
            flow, economy, partner = item
        elif (owner := figure_possessor(s, m)) is not None and found and found[-1].economy != owner:
            # "…, far above North Korea's $300 million": the possessor owns the
            # same kind of figure as the one it is compared with.
            prev = found[-1]
            named = {e.code for e in s.economies}
            if prev.partner in named - {"W00"} and prev.economy not in named:
                # "the deficit with Japan was $1.5 billion, compared to China's
                # $1.3 billion": the possessor stands where the named economy
                # stood, the partner; the unnamed owner stays.
                flow, economy, partner = prev.flow, prev.economy, owner
            else:
                flow, economy = prev.flow, owner
                partner = prev.partner if prev.partner != owner else implicit_partner(s, owner)
        elif respective is not None:
            flow, economy, partner = respective[k]
        elif destination is not None:
            flow, economy, partner = destination
        else:
            flow, economy, partner = roles(in_scope(s, m), m, seg_start, seg_end, found, period)
            item = ranked_item(in_scope(s, m), m, seg_start, flow, economy, partner, found) if k not in listed else None
            if item is not None:
                economy, partner = item
            if k in listed and flow is not None:
                role, code = listed[k]
                if role == "partner":
                    partner = code
                    economy = economy if economy not in (code, None) else protagonist(s, exclude=code)
                else:
                    economy = code
                    partner = partner if partner != code else implicit_partner(s, code)
        if flow is None or not economy:
            # A figure no economy can be tied to is not a fact of trade between economies.
            continue
        if REGION in (economy, partner) or region_figure(s, m, seg_start, economy, partner):
            # "exports to ASEAN": a side the contract has no code for
            continue
        value = sibling_scaled(s, m)
        if flow == "balance" and value > 0:  # a table's "-7.26" carries its own sign
            # the balance word nearest before the figure decides ("a surplus
            # of ¥322.3 billion after three months of deficits"), else the first after it
            words = [w.group(0).lower() for w in T.BALANCE_WORD.finditer(s.text, seg_start, m.start)]
            words = words[-1:] or balance_word_after(s, m.end, seg_end)
            if not words:
                # "a fall in the goods deficit of $2.3 billion to $81.4 billion":
                # the balance word of the figure before it in the sentence
                words = [w.group(0).lower() for w in T.BALANCE_WORD.finditer(s.text, s.s0, seg_start)][-1:]
            if words and not words[0].startswith("surplus"):
                value = -value
            elif not words:
                # "… exceeding the previous record of 13.7 trillion yen":
                # the same kind of balance as the figure before it.
                prev = found[-1] if found else s.state.last_fact
                if prev is not None and prev.flow == "balance" and prev.value < 0:
                    value = -value
        conv = s.conversions.get(i)
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
            commodity=commodity(s.text[max(seg_start, m.start - 160) : min(seg_end, m.end + 60)]),
            measure="daily average" if T.DAILY.search(s.text[m.end : m.end + 25]) else "",
            qualifier=m.qualifier,
            source_org=s.state.source_org,
            sentence=s.raw.strip(),
            start=m.start,
            end=m.end,
        )
        inferred = bool(fact.economy and not fact.partner)
        if inferred:
            # "North Korea's exports amounted to …": the partner of the
            # owner's latest fact with both sides named, else the world.
            # The other side of the article's pair is the partner of an owner
            # the sentence leaves unnamed, or of one whose trade it calls
            # bilateral; an owner named alone ("Japan logged a deficit",
            # "Japan's exports rose") trades with the world.
            named = fact.economy in {e.code for e in s.economies}
            bilateral = T.BOTH_SIDES.search(s.raw) or T.TWO_SIDES.search(s.raw) or T.BILATERAL.search(s.raw)
            fact.partner = implicit_partner(s, fact.economy, use_pair=not named or bool(bilateral))
        if (
            fact.partner not in ("W00", "")
            and fact.partner not in {e.code for e in s.economies}
            and s.state.too_large_for(fact, fact.partner)
        ):
            # a partner taken from context, but the figure is too large for it
            fact.partner = "W00"
        if fact.partner == "W00":
            fact.partner = restated_partner(s, fact)
        s.state.note_fact(fact, s.index, partner_inferred=inferred)
        found.append(fact)
    return found
