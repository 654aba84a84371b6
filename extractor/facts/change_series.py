"""The series a stated change is about: its own flow word, the economies of
its own clause, else the series of the change just before it.

A change hangs on a flow word of its own: the subject of its verb in its
clause ("…, while imports grew 26.2 percent") or the noun after a noun of
change ("an 18.2 percent increase in exports", "a rise in shipments of X
goods to Y"). That word, not the nearest figure, says which series changed;
economies in a clause that opens after the change (read from the parse) are
not its own. A change that names no economy continues the series of the
change just before it, as an elliptical clause does ("Exports to Russia
dropped 29.8 percent, while imports grew 26.2 percent").
"""

from __future__ import annotations

import dataclasses
import re

from extractor.facts import _claim_tables as C
from extractor.facts import _tables as T
from extractor.facts.cue_roles import assign_roles, pair_in
from extractor.facts.discourse import paragraph_start
from extractor.facts.records import FoundClaim
from extractor.facts.roles import implicit_partner, other_side, protagonist
from extractor.facts.sentence import Cue, Sentence
from extractor.normalize.countries import REGION, find_economies


def own_cue(s: Sentence, start: int, end: int) -> Cue | None:
    """The flow word a change at text[start:end] is stated of: the noun
    after a noun of change ("a 5% increase in exports"), else the last flow
    word before it in its own clause."""
    line_end = s.text.find("\n", end)
    if s.text[s.text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else None].count("|") >= 2:
        return None  # a table cell's flow is its column's, not the text's order
    after = series_after(s, start, end)
    if after is not None:
        return after
    before = [c for c in s.cues if s.s0 <= c.start and c.end <= start]
    if not before:
        return None
    cue = max(before, key=lambda c: (c.end, c.end - c.start))
    if T.CLAUSE_BREAK.search(s.text, cue.end, start):
        return None
    return cue


def series_after(s: Sentence, start: int, end: int) -> Cue | None:
    """The flow word after a noun of change: "a 5% increase in exports", "a
    surge of 30 percent in Japan's exports to China"."""
    if (verb := C.TRANSITIVE_BY.match(s.text, start, end)) is not None:
        # the object inside the change's own span: its first flow word, after
        # at most a determiner and a few modifiers
        inside = [c for c in s.cues if verb.end("verb") <= c.start and c.end <= end]
        cue = min(inside, key=lambda c: (c.start, -(c.end - c.start)), default=None)
        ok = cue is not None and C.OBJECT_GAP.fullmatch(s.text, verb.end("verb"), cue.start)
        return cue if ok else None
    if C.TRANSITIVE_CHANGE.fullmatch(s.text, start, end):
        gap = C.OBJECT_SERIES  # "halve its monthly trade deficit"
    elif C.CHANGE_NOUN_END.search(s.text, start, end) or C.CHANGE_NOUN_START.match(s.text, start, end):
        gap = C.OF_SERIES
    else:
        return None
    after = [c for c in s.cues if end <= c.start < end + 50 and c.end <= s.s1]
    if not after:
        return None
    cue = min(after, key=lambda c: (c.start, -(c.end - c.start)))
    return cue if gap.fullmatch(s.text, end, cue.start) else None


def not_of_value(s: Sentence, start: int, end: int, cue: Cue | None) -> bool:
    """Is the change at text[start:end] not one of a trade value: a change in
    volume or in real terms, of a level counted in units, or of a flow word
    that a non-trade phrase owns ("the current account surplus … rose 25.8
    percent")?"""
    lo = max([s.s0] + [b.end() for b in T.CLAUSE_BREAK.finditer(s.text, s.s0, start)])
    if C.VOLUME_AFTER.match(s.text, end) or C.UNIT_QUANTITY_AFTER.match(s.text, end):
        return True
    # "sales totaled 2.3 million units (up 4.1 percent)", "1.9 million units were
    # exported (down 2.6 percent)": the level the change's clause states is a
    # count, so the change is one of volume (unless a money figure comes between)
    counts = list(C.UNIT_QUANTITY.finditer(s.text, lo, start))
    if counts and not any(counts[-1].end() <= m.start < start for _, m in s.money):
        return True
    if C.VOLUME_BEFORE.search(s.text, lo, start) and not re.search(r"\bvalue\b", s.text[lo:start], re.I):
        return True
    if cue is not None:
        owner = T.NON_TRADE_CUES.search(s.text, max(s.s0, cue.start - 30), cue.start)
        if owner is not None and cue.start - owner.end() <= 1:
            return True
    return False


