"""Clause scope from the dependency parse: which economies a figure's roles
may be read from.

A figure hangs on a clause; an economy named in a subordinate clause that
opens after the figure ("…to ¥9 trillion, driven by imports of medicines from
Ireland", "…to $30 billion, with shipments to the US plummeting") speaks of
something else, whatever words sit between them. The rule is the parse's,
not a phrase list: it holds for any wording of such a clause.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

from extractor.pipeline.extensions import doc_text

# Dependency labels that open a clause of their own under another word.
CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl", "ccomp", "parataxis"})
# These only on a verb: "Germany and the United States" is one phrase, while
# "with shipments to the US plunging" (pcomp) and "and imports fell" (conj) are clauses.
VERB_ONLY_DEPS = frozenset({"conj", "pcomp"})


def opens_clause(dep: str, tag: str) -> bool:
    """Does a token with this label and fine-grained tag (Penn: VBD, NNP, …)
    open a clause? Tags, not coarse parts of speech: the pipeline leaves out
    the attribute ruler that maps them.

    >>> opens_clause("advcl", "VBD"), opens_clause("conj", "NNP"), opens_clause("pcomp", "VBG")
    (True, False, True)
    """
    return dep in CLAUSE_DEPS or (dep in VERB_ONLY_DEPS and tag.startswith("VB"))


# (figure start, figure end, economy start) -> is the economy outside the figure's clause?
Detached = Callable[[int, int, int], bool]


def trailing_clause_head(
    figure: int, economy: int, heads: list[int], clause: list[bool], left_edges: list[int]
) -> int | None:
    """The head of a clause that holds token ``economy``, does not hold token
    ``figure`` and opens after it; None when there is none. Tokens are
    indices into parallel lists of the parse: each token's head index,
    whether it opens a clause (``opens_clause``) and the index of the
    leftmost token of its subtree.

    >>> # "X rose to $5 billion , driven by imports from Japan"
    >>> heads = [1, 1, 1, 4, 2, 4, 4, 6, 7, 8, 9]
    >>> clause = [False] * 6 + [True] + [False] * 4  # "driven" opens one
    >>> left = [0, 0, 2, 3, 3, 5, 6, 7, 8, 9, 10]
    >>> trailing_clause_head(4, 10, heads, clause, left)
    6
    >>> trailing_clause_head(4, 0, heads, clause, left) is None
    True
    """
    ancestors_of_figure = set()
    t = figure
    while True:
        ancestors_of_figure.add(t)
        if heads[t] == t:
            break
        t = heads[t]
    t = economy
    found = None
    while t not in ancestors_of_figure:
        if clause[t] and left_edges[t] > figure:
            found = t
        if heads[t] == t:
            break
        t = heads[t]
    return found


class ParseColumns(NamedTuple):
    """A parsed Doc's tokens as plain lists, read in one pass: every access to
    a Token (``doc[i]``, ``tok.sent``) builds a Python object, and
    ``Token.sent`` walks its whole sentence, so per-figure lookups read these
    lists instead."""

    starts: list[int]  # character offset of each token
    heads: list[int]
    tags: list[str]
    deps: list[str]
    words: list[str]
    sent_start: list[int]  # index of the first token of each token's sentence
    sent_end: list[int]  # index after the last token of each token's sentence

    @classmethod
    def of(cls, doc) -> ParseColumns:
        from spacy.attrs import DEP, HEAD, IDX, LENGTH, SENT_START, TAG

        # One C-level read; HEAD is the head's offset from the token (signed).
        array = doc.to_array([IDX, LENGTH, HEAD, TAG, DEP, SENT_START])  # uint64: string hashes
        rows = array.tolist()
        offsets = array[:, 2].astype("int64").tolist()
        strings, text = doc.vocab.strings, doc_text(doc)
        n = len(rows)
        bounds = [i for i, row in enumerate(rows) if row[5] == 1 or i == 0] + [n]
        sent_start, sent_end = [0] * n, [0] * n
        for a, b in zip(bounds, bounds[1:], strict=False):
            sent_start[a:b] = [a] * (b - a)
            sent_end[a:b] = [b] * (b - a)
        return cls(
            starts=[row[0] for row in rows],
            heads=[i + offset for i, offset in enumerate(offsets)],
            tags=[strings[row[3]] if row[3] else "" for row in rows],
            deps=[strings[row[4]] if row[4] else "" for row in rows],
            words=[text[row[0] : row[0] + row[1]] for row in rows],
            sent_start=sent_start,
            sent_end=sent_end,
        )

    def token_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def sentence_of(self, i: int) -> tuple[int, list[int], list[str], list[str], list[str]]:
        """The sentence of token ``i``: its first index, and its heads (relative
        to that index), tags, deps and words."""
        a, b = self.sent_start[i], self.sent_end[i]
        return a, [h - a for h in self.heads[a:b]], self.tags[a:b], self.deps[a:b], self.words[a:b]


def detached_from_doc(doc, cols: ParseColumns | None = None) -> Detached:
    """The ``Detached`` test for a parsed Doc (any pipeline with a parser)."""
    if not doc.has_annotation("DEP"):
        return lambda fig_start, fig_end, econ_start: False
    cols = cols or ParseColumns.of(doc)
    clause = [opens_clause(dep, tag) for dep, tag in zip(cols.deps, cols.tags, strict=True)]
    left_edges = [tok.left_edge.i for tok in doc]

    def detached(fig_start: int, fig_end: int, econ_start: int) -> bool:
        figure, economy = cols.token_at(max(fig_start, fig_end - 1)), cols.token_at(econ_start)
        if cols.sent_start[figure] != cols.sent_start[economy]:
            return False
        return trailing_clause_head(figure, economy, cols.heads, clause, left_edges) is not None

    return detached


# Heads that make the verb under them a plan or a guess: "is likely to reach",
# "set a goal to lift trade to $1 billion", "is expected to top".
HYPOTHETICAL_HEADS = frozenset(
    "likely unlikely expected expects expect set poised projected forecast forecasts aim aims aimed plan plans "
    "planned hope hopes hoped want wants wanted target targets targeted seek seeks sought going due goal goals "
    "ambition ambitions pledge pledged pledges vow vowed vows promise promised projection projections "
    "estimate estimated".split()
)


def hypothetical_verb(figure: int, heads: list[int], tags: list[str], deps: list[str], words: list[str]) -> bool:
    """Does the verb a figure hangs on state a plan, forecast or possibility
    rather than what happened? True when that verb has a modal ("may exceed",
    "will reach") or stands under a word of planning or guessing ("is likely
    to reach", "a goal to increase trade to …").

    >>> # "trade may exceed $ 80 bln"
    >>> hypothetical_verb(4, [2, 2, 2, 4, 2], ["NN", "MD", "VB", "$", "CD"], ["nsubj", "aux", "ROOT", "nmod", "dobj"],
    ...                   ["trade", "may", "exceed", "$", "80"])
    True
    >>> hypothetical_verb(3, [1, 1, 3, 1], ["NNS", "VBD", "$", "CD"], ["nsubj", "ROOT", "nmod", "dobj"],
    ...                   ["exports", "reached", "$", "80"])
    False
    """
    t = figure
    for _ in range(12):
        if tags[t].startswith("VB"):
            if any(heads[c] == t and c != t and deps[c] == "aux" and tags[c] == "MD" for c in range(len(heads))):
                return True
            head = heads[t]
            if (
                head != t
                and words[head].lower() in HYPOTHETICAL_HEADS
                and deps[t] in ("xcomp", "acl", "relcl", "ccomp", "advcl")
            ):
                return True
            return False
        if heads[t] == t:
            return False
        t = heads[t]
    return False


def hypothetical_from_doc(doc, cols: ParseColumns | None = None) -> Callable[[int, int], bool]:
    """``hypothetical_verb`` for the figure at (start, end) of a parsed Doc."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False
    cols = cols or ParseColumns.of(doc)

    def hypothetical(start: int, end: int) -> bool:
        figure = cols.token_at(max(start, end - 1))
        offset, heads, tags, deps, words = cols.sentence_of(figure)
        i = figure - offset
        return hypothetical_verb(i, heads, tags, deps, words) or in_forecast(i, heads, tags, deps, words)

    return hypothetical


# Verbs whose object is a guess about figures not yet known: "a poll expected
# a surplus of …", "analysts projected …", "the consensus pencilled it at …".
# Not "estimated": statistics offices estimate what happened.
FORECAST_VERBS = frozenset(
    "expect expects expected expecting project projects projected projecting forecast forecasts forecasted "
    "forecasting predict predicts predicted predicting pencil pencils penciled pencilled anticipate anticipates "
    "anticipated".split()
)
# How a figure may reach the forecast verb and still be what is forecast: as
# its object or complement, or through a preposition of the figure's value
# ("at $2.6 billion"), or an absolute "with" clause that spells the forecast
# out. A base of comparison ("after", "from", "following") is what happened.
FORECAST_PATHS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "nsubjpass"})
FORECAST_PREPS = frozenset({"at", "of", "to", "around", "near", "with"})
# Clauses that assert something of their own: climbing past them leaves the forecast.
OWN_ASSERTION_DEPS = frozenset({"relcl", "conj", "advcl", "parataxis"})


