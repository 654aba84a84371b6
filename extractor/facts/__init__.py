"""Trade facts and change claims from an article's text, sentences and money.

Split by concern: ``candidates`` (is a figure trade, which cue it hangs on),
``roles`` and ``cue_roles`` (flow, owner, partner), ``lists`` ("respectively"),
``periods`` (periods in context), ``changes`` (change claims), ``discourse``
(the state each sentence reads and updates), ``article`` (article-level
settings) and ``engine`` (the loop over sentences).
"""

from extractor.facts.engine import extract_facts, extract_from_text
from extractor.facts.records import FoundClaim, FoundFact, FoundFacts

__all__ = ["FoundClaim", "FoundFact", "FoundFacts", "extract_facts", "extract_from_text"]
