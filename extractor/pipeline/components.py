"""Our spaCy components: thin shells that call the pure functions in
``normalize``, ``facts`` and ``quotes`` and store the results on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor import facts, quotes
from extractor.normalize.money import find_money
from extractor.pipeline.extensions import doc_text


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that open a paragraph (after a blank line):
    sentences never run across paragraphs, whatever the parser thinks. (List
    items stay in their list's sentence: rows read their flow from its head.)"""
    starts = []
    for tok in doc[:-1]:
        ws = tok.text if tok.is_space else tok.whitespace_
        # a whitespace token carries the break; the first word after it opens the paragraph
        if ws.count("\n") >= 2 and not doc[tok.i + 1].is_space:
            starts.append(tok.i + 1)
    return starts


class ParagraphBreaks:
    def __call__(self, doc: Doc) -> Doc:
        for i in paragraph_starts(doc):
            doc[i].is_sent_start = True
        return doc


class MoneyFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.money = find_money(doc_text(doc))
        return doc


class TradeExtractor:
    def __call__(self, doc: Doc) -> Doc:
        found = facts.extract_facts(doc)
        doc._.trade_facts = found.facts
        doc._.change_claims = found.claims
        return doc


class QuoteExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes.find_quotes(doc)
        return doc


@Language.factory("extractor_paragraphs", default_config={})
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


@Language.factory("extractor_money", default_config={})
def make_money_finder(nlp: Language, name: str) -> MoneyFinder:
    return MoneyFinder()


@Language.factory("extractor_trade", default_config={})
def make_trade_extractor(nlp: Language, name: str) -> TradeExtractor:
    return TradeExtractor()


@Language.factory("extractor_quotes", default_config={})
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()
