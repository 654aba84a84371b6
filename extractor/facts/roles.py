"""Roles: the flow of a figure and the economies on each side of it (owner
and partner), from the cue it hangs on and the economies named around it,
else from the article and the discourse state."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.candidates import modified_cue, nearest_cue
from extractor.facts.cue_roles import across, assign_roles, pair_in
from extractor.facts.discourse import paragraph_start
from extractor.facts.records import FoundFact
from extractor.facts.sentence import Cue, Sentence, cue_between
from extractor.normalize.countries import REGION, EconomyMention


def roles(s: Sentence, m, seg_start, seg_end, found, period=None) -> tuple[str | None, str | None, str | None]:
    """Flow, owner and partner of one figure: from the nearest cue and the
    economies named around it, else from the article's context."""
    cell = table_cell(s, m)
    if cell is not None:
        return cell
    cue = nearest_cue(s, m, seg_start, seg_end)
    if cue is None:
        # Widen to the whole sentence before falling back to the last fact.
        cue = nearest_cue(s, m, s.s0, s.s1)
    econs = [e for e in s.economies if seg_start <= e.start < seg_end]
    if cue is None:
        prev = found[-1] if found else s.state.last_fact
        if prev is None:
            return None, None, None
        owner, partner = pair_in(s.text, econs)
        if owner and partner:
            return prev.flow, owner, partner
        other = series_partner(s, m, econs, prev)
        if other is not None:
            # "Germany was again the top market, taking $2.04 billion …",
            # "followed by the United Kingdom with $1.53 billion", "Those to the US …"
            return prev.flow, prev.economy, other
        return prev.flow, prev.economy, prev.partner
    modified = modified_cue(s, m, seg_end)
    flow = modified.flow if modified is not None else cue.flow
    reverse = reversed_roles(s, m, flow, seg_start, seg_end, found)
    if reverse is not None:
        return reverse
    if flow == "total" and T.GOODS_MOVED.search(s.text, max(seg_start, cue.start - 60), cue.end + 40):
        # "Chinese goods worth $240 million crossed the border": one way only
        origin = next(
            (e for e in s.economies if seg_start <= e.start < cue.end and T.GOODS_AFTER.match(s.text, e.end)),
            None,
        )
        top = s.article.pair or s.article.top_pair
        if origin is not None:
            if top and origin.code in top:
                return "export", origin.code, across(top, origin.code)
            return "export", origin.code, implicit_partner(s, origin.code)
    if T.INTER_KOREAN.search(s.text[max(seg_start, cue.start - 30) : cue.end]):
        # "Inter-Korean trade totaled $3.9 million"
        return flow, *oriented(s, ("KOR", "PRK"), flow)
    if flow == "total" and re.search(
        r"\b(?:deficits?|surplus(?:es)?|shortfall)\b", s.text[max(seg_start, m.start - 60) : m.start], re.I
    ):
        # "the U.S. deficit in goods trade with the world grew to …"
        flow = "balance"
    owner, partner = named_roles(s, m, cue, seg_start, seg_end, econs, found)
    if owner is None and partner is None:
        owner, partner = pronoun_roles(s, cue)
    if owner is None and partner is None:
        return unnamed_roles(s, m, cue, flow, seg_start, seg_end, found, period)
    if partner is None:
        partner = unnamed_partner(s, owner, cue, seg_start, seg_end)
    if owner is None and partner is not None:
        # "Russia's customs service put its two-way trade with Pyongyang at …"
        earlier = [e.code for e in s.economies if e.end <= cue.start and e.code not in (partner, "W00")]
        its = re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?$", s.text[max(s.s0, cue.start - 20) : cue.start])
        last = s.state.last_fact
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
            owner = reporter_for(s, flow, partner) or other_side(s, partner)
    if owner is None:
        return None, None, None
    return flow, owner, partner


