"""Lists and "respectively": the n-th figure or change takes the n-th flow
or economy listed before it."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.cue_roles import assign_roles
from extractor.facts.roles import implicit_partner, protagonist
from extractor.facts.sentence import Cue, Sentence, cue_between, figure_end
from extractor.normalize.changes import StatedChange


def respective_roles(s: Sentence) -> list[tuple[str, str, str]] | None:
    """ "China's exports to the North and its imports from it came to $2.29
    billion and $370.4 million, respectively": the n-th figure takes the
    n-th flow named before the figures."""
    if len(s.primary) < 2:
        return None
    first = s.primary[0][1].start
    cues: list[Cue] = []
    for c in sorted((c for c in s.cues if c.end <= first), key=lambda c: (c.start, -(c.end - c.start))):
        if cues and c.start < cues[-1].end:
            continue
        cues.append(c)
    cues = cues[-len(s.primary) :]
    if len(cues) != len(s.primary):
        return None
    if not T.RESPECTIVELY.search(s.raw) and not coordinated_pairs(s, cues):
        return None
    roles = []
    for n, cue in enumerate(cues):
        end = cues[n + 1].start if n + 1 < len(cues) else first
        owner, partner = assign_roles(s.text, cue, s.economies, cue.start, end)
        tail = s.text[cue.start : end]
        if roles and owner is None:
            # "China's exports to Russia and (its) imports from it": the owner carries over
            owner = roles[-1][1]
        if roles and partner is None and re.search(r"\b(?:from|to|with) (?:it|them|the country)\b", tail):
            partner = roles[-1][2] if roles[-1][1] == owner else roles[-1][1]
        if partner is None and n + 1 < len(cues) and _SHARED_OBJECT.fullmatch(s.text, cue.end, cues[n + 1].start):
            # "exports to and imports from Chile": the object named once is both cues'
            partner = assign_roles(s.text, cues[n + 1], s.economies, cues[n + 1].start, first)[1]
        owner = owner or protagonist(s, exclude=partner)
        partner = partner or (implicit_partner(s, owner) if owner else None)
        roles.append((cue.flow, owner, partner))
    return roles


_SHARED_OBJECT = re.compile(r"\s+(?:to|from|with|into)\s+and\s+")


# Between flow words joined as one subject: "exports to and imports from".
_COORDINATED_CUES = re.compile(r"\s+(?:(?:to|from|with|into)\s+)?(?:,\s*(?:and\s+)?|and\s+)(?:(?:its|their)\s+)?")


def coordinated_pairs(s: Sentence, cues: list[Cue]) -> bool:
    """ "Exports to and imports from Chile were $45 million and $41 million":
    flow words coordinated as one subject, and the sentence's figures one
    coordinated list as long, pair in order without "respectively"."""
    if any(c.flow == "total" for c in cues) or len({c.flow for c in cues}) != len(cues):
        return False
    if not all(_COORDINATED_CUES.fullmatch(s.text, a.end, b.start) for a, b in zip(cues, cues[1:], strict=False)):
        return False
    return all(
        T.LIST_GAP.fullmatch(s.text, figure_end(s, j - 1), s.primary[j][1].start) for j in range(1, len(s.primary))
    )


def respective_list(s: Sentence) -> dict[int, tuple[str, str]]:
    """ "imports from Japan and South Korea came to $13.2 billion and $15.6
    billion, respectively": figure k of a run takes economy k of the list
    just before it, as partner after to/from/with, else as owner."""
    if not T.RESPECTIVELY.search(s.raw) or len(s.primary) < 2:
        return {}
    # the run of figures joined by "and"/commas that "respectively" closes
    run = [len(s.primary) - 1]
    while run[0] > 0 and T.LIST_GAP.fullmatch(s.text[figure_end(s, run[0] - 1) : s.primary[run[0]][1].start]):
        run.insert(0, run[0] - 1)
    if len(run) < 2:
        return {}
    listed = listed_before(s, s.primary[run[0]][1].start, len(run))
    return dict(zip(run, listed, strict=True)) if listed else {}


def respective_change_list(s: Sentence, changes: list[StatedChange]) -> dict[int, tuple[str, str]]:
    """Change n of a "respectively" run takes economy n of the list just
    before the first change (partner after to/from/with, else owner)."""
    if len(changes) < 2 or not T.RESPECTIVELY.search(s.raw):
        return {}
    return dict(enumerate(listed_before(s, changes[0].start + s.s0, len(changes))))


def listed_before(s: Sentence, first: int, n: int) -> list[tuple[str, str]]:
    """The n distinct economies listed just before ``first`` ("Japan and
    South Korea", "China, the US and the EU"), each with its role: partner
    after to/from/with/into, else owner; empty when there is no such list."""
    listed = [e for e in s.economies if e.end <= first and e.code != "W00"][-n:]
    if len(listed) != n or len({e.code for e in listed}) != n:
        return []
    if any(not T.LIST_GAP.fullmatch(s.text[a.end : b.start]) for a, b in zip(listed, listed[1:], strict=False)):
        return []
    role = "partner" if T.LIST_PREP.search(s.text, s.s0, listed[0].start) else "owner"
    return [(role, e.code) for e in listed]


# A ranking continued after its first figure: the stretch from the previous
# figure to this one holds one economy and only list glue around it
# ("…, followed by Austria (31 billion) and Poland (17 billion)", "… followed
# by Spain's 11.2% ($523 million)", "…, then Italy with $1.1 billion").
_ITEM_BEFORE = re.compile(
    r"[\s,;:)\]]*(?:(?:and|or|followed\s+by|then|ahead\s+of|trailed\s+by|next\s+came|while)\s+)*(?:the\s+)?",
    re.I,
)
_ITEM_AFTER = re.compile(
    r"(?:['’]s?)?\s*(?:(?:a|an)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s*(?:share\s*)?)?"
    r"\s*(?:[(\[]|with\s+|at\s+|:)?\s*(?:(?:about|nearly|almost|some|over|around)\s+)?",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|with|of|by|in|for|into|than|and|at|among|amongst|between|across|within|outside|besides|beyond|"
    r"like|unlike|including|over|on|about)\s+(?:the\s+)?$",
    re.I,
)


def ranked_side(s: Sentence, prev) -> str | None:
    """Which side of a ranking's first fact its items replace: the side
    named by the clause's first bare noun phrase, its subject (not a
    possessor, not an adjective of goods, not a preposition's object):
    "Belgium was the largest importer of Peruvian goods" ranks
    owners; "Mexico is Peru's top export market" ranks partners."""
    for e in s.economies:
        if e.start >= prev.start:
            break
        if e.code == "W00" or s.text.startswith(("'", "’"), e.end) or T.GOODS_NEXT.match(s.text, e.end):
            continue
        if _PREPOSITION_BEFORE.search(s.text, max(s.s0, e.start - 12), e.start):
            continue
        # the subject; when the fact does not hold it, its sides were read
        # from elsewhere and the ranking cannot be placed
        if e.code not in (prev.economy, prev.partner):
            return None
        return "owner" if e.code == prev.economy else "partner"
    return None


def _item_stretch(s: Sentence, k: int, sides: tuple[str, str]):
    """The economy figure k is listed with, when the stretch before it ends
    in list glue around one economy that is not a side of the ranking's
    head (``sides``); the head's own continuation may come first ("… to
    China in 2023, followed by France (25 billion)"). Else None."""
    a, b = figure_end(s, k - 1), s.primary[k][1].start
    if b - a > 160 or cue_between(s, a, b):
        return None
    inside = [e for e in s.economies if a <= e.start and e.end <= b]
    if not inside or inside[-1].code in ("W00", *sides) or any(e.code not in sides for e in inside[:-1]):
        return None
    item = inside[-1]
    comma = s.text.rfind(",", a, item.start)
    glue_start = comma if comma >= 0 and inside[:-1] else a
    if (inside[:-1] and comma < inside[-2].end) or b - glue_start > 80:
        return None
    if not (_ITEM_BEFORE.fullmatch(s.text, glue_start, item.start) and _ITEM_AFTER.fullmatch(s.text, item.end, b)):
        return None
    return item


def list_item(s: Sentence, k: int, found) -> tuple[str, str, str] | None:
    """Flow, owner and partner of figure k when it continues a ranking
    begun by a fact of the sentence: figures after that fact, each with one
    economy and list glue before it, take its flow, with their economy in
    its ranked side (``ranked_side``). None when the figure is no such item."""
    if k == 0 or not found or found[-1].money_index != s.primary[k - 1][0]:
        return None
    # the ranking's head: back over the items before this one
    by_index = {f.money_index: f for f in found}
    j = k - 1
    while j > 0 and s.primary[j - 1][0] in by_index:
        earlier = by_index[s.primary[j - 1][0]]
        if _item_stretch(s, j, (earlier.economy, earlier.partner)) is None:
            break
        j -= 1
    head = by_index.get(s.primary[j][0])
    if head is None or head.flow not in ("export", "import", "total", "balance"):
        return None
    if not head.economy or not head.partner:
        return None
    item = _item_stretch(s, k, (head.economy, head.partner))
    if item is None:
        return None
    side = ranked_side(s, head)
    if side == "owner":
        return head.flow, item.code, head.partner
    if side == "partner":
        return head.flow, head.economy, item.code
    return None
