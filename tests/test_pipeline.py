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
