"""Change claims whose subject is a pronoun: the pronoun stands for the
series the sentence before was about. Sentences are ours."""

PUBLISHED = "2025-10-20"


def claims(nlp, text):
    from extractor.assemble import extract_text

    return [
        (c["pct_change"], c["flow"], c["economy"], c["partner"], c["period_label"], c["base_period_label"])
        for c in extract_text(text, published=PUBLISHED, nlp=nlp).rows()["change_claims"]
    ]


def test_regression_a_pronoun_subject_takes_the_series_of_the_sentence_before(nlp):
    """'In July they fell 21%' after a sentence on Vietnam's exports to
    Canada named no flow of its own and was dropped."""
    text = (
        "Vietnam's total exports rose 6.1% in September from a year earlier to $40.2 billion.\n\n"
        "Vietnam's exports to Canada have shrunk for five months in a row. In July they fell 21%."
    )
    got = claims(nlp, text)
    assert (-21.0, "export", "VNM", "CAN", "2025-07", "2024-07") in got


def test_regression_a_pronoun_after_a_sentence_with_no_flow_adds_no_claim(nlp):
    """A pronoun whose sentence before names no trade flow is not read as one."""
    text = (
        "Vietnam's total exports rose 6.1% in September from a year earlier to $40.2 billion.\n\n"
        "The central bank kept its policy rate unchanged. In July it cut the reserve ratio by 5%."
    )
    got = claims(nlp, text)
    assert [c for c in got if c[0] == -5.0] == []
