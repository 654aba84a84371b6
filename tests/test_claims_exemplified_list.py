"""A "respectively" list that exemplifies the object of a preposition of
trade names partners, not owners (issue 13, session 6): "exports to major
markets — including Japan and India — grew 7% and 2%, respectively".
Every sentence here is ours; none is copied from an article."""

import pytest

from extractor.assemble import extract_text

PUB = "2025-06-10"
LEAD = "Thailand's exports rose 4 percent to $26 billion in May. "


def claims(nlp, text):
    rows = extract_text(text, published=PUB, nlp=nlp).rows()["change_claims"]
    return {r["pct_change"]: (r["flow"], r["economy"], r["partner"]) for r in rows}


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports to its main markets — including Japan and India — also grew by 7.2 percent and 2.4 percent, "
        "respectively.",
        "Exports to key buyers such as Japan and India rose 7.2 percent and 2.4 percent, respectively.",
        "Exports to Asian markets, notably Japan and India, rose 7.2 percent and 2.4 percent, respectively.",
    ],
)
def test_regression_exemplified_list_in_a_prepositional_object_names_partners(nlp, sentence):
    got = claims(nlp, LEAD + sentence)
    assert got[7.2] == ("export", "THA", "JPN")
    assert got[2.4] == ("export", "THA", "IND")


def test_a_list_of_subjects_stays_a_list_of_owners(nlp):
    got = claims(nlp, LEAD + "Japan and India saw their exports rise 7.2 percent and 2.4 percent, respectively.")
    assert got[7.2][1] == "JPN" and got[2.4][1] == "IND"
