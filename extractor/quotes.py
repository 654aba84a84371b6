"""Quotes, speakers, roles and affiliations from a parsed Doc (placeholder)."""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.records import Quote


def find_quotes(doc: Doc) -> list[Quote]:
    """Quotes of the Doc, with ``article_id`` and ``quote_id`` left empty
    (the assembler fills them)."""
    return []
