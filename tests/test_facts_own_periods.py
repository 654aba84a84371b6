"""A compared figure's own period, named after the flow noun it measures
("higher than the $1.7-billion deficit in the same month last year"): the
figure's period, not a base to skip. Sentences are our own (issue 13)."""

from extractor.assemble import extract_text


def shapes(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return [(f["value"], f["flow"], f["economy"], f["period_label"]) for f in rows]


def test_the_same_month_last_year_after_a_compared_deficit_was_the_current_month(nlp):
    # the bug: the $0.8 billion deficit took March 2024, the month of the first figure
    text = (
        "Peru's trade balance for March showed a deficit of $1.9 billion, "
        "wider than the $0.8-billion deficit recorded in the same month last year, officials said."
    )
    assert shapes(nlp, text, "2024-05-10") == [
        (-1.9e9, "balance", "PER", "2024-03"),
        (-0.8e9, "balance", "PER", "2023-03"),
    ]


def test_the_comparable_period_of_a_named_year_after_a_compared_surplus_is_that_years_span(nlp):
    # the bug: the $0.6 billion surplus took January-September 2020, the span of the figure before it
    text = (
        "Peru posted a trade surplus of $2.8 billion in September 2020. "
        "Its surplus for January to September 2020 of $14.2 billion compares with "
        "a surplus of $0.6 billion for the comparable period in 2019."
    )
    assert shapes(nlp, text, "2020-10-30")[-1] == (0.6e9, "balance", "PER", "2019-01/2019-09")


def test_a_month_the_release_verb_governs_through_its_agent_is_no_period_of_the_data(nlp):
    # the bug: "the June report issued by the customs office in late July" gave the figure July
    text = (
        "Based on the June customs report released by the customs agency in late July, "
        "Peru's exports to Chile totalled just 9,420,000 USD."
    )
    assert shapes(nlp, text, "2018-08-10") == [(9420000.0, "export", "PER", "2018-06")]
