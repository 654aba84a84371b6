"""Figures that are not levels, read from the dependency parse: what a
figure's phrase hangs on says whether it is an amount of trade or something
measured against one.

- the base a levy applies to: the object of "on"/"of" under a levy word or
  under a verb whose object is one ("tariffs on $250 billion of goods",
  "imposed duties on $34 billion in imports"), or the object of a levy verb
  ("taxing $110 billion of goods");
- the size of a change: the object of "by" under a verb of change, also when
  "by" is coordinated ("rose by $3 million with X and by $2 million with Y");
  a figure measuring a comparative ("$9 billion lower", "€5 billion more");
  a figure in brackets beside a change noun ("the largest increase (€3 billion)").

The rule is the parse's, not a phrase list: any wording with these
grammatical relations is covered.
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.facts.clauses import ParseColumns

LEVY_WORDS = frozenset(
    "tariff tariffs duty duties tax taxes levy levies surcharge surcharges "
    "tax taxing taxed tariffed levied levying".split()
)
CHANGE_WORDS = frozenset(
    "rise rises rose risen rising fall falls fell fallen falling increase increases increased increasing "
    "decrease decreases decreased decreasing grow grows grew grown growing drop drops dropped dropping "
    "decline declines declined declining climb climbs climbed jump jumps jumped slip slipped widen widened "
    "widening narrow narrowed narrowing shrink shrank shrunk expand expanded contract contracted gain gains "
    "gained plunge plunged surge surged soar soared tumble tumbled slide slid sink sank dip dipped ease eased "
    "growth reduction contraction expansion".split()
)
# A figure measuring a comparative: "$9 billion lower", "€5 billion more".
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def phrase_head(first: int, last: int, heads: list[int]) -> int:
    """The token of ``first..last`` (inclusive) whose head lies outside the
    span: the head of the figure's phrase ("billion" in "$ 250 billion",
    "rand" in "52.77 billion rand")."""
    for t in range(first, last + 1):
        if not first <= heads[t] <= last or heads[t] == t:
            return t
    return last


def _under_conj(t: int, heads: list[int], deps: list[str]) -> int:
    """The first conjunct of a coordination ``t`` belongs to ("by … and by …")."""
    for _ in range(8):
        if deps[t] != "conj" or heads[t] == t:
            break
        t = heads[t]
    return t


def amount_kind(
    first: int, head: int, heads: list[int], tags: list[str], deps: list[str], words: list[str]
) -> str | None:
    """What a figure that opens at token ``first`` and whose phrase head is
    token ``head`` measures when it is not a level: "levy base", "change", or None (a level, as far as the
    parse says). Lists are one sentence's parse: heads (sentence-relative
    indices), Penn tags, labels and words.

    >>> # "tariffs on $ 250 billion"
    >>> amount_kind(2, 3, [0, 0, 3, 1], ["NNS", "IN", "$", "CD"], ["ROOT", "prep", "quantmod", "pobj"],
    ...             ["tariffs", "on", "$", "billion"])
    'levy base'
    >>> # "exports rose to $ 5 billion"
    >>> amount_kind(3, 4, [1, 1, 1, 4, 2], ["NNS", "VBD", "IN", "$", "CD"], ["nsubj", "ROOT", "prep", "quantmod", "pobj"],
    ...             ["exports", "rose", "to", "$", "billion"])
    """
    dep, up = deps[head], heads[head]
    if up == head:
        return None
    word_up = words[up].lower()
    if dep == "npadvmod" and tags[up] in COMPARATIVE_TAGS:
        return "change"
    if dep == "appos" and word_up in CHANGE_WORDS and tags[up].startswith("NN") and words[first - 1] in ("(", "["):
        # "the largest increase (€3 billion)"; a figure after "from" that the
        # parser hangs on "a drop of 6.8% from …" is the compared level
        return "change"
    if dep == "dobj" and word_up in LEVY_WORDS and tags[up].startswith("VB"):
        return "levy base"
    if dep != "pobj":
        return None
    prep = words[up].lower()
    gov = heads[_under_conj(up, heads, deps)]
    if prep == "by" and tags[gov].startswith("VB") and words[gov].lower() in CHANGE_WORDS:
        # "rose by 2.1% to £92 billion" parsed as one range under "by": a
        # number or "to" between the preposition and the figure means the
        # figure is the level reached, not the size of the change
        between = range(up + 1, first)
        if not any(tags[t] == "CD" or words[t].lower() in ("to", "%", "percent") for t in between):
            return "change"
    if prep not in ("on", "of") or gov == up:
        return None
    if not tags[gov].startswith("VB"):
        return "levy base" if words[gov].lower() in LEVY_WORDS else None
    # "imposed tariffs on $250 billion": the verb's object is the levy
    levied = any(
        heads[c] == gov and c != gov and deps[c] in ("dobj", "nsubjpass") and words[c].lower() in LEVY_WORDS
        for c in range(len(heads))
    )
    return "levy base" if levied else None


def not_level_from_doc(doc, cols: ParseColumns | None = None) -> Callable[[int, int], bool]:
    """For a parsed Doc: is the figure at (start, end) a levy's base or the
    size of a change (``amount_kind``) rather than an amount of trade?"""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False
    cols = cols or ParseColumns.of(doc)

    def not_level(start: int, end: int) -> bool:
        first, last = cols.token_at(start), cols.token_at(max(start, end - 1))
        if cols.sent_start[first] != cols.sent_start[last]:
            return False
        offset, heads, tags, deps, words = cols.sentence_of(first)
        head = phrase_head(first - offset, last - offset, heads)
        return amount_kind(first - offset, head, heads, tags, deps, words) is not None

    return not_level
