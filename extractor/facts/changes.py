"""Change claims: each stated percentage change of a sentence, the fact or
series it qualifies, its period and the base it is measured against."""

from __future__ import annotations

import dataclasses
import re

from extractor.facts import _claim_tables as C
from extractor.facts import _tables as T
from extractor.facts.change_periods import default_base, own_period, own_span, respective_periods, same_period_after
from extractor.facts.change_series import (
    about_a_region,
    claim_series,
    different_series,
    exemplified_partners,
    flow_list,
    focus_pair,
    not_of_value,
    own_cue,
    parallel_list,
    prior_owner,
    pronoun_series,
    recent_claim,
    series_after,
)
from extractor.facts.lists import respective_change_list
from extractor.facts.periods import months
from extractor.facts.records import FoundClaim, FoundFact
from extractor.facts.roles import implicit_partner, protagonist
from extractor.facts.sentence import Sentence
from extractor.normalize.changes import find_changes
from extractor.normalize.countries import REGION, find_economies
from extractor.normalize.periods import Period, base_period, resolve_period


def former_latter(s: Sentence, start: int, facts: list[FoundFact]) -> FoundFact | None:
    """ "the former rose 22.5 percent": the first of the two figures just given."""
    m = re.search(r"\bthe (former|latter)\b[^.;]{0,25}$", s.text[max(s.s0, start - 40) : start], re.I)
    pair = facts if len(facts) >= 2 else s.state.last_sentence_facts
    if m is None or len(pair) < 2:
        return None
    return pair[0] if m.group(1).lower() == "former" else pair[-1]