def pronoun_roles(s: Sentence, cue: Cue) -> tuple[str | None, str | None]:
    """ "Germany remained the largest buyer of Chilean copper, with its
    purchases reaching $3.1 billion": a possessive pronoun before the cue
    refers to the sentence's subject, the first economy named that is
    neither goods ("Chilean copper") nor a preposition's object; goods named
    before an import cue are its origin, the partner."""
    if not re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?$", s.text[max(s.s0, cue.start - 20) : cue.start]):
        return None, None
    before = [e for e in s.economies if e.end <= cue.start and e.code not in ("W00", REGION)]
    goods = [e for e in before if T.GOODS_AFTER.match(s.text, e.end)]
    subjects = [
        e
        for e in before
        if e not in goods
        and not re.search(r"\b(?:to|from|with|of|by|in|for|into|than|and)\s+(?:the\s+)?$", s.text[s.s0 : e.start])
    ]
    if not subjects:
        return None, None
    owner = subjects[0].code
    origin = next((e.code for e in goods if e.code != owner), None)
    return owner, origin if cue.flow == "import" else None


def table_cell(s: Sentence, m) -> tuple[str, str, str] | None:
    """A figure in a pipe table ("China | 172.0 | -4.1% | 469.4 | …"): the
    flow its column heads, the partner its row names."""
    line_start = s.text.rfind("\n", 0, m.start) + 1
    line_end = s.text.find("\n", m.end)
    line = s.text[line_start : line_end if line_end >= 0 else len(s.text)]
    if line.count("|") < 2:
        return None
    column = s.text[line_start : m.start].count("|")
    header = None
    for previous in reversed(s.text[max(0, line_start - 1500) : max(0, line_start - 1)].split("\n")[-12:]):
        if previous.count("|") >= 2 and not re.search(r"\d", previous):
            header = [cell.strip() for cell in previous.split("|")]
            break
    if header is None or column >= len(header):
        return None
    flow = next((f for rx, f in T.COLUMN_FLOWS if rx.search(header[column])), None)
    # the row's label may sit in another "sentence": the parser splits long rows
    label = [e for e in s.article.economies if line_start <= e.start < line_start + max(1, line.find("|"))]
    if flow is None or not label:
        return None
    owner = protagonist(s, exclude=label[0].code)
    return (flow, owner, label[0].code) if owner else None


def reversed_roles(s: Sentence, m, flow, seg_start, seg_end, found) -> tuple[str, str, str] | None:
    """ "… while shipments in the opposite direction were $136 million":
    goods going the other way from the figure just given."""
    if flow not in ("export", "import"):
        return None
    if not T.OPPOSITE.search(s.text, max(seg_start, m.start - 80), min(seg_end, m.end + 60)):
        return None
    prev = found[-1] if found else s.state.last_fact
    if prev is None or (not found and s.state.last_fact_sentence < s.index - 1):
        return None
    if prev.flow not in ("export", "import") or prev.partner in (None, "W00") or prev.economy is None:
        return None
    # goods of the figure just given went from src to dst; these go back
    src, dst = (prev.economy, prev.partner) if prev.flow == "export" else (prev.partner, prev.economy)
    return (flow, dst, src) if flow == "export" else (flow, src, dst)


def series_partner(s: Sentence, m, econs: list[EconomyMention], prev: FoundFact) -> str | None:
    """The partner a figure with no cue of its own names, in the series in
    hand: the economy nearest before it that is not the series' owner (a
    goods demonym counts only as the origin of imports)."""
    if prev.flow not in ("export", "import", "total") or prev.partner is None:
        return None
    for e in reversed([e for e in econs if e.end <= m.start and e.code not in (prev.economy, "W00")]):
        goods = T.GOODS_AFTER.match(s.text, e.end) is not None
        if goods and prev.flow != "import":
            continue
        return e.code
    return None


