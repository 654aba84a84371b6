"""Owner and partner from the wording around one flow cue ("China's exports
to Russia", "trade between A and B", "imports originating in X"): pure
functions over the text."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.sentence import Cue
from extractor.normalize.countries import EconomyMention


def other_flow_cue(gap: str, flow: str) -> bool:
    """A cue of another flow in ``gap`` ("trade" in "a deficit … in its trade
    with Russia" is the same family as the balance)."""
    family = {"total", "balance"} if flow in ("total", "balance") else {flow}
    return any(f not in family and rx.search(gap) for rx, f in T.FLOW_CUE_RE)


def assign_roles(
    text: str, cue: Cue, sentence_econs: list[EconomyMention], seg_start: int, seg_end: int
) -> tuple[str | None, str | None]:
    """Who is the exporter/importer/trader (owner) and who the partner, from
    the wording around the cue."""
    owner = partner = None
    flow = cue.flow
    # "between A and B" / "A-B trade" / "A and B's trade"
    # Economies past a clause break after the cue belong to the next clause
    # ("Trade with Russia was $19.2 billion, and imports from Japan and Korea …").
    in_clause = [e for e in sentence_econs if e.start < cue.end or not T.CLAUSE_BREAK.search(text, cue.end, e.start)]
    pair = pair_in(text, in_clause, near=(cue.start, cue.end))
    if flow == "total" and pair[0]:
        return pair
    before = [e for e in sentence_econs if e.end <= cue.start]
    # "U.S.-bound exports", "China-bound shipments": the destination, never the owner.
    bound = [e for e in before if T.BOUND_AFTER.match(text, e.end)]
    if bound and flow == "export" and not T.ANY_CUE.search(text, bound[-1].end, cue.start):
        partner = bound[-1].code
    before = [e for e in before if e not in bound]
    if (
        before
        and before[-1].code == "W00"
        and T.WORLD_ADJECTIVE.fullmatch(before[-1].text)
        and not text[before[-1].end : cue.start].strip()
        and flow in ("export", "import", "total")
    ):
        # "China's worldwide exports": the adjective names the partner, the possessor the owner.
        partner = partner or "W00"
        before = before[:-1]
    # Partners stand after the cue but within the figure's own segment:
    # "shipments to China came to $7.4 billion, to the US $6.3 billion".
    lo = max(cue.end, seg_start)
    after = [e for e in sentence_econs if lo <= e.start < seg_end]
    if cue.end > seg_end:
        after = [e for e in sentence_econs if e.start >= cue.end]
    is_verb = bool(T.VERB_CUE.fullmatch(text[cue.start : cue.end]))
    # A fronted topic stands before a comma ("With Japan, trade slid"); "trade
    # with the United States fell" is a partner named with its own cue.
    topic = next(
        (
            e
            for e in reversed(before)
            if T.TOPIC_BEFORE.search(text[max(0, e.start - 20) : e.start])
            and re.match(r"\s*,", text[e.end : e.end + 3])
        ),
        None,
    )
    if topic is not None and topic.start < seg_start and any(seg_start <= e.start < seg_end for e in sentence_econs):
        topic = None  # an earlier clause's topic; this clause names its own economy
    if topic is not None and flow in ("total", "export", "import", "balance"):
        # "With Japan, trade slid …", "In the case of North Korea, China exported …"
        partner = topic.code
        before = [e for e in before if e is not topic]
    if before:
        e = before[-1]
        gap = text[e.end : cue.start]
        # "Chinese goods while exporting …": the goods' origin, not the subject.
        goods = T.GOODS_AFTER.match(text, e.end) is not None
        origin_named = any(
            re.search(r"\bfrom\s+(?:the\s+)?$", text[max(cue.end, e2.start - 12) : e2.start]) for e2 in after
        )
        if (T.SUBJECT_GAP if is_verb else T.POSSESSIVE_GAP).match(gap) and not (is_verb and goods):
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
        # "export trade with …": the noun the flow word modifies is no other flow
        own_noun = re.match(r"\s+trade\b", gap, re.I) if flow in ("export", "import") else None
        if len(gap) > 120 or other_flow_cue(gap[own_noun.end() :] if own_noun else gap, flow):
            # Past another flow's cue the economies belong to that flow.
            break
        if text.startswith(("'s", "’s"), e.end):
            # "South Korea's exports were $325 billion, but North Korea's …":
            # a possessor after the cue owns a figure of its own.
            break
        if T.ORIGIN.search(gap):
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
        if word == "with" and flow in ("export", "import") and re.match(r"\s+trade\b", text[cue.end :], re.I):
            # "export trade with Ghana": the partner of the flow the compound names
            word = "to" if flow == "export" else "from"
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
        if T.GOODS_AFTER.match(text, e.end) and not T.ANY_CUE.search(text[cue.end : e.start]):
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


def pair_in(
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


def across(pair: tuple[str, str], code: str) -> str:
    """The other side of a pair from ``code``."""
    return pair[1] if code == pair[0] else pair[0]