def sentence_claims(
    s: Sentence, facts: list[FoundFact], all_facts: list[FoundFact], earlier: list[FoundClaim] | None = None
) -> list[FoundClaim]:
    """The change claims of sentence ``s``: ``facts`` are its own, ``all_facts``
    the article's so far, ``earlier`` the claims of the sentences before."""
    out = []
    changes = find_changes(s.raw)
    # "… $13.4 billion and $12.6 billion, up 3.3 percent and 1.5 percent, respectively"
    paired = len(changes) == len(facts) >= 2 and bool(T.RESPECTIVELY.search(s.raw))
    # "Shipments to the EU and Vietnam gained 19.8 percent and 11.6 percent, respectively"
    listed = {}
    if not facts:
        listed = respective_change_list(s, changes) or parallel_list(
            s, [(c.start + s.s0, c.end + s.s0) for c in changes]
        )
        listed = exemplified_partners(s, listed, changes[0].start + s.s0) if changes else listed
    # "… contractions observed in March and February, respectively"
    periods_listed = respective_periods(s, [(c.start + s.s0, c.end + s.s0) for c in changes])
    # "exports and imports fell 11.8% and 9.9%, respectively": one flow each
    flows_listed = flow_list(s, [(c.start + s.s0, c.end + s.s0) for c in changes])
    for n, cm in enumerate(changes):
        start, end = cm.start + s.s0, cm.end + s.s0
        lo = max(s.s0, start - 40)
        non_trade = [x.end() + lo for x in T.NON_TRADE_CUES.finditer(s.text[lo:start])]
        trade = [c.end for c in s.cues if c.start >= start - 40 and c.end <= start]
        # "retail sales climbed 9.5 percent": the non-trade words hold the cue
        if non_trade and (not trade or max(non_trade) >= max(trade)):
            continue
        # a word of guessing in a coordinated clause before ("… than expected, and
        # followed a 2.6% decrease") does not govern the change
        clause = max([s.s0, start - 60] + [b.end() for b in T.CLAUSE_BREAK.finditer(s.text, s.s0, start)])
        if T.FORECAST_CUES.search(s.text[clause:start]):
            # "economists had predicted that exports would rise 5.0%"
            continue
        if T.FORECAST_AFTER.match(s.text, end):
            # "beating the 6 percent growth forecast in a Reuters poll"
            continue
        if s.forecast is not None and s.forecast(start, end):
            # the parse: "are likely to see a 9 percent increase", "a 3% rise expected in a poll"
            continue
        own = flows_listed.get(n) or own_cue(s, start, end)
        if C.TRANSITIVE_BY.match(s.text, start, end) and (own is None or own.start < start):
            # "the central bank cut its rate by 0.5%": a transitive change whose
            # object names no flow is no trade series'
            continue
        if not_of_value(s, start, end, own):
            continue
        # "19.1 percent higher than September's $227.52 million": that
        # figure is the base; the change is the focus series'.
        than = next(
            (f for f in facts if 0 <= f.start - end < 45 and T.THAN_FIGURE.fullmatch(s.text[end : f.start])),
            None,
        ) or opening_figure(s, start, facts)
        if than is not None:
            last = s.state.last_fact
            fact = last if last is not None and last.period == s.state.focus and last.period != than.period else None
            fact = fact or next((f for f in facts if f is not than and f.period != than.period), None)
        elif (origin := origin_figure(s, start, end, facts)) is not None:
            # "up 9.7 percent from $171.6 million in March": the figure
            # the change started from is not the one that changed.
            fact = next((f for f in facts if f is not origin and f.period != origin.period), None)
            fact = fact or changed_figure(s, origin, facts, all_facts)
            last = s.state.last_fact
            if fact is None and s.state.last_sentence_facts and T.THAT_FIGURE.match(s.raw):
                fact = s.state.last_sentence_facts[0]
            elif fact is None and last is not None and s.state.last_fact_sentence >= s.index - 2:
                fact = last if last.period != origin.period else None
            if fact is not None and own is not None and different_series(own, fact.flow):
                # "Imports posted a gain of 21.5%, moving from $4.1 billion … to $4.98 billion": the change's
                # subject names its flow; the figure it reached gives only period and pair
                fact = dataclasses.replace(fact, flow=own.flow)
        elif paired:
            fact = facts[n]
        elif (named := former_latter(s, start, facts)) is not None:
            fact = named
        elif not facts and s.state.last_sentence_facts and T.THAT_FIGURE.match(s.raw):
            # "That was 20.7 percent lower than in August." / "The November
            # figure was down 16.5 percent": the main figure just given.
            fact = s.state.last_sentence_facts[0]
            if (after := series_after(s, start, end)) is not None and different_series(after, fact.flow):
                fact = None  # "This outpaced an 18.2 percent increase in exports"
        else:
            fact = claim_fact(
                s, start, end, facts, changes[n + 1].start + s.s0 if n + 1 < len(changes) else None, changes[:n]
            )
            if fact is not None and own is not None and different_series(own, fact.flow):
                # "Imports declined 3.4%, leaving a surplus of $103.2 billion": the
                # change is the series its own words name, not the figure beside it.
                fact = None
        # "In August they dropped 33%": the pronoun subject stands for the
        # series the sentence before was about
        carried = pronoun_series(s, start, end) if fact is None and not facts and own is None else None
        if carried is None and fact is None and not facts and own is None:
            # "The fall was smaller than expected, and followed a 2.6% decrease in
            # January": a definite noun of change as subject refers to the change
            # stated last, and so do the changes of its sentence
            carried = change_anaphor_series(s, earlier or [])
        if fact is None and not s.cues and not facts and carried is None and not continues_series(s):
            continue
        if fact is None and not facts and region_in_focus(s):
            # "… exports to and imports from the ASEAN states added up to $80 billion.
            # The exports and imports decreased 2.8% and 4.7%": a sentence naming no
            # economy continues the pair of the one before, here a region's (no code)
            continue
        if fact is None and not facts and price_talk(s, start):
            # "a bag of flour sold for 98,000 won … a 38 percent increase"
            continue
        period = fact.period if fact else claim_period(s, earlier, start, end)
        span = own_span(s, start, end)  # "tripled between 2020 and 2023"
        stated = periods_listed.get(n) or (span[0] if span else None) or own_period(s, start, end)
        linked = fact
        if stated is not None and stated != period:
            # "slowing from an 8.1% increase in April": the change's own period,
            # so not the change of the figure beside it
            period, linked = stated, None
        flow = economy = partner = ""
        if fact is not None:
            flow, economy, partner = fact.flow, fact.economy, fact.partner
        elif carried is not None:
            flow, economy, partner = carried
        else:
            flow, economy, partner = claim_series(
                s,
                start,
                end,
                own,
                recent_claim(s, out, earlier or []),
                prior_owner(s, out, earlier or []),
                focus_pair(s, out, earlier or []),
            )
            if own is not None and start < own.start and C.TRANSITIVE_BY.match(s.text, start, end):
                # "boosted commerce between A and top partner B by 8.8%": the two
                # economies of the verb's object are the pair that traded
                named = [e.code for e in s.economies if own.start < e.start < end and e.code not in ("W00", REGION)]
                if own.flow == "total" and len(set(named)) == 2:
                    economy, partner = (named[0], named[1]) if economy != named[1] else (named[1], named[0])
            if economy == "W00":
                # "… on the decline in global oil prices": the world trades with no one
                economy = protagonist(s, exclude=partner) or ""
            if economy:
                s.state.owners[economy] += 1
            same = [
                f
                for f in reversed(all_facts)
                if f.period == period and f.flow == flow and {f.economy, f.partner} == {economy, partner}
            ]
            fact = linked = same[0] if same else None
        if n in listed and flow in ("export", "import", "total", "balance"):
            role, code = listed[n]
            others = {c for _, c in listed.values()}
            if role == "partner":
                partner = code
                if economy in others:
                    economy = protagonist(s, exclude=code) or economy
            else:
                economy = code
                # "Vietnam, Malaysia and Indonesia were China's top partners": the
                # economy the sentence names beside the list
                beside = [e.code for e in s.economies if e.code not in others | {"W00", REGION}]
                if partner in others or (beside and partner in ("W00", "")):
                    partner = beside[-1] if beside else implicit_partner(s, code)
            fact = linked = None
        if not flow or about_a_region(s, start, economy, partner):
            continue
        base = than.period if than is not None and than.period != period else None
        base = base or (span[1] if span else None)
        # a later change's base is not this one's, unless it is this one's
        # elliptical twin ("exports fell 2.5% and imports 2.8% in April from March")
        twins = [c for c in changes[n + 1 :] if not T.BARE_CHANGE.fullmatch(s.raw[c.start : c.end])]
        limit = twins[0].start + s.s0 if twins else s.s1
        base = base or from_figure_base(s, start, end, period, facts) or claim_base(s, start, end, period, limit)
        if out and fact is None and same_period_after(s, end):
            # "… between May and June 2021 and imports rose 8.4% over
            # the same period": the anaphor takes the period and base of the change before
            period, base = out[-1].period, out[-1].base
        fact_index = next((n for n, f in enumerate(all_facts) if f is linked), None)
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
                text=s.text[start:end],
                sentence=s.raw.strip(),
                start=start,
                end=end,
            )
        )
    return out


