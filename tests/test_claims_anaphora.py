"""A sentence whose subject is a definite noun of change ("The fall was
smaller than expected, and followed a 1.9% decrease in February") speaks of
the change stated last; a word of guessing in a coordinated clause before a
change does not make it a forecast. Every sentence here is ours; none is
copied from an article."""

from extractor.assemble import extract_text

LEAD = "Japan's exports fell 3.1% in March from a year earlier, data showed. It was the 15th month of contraction. "


def claims(nlp, text, published="2022-04-20"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [(r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"]) for r in rows]


def test_regression_definite_noun_of_change_continues_the_last_change(nlp):
    text = LEAD + "The fall was also smaller than in February, and followed a 1.9% decrease in February."
    assert claims(nlp, text) == [
        (-3.1, "export", "JPN", "W00", "2022-03"),
        (-1.9, "export", "JPN", "W00", "2022-02"),
    ]


def test_regression_guess_in_a_coordinated_clause_does_not_govern_the_change(nlp):
    text = (
        LEAD
        + "The fall was also smaller than a 4.0% decline expected by analysts, and followed a 1.9% decrease in February."
    )
    assert claims(nlp, text) == [
        (-3.1, "export", "JPN", "W00", "2022-03"),
        (-1.9, "export", "JPN", "W00", "2022-02"),
    ]


def test_guess_in_the_changes_own_clause_still_makes_a_forecast(nlp):
    text = LEAD + "The fall was also smaller than analysts expected, who now forecast a 1.9% decrease in April."
    assert [c[0] for c in claims(nlp, text)] == [-3.1]


def test_noun_of_change_subject_naming_another_economy_is_not_the_last_change(nlp):
    text = LEAD + "The fall in Chile was steeper, after a 1.9% decrease in February."
    assert (-1.9, "export", "JPN", "W00", "2022-02") not in claims(nlp, text)
