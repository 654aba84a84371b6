"""Every custom Doc attribute the extractor sets, declared in one table."""

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    # list[normalize.money.MoneyMention] — every money mention, trade or not
    "money": None,
    # list[facts.FoundFact] / list[facts.FoundClaim] — trade facts and change claims
    "trade_facts": None,
    "change_claims": None,
    # list[records.Quote] without ids — quotes with speakers
    "quotes": None,
    # article context set before the pipeline runs: published date (ISO) or ""
    "published": None,
    # where a published date found by the extractor came from: text | inferred
    "published_source": None,
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
