"""Change claims that lean on the article's discourse (the pair and total in
hand), through the real pipeline. Sentences are ours, in the shape of the
user's example article."""

PUBLISHED = "2025-05-20"


def claims(nlp, text):
    from extractor.assemble import extract_text

    return [
        (c["pct_change"], c["flow"], c["economy"], c["partner"], c["period_label"], c["base_period_label"])
        for c in extract_text(text, published=PUBLISHED, nlp=nlp).rows()["change_claims"]
    ]


def test_regression_a_quoted_increase_keeps_the_total_in_hand(nlp):
    """An expert's 'an increase of over 10% compared to the same period last year'
    after a paragraph on the pair's total trade was read as an export claim."""
    text = (
        "Trade between North Korea and China in April reached $180.5 million, "
        "Chinese customs data showed on May 20.\n\n"
        "Kim Soo-hyun, an analyst at the Korea Institute, said, \"The rise is modest, but an increase of "
        'over 10% compared to the same period last year shows the border is busy again."'
    )
    got = claims(nlp, text)
    assert [(c[0], c[1]) for c in got] == [(10.0, "total")]
    assert {got[0][2], got[0][3]} == {"PRK", "CHN"} and got[0][4:] == ("2025-04", "2024-04")

