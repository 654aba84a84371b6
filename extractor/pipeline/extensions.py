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
    # the Doc's text, kept once (read it with doc_text): Doc.text joins every
    # token anew on each call, and the components read it several times
    "text": None,
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept (a Doc's text never changes).

    >>> import spacy
    >>> register_extensions()
    >>> doc = spacy.blank("en")("Exports rose 5%.")
    >>> doc_text(doc) == doc.text and doc._.text == doc.text
    True
    """
    if not Doc.has_extension("text"):
        # find_quotes and extract_facts also take a Doc from a plain spaCy
        # pipeline, made before anything registered our extensions
        register_extensions()
    text = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text