def named_roles(s: Sentence, m, cue: Cue, seg_start, seg_end, econs, found) -> tuple[str | None, str | None]:
    """Owner and partner from the economies the sentence names."""
    owner, partner = assign_roles(s.text, cue, s.economies, seg_start, seg_end)
    if cue.end <= seg_start:
        # The cue belongs to an earlier clause ("With Japan, trade slid …;
        # with South Korea it fell …"): an economy introduced in this
        # figure's own clause is its partner.
        own = [
            e
            for e in s.economies
            if seg_start <= e.start < m.start
            and e.code not in (owner, "W00")
            and T.CLAUSE_PARTNER.search(s.text[max(seg_start, e.start - 16) : e.start])
        ]
        if own:
            partner = own[-1].code
            if owner is None or owner == partner:
                owner = protagonist(s, exclude=partner)
    if partner is None and found and re.search(r"\b(?:from|to|with) (?:it|them)\b", s.text[m.end : seg_end]):
        # "exported €223.5 billion to China and imported €514.4 billion from it"
        prev = found[-1]
        owner = owner or prev.economy
        partner = prev.partner if prev.economy == owner else prev.economy
    if owner is None and partner is None:
        owner, partner = pair_in(s.text, econs or s.economies)
    return owner, partner


def unnamed_roles(s: Sentence, m, cue: Cue, flow, seg_start, seg_end, found, period) -> tuple[str | None, ...]:
    """Roles of a figure whose clause names no economy: the article's
    pair, a table row, the protagonist, or the series in hand."""
    pair = s.article.pair or s.article.top_pair
    if pair and T.BILATERAL.search(s.text[max(seg_start, cue.start - 30) : cue.end + 20]):
        return flow, *oriented(s, pair, flow)
    if T.TWO_SIDES.search(s.text[seg_start:seg_end]):
        # "the two countries" are the pair just spoken of, else the article's
        focus_pair = s.state.focus_pair(s.index)
        if focus_pair is not None:
            return flow, *focus_pair
        if pair:
            return flow, *pair
    if flow != "total" and not s.economies and cue.start - s.s0 <= 25 and not found:
        # A sentence opening "Exports rose …" and naming no economy speaks
        # of the protagonist's flow with the world (or the article's pair).
        hero = protagonist(s)
        if hero:
            # a balance right after flows with a partner is with that partner
            return flow, hero, implicit_partner(s, hero, use_recent=flow == "balance")
    label = row_label(s, m.start)
    if label is not None:
        # A table: "United States — Exports: ¥9.89 trillion — Imports: …"
        owner = protagonist(s, exclude=label)
        if owner:
            return flow, owner, label
    named = {e.code for e in s.economies if e.code != "W00"}
    hero = protagonist(s)
    if len(named) == 1 and hero and hero not in named:
        # "China … came second with a turnover of €246.3 billion" in an
        # article about Germany's trade: the protagonist with the one named.
        return flow, hero, named.pop()
    seg = s.text[seg_start:seg_end]
    prev = found[-1] if found else s.state.last_fact
    if prev is not None and (T.BOTH_SIDES.search(seg) or s.state.last_fact_sentence >= s.index - 2 or found):
        world = T.WORLD_CUES.search(s.text, max(seg_start, cue.start - 30), min(seg_end, cue.end + 40))
        pair_in_hand = s.article.pair is not None and {prev.economy, prev.partner} == set(s.article.pair)
        if world and prev.economy and not (world.group(0).lower() == "overall" and pair_in_hand):
            # "The country ran a foreign trade deficit of …" after its imports
            # from China: the cue itself says the world, whatever came before
            # ("overall trade" in a story about one pair is both directions).
            return flow, prev.economy, "W00"
        return continued_roles(s, flow, prev, found, period)
    if T.BOTH_SIDES.search(seg):
        return (flow, *s.article.top_pair) if s.article.top_pair else (flow, None, None)
    hero = reporter_for(s, flow)
    if hero is not None:
        return flow, hero, implicit_partner(s, hero)
    if s.article.pair:
        return flow, *s.article.pair
    return flow, protagonist(s), None