def change_anaphor_series(s: Sentence, earlier: list[FoundClaim]) -> tuple[str, str, str] | None:
    """The series of the change stated last, when the sentence's subject is a
    definite noun of change that refers to it ("The fall …", "This increase …")
    and names no economy of its own."""
    if not earlier or any(e.code != "W00" for e in s.economies) or not C.CHANGE_ANAPHOR.match(s.raw):
        return None
    last = earlier[-1]
    return (last.flow, last.economy, last.partner) if last.flow and last.economy else None


def region_in_focus(s: Sentence) -> bool:
    """Does a sentence that names no economy and opens with an anaphoric
    subject ("The exports …", "Their trade …") follow one whose flow was a
    region's (a bloc or area with no code), so that its changes are the
    region's? A subject with no determiner ("Crude oil imports rose") names
    a series of its own."""
    lo = s.state.prev_sentence_start
    if lo is None or lo >= s.s0 or any(e.code != "W00" for e in s.economies):
        return False
    if not C.ANAPHORIC_OPENING.match(s.raw):
        return False
    before = [e.code for e in s.article.economies if lo <= e.start < s.s0]
    flows = [c for c in s.article.cues if lo <= c.start and c.end <= s.s0]
    return (
        REGION in before
        and bool(flows)
        and all(code in (REGION, "W00") or code == s.article.subject for code in before)
    )


def bare(s: Sentence, change) -> bool:
    """Is a stated change a bare figure, the elliptical twin of the one before
    ("up 5% on-year and 2% on-month")?"""
    return bool(T.BARE_CHANGE.fullmatch(s.raw[change.start : change.end]))


def price_talk(s: Sentence, start: int) -> bool:
    """Is a change at ``start`` one of a price? A price word before it with
    no flow word after that ("tariffs continued to bite, with data showing
    auto shipments were down" is still the shipments')."""
    talk = [m.end() for m in T.PRICE_TALK.finditer(s.text, s.s0, start)]
    return bool(talk) and not any(c.start >= talk[-1] and c.end <= start for c in s.cues)


