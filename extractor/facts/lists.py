"""Lists and "respectively": the n-th figure or change takes the n-th flow
or economy listed before it."""

from __future__ import annotations

import re

from extractor.facts import _tables as T
from extractor.facts.cue_roles import assign_roles
from extractor.facts.roles import implicit_partner, protagonist
from extractor.facts.sentence import Cue, Sentence, figure_end
from extractor.normalize.changes import StatedChange


def respective_roles(s: Sentence) -> list[tuple[str, str, str]] | None:
    """ "China's exports to the North and its imports from it came to $2.29
    billion and $370.4 million, respectively": the n-th figure takes the
    n-th flow named before the figures."""
    if not T.RESPECTIVELY.search(s.raw) or len(s.primary) < 2:
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
        owner = owner or protagonist(s, exclude=partner)
        partner = partner or (implicit_partner(s, owner) if owner else None)
        roles.append((cue.flow, owner, partner))
    return roles


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
