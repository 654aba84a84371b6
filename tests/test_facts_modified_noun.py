"""The flow noun a figure modifies names what it measures ("widened to a
$3.1 billion deficit"), and a compared figure joined by "as against" after
a fiscal year's label continues the same series unless it names a flow of
its own. Sentences are our own (issue 13)."""

from extractor.assemble import extract_text


def shapes(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(f["value"], f["flow"], f["economy"], f["partner"], f["period_label"]) for f in rows]


def test_a_deficit_the_figure_modifies_wins_over_trade_named_before_it(nlp):
    # the bug: "balance of trade … widened to a $3.1 billion deficit" gave a positive total trade
    text = "Peru's balance of trade widened to a $3.1 billion deficit in February from $1.8 billion in February 2024."
    assert shapes(nlp, text, "2025-04-10") == [
        (-3.1e9, "balance", "PER", "W00", "2025-02"),
        (-1.8e9, "balance", "PER", "W00", "2024-02"),
    ]


def test_a_figure_as_against_after_a_fiscal_year_label_continues_the_series(nlp):
    # the bug: "… to $6.1 billion in 2022-23 as against $5.9 billion in 2021-22" read the
    # second figure from the imports named later in the sentence
    text = (
        "India's exports to Korea went up 3.5 per cent to $6.1 billion in 2022-23 as against "
        "$5.9 billion in 2021-22, while imports climbed some 11 per cent to $4.4 billion, the figures showed."
    )
    assert shapes(nlp, text, "2023-05-20") == [
        (6.1e9, "export", "IND", "KOR", "2022-04/2023-03"),
        (5.9e9, "export", "IND", "KOR", "2021-04/2022-03"),
        (4.4e9, "import", "IND", "KOR", "2022-04/2023-03"),
    ]


def test_a_compared_figure_with_a_flow_noun_of_its_own_is_no_continuation(nlp):
    # "compared to $0.5 billion in exports of cars": the compared figure names its own flow
    text = "Peru's car imports from Japan totaled $3.2 billion in 2016, compared to $0.5 billion in exports of Peruvian cars."
    rows = shapes(nlp, text, "2017-03-01")
    assert rows[0][:2] == (3.2e9, "import")
    assert rows[1][:2] == (0.5e9, "export")


def test_a_figure_followed_by_in_and_a_flow_noun_measures_that_flow(nlp):
    # the bug: "$38.4 billion in imports" after "$27.6 billion in exports" was read as exports too
    text = (
        "In 2021 Peru's trade with Chile came to $66 billion. "
        "That included $27.6 billion in exports and $38.4 billion in imports."
    )
    assert [r[:2] for r in shapes(nlp, text, "2022-03-01")] == [(66e9, "total"), (27.6e9, "export"), (38.4e9, "import")]