def about_a_region(s: Sentence, start: int, economy: str, partner: str) -> bool:
    """Is a change about a region or bloc without a code ("trade with ASEAN
    countries was up by 10.5 percent")? So it is when its clause names one
    and not the partner the change was given."""
    lo = max([s.s0] + [b.end() for b in T.NEXT_CLAUSE.finditer(s.text, s.s0, start)])
    named = [e.code for e in s.economies if lo <= e.start < start]
    return REGION in named and partner not in named


def different_series(cue: Cue, flow: str) -> bool:
    """Is a flow word's flow another than a figure's? (A trade balance is
    "trade" too.)"""
    return cue.flow != flow and {cue.flow, flow} != {"total", "balance"}


def in_scope(s: Sentence, start: int, end: int) -> Sentence:
    """The sentence as the change at text[start:end] sees it: without the
    economies of a clause that opens after the change and does not hold it
    ("…, as demand from China stayed weak")."""
    if s.detached is None:
        return s
    kept = [e for e in s.economies if not s.detached(start, end, e.start)]
    return s if len(kept) == len(s.economies) else dataclasses.replace(s, economies=kept)


def recent_claim(s: Sentence, own: list[FoundClaim], earlier: list[FoundClaim]) -> FoundClaim | None:
    """The series a change naming no economy continues: the change just
    before it in its sentence (an elliptical clause), else one of the world
    just before ("China's worldwide exports were 8.3% higher. … Imports grew
    7.4%"). A partner named in an earlier sentence is not carried over: a
    new sentence may speak of the world again."""
    mine = next((c for c in reversed(own) if c.economy), None)
    if mine is not None:
        return mine
    lo = s.state.prev_sentence_start if s.state.prev_sentence_start is not None else s.s0
    last = next((c for c in reversed(earlier) if c.economy and c.start < s.s0), None)
    return last if last is not None and last.start >= lo and last.partner == "W00" else None


