"""Money as published articles write it (issue 13): signs, slips of typing
and headline shorthand. Sentences are ours."""

from decimal import Decimal

import pytest

from extractor.normalize.money import find_money


@pytest.mark.parametrize(
    "text, value",
    [
        # the bug: the minus before "US$" was dropped and a deficit became a surplus
        ("In June the balance with Chile was -US$1.78 billion.", Decimal("-1780000000")),
        ("a balance of (-$2.5bn) in May", Decimal("-2500000000")),
        # the bug: "$130. 4 billion" was $130 and "$55.m" was $55
        ("trade amounted to $130. 4 billion last year", Decimal("130400000000")),
        ("rose from $22.5m to $55.m over the period", Decimal("55000000")),
        # the bug: "$1.2T" in a headline was $1.2
        ("Surplus Surges to a Record $1.2T", Decimal("1200000000000")),
    ],
)
def test_signs_and_slips_keep_the_figure_the_text_means(text, value):
    assert find_money(text)[-1].value == value


@pytest.mark.parametrize("text", ["between $200-$300 million", "T-shirts sold for $5 T-bills"])
def test_a_hyphen_of_a_range_or_a_word_is_no_sign_or_scale(text):
    assert all(m.value > 0 and m.value < 10**9 for m in find_money(text))


def test_a_report_about_one_dollar_economy_alone_states_its_own_dollar():
    # the bug: a government release on Canada's trade with the world, naming no
    # other economy and no source, read its bare "$" as US dollars
    text = "Canada's merchandise trade deficit widened to $19.5 billion in 2020, the largest on record."
    assert [m.currency for m in find_money(text)] == ["CAD"]


@pytest.mark.parametrize(
    "text",
    [
        "Australia's exports to China rose to $5 billion.",  # another economy named: a foreign wire's dollars
        "Canada's exports rose to $5 billion (US$3.7 billion).",  # US dollars marked beside it
    ],
)
def test_a_report_naming_another_economy_or_us_dollars_keeps_the_us_dollar(text):
    assert find_money(text)[0].currency == "USD"
