"""Gapped conjuncts after a change: the verb and the flow are left out and
only a partner and a size remain ("exports to Mexico rose 14 percent, to
India 16 percent and to Chile 41 percent"). Every sentence here is ours;
none is copied from an article."""

from extractor.assemble import extract_text
from extractor.normalize.changes import find_changes


def claims(nlp, text, published="2018-06-10"):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return [(r["pct_change"], r["flow"], r["economy"], r["partner"], r["period_label"]) for r in rows]


def test_regression_partner_and_size_after_a_change_are_a_change_of_their_own():
    text = "Exports to Peru fell 3% in May, to the United States 5.5% and to Chile 2%."
    assert [c.pct for c in find_changes(text)] == [-3.0, -5.5, -2.0]


def test_a_figure_after_to_that_names_no_partner_is_no_gapped_change():
    assert [c.pct for c in find_changes("Exports rose 3% in May, to a record 5%.")] == [3.0]


def test_regression_gapped_conjunct_takes_its_remnant_partner(nlp):
    text = "Peru's exports to Mexico rose 14 percent in May, to India 16 percent and to Chile 41 percent, she said."
    assert claims(nlp, text) == [
        (14.0, "export", "PER", "MEX", "2018-05"),
        (16.0, "export", "PER", "IND", "2018-05"),
        (41.0, "export", "PER", "CHL", "2018-05"),
    ]


def test_gapped_conjunct_about_a_region_is_no_claim(nlp):
    text = "Peru's exports to Canada grew 12 percent in May, to Spain 19 percent and to South America 33 percent."
    assert [c[0] for c in claims(nlp, text)] == [12.0, 19.0]
