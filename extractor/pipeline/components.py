"""Our spaCy components: thin shells that call the pure functions in
``normalize``, ``facts`` and ``quotes`` and store the results on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor import facts, quotes
from extractor.normalize.money import find_money


class MoneyFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.money = find_money(doc.text)
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


@Language.factory("extractor_money", default_config={})
def make_money_finder(nlp: Language, name: str) -> MoneyFinder:
    return MoneyFinder()


@Language.factory("extractor_trade", default_config={})
def make_trade_extractor(nlp: Language, name: str) -> TradeExtractor:
    return TradeExtractor()


@Language.factory("extractor_quotes", default_config={})
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()
