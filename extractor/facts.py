"""Trade facts and change claims from a Doc's spans (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass
class FoundFacts:
    facts: list = field(default_factory=list)
    claims: list = field(default_factory=list)


def extract_facts(doc: Doc) -> FoundFacts:
    return FoundFacts()
