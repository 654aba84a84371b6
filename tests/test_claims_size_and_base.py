"""A change's size stated in money with its percentage in brackets, its
series named as "trade volumes", its base named inside its own words, and
"over the same period" (issue 13, real-text shapes). Every sentence here is
ours; none is copied from an article."""

from extractor.assemble import extract_text
from extractor.normalize.changes import find_changes


def claims(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [
        (r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"], r["base_period_label"])
        for r in rows
    ]


def test_regression_size_in_a_currency_written_with_letters_keeps_its_bracketed_percentage():
    # rand, ringgit, soles: a currency code or letter glued to the number, like "$"
    for text in ("Exports rose by R5.8 billion (4.5%) in May.", "Exports rose RM5.8 billion (4.5%) in May."):
        assert [c.pct for c in find_changes(text)] == [4.5]


def test_lower_case_word_before_a_number_is_no_currency():
    assert find_changes("Exports rose by 5.8 billion (4.5%) in May.")[0].pct == 4.5
    assert find_changes("The fund holds up to 5.8 billion (4.5%) in bonds.") == []


def test_regression_trade_volumes_are_the_value_of_trade(nlp):
    text = "Peru's trade volumes with Chile increased by 26.7% in the first five months of 2023, customs data showed."
    assert claims(nlp, text, "2023-06-20") == [(26.7, "total", "PER", "CHL", "2023-01/2023-05", "2022-01/2022-05")]


def test_export_volumes_are_still_a_quantity(nlp):
    assert claims(nlp, "Peru's export volumes to Chile increased by 6.7% in May.", "2023-06-20") == []


def test_regression_month_on_month_inside_a_noun_of_change_is_its_base(nlp):
    text = (
        "Peru's trade with Chile rose 5% in the first five months. "
        "In May alone, trade amounted to $2.1 billion, an 8.6% month-on-month increase."
    )
    assert [c[0::5] for c in claims(nlp, text, "2022-06-20")] == [(5.0, "2021-01/2021-05"), (8.6, "2022-04")]


def test_regression_over_the_same_period_repeats_the_period_and_base_of_the_change_before(nlp):
    text = (
        "Peru's exports rose by PEN5.1 billion (3.5%) between May and June 2021 and imports rose by "
        "PEN2.2 billion (1.2%) over the same period."
    )
    assert claims(nlp, text, "2021-07-30") == [
        (3.5, "export", "PER", "W00", "2021-06", "2021-05"),
        (1.2, "import", "PER", "W00", "2021-06", "2021-05"),
    ]
