"""Quotes, speakers, roles and affiliations from a parsed Doc.

Three steps, each a pure function over the text or the parsed Doc:

1. ``spans.find_quote_spans`` pairs quotation marks paragraph by paragraph
   (plain text, no model): a mark left without a partner is dropped, and a
   quote that runs to the end of its paragraph and is picked up by an opening
   mark in the next one is kept as a portion of a continued quote.
2. ``candidates``: every quoted passage with the reporting verb that frames
   it ("X said, ..." before it, "..., X said" after it), and every reporting
   verb with a clausal complement outside quotation marks (reported speech),
   plus "according to X, ...".
3. ``speakers`` resolves them in text order against an article-level memory
   of who was mentioned (``coreference.Memory``), so "he", "the professor",
   "the outlet" and "Ward" find the person or outlet named earlier; roles and
   affiliations (``roles``) come from appositions and titles around each
   person's name.
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
