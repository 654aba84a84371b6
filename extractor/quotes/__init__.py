"""Quotes, speakers, roles and affiliations from a parsed Doc.

Three steps, each a pure function over the text or the parsed Doc:

1. ``spans.find_quote_spans`` pairs quotation marks paragraph by paragraph
   (plain text, no model): a mark left without a partner is dropped, and a
   quote that runs to the end of its paragraph and is picked up by an opening
   mark in the next one is kept as a portion of a continued quote. Hard-wrapped
   lines and stray line breaks inside a quotation are joined first
   (``spans.paragraphs``).
2. ``candidates``: every quoted passage with the reporting verb that frames
   it ("X said, ..." before it, "..., X said" after it; a short phrase to whom
   the parse hangs it from), and every reporting verb with a clausal
   complement outside quotation marks (reported speech), plus "according to
   X, ...". ``frames`` finds reporting verbs and their speaker tokens in the
   parse; ``clauses`` cuts the reported clause where the speaker's words end.
3. ``speakers`` resolves them in text order against the article's discourse
   state: who was mentioned and who spoke (``coreference.Memory``), the
   organisations and acronyms it names, the documents whose authors it gives,
   and the stretches that are someone's quoted words. So "he", "the diplomat",
   "the office", "the report" and "Ward" find who was named earlier
   (``descriptions``); roles and affiliations (``roles``) come from
   appositions and titles around each person's name. ``origin`` says when a
   clause only passes a figure on (the figure's source, not a quote).
"""

from extractor.quotes.engine import find_quotes
from extractor.quotes.roles import describe_role, find_outlets, person_details
from extractor.quotes.spans import QuoteSpan, classify_mark, find_quote_spans, paragraphs
from extractor.quotes.tokens import coarse_pos

__all__ = [
    "QuoteSpan",
    "classify_mark",
    "coarse_pos",
    "describe_role",
    "find_outlets",
    "find_quote_spans",
    "find_quotes",
    "paragraphs",
    "person_details",
]
