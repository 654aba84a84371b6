"""Currencies named by a word after the number or by a one-letter symbol,
and the stated conversion in brackets beside them (issue 13: real releases
state the rand both ways). Sentences are our own."""

from decimal import Decimal

import pytest

from extractor.normalize.money import find_money


def money(text):
    return [(m.text, m.value, m.currency, m.converts) for m in find_money(text)]


def test_rand_named_after_the_number_was_no_money():
    # the bug: "41.2 billion rand" was not read, so its dollar conversion became the fact
    assert money("The surplus reached 41.2 billion rand (2.3 billion U.S. dollar) in May.") == [
        ("41.2 billion rand", Decimal("41200000000.0"), "ZAR", None),
        ("2.3 billion U.S. dollar", Decimal("2300000000.0"), "USD", 0),
    ]


def test_a_one_letter_symbol_glued_to_a_scaled_number_is_a_currency():
    # the bug: "R12.40 billion" (rand) was no money at all
    assert money("Exports came to R12.40 billion and imports to R9.8 million.") == [
        ("R12.40 billion", Decimal("12400000000.00"), "ZAR", None),
        ("R9.8 million", Decimal("9800000.0"), "ZAR", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fill in Form R 3 billion times.",
        "The R2 score was 0.8.",
        "Its R5 model sold 3 million units.",
        "Route R7 is closed.",
    ],
)
def test_a_capital_letter_before_a_number_without_a_scale_or_a_space_between_is_a_label(text):
    assert money(text) == []


def test_a_singular_dollar_word_after_us_is_the_us_dollar():
    # the bug: "U.S. dollar" (singular) after a number was not a currency word
    assert money("about 1.5 billion U.S. dollar") == [("1.5 billion U.S. dollar", Decimal("1500000000.0"), "USD", None)]
