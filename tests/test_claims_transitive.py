"""Change claims stated with a transitive verb: the verb's object, not its
subject, is the series that changed. Sentences are ours."""

PUBLISHED = "2025-10-20"


def claims(nlp, text):
    from extractor.assemble import extract_text

    return [
        (c["pct_change"], c["flow"], c["economy"], c["partner"], c["period_label"], c["base_period_label"])
        for c in extract_text(text, published=PUBLISHED, nlp=nlp).rows()["change_claims"]
    ]


def test_regression_a_transitive_change_is_its_objects(nlp):
    """'Strong grain sales lifted trade between Kenya and Uganda by 12 percent'
    was no change at all: the size came after the verb's object."""
    text = (
        "Strong grain sales lifted trade between Kenya and Uganda by 12 percent in 2024, "
        "the statistics office said on Monday."
    )
    got = claims(nlp, text)
    assert [(c[0], c[1], {c[2], c[3]}) for c in got] == [(12.0, "total", {"KEN", "UGA"})]


def test_regression_a_transitive_change_of_no_flow_is_no_claim(nlp):
    """'The central bank cut its key rate by 2 percent' in a trade article
    is not a change of the exports named before it."""
    text = (
        "Kenya's exports rose 4 percent in 2024 to $7.8 billion. "
        "Meanwhile, the central bank cut its key rate by 2 percent in 2024."
    )
    got = claims(nlp, text)
    assert [c[0] for c in got] == [4.0]


def test_regression_the_pair_of_a_transitive_changes_object_survives_a_title(nlp):
    """'lifted commerce between Kenya and its top trading partner Uganda by 9
    percent' lost Uganda to the world: the object's two economies are the pair."""
    text = "Tea sales lifted commerce between Kenya and its top trading partner Uganda by 9 percent in 2024."
    got = claims(nlp, text)
    assert [(c[0], c[1], {c[2], c[3]}) for c in got] == [(9.0, "total", {"KEN", "UGA"})]
