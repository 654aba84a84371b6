"""Trade facts in shapes that published articles have and our written corpus
lacked (issue 13): each test pins one mechanism, with sentences we wrote."""

from extractor.assemble import extract_text
from extractor.facts.engine import is_heading


def facts(nlp, text, published="2025-11-10"):
    return extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]


def shape(f):
    return (f["value"], f["flow"], f["economy"], f["partner"], f["period_label"])


# ------------------------------------------------------------------ headlines
def test_a_headline_figure_takes_the_period_the_lead_states(nlp):
    text = (
        "Chile's copper exports top $40 billion\n\n"
        "Chile's exports reached $41.5 billion in the first ten months of 2025, the central bank said."
    )
    rows = facts(nlp, text)
    assert (40e9, "export", "CHL", "W00", "2025-01/2025-10") in [shape(f) for f in rows]


def test_a_headline_restating_the_lead_figure_is_one_fact(nlp):
    text = (
        "Peru posts $2.5 billion trade surplus\n\n"
        "Peru posted a trade surplus of $2.5 billion in September, official data showed."
    )
    rows = facts(nlp, text)
    assert [shape(f) for f in rows] == [(2.5e9, "balance", "PER", "W00", "2025-09")]


def test_a_heading_is_a_line_that_does_not_end_as_a_sentence():
    assert is_heading("Peru posts $2.5 billion trade surplus")
    assert not is_heading("Peru posted a surplus of $2.5 billion.")