def claim_series(
    s: Sentence,
    start: int,
    end: int,
    cue: Cue | None = None,
    recent: FoundClaim | None = None,
    prior: str | None = None,
    focus: FoundClaim | None = None,
) -> tuple[str, str, str]:
    """Flow, owner and partner of a change with no figure of its own.
    ``prior`` is the owner of the series stated just before (``prior_owner``);
    ``focus`` the last change stated of a pair (``focus_pair``)."""
    if cue is None:
        for c in s.cues:
            if c.end <= start and (cue is None or c.end > cue.end):
                cue = c
    whole = s.economies
    s = in_scope(s, start, end)
    econs = s.economies
    if cue is not None:
        owner, partner = assign_roles(s.text, cue, econs, s.s0, s.s1)
        if owner is None and partner is None:
            owner, partner = pair_in(s.text, econs)
        if owner and not partner:
            # "exports as a whole": the postmodifier takes in every partner
            whole_flow = C.AS_A_WHOLE.match(s.text, cue.end)
            world = T.WORLD_CUES.search(s.raw) or whole_flow
            # "Italian exports fell 3.1%": a subject that names its owner
            # itself is the owner's trade with everyone, unless the discourse
            # just gave that owner a partner; the article's pair is no cue
            if world:
                partner = "W00"
            elif owner_determines(s, cue, econs, owner):
                partner = local_partner(s, owner)
            else:
                partner = implicit_partner(s, owner)
        if partner and not owner:
            # "South Korea's exports to the US fell 4%, while shipments to China
            # dropped 5%": a clause naming only a partner keeps the owner of
            # the series just stated; the article's pair decides only without one
            owner = prior if prior and prior not in (partner, "W00") else other_side(s, partner)
        if not owner and not partner:
            # "the goods and services deficit", "the deficit on goods and services":
            # the whole account is the world's
            world = T.WORLD_CUES.search(s.text, max(s.s0, cue.start - 30), cue.end) or C.WHOLE_ACCOUNT.search(
                s.text, max(s.s0, cue.start - 30), min(s.s1, cue.end + 25)
            )
            if (
                recent is not None
                and recent.flow in ("export", "import", "total")
                and (cue.flow != "total" or recent.partner == "W00")
                and not world
            ):
                # "Exports to Russia dropped 29.8%, while imports grew 26.2%": the other
                # flow of the series in hand
                return cue.flow, recent.economy, recent.partner
            if focus is not None and not world:
                # "Canada's farm exports to Japan fell 12% … Wheat shipments dropped 30%": a subject
                # that names no economy continues the pair the discourse is about
                return cue.flow, focus.economy, focus.partner
            # "while imports fell 7.0%": the flow of the series in hand.
            last = s.state.last_fact
            owner = last.economy if last is not None else protagonist(s)
            if owner:
                partner = "W00" if world else implicit_partner(s, owner, use_recent=cue.flow == "balance")
        if owner and partner:
            # "…, while those to the United States decreased by 7.2%": the
            # partner named in the change's own clause
            breaks = [b.end() for b in T.NEXT_CLAUSE.finditer(s.text, cue.end, start)]
            if breaks:
                own = [
                    e
                    for e in econs
                    if breaks[-1] <= e.start < start
                    and e.code not in (owner, "W00")
                    and re.search(r"\b(?:to|from|with)\s+(?:the\s+)?$", s.text[max(s.s0, e.start - 12) : e.start])
                ]
                if own:
                    partner = own[-1].code
            # "shipments to the US surged 27% and South Korea rose 17%": a
            # gapped clause whose subject is a bare economy stands for the
            # partner of the series just named
            gapped = [
                e
                for e in econs
                if cue.end < e.start
                and e.code not in (owner, partner, "W00", REGION)
                and not s.text[e.end : start].strip()
                and C.GAPPED_SUBJECT.search(s.text, max(s.s0, e.start - 8), e.start)
            ]
            if gapped and partner != "W00":
                partner = gapped[-1].code
            # "exports to Mexico rose 14%, to India 16% and to Chile 41%": a gapped
            # conjunct whose remnants are a partner and the size
            remnant = [
                e
                for e in econs
                if cue.end < e.start
                and e.code not in (owner, "W00")  # a region's remnant ("to Latin America 41%") drops the claim
                and C.REMNANT_GAP.fullmatch(s.text, e.end, start)
                and C.GAPPED_PARTNER.search(s.text, max(s.s0, e.start - 16), e.start)
            ]
            if remnant:
                partner = remnant[-1].code
            return cue.flow, owner, partner
    # With no flow word, a pair the sentence names anywhere is what changed,
    # even in a clause after the change ("an increase of over 10% … signals
    # that the relationship between A and B remains strong").
    owner, partner = pair_in(s.text, whole)
    last = s.state.last_fact
    if owner and partner:
        # "the relationship between A and B": no flow named, so both ways.
        return "total", owner, partner
    if recent is not None:
        return recent.flow, recent.economy, recent.partner
    if last is not None:
        return last.flow, last.economy, last.partner
    return "", "", ""


def owner_determines(s: Sentence, cue: Cue, econs: list, owner: str) -> bool:
    """Does the change's subject name its owner as the determiner or
    modifier of the flow noun ("Japan's exports", "Japanese exports",
    "Korea's total goods exports")?"""
    det = [
        e
        for e in econs
        if e.code == owner and e.end <= cue.start and C.OWNER_DETERMINER.fullmatch(s.text, e.end, cue.start)
    ]
    return bool(det) and not T.CLAUSE_BREAK.search(s.text, det[-1].end, cue.start)


def local_partner(s: Sentence, owner: str) -> str:
    """The partner the discourse just gave ``owner``: the paragraph's frame
    ("In trade with China, …") or the partner of its fact in the last two
    sentences (unless its trade with the world was spoken of since), else
    the world."""
    framed = s.state.topic_partner(paragraph_start(s.text, s.s0), owner)
    if framed is not None:
        return framed
    recent = s.state.recent_partner.get(owner)
    if recent and recent[1] >= s.index - 2 and s.state.recent_world.get(owner, -1) <= recent[1]:
        return recent[0]
    return "W00"


