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
        'Kim Soo-hyun, an analyst at the Korea Institute, said, "The rise is modest, but an increase of '
        'over 10% compared to the same period last year shows that ties between North Korea and China remain close."'
    )
    got = claims(nlp, text)
    assert [(c[0], c[1]) for c in got] == [(10.0, "total")]
    assert {got[0][2], got[0][3]} == {"PRK", "CHN"} and got[0][4:] == ("2025-04", "2024-04")


def test_regression_an_unqualified_increase_naming_the_pair_is_the_totals(nlp):
    """After the total and then one-way figures, an expert's 'an increase of over
    10% compared to the same period last year shows that ties between A and B …'
    (no flow word; the pair in a clause after the change) is the total's, not
    the last one-way figure's."""
    text = (
        "Trade between North Korea and China in April reached $180.5 million, customs data showed on May 20.\n\n"
        'A monitoring group said, "In April, North Korea bought $150.2 million of goods from China. In the same '
        "month, North Korea's exports came to $30.3 million.\" It said imports drove the growth of trade between "
        "the two countries.\n\n"
        'Kim Soo-hyun, an analyst at the Korea Institute, added, "The rise is modest, but an increase of over 10% '
        'compared to the same period last year shows that ties between North Korea and China remain close."'
    )
    got = claims(nlp, text)
    assert [(c[0], c[1]) for c in got] == [(10.0, "total")]
