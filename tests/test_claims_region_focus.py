"""A sentence that names no economy and opens with a subject that refers
back ("The exports, imports and surplus …") continues the pair of the
sentence before; when that pair is a region's, which has no code, its
changes are no claims. Every sentence here is ours; none is copied from an
article."""

from extractor.assemble import extract_text


def claims(nlp, text, published="2021-11-30"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [(r["pct_change"], r["flow"], r["economy"], r["partner"]) for r in rows]


def test_regression_anaphoric_subject_after_a_region_is_the_regions(nlp):
    text = (
        "Peru's exports to the Gulf states were worth $8 billion in the first ten months, the ministry said. "
        "The exports and imports decreased 2.8 percent and 4.7 percent "
        "from a year ago, respectively."
    )
    assert claims(nlp, text) == []


def test_series_with_no_determiner_after_a_region_is_its_own(nlp):
    text = (
        "Peru's trade with Latin American countries reached $8 billion in the first ten months. "
        "Copper exports went up by 8.8 percent, the ministry said."
    )
    assert [c[:2] for c in claims(nlp, text)] == [(8.8, "export")]


def test_anaphoric_subject_after_a_country_pair_keeps_that_pair(nlp):
    text = (
        "Peru's exports to Chile came to $8 billion in the first ten months, the ministry said. "
        "The exports decreased 2.8 percent from a year ago."
    )
    assert claims(nlp, text) == [(-2.8, "export", "PER", "CHL")]
