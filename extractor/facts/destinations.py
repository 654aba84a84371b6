"""Destinations: a clause that equates one economy with another's market or
source ("Chile is Peru's top export market", "Peru's largest supplier was
China", "the top destination for Peruvian goods was Chile") states the
direction of the figures it carries: the possessor exports to the market and
imports from the source. The equation is read as a copular clause: an
economy, a copula (or "as" after a verb of naming), and the possessed role
noun, in either order. Pure functions over the text."""

from __future__ import annotations

import re

from extractor.facts.sentence import Sentence

# The role noun after "Y's" (up to three words of rank between): which flow
# the possessor has with the economy equated to it.
_ROLE_AFTER_POSSESSOR = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?P<export>export\s+(?:markets?|destinations?)|destinations?\s+for\s+(?:its\s+)?exports|buyers?|customers?)"
    r"|(?P<import>import\s+sources?|sources?\s+of\s+imports|suppliers?))\b",
    re.I,
)
# "the top destination for Peruvian goods", "the largest supplier of Chinese goods":
# the role noun before the economy it belongs to.
_ROLE_BEFORE_ECONOMY = re.compile(
    r"\b(?:(?P<export>destination|market)\s+for|(?P<import>supplier|source)\s+(?:of|for))\s+(?:the\s+)?$",
    re.I,
)
_GOODS_AFTER = re.compile(r"['’]?s?\s+(?:goods|exports|products|shipments)\b", re.I)
# An economy equated to what stands on the other side of a copula (or of
# "as" after "listed", "named", "ranked").
_COPULA = re.compile(
    r"\s*,?\s+(?:(?:is|was|are|were|remains|remained|became|becomes|stayed|stays|has\s+been|had\s+been)"
    r"(?:\s+(?:also|still|again|now|once\s+again))*|(?:\w+\s+)?as)\s+(?:the\s+)?$",
    re.I,
)
_COPULA_AFTER = re.compile(
    r"\s*,?\s+(?:is|was|are|were|remains|remained|became|stayed|has\s+been|had\s+been)(?:\s+(?:also|still|again|now))*\s+(?:the\s+)?$",
    re.I,
)


def destination_roles(s: Sentence, fig_start: int, seg_start: int) -> tuple[str, str, str] | None:
    """Flow, owner and partner of a figure that follows, in its own stretch
    of the sentence, a clause equating an economy with another's market or
    source; None when there is no such clause."""
    econs = [e for e in s.economies if e.code != "W00" and e.end <= fig_start]
    for i, y in enumerate(econs):
        role = _ROLE_AFTER_POSSESSOR.match(s.text, y.end)
        if role is not None and role.end() <= fig_start:
            flow = "export" if role.group("export") else "import"
            x = _equated(s, econs, i, y.start, role.end())
            if x is not None and x != y.code and _same_stretch(s, y.start, fig_start, seg_start):
                return flow, y.code, x
        before = _ROLE_BEFORE_ECONOMY.search(s.text, max(s.s0, y.start - 40), y.start)
        if before is not None and _GOODS_AFTER.match(s.text, y.end):
            flow = "export" if before.group("export") else "import"
            x = _equated(s, econs, i, before.start(), _GOODS_AFTER.match(s.text, y.end).end())
            if x is not None and x != y.code and _same_stretch(s, before.start(), fig_start, seg_start):
                return flow, y.code, x
    return None


def _equated(s: Sentence, econs, i: int, role_start: int, role_end: int) -> str | None:
    """The economy a copula equates with the role phrase at (role_start, role_end)."""
    for x in reversed(econs[:i]):
        if _COPULA.fullmatch(s.text[x.end : role_start]):
            return x.code
    for x in econs[i + 1 :]:
        if x.start >= role_end and _COPULA_AFTER.fullmatch(s.text[role_end : x.start]):
            return x.code
    return None


def _same_stretch(s: Sentence, phrase_start: int, fig_start: int, seg_start: int) -> bool:
    """The figure belongs to the equation's stretch: no other figure stands
    between them (later figures are a ranking's items, read elsewhere)."""
    return seg_start <= phrase_start < fig_start