def in_forecast(figure: int, heads: list[int], tags: list[str], deps: list[str], words: list[str]) -> bool:
    """Is the figure part of what a verb of forecasting takes as its object
    ("analysts projected a surplus of $3 billion", "the agency expects …, with
    exports rising to $81 billion")? Climbs the parse from the figure to the
    first forecast verb above it, through the object or an absolute clause,
    never out of a relative or coordinate clause.

    >>> # "poll expected a surplus of $ 3 billion"
    >>> in_forecast(5, [1, 1, 3, 1, 3, 6, 4], ["NN", "VBD", "DT", "NN", "IN", "$", "CD"],
    ...             ["nsubj", "ROOT", "det", "dobj", "prep", "quantmod", "pobj"],
    ...             ["poll", "expected", "a", "surplus", "of", "$", "3"])
    True
    >>> # "exports reached $ 3 billion"
    >>> in_forecast(2, [1, 1, 3, 1], ["NNS", "VBD", "$", "CD"], ["nsubj", "ROOT", "quantmod", "dobj"],
    ...             ["exports", "reached", "$", "3"])
    False
    """
    t = figure
    for _ in range(16):
        head = heads[t]
        if head == t or deps[t] in OWN_ASSERTION_DEPS:
            return False
        if tags[head].startswith("VB") and words[head].lower() in FORECAST_VERBS:
            return deps[t] in FORECAST_PATHS or (deps[t] == "prep" and words[t].lower() in FORECAST_PREPS)
        if tags[head].startswith("VB") and deps[head] == "prep":
            return False  # "following a $4.5 billion surplus": a participle as preposition
        t = head
    return False
