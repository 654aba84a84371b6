"""Coordination without "respectively": flow words coordinated as one
subject pair in order with a coordinated list of figures, an object named
once serves both, and a period closing a list of figures is each one's.
Sentences are our own (issue 13)."""

from extractor.assemble import extract_text


def shapes(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(f["value"], f["flow"], f["economy"], f["partner"], f["period_label"]) for f in rows]


def test_coordinated_flow_words_pair_with_coordinated_figures_and_share_their_object(nlp):
    # the bug: both figures were imports (the nearer flow word), or exports to the world
    text = "In 2018, Peru's exports to and imports from Chile were $4.5 billion and $4.1 billion."
    assert shapes(nlp, text, "2019-11-25") == [
        (4.5e9, "export", "PER", "CHL", "2018"),
        (4.1e9, "import", "PER", "CHL", "2018"),
    ]


def test_a_period_closing_a_list_of_figures_is_each_figures_period(nlp):
    # the bug: the first figure of "$4.8 billion and $1.9 billion last year" took the article's focus
    text = (
        "Peru's exports to Chile for the first 10 months of this year were $8 billion. "
        "Its exports to Chile soared to $4.8 billion and $1.9 billion last year."
    )
    assert [r[4] for r in shapes(nlp, text, "2019-11-25")] == ["2019-01/2019-10", "2018", "2018"]


def test_a_total_named_as_exports_and_imports_is_no_pair_of_flows(nlp):
    # "exports and imports" together name the total: no pairing
    text = "Peru's exports and imports were $45 million and $41 million in 2018."
    assert {r[1] for r in shapes(nlp, text, "2019-11-25")} == {"total"}