def focus_pair(s: Sentence, own: list[FoundClaim], earlier: list[FoundClaim]) -> FoundClaim | None:
    """The pair the discourse is about: the last change stated before, when
    it was stated of two economies (not of one with the world) in a sentence
    that tells (an item of a list or table enumerates, and sets no focus),
    and no figure has been given since (a figure moves the focus to its series)."""
    last = next((c for c in reversed(own) if c.economy), None) or next(
        (c for c in reversed(earlier) if c.economy and c.start < s.s0), None
    )
    if last is None or last.partner in ("", "W00", REGION) or last.economy in ("W00", REGION):
        return None
    if not names_partner(last.sentence, last.partner):
        return None  # "slid 2%, largely due to X's tariffs": a partner in passing is no focus
    a = s.text.rfind("\n", 0, last.start) + 1
    b = s.text.find("\n", last.start)
    line = s.text[a : b if b >= 0 else len(s.text)].strip()
    if C.BULLET.match(line) or not C.SENTENCE_END.search(line) or line.count("|") >= 2:
        return None
    fact = s.state.last_fact
    return last if fact is None or fact.start <= last.start else None


def names_partner(sentence: str, code: str) -> bool:
    """Does ``sentence`` name ``code`` as a partner of trade: the object of
    "to", "from", "with" or "between … and" ("exports to China", "trade between
    A and top partner B"), or a destination ("China-bound shipments")?"""
    for e in find_economies(sentence):
        if e.code == code and (
            C.PARTNER_PREP.search(sentence, max(0, e.start - 60), e.start) or C.BOUND_FOR.match(sentence, e.end)
        ):
            return True
    return False


def prior_owner(s: Sentence, own: list[FoundClaim], earlier: list[FoundClaim]) -> str | None:
    """The owner of the series stated just before a change: the last change
    of its sentence, else the last change or figure of the sentence before."""
    mine = next((c.economy for c in reversed(own) if c.economy not in ("", "W00", REGION)), None)
    if mine is not None:
        return mine
    lo = s.state.prev_sentence_start
    if lo is None or lo >= s.s0:
        return None
    last = next((c for c in reversed(earlier) if lo <= c.start < s.s0 and c.economy), None)
    if last is not None:
        return last.economy
    fact = s.state.last_fact
    return fact.economy if fact is not None and s.state.last_fact_sentence == s.index - 1 else None