def claim_fact(
    s: Sentence, start: int, end: int, facts: list[FoundFact], limit: int | None = None, others: tuple = ()
) -> FoundFact | None:
    """The figure a change qualifies, among the sentence's: the one it leads
    to, else the one just before it in its clause, else one just after it
    (before ``limit``, where the next change starts)."""
    # "rose 29.1 percent to $1.67 billion": the figure the change leads to.
    for f in facts:
        if 0 <= f.start - end <= 24 and re.fullmatch(
            r"\s*(?:(?:year-on-year|year on year|on-year|y/y)\s+)?(?:to|at)\s*(?:about|nearly|some|roughly|around)?\s*",
            s.text[end : f.start],
        ):
            return f
    # "$222.1 million ..., 15% more than": the figure just before, in the same clause.
    before = [
        f
        for f in facts
        if f.end <= start
        and not re.search(r"[;]|\bbut\b|\bwhile\b|\bwhereas\b", s.text[f.end : start])
        # "… reached $1.8 trillion, an increase of 7.6 percent, and trade with X climbed
        # 4.2 percent": past another change, a figure is that change's
        and not any(f.end <= c.start + s.s0 and c.end + s.s0 <= start and not bare(s, c) for c in others)
    ]
    if before and any(
        before[-1].end <= c.start and c.end <= start and other_series(s, c, before[-1], start) for c in s.cues
    ):
        # "a surplus of ¥590.5 billion as exports rose 11.4 percent": the
        # change is the exports', not the surplus's.
        before = []
    if before:
        f = before[-1]
        gap = s.text[f.end : start]
        if s.state.focus is None or f.period == s.state.focus or len(gap) < 80:
            if not re.search(r"\b(?:it|this figure|this|which represents)\b", gap, re.I) or f.period == s.state.focus:
                return f
    # "exports went up 5.1%, though they fell 7.4% to $632.6 billion": past
    # the next change, a figure is that change's
    after = [f for f in facts if f.start >= end and f.start - end < 60 and (limit is None or f.start < limit)]
    if after and not before:
        return after[0]
    return None


def other_series(s: Sentence, cue, fact: FoundFact, start: int) -> bool:
    """Does a flow word between a figure and a change at ``start`` open the
    subject of another series: another flow ("a surplus of $5 billion as
    exports rose 3%"), or the same flow with an economy of its own that the
    figure does not have ("exports rose to $9 billion as shipments to the US
    surged 27%")?"""
    if cue.flow != fact.flow:
        return True
    named = {e.code for e in s.economies if cue.start <= e.start < start} - {"W00", REGION}
    return bool(named - {fact.economy, fact.partner})


def continues_series(s: Sentence) -> bool:
    """A change with no figure or cue of its own still speaks of the
    article's series when it is recent or compared with a base period."""
    if s.state.last_fact is None:
        return False
    recent = s.state.last_fact_sentence >= s.index - 3
    compared = any(pm.is_base for pm, _ in s.periods)
    return (recent or compared) and not T.NON_TRADE_CUES.search(s.raw)


def claim_period(
    s: Sentence, earlier: list[FoundClaim] | None = None, start: int | None = None, end: int | None = None
) -> Period | None:
    """The period of a change with no figure: the sentence's own (the one its
    clause names last before it, else the first), else a span holding
    the focus that the sentence before gave its change ("In the first 11
    months, exports to the US fell 29%. … Exports to the EU increased by
    14.8%."), else the focus."""
    own = [(pm, p) for pm, p in s.periods if p is not None and not pm.is_base and pm.kind != "anaphoric"]
    if own and start is not None and end is not None and s.detached is not None:
        # "exports rose 17.9% on-year, slowing from 34.6% in October": a period
        # named in a clause that opens after the change and does not hold it
        # is that clause's (read from the parse)
        own = [(pm, p) for pm, p in own if pm.start + s.s0 < start or not s.detached(start, end, pm.start + s.s0)]
    if own and start is not None and end is not None:
        # "After a slump in April, exports in July were down 11%": the period
        # the change's own clause gives its subject, nearest to the change,
        # not the first named; one in brackets or after a base word ("5.4%
        # down on August") is no subject's
        lo = max([s.s0] + [b.end() for b in T.CLAUSE_BREAK.finditer(s.text, s.s0, start)])
        inside = [
            p
            for pm, p in own
            if lo <= pm.start + s.s0
            and pm.end + s.s0 <= start
            and s.text.count("(", lo, pm.start + s.s0) <= s.text.count(")", lo, pm.start + s.s0)
            and not T.BASE_WORDS.search(s.text, max(s.s0, pm.start + s.s0 - 20), pm.start + s.s0)
        ]
        if inside:
            return inside[-1]
    if own:
        return own[0][1]
    lo = s.state.prev_sentence_start if s.state.prev_sentence_start is not None else s.s0
    focus = s.state.focus
    # a longer period holding the focus is what the sentence before spoke of
    # (the focus moves only forward within a sentence, not back to a span)
    longer = [
        c.period
        for c in earlier or []
        if lo <= c.start < s.s0
        and c.period is not None
        and focus is not None
        and c.period != focus
        and c.period.start <= focus.start
        and focus.end <= c.period.end
    ]
    return longer[-1] if longer else focus


