"""Triage: which articles can hold a row at all, decided on the raw text
before the model reads it.

An article gives rows only through three doors, each with a necessary
condition that plain text can test:

* amounts and trade facts need a money mention: ``normalize.money.find_money``
  is itself a text scan (currency symbols and codes, amounts with scale
  words, spelled-out sums, figures under a table's unit line), so triage
  calls it and knows exactly;
* change claims need a stated change, and ``normalize.changes.find_changes``
  finds none in a sentence without one of its gate words (``%``, "percent",
  "doubled", "half", ...), so an article without any of them has none;
* quotes need a pair of quotation marks (``quotes.spans.find_quote_spans``, also a
  text scan), a reporting verb (the quote extractor matches tokens by their
  surface form, ``quotes._tables.VERB_INDEX``) or "according to".

An article with none of the three cannot hold a row: it is not parsed, and
its ``articles`` row says ``triage=skipped`` and why. The test is deliberately
conservative (any form of "say", "find" or "state" counts, whatever its part
of speech), because the contract is that a run with triage writes exactly the
dataset of a run without it.

Scope (a rule of the dataset, applied with and without triage, in
``assemble.result_from_doc``): the dataset covers articles that name money or
trade. An article with no money mention and no word of trade itself
("trade", "exports", "imports", "tariffs", "customs", "shipments", ...) gives
no rows: the quotes of a match report, a court case or a weather forecast
are not the experts a trade analyst collects. Such an article is never
parsed with triage on (``in_scope``). Articles about aid, wages, fines or
budgets name money, so their quotes stay.

Finer grain, for articles that are parsed: the trade component reads the
text, the money mentions, the tags and the parse, and the quote component is
the only reader of the entity recogniser; so an article with no money or
change cue need not run the trade component, and one with no quote cue need
not run the entity recogniser or the quote component
(``unneeded_components``; tests run the corpus with and without them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.normalize.changes import _CHANGE_GATE
from extractor.normalize.money import find_money
from extractor.quotes import _tables as QT
from extractor.quotes.spans import find_quote_spans

__all__ = [
    "PARSED",
    "SKIPPED",
    "OFF",
    "Triage",
    "change_cue",
    "in_scope",
    "money_cue",
    "quote_cue",
    "trade_cue",
    "triage_text",
    "unneeded_components",
]

# Values of the ``triage`` column of ``articles``.
PARSED = "parsed"
SKIPPED = "skipped"
OFF = "off"  # --no-triage: every article parsed, nothing decided

# The very gate ``find_changes`` applies to a sentence (a substring of the
# text, so no match in the text means none in any sentence): one pattern for
# both, so they cannot drift apart.
_CHANGE_CUE = _CHANGE_GATE
# Tokens the quote extractor can take for a reporting verb or "according to".
_QUOTE_WORDS: frozenset[str] = frozenset(QT.VERB_INDEX) | {"according"}
# Runs of ASCII letters in the lower-cased text. A token equal to a verb form
# is such a run: the tokenizer never splits a word between two letters
# (tests check its special cases), and a neighbour that is not an ASCII
# letter only makes the run shorter, so it matches more, never less.
_WORD = re.compile(r"[a-z]+")
_QUOTE_CHARS = frozenset(QT.OPEN_MARKS | QT.CLOSE_MARKS | QT.STRAIGHT_MARKS)

SKIP_REASON = "no money, change or quote cue"
OUT_OF_SCOPE_REASON = "out of scope: no money mention and no word of trade"

# Words of trade itself (not the flow cues of the trade component, which take
# "sales" or "sent" for exports inside a trade story).
_TRADE_WORD = re.compile(
    r"\b(?:trade[sd]?|trading|exports?|exported|exporting|exporters?|imports?|imported|importing|importers?|"
    r"re-?exports?|tariffs?|customs|shipments?|commerce|turnover)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Triage:
    """What the raw text of one article can hold: the first cue found of
    each kind ("" for none)."""

    money: str = ""
    change: str = ""
    quote: str = ""
    trade: str = ""

    @property
    def in_scope(self) -> bool:
        """Whether the dataset covers the article at all (see the module's
        docstring)."""
        return bool(self.money or self.trade)

    @property
    def parse(self) -> bool:
        return self.in_scope and bool(self.money or self.change or self.quote)

    @property
    def label(self) -> str:
        return PARSED if self.parse else SKIPPED

    @property
    def reason(self) -> str:
        """Why, for the ``triage_reason`` column.

        >>> Triage(money="$5 million", quote="said").reason
        "money '$5 million'; quote 'said'"
        >>> Triage(trade="exports").reason
        'no money, change or quote cue'
        >>> Triage(quote="said").reason
        'out of scope: no money mention and no word of trade'
        """
        if not self.in_scope:
            return OUT_OF_SCOPE_REASON
        if not self.parse:
            return SKIP_REASON
        cues = (("money", self.money), ("change", self.change), ("quote", self.quote))
        return "; ".join(f"{kind} {cue!r}" for kind, cue in cues if cue)


def money_cue(text: str) -> str:
    """The first money mention, as the money component would find it.

    >>> money_cue("Tickets cost $45 each.")
    '$45'
    >>> money_cue("The match ended 2-1.")
    ''
    """
    found = find_money(text)
    return found[0].text if found else ""


def change_cue(text: str) -> str:
    """The first gate word of a stated change ("" when a change claim is
    impossible).

    >>> change_cue("Turnout rose to 64 percent.")
    'percent'
    >>> change_cue("Rain is expected by noon.")
    ''
    """
    m = _CHANGE_CUE.search(text)
    return m.group(0) if m else ""


def quote_cue(text: str) -> str:
    """The first cue of a possible quote: a pair of quotation marks (shown
    as the first words quoted) or a reporting verb form.

    >>> quote_cue('The coach said the team was tired.')
    'said'
    >>> quote_cue('He called it \\u201ca fine day\\u201d.')
    '\\u201ca fine day\\u201d'
    >>> quote_cue('Heavy rain is due on Tuesday.')
    ''
    """
    if not _QUOTE_CHARS.isdisjoint(text):
        spans = find_quote_spans(text)
        if spans:
            s = spans[0]
            words = text[s.start : s.end]
            return f"\u201c{words[:40]}{'…' if len(words) > 40 else ''}\u201d"
    for m in _WORD.finditer(text.lower()):
        if m.group(0) in _QUOTE_WORDS:
            return m.group(0)
    return ""


def trade_cue(text: str) -> str:
    """The first word of trade itself ("" for none).

    >>> trade_cue("Soybean exports rose.")
    'exports'
    >>> trade_cue("The striker's transfer fee was not disclosed.")
    ''
    """
    m = _TRADE_WORD.search(text)
    return m.group(0) if m else ""


def in_scope(text: str) -> bool:
    """Whether the dataset covers an article: it names money or trade.

    >>> in_scope("The coach said the team was tired.")
    False
    >>> in_scope("Wages rose to $800 a month, a researcher said.")
    True
    >>> in_scope("Exports fell 3 percent, the ministry said.")
    True
    """
    return bool(trade_cue(text) or money_cue(text))


def triage_text(text: str) -> Triage:
    """The cues of one article's text.

    >>> triage_text("Rain until Friday, then sun.").parse
    False
    >>> triage_text("Shares rose 3% on Monday.").label  # no money, no trade
    'skipped'
    >>> triage_text("Exports rose 3% in May.").label
    'parsed'
    """
    money = money_cue(text)
    trade = trade_cue(text)
    if not (money or trade):
        return Triage()  # out of scope: the other cues cannot matter
    return Triage(money=money, change=change_cue(text), quote=quote_cue(text), trade=trade)


# The pipeline's components that only one kind of row needs (both need the
# tokenizer, tok2vec, the tagger, the paragraph breaks and the parser).
_TRADE_COMPONENTS = ("money_finder", "trade_extractor")
_QUOTE_COMPONENTS = ("ner", "quote_extractor")


def unneeded_components(t: Triage) -> tuple[str, ...]:
    """Components whose output cannot reach a row of this article.

    The trade component reads the text, the money mentions, tags and parse
    (and infers a publication date, which the caller then does itself); the
    quote component is the only reader of entities.

    >>> unneeded_components(Triage(quote="said"))
    ('money_finder', 'trade_extractor')
    >>> unneeded_components(Triage(money="$1", quote="said"))
    ()
    >>> unneeded_components(Triage(change="percent"))
    ('ner', 'quote_extractor')
    """
    out: tuple[str, ...] = ()
    if not (t.money or t.change):
        out += _TRADE_COMPONENTS
    if not t.quote:
        out += _QUOTE_COMPONENTS
    return out