def parallel_list(s: Sentence, changes: list[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """ "Vietnam, Malaysia and Indonesia …, with turnover up 24.1%, 13.7% and
    4.1%", "India, Germany and Malaysia saw their surpluses decrease 9.7
    percent, 5.5 percent and 3.8 percent": a list of n changes takes, in
    order, the one list of n economies before it, with or without
    "respectively". Each economy is a partner after to/from/with, else an
    owner. ``changes`` are (start, end) article offsets; keys are indices."""
    out: dict[int, tuple[str, str]] = {}
    for run in change_lists(s, changes):
        lists = [r for r in economy_runs(s, changes[run[0]][0]) if len(r) == len(run)]
        if len(lists) == 1:
            first = lists[0][0]
            role = "partner" if T.LIST_PREP.search(s.text, s.s0, first.start) else "owner"
            out.update({k: (role, e.code) for k, e in zip(run, lists[0], strict=True)})
    return out


def exemplified_partners(s: Sentence, listed: dict[int, tuple[str, str]], before: int) -> dict[int, tuple[str, str]]:
    """A list of owners read again as partners when it exemplifies the object
    of a preposition of trade ("exports to its main markets — including Japan
    and India — grew 7% and 2%, respectively"); ``before`` is where the first
    change starts."""
    if not listed or any(role != "owner" for role, _ in listed.values()):
        return listed
    first = next((e for e in s.economies if e.code == listed[min(listed)][1] and e.end <= before), None)
    if first is None or not C.EXAMPLE_PARTNERS.search(s.text, max(s.s0, first.start - 80), first.start):
        return listed
    return {k: ("partner", code) for k, (_, code) in listed.items()}


def change_lists(s: Sentence, changes: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of two or more changes joined by list words ("11.8% and 9.9%"),
    as lists of indices into ``changes`` ((start, end) article offsets)."""
    runs: list[list[int]] = []
    n = 0
    while n < len(changes):
        run = [n]
        while run[-1] + 1 < len(changes) and C.LIST_GAP.fullmatch(s.text, changes[run[-1]][1], changes[run[-1] + 1][0]):
            run.append(run[-1] + 1)
        if len(run) >= 2:
            runs.append(run)
        n = run[-1] + 1
    return runs


def economy_runs(s: Sentence, before: int) -> list[list]:
    """Runs of distinct economies joined by list words ("Japan, South Korea
    and the US") in the sentence before offset ``before``."""
    named = [e for e in s.economies if e.end <= before and e.code != "W00"]
    runs: list[list] = []
    for e in named:
        if (
            runs
            and T.LIST_GAP.fullmatch(s.text[runs[-1][-1].end : e.start])
            and e.code not in {x.code for x in runs[-1]}
        ):
            runs[-1].append(e)
        else:
            runs.append([e])
    return [r for r in runs if len(r) >= 2]


def flow_list(s: Sentence, changes: list[tuple[int, int]]) -> dict[int, Cue]:
    """ "exports and imports fell 11.8% and 9.9%, respectively": a list of n
    changes whose clause's subject coordinates n flow words takes them in
    order, one flow each (the subject distributes over the list). Returns
    the flow word of each change in such a run, by index; ``changes`` are
    (start, end) article offsets."""
    out: dict[int, Cue] = {}
    for run in change_lists(s, changes):
        items = coordinated_flows(s, changes[run[0]][0])
        if len(items) == len(run) and len({c.flow for c in items}) == len(items):
            out.update(dict(zip(run, items, strict=True)))
    return out


def coordinated_flows(s: Sentence, before: int) -> list[Cue]:
    """The last run of flow words joined by list words ("exports and
    imports") in the clause before offset ``before``."""
    lo = max([s.s0] + [b.end() for b in T.CLAUSE_BREAK.finditer(s.text, s.s0, before)])
    runs: list[list[Cue]] = []
    for m in C.FLOW_ITEM.finditer(s.text, lo, before):
        flow = next(k for k in ("export", "import", "balance") if m.group(k))
        item = Cue(m.start(), m.end(), flow)
        if runs and C.FLOW_ITEM_GAP.fullmatch(s.text, runs[-1][-1].end, m.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs[-1] if runs and len(runs[-1]) >= 2 else []


# A subject pronoun standing right before the change's verb, an adverb or
# auxiliary between them allowed ("In August they dropped", "it also fell").
_PRONOUN_SUBJECT = re.compile(
    r"(?:^\s*|[,;]\s*|\b(?:and|but|while|where|when)\s+|\b(?:in|during|for|over)\s+[\w\s-]{1,30}?\s+)"
    r"(?P<pron>they|it|these|those)\s+(?:(?:also|again|further|then|only|have|has|had|were|was)\s+)*$",
    re.I,
)


def pronoun_series(s: Sentence, start: int, end: int) -> tuple[str, str, str] | None:
    """The series of a change whose subject is a pronoun ("In August they
    dropped 33%"): the pronoun takes the subject of the sentence before, the
    first flow word there with the economies of that sentence. None when
    the change's subject is no pronoun or the sentence before names no flow."""
    lo = s.state.prev_sentence_start
    if lo is None or lo >= s.s0:
        return None
    clause = max([s.s0] + [b.end() for b in T.CLAUSE_BREAK.finditer(s.text, s.s0, start)])
    if not _PRONOUN_SUBJECT.search(s.text[clause:start]):
        return None
    cues = [c for c in s.article.cues if lo <= c.start and c.end <= s.s0]
    if not cues:
        return None
    cue = min(cues, key=lambda c: c.start)
    prev = dataclasses.replace(
        s,
        s0=lo,
        s1=s.s0,
        economies=[e for e in s.article.economies if lo <= e.start < s.s0],
        cues=cues,
        money=[],
        primary=[],
        conversions={},
        periods=[],
        detached=None,
    )
    flow, owner, partner = claim_series(prev, s.s0, s.s0, cue)
    return (flow, owner, partner) if flow and owner else None
