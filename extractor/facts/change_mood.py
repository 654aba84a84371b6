"""Whether a stated change is a forecast rather than what happened, read from
the dependency parse.

A change is a claim only when the text says it happened. A change says what
is expected when the verb it hangs on carries a modal ("exports will rise 5
percent") or stands under a word of guessing ("are likely to see a 39
percent increase"), when a noun of prediction governs it ("the poll's
prediction of a 3 percent rise", "a forecast of 4 percent growth"), or when
a participle of expectation modifies its noun ("the 5 percent rise expected
in a poll"). The rule reads heads and labels, not phrases, so it holds for
any wording of such a frame. An estimate of a past period is still a claim:
"estimated" is no word of guessing here.
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.facts.clauses import ParseColumns

# Words (lower-cased forms) that make what they govern a guess or a plan.
GUESS_WORDS = frozenset(
    "expect expects expected expecting expectation expectations forecast forecasts forecasted forecasting "
    "predict predicts predicted predicting prediction predictions project projects projected projection "
    "projections likely unlikely poised poll polls consensus outlook target targets targeted goal goals aim "
    "aims aimed plan plans planned hope hopes hoped".split()
)
# Labels by which a verb is the complement or modifier of the word above it.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl"})
# Labels by which a participle or clause modifies a noun of change.
MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})


def forecast_path(change: int, heads: list[int], tags: list[str], deps: list[str], words: list[str]) -> bool:
    """Is the change whose head token is ``change`` a guess? Tokens are
    indices into parallel lists of one sentence's parse (head index, Penn
    tag, label, word). The walk goes up from the change to the first verb:
    a word of guessing on the way, or a modal on that verb, or a word of
    guessing the verb complements, makes it one; so does a participle of
    expectation under the change's own noun.

    >>> # "imports are likely to see a 12 percent increase"
    >>> words = ["imports", "are", "likely", "to", "see", "a", "12", "percent", "increase"]
    >>> heads = [1, 1, 1, 4, 2, 8, 7, 8, 4]
    >>> tags = ["NNS", "VBP", "JJ", "TO", "VB", "DT", "CD", "NN", "NN"]
    >>> deps = ["nsubj", "ROOT", "acomp", "aux", "xcomp", "det", "nummod", "compound", "dobj"]
    >>> forecast_path(8, heads, tags, deps, words)
    True
    >>> # "imports saw a 12 percent increase"
    >>> forecast_path(5, [1, 1, 5, 4, 5, 1], ["NNS", "VBD", "DT", "CD", "NN", "NN"],
    ...               ["nsubj", "ROOT", "det", "nummod", "compound", "dobj"],
    ...               ["imports", "saw", "a", "12", "percent", "increase"])
    False
    """
    n = len(heads)
    # "the 5 percent rise expected in a poll": a participle of expectation on the noun
    if not tags[change].startswith("VB"):
        for c in range(n):
            if heads[c] == change and c != change and deps[c] in MODIFIER_DEPS and words[c].lower() in GUESS_WORDS:
                return True
    t = change
    for _ in range(n):
        if tags[t].startswith("VB"):
            if words[t].lower() in GUESS_WORDS:
                return True  # "economists predicted a 5 percent rise"
            if any(heads[c] == t and c != t and deps[c] == "aux" and tags[c] == "MD" for c in range(n)):
                return True  # "exports will rise 5 percent"
            head = heads[t]
            return head != t and deps[t] in COMPLEMENT_DEPS and words[head].lower() in GUESS_WORDS
        if t != change and words[t].lower() in GUESS_WORDS:
            return True  # "the poll's prediction of a 3 percent rise"
        if heads[t] == t:
            return False
        t = heads[t]
    return False


def forecast_from_doc(doc, cols: ParseColumns | None = None) -> Callable[[int, int], bool]:
    """``forecast_path`` for the change at article offsets (start, end) of a
    parsed Doc: its head token is the one of the span whose head lies outside it."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: False
    cols = cols or ParseColumns.of(doc)

    def forecast(start: int, end: int) -> bool:
        a, b = cols.token_at(start), cols.token_at(max(start, end - 1))
        if cols.sent_start[a] != cols.sent_start[b]:
            return False
        span = range(a, b + 1)
        head = next((i for i in span if cols.heads[i] not in span or cols.heads[i] == i), b)
        offset, heads, tags, deps, words = cols.sentence_of(head)
        return forecast_path(head - offset, heads, tags, deps, words)

    return forecast
