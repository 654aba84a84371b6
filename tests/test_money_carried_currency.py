"""A currency stated once, then bare scaled figures (issue 13: real text
writes "$5.2 billion ... 4.1 billion"). Sentences are ours."""

from __future__ import annotations

import pytest

from extractor.normalize.money import find_money


def _found(text):
    return [(m.text, float(m.value), m.currency) for m in find_money(text)]


def test_a_bare_figure_in_the_same_sentence_takes_the_stated_currency():
    assert _found("Exports rose to €5.2 billion, while imports fell to 4.1 billion.") == [
        ("€5.2 billion", 5.2e9, "EUR"),
        ("4.1 billion", 4.1e9, "EUR"),
    ]


def test_a_bare_figure_in_the_next_sentence_takes_it_too():
    assert _found("Sales to Japan were 3.5 trillion won. Purchases from it came to 2.9 trillion.")[1] == (
        "2.9 trillion",
        2.9e12,
        "KRW",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Revenue reached $2 billion. The country has 1.4 billion people.",  # a unit follows
        "Revenue reached $2 billion.\n\nThe city spent 3 billion on roads.",  # another paragraph
        "Revenue reached $2 billion. Nothing changed. Later it was 3 billion.",  # two sentences on
        "Tickets cost $45. About 2 million attended.",  # the stated mention had no scale word
    ],
)
def test_regression_bare_figures_that_are_not_carried_money(text):
    assert len(find_money(text)) == 1


def test_regression_the_second_flow_of_a_sentence_lost_its_figure(nlp):
    from extractor.assemble import extract_text

    text = "SEOUL, May 20, 2025 -- In April, exports to Chile rose to $1.2 billion and imports from Chile fell to 0.9 billion."
    facts = extract_text(text, nlp=nlp).trade_facts
    assert sorted((f.flow, f.value, f.currency) for f in facts) == [("export", 1.2e9, "USD"), ("import", 0.9e9, "USD")]


def test_a_pair_of_figures_shares_the_unit_of_the_second():
    assert _found("The surplus rose from 32 billion to 91 billion euros.")[0] == ("32 billion", 32e9, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "Trade was $240 billion. Measured in yuan, it came to 1.74 trillion.",  # another currency named between
        "A surplus of €57.5 bn, against €-9.4 bn a year before.",  # a sign after the symbol is not a bare figure
    ],
)
def test_regression_a_bare_figure_took_a_currency_the_text_had_left(text):
    assert all(m.text.startswith(("$", "€")) for m in find_money(text))
