"""The pipeline as configured in models/extractor.cfg."""

from extractor.pipeline.components import paragraph_starts


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("paragraph_breaks") < names.index("parser")
    assert names[-3:] == ["money_finder", "trade_extractor", "quote_extractor"]


def test_sentences_never_run_across_paragraphs(nlp):
    text = "Exports by market:\n- China: $3.9 billion (+12.8% y/y)\n\nrice prices fell 20 percent in value"
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("rice prices") for s in sentences)
    assert not any("China" in s and "rice" in s for s in sentences)


def test_paragraph_starts_are_the_first_tokens_after_a_blank_line(nlp):
    doc = nlp.make_doc("One line.\nSame paragraph.\n\nNew paragraph.\n \n  Another.")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["New", "Another"]


def test_regression_doc_text_on_a_doc_made_before_our_extensions_were_registered():
    # find_quotes(doc) on a plain spaCy Doc raised "unregistered extension
    # attribute 'text'" when no pipeline of ours had been loaded in the process
    import spacy
    from spacy.tokens import Doc

    from extractor.pipeline.extensions import doc_text, register_extensions

    had = Doc.has_extension("text")
    if had:
        Doc.remove_extension("text")
    try:
        doc = spacy.blank("en")("Exports to Chile rose 5 percent, officials said.")
        assert doc_text(doc) == doc.text
        assert doc._.text == doc.text
    finally:
        register_extensions()