def opening_figure(s: Sentence, start: int, facts: list[FoundFact]) -> FoundFact | None:
    """A figure inside a fronted comparison adjunct before a change ("Compared
    with the $1.8-billion gap in February, the March balance shrank 30%"):
    the base the change is measured from, not the figure that changed."""
    for f in facts:
        if f.end <= start and C.OPENING_COMPARISON.match(s.text, s.s0, f.start) and "," in s.text[f.end : start]:
            return f
    return None


def changed_figure(s: Sentence, origin: FoundFact, facts, all_facts: list[FoundFact]) -> FoundFact | None:
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
        (f for f in same if f.period == s.state.focus), None
    )


def origin_figure(s: Sentence, start: int, end: int, facts: list[FoundFact]) -> FoundFact | None:
    """The figure a change started from: right after it ("… from $171.6
    million"), or in a "when" clause of its base ("from a year earlier,
    when trade stood at $208.1 million")."""
    for f in facts:
        if f.period is None:
            continue
        if 0 <= f.start - end < 70 and T.CHANGE_FROM_FIGURE.search(s.text, start, f.start):
            return f
        if 0 <= f.start - end < 140 and T.WHEN_BASE.search(s.text, start, f.start):
            return f
        if f.end <= start and T.WHEN_BASE.search(s.text, s.s0, f.start):
            return f
    return None


def from_figure_base(s: Sentence, start: int, end: int, period, facts: list[FoundFact]) -> Period | None:
    """ "more than doubled to $197.95 million in March from $89.03 million
    in February": the earlier period of the figure the change started from."""
    if period is None:
        return None
    for f in facts:
        if not 0 <= f.start - end < 70 or f.period is None or f.period.end >= period.start:
            continue
        if any(pm.is_base and end <= pm.start + s.s0 < f.start for pm, _ in s.periods):
            continue  # "grew 3.6 percent from a year earlier to …, up from … in September"
        if T.CHANGE_FROM_FIGURE.search(s.text, start, f.start):  # the change may end in "below"
            return f.period
    return None


def claim_base(s: Sentence, start: int, end: int, period: Period | None, limit: int) -> Period | None:
    """The base of a change: a base period stated after it (before the next
    change), or one that opens the sentence ("Compared with July, exports
    were down 3.1 per cent"), or its own words ("m/m"), else a year back."""
    if period is None:
        return None
    # The claim's own words count: "(+4.9% m/m)", "an 8.6% month-on-month increase"
    # (a modifier of the noun of change inside its span).
    tail = s.text[max(s.s0, min(end - 8, start)) : s.s1]
    for pm, _ in s.periods:
        a = pm.start + s.s0
        if pm.is_base and a < start and T.OPENING_BASE.match(s.raw[: pm.start]):
            resolved = base_period(period, pm.text) or resolve_period(pm, published=s.article.published, focus=period)
            if resolved is not None and resolved != period:
                return resolved
        if a >= limit:
            break
        if not pm.is_base and 0 <= a - end <= 25 and T.BASE_WORDS.search(s.text, start, a):
            # "about 5.6% above July", "12-fold the level of 2022"
            resolved = resolve_period(pm, published=s.article.published, focus=period)
            if resolved is not None and resolved != period and resolved.start < period.start:
                return resolved
        if pm.is_base and pm.start + s.s0 >= end - 2:
            base = base_period(period, pm.text)
            if base is not None and base != period:  # "over the same period" is a duration
                return base
            resolved = resolve_period(pm, published=s.article.published, focus=period)
            if resolved is not None and resolved != period:
                return resolved
    if re.match(
        r"(?:(?!\.\s)[^;]){0,40}?\b(?:month-on-month|from a month earlier|from the previous month|than the previous month|on-month|m/m|mom|on the month|on a monthly basis)\b",
        tail,
        re.I,
    ):
        return period.shift(months=-1) if months(period) == 1 else period.shift(months=-months(period))
    if months(period) == 3 and re.match(
        r"(?:(?!\.\s)[^;]){0,40}?\b(?:quarter-on-quarter|on the quarter|q/q|qoq|from the previous quarter"
        r"|than the previous quarter|on a quarterly basis)\b",
        tail,
        re.I,
    ):
        return period.shift(months=-3)
    return default_base(s, period, end)