def continued_roles(s: Sentence, flow, prev: FoundFact, found, period) -> tuple[str, str, str]:
    """A figure continuing the series of the last fact."""
    if (flow == prev.flow or flow == "total") and not (
        # "exports fell 4.1 percent to $100.2 billion" over January-February,
        # after exports "to the US" in February: a new, overall series.
        period is not None and period != prev.period and not s.economies and prev.partner != "W00" and not found
    ):
        return flow, prev.economy, prev.partner
    top = s.article.pair or s.article.top_pair
    if flow == "total" and top and {prev.economy, prev.partner} == set(top):
        # "trade stood at $208.1 million a year earlier" in a story about the pair
        return flow, prev.economy, prev.partner
    if flow == prev.flow:
        return flow, prev.economy, implicit_partner(s, prev.economy, use_recent=False)
    # Another flow of the same economy ("Exports rose …" after a deficit
    # with China): its partner is read afresh. A balance follows from the
    # flows just given: keep their partner.
    if flow == "balance" and found:
        return flow, found[-1].economy, found[-1].partner
    if found and flow in ("export", "import") and prev is found[-1]:
        # "Turkish exports to Russia fell …, while imports dropped …": within
        # one sentence the other flow keeps the partner (the world included)
        return flow, prev.economy, prev.partner
    return flow, prev.economy, implicit_partner(s, prev.economy, use_recent=flow == "balance")


def unnamed_partner(s: Sentence, owner: str | None, cue: Cue, seg_start, seg_end) -> str | None:
    """The partner of a flow whose owner alone is named, when the wording
    says it ("its ally", "across the border", "global")."""
    around = s.text[max(seg_start, cue.start - 30) : min(seg_end, cue.end + 40)]
    in_pair = bool(s.article.pair) and owner in s.article.pair
    top = s.article.pair or s.article.top_pair
    recent = s.state.recent_partner.get(owner) if owner else None
    if T.NEIGHBOUR.search(around) and recent and recent[1] >= s.index - 3:
        # "the largest surplus Korea has run with its ally"
        return recent[0]
    if T.NEIGHBOUR.search(around) and top and owner in top:
        return across(top, owner)
    if T.DESCRIBED.search(around) and (recent or (top and owner in top)):
        return recent[0] if recent else across(top, owner)
    if T.WORLD_CUES.search(around) or (T.WEAK_WORLD_CUES.search(around) and not in_pair):
        return "W00"
    return None


def reporter_for(s: Sentence, flow: str, partner: str | None = None) -> str | None:
    """The owner of a one-way flow whose clause names no owner, when the
    article says it reports one economy's flows (its lead's subject, the
    statistics office it cites) and the two economies it names most are that economy's
    partners, not a pair of their own ("exports to the US fell …, while those
    to China rose …" in a report on Korea's exports). A total is trade
    between two sides: the pair's."""
    pair, hero = s.article.pair or s.article.top_pair, s.article.reports_on
    if flow == "total" or not pair or hero is None or hero in pair or hero == partner:
        return None
    return hero


def other_side(s: Sentence, code: str) -> str | None:
    """The owner of a flow whose partner alone is named ("imports from
    China reached …"): the other side of the article's pair, else the
    article's subject."""
    if s.article.pair and code in s.article.pair:
        return across(s.article.pair, code)
    possessor = recent_possessor(s, exclude=code)
    if possessor:
        # "… painted a broader picture of Beijing's trade. Exports to the United States …"
        return possessor
    hero = protagonist(s, exclude=code)
    if hero:
        return hero
    last = s.state.last_fact
    if last and code in (last.economy, last.partner):
        other = last.partner if code == last.economy else last.economy
        if other and other != code:
            return other
    return None


def recent_possessor(s: Sentence, exclude: str) -> str | None:
    """The economy last named as a possessor ("Beijing's trade", "South
    Korea's exports") in this sentence or the one before, other than
    ``exclude``."""
    lo = s.state.prev_sentence_start if s.state.prev_sentence_start is not None else s.s0
    for e in reversed(s.article.economies):
        if e.start >= s.s1 or e.start < lo:
            continue
        if e.code not in (exclude, "W00") and s.text.startswith(("'s", "’s"), e.end):
            return e.code
    return None


