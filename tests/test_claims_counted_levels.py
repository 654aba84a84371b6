"""A change stated of a level counted in units, not money, is a change in
volume and no change claim (issue 13, session 6): "sales totaled 1.4
million units (up 0.8 percent)". Every sentence here is ours; none is
copied from an article."""

from extractor.assemble import extract_text

PUB = "2026-01-15"


def pcts(nlp, text):
    return sorted(r["pct_change"] for r in extract_text(text, published=PUB, nlp=nlp).rows()["change_claims"])


def test_regression_change_of_a_count_of_units_is_no_claim(nlp):
    text = (
        "South Korea's car exports rose 5 percent to $70 billion in 2025.\n\n"
        "Of the cars built, 2.1 million units were exported (down 1.2 percent year-on-year).\n\n"
        "Sales of imported cars reached 300,000 units, up 4.5 percent from 2024.\n\n"
        "Truck exports climbed to 90,000 units (up 7 percent)."
    )
    assert pcts(nlp, text) == [5.0]


def test_change_rising_to_a_count_is_no_claim(nlp):
    text = (
        "South Korea's car exports rose 5 percent to $70 billion in 2025. Van exports rose 9 percent to 40,000 units."
    )
    assert pcts(nlp, text) == [5.0]


def test_money_figure_after_the_count_keeps_the_claim(nlp):
    # the clause's level is the money figure, the count only describes the goods
    text = "Australia's coal exports of 2 million tons earned $3 billion in 2025, up 8 percent from 2024."
    assert pcts(nlp, text) == [8.0]
