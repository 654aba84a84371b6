"""Quotation marks of published text (extractor.quotes.spans): single marks
in the British style, doubled apostrophes that reposts print for curly
quotes, and the right single mark that is an apostrophe. Sentences written
for the test."""

from __future__ import annotations

from extractor.quotes import find_quote_spans, find_quotes


def texts(text):
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_single_curly_marks_pair_and_apostrophes_do_not():
    text = "Chile\u2019s minister said: \u2018Our ports are open to Peru\u2019s exporters.\u2019"
    assert texts(text) == ["Our ports are open to Peru\u2019s exporters."]


def test_a_quote_within_a_quote_stays_inside_the_outer_one():
    text = "\u201cThey told us \u2018wait\u2019 for a year,\u201d she said."
    assert texts(text) == ["They told us \u2018wait\u2019 for a year,"]


def test_doubled_apostrophes_mark_a_quote():
    text = "''Exports held up better than expected,'' Maria Lopez of Banco Andino said."
    assert texts(text) == ["Exports held up better than expected,"]


def test_a_british_style_quote_has_its_speaker(parse):
    text = "\u2018The fees are unfair and we will appeal,\u2019 said Tomas Delgado, the trade minister."
    (q,) = find_quotes(parse(text))
    assert (q.speaker, q.kind, q.text) == ("Tomas Delgado", "direct", "The fees are unfair and we will appeal,")


def test_a_quoted_phrase_after_a_comma_is_not_introduced_by_the_sentence_verb(parse):
    text = (
        "Rancor between the two capitals has persisted, with angry exchanges over chips, "
        "''rare earths'' that are vital to industry, and visas."
    )
    assert find_quotes(parse(text)) == []