def oriented(s: Sentence, pair: tuple[str, str], flow: str) -> tuple[str, str]:
    """A balance is seen from the protagonist's side ("the bilateral
    balance swung to a deficit" in a Korean report is Korea's)."""
    hero = protagonist(s)
    if flow == "balance" and hero == pair[1]:
        return pair[1], pair[0]
    return pair


def row_label(s: Sentence, before: int) -> str | None:
    """The economy heading the table row a figure stands in."""
    for e in reversed(s.economies):
        if e.end <= before and T.ROW_LABEL.match(s.text, e.end):
            return e.code
    return None


def protagonist(s: Sentence, exclude: str | None = None) -> str | None:
    """The economy the article is mostly about (see ``DiscourseState.protagonist``)."""
    return s.state.protagonist(s.article.named_order, exclude)


def implicit_partner(s: Sentence, owner: str, *, use_recent: bool = True, use_pair: bool = True) -> str:
    """The partner of a flow whose owner alone is named: the partner of
    the owner's fact in the last two sentences, else the other side of
    the article's pair, else the world."""
    framed = s.state.topic_partner(paragraph_start(s.text, s.s0), owner)
    if framed is not None:
        # "In trade with the United States, …. Exports were up 13.8%": the paragraph's partner
        return framed
    recent = s.state.recent_partner.get(owner)
    if use_recent and recent and recent[1] >= s.index - 2:
        # unless the owner's trade with the world was spoken of since
        # ("China's overall exports grew …. The trade surplus narrowed …")
        return "W00" if s.state.recent_world.get(owner, -1) > recent[1] else recent[0]
    if T.NEIGHBOUR.search(s.raw) or T.DESCRIBED.search(s.raw):
        # "its exports to its neighbour", "across the border", "from the Asian country"
        if recent:
            return recent[0]
        top = s.article.pair or s.article.top_pair
        if top and owner in top:
            return across(top, owner)
    if use_pair and s.article.pair and owner in s.article.pair:
        return across(s.article.pair, owner)
    return "W00"


def ranked_item(
    s: Sentence, m, seg_start: int, flow: str | None, owner: str | None, partner: str | None, found: list[FoundFact]
) -> tuple[str, str] | None:
    """Owner and partner of an item in a ranking of the protagonist's
    counterparts ("Belgium bought $4.7 billion of Chinese cars. Spain,
    buying them for $1.1 billion, came second, Chile third with $0.7
    billion"). The figure continues a fact of the same flow just before it
    with the protagonist on one side, and its own stretch names one economy
    besides the protagonist: with no flow word there, that economy takes the
    other side; with one, whose owner alone it names, the protagonist stays
    the partner. ``owner`` and ``partner`` are what the wording gave (None
    when unnamed). None when the figure is no such item."""
    if flow not in ("export", "import", "total"):
        return None
    hero = protagonist(s)
    prev = found[-1] if found else s.state.last_fact
    if hero is None or prev is None or (not found and s.state.last_fact_sentence < s.index - 1):
        return None
    others = {e.code for e in s.economies if seg_start <= e.start < m.start and e.code not in (hero, "W00")}
    if len(others) != 1 or hero not in (prev.economy, prev.partner) or prev.flow != flow:
        return None
    item = others.pop()
    if item == REGION:
        return None
    if not cue_between(s, seg_start, m.start):
        if prev.economy == hero and possessor_before(s, seg_start, m.start, item):
            # "South Korea's exports were $132 billion, and North Korea's $0.6
            # billion": a possessor owns a figure like the one before it
            return item, prev.partner
        return (item, hero) if prev.partner == hero else (hero, item)
    if prev.partner == hero and owner == item and partner is None:
        # "Spain took second place, buying cars for $1.1 billion"
        return item, hero
    return None


def possessor_before(s: Sentence, start: int, end: int, code: str) -> bool:
    """Is ``code`` written as a possessor ("North Korea's") in text[start:end]?"""
    return any(
        e.code == code and start <= e.start < end and s.text.startswith(("'s", "’s"), e.end) for e in s.economies
    )
