"""Month names typed in haste (issue 13: real text misspells months). One
letter dropped or two neighbours swapped still names the month; variants that
are words of their own do not. Sentences are ours."""

from __future__ import annotations

import pytest

from extractor.normalize.periods import MONTH_MISSPELLINGS, find_period_mentions, parse_period


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Aprl", "2025-04"),
        ("Apirl", "2025-04"),
        ("Febuary 2024", "2024-02"),
        ("Feburary 2024", "2024-02"),
        ("Septmeber 2024", "2024-09"),
        ("Decmber 2024", "2024-12"),
    ],
)
def test_a_month_with_one_letter_dropped_or_swapped_is_that_month(phrase, label):
    assert parse_period(phrase, published="2025-05-20").label == label


def test_misspelled_months_in_a_range():
    assert [m.text for m in find_period_mentions("shipments in Septmeber-Novmber rose")] == ["Septmeber-Novmber"]


@pytest.mark.parametrize("text", ["Shares of Marc Jacobs rose.", "The Mach number was high.", "Each seed has an aril."])
def test_regression_words_that_are_one_letter_from_a_month_are_no_month(text):
    assert find_period_mentions(text) == []


def test_misspellings_are_only_of_long_names_and_keep_the_first_letter():
    assert all(len(v) >= 4 for v in MONTH_MISSPELLINGS)
    assert not {"Jne", "Jly", "Juyl"} & set(MONTH_MISSPELLINGS)  # June and July are too short
    assert all(v[0] in "JFMASOND" for v in MONTH_MISSPELLINGS)


def test_regression_a_typo_in_the_month_lost_the_period_of_a_trade_fact(nlp):
    from extractor.assemble import extract_text

    text = "SEOUL, May 20, 2025 -- South Korea's exports to Vietnam reached $5.1 billion in Apirl."
    facts = extract_text(text, nlp=nlp).trade_facts
    assert [(f.value, f.period_label) for f in facts] == [(5.1e9, "2025-04")]