def settle_claims(claims: list[FoundClaim], text: str = "") -> list[FoundClaim]:
    """The article's claims with restatements folded: the same change of the
    same series said again in a summary line of ``text`` (a headline, a
    key-points bullet, a "read the full story" line) and in the body is one
    claim, the one that names its period. Said twice in the body, the same
    percentage is two changes (two products, a total and its daily average);
    a different stated value ("nearly 15%" beside "14.5%") is a claim of its own."""
    kept: list[FoundClaim] = []
    for claim in claims:
        twin = next(
            (
                k
                for k in kept
                if restates(k, claim)
                and (
                    k.start == claim.start
                    or summary_line(text, k.start)
                    or summary_line(text, claim.start)
                    or part_of_series(text, k.start) == part_of_series(text, claim.start)
                )
            ),
            None,
        )
        if twin is None:
            kept.append(claim)
        elif (twin.period is None and claim.period is not None) or summary_line(text, twin.start):
            kept[kept.index(twin)] = claim
    dated = [c for c in kept if c.period is not None]
    for n, claim in enumerate(kept):
        if claim.period is None and dated:
            # A headline or key-points line names no period: the one its
            # series is next given for, else the period the story reports.
            donor = next((c for c in kept[n + 1 :] if c.period is not None and same_series(c, claim)), dated[0])
            claim.period, claim.base = donor.period, donor.base
    return kept


def part_of_series(text: str, at: int) -> frozenset[str]:
    """The words that make the series of a change at ``at`` a part of a
    larger one (a product, a daily average), from the words of its clause
    before it: two products may change by the same percentage.

    >>> sorted(part_of_series("Exports rose 2%, while chip exports rose 2%.", 39))
    ['chip']
    >>> sorted(part_of_series("China's exports to Chile rose 2%.", 25))
    []
    """
    lo = max(text.rfind(x, 0, at) for x in (".", ";", "\n", ", while", ", and", " whereas", ", with"))
    window = text[max(lo + 1, at - 100) : at]
    words = set()
    for m in C.PART_MARK.finditer(window):
        word = (m.group("avg") or m.group("of") or m.group("mod")).lower()
        if word not in C.NOT_A_PART and not word.endswith(("'s", "’s")) and not find_economies(word):
            words.add("daily" if m.group("avg") else word)
    return frozenset(words)


def summary_line(text: str, at: int) -> bool:
    r"""Is offset ``at`` on a line that sums up rather than tells: a bullet, or
    a line with no sentence end (a headline, a link to the full story)?

    >>> text = "Exports jump 5% in May\nExports rose 5% in May, data showed.\n• Imports up 2%"
    >>> summary_line(text, 0), summary_line(text, 30), summary_line(text, len(text) - 3)
    (True, False, True)
    """
    if not text:
        return False
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : b if b >= 0 else len(text)].strip()
    return bool(C.BULLET.match(line)) or not C.SENTENCE_END.search(line)


def same_series(a: FoundClaim, b: FoundClaim) -> bool:
    return a.flow == b.flow and (
        (a.economy, a.partner) == (b.economy, b.partner)
        or (a.flow == "total" and {a.economy, a.partner} == {b.economy, b.partner})
    )


def restates(a: FoundClaim, b: FoundClaim) -> bool:
    """Do two claims state the same change of the same series?"""
    periods = a.period is None or b.period is None or (a.period == b.period and a.base == b.base)
    return same_series(a, b) and periods and abs(a.pct_change - b.pct_change) < 0.01
