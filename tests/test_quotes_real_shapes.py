"""Quotes and speakers in shapes that published news uses and our written
corpus rarely did (extractor.quotes): a speaker described and named side by
side, a news outlet named beside its description, statistics given without a
figure, a title in the lead that the next paragraph names. Regression tests
named after the bug they pin; every sentence and name is written for the
test."""

from __future__ import annotations

import pytest

from extractor.quotes import find_quotes


def quotes_of(parse, text):
    return find_quotes(parse(text))


# --- a speaker described and named side by side -------------------------------


def test_a_description_with_a_company_name_in_apposition_speaks_as_the_company(parse):
    # it gave "another Japanese carmaker", an unnamed source
    text = "Another Japanese carmaker, Toyota, said it would build a second plant in Poland next year."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type) == ("Toyota", "organization")


def test_a_single_name_with_a_title_in_apposition_is_a_person(parse):
    # the recognizer knows no one-word name; the title beside it says who it is
    text = (
        '"Our farm exports have never been this strong," Wiranto, undersecretary for agricultural '
        "statistics, said at a briefing on Monday."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_type, q.role) == ("Wiranto", "person", "undersecretary")


def test_a_news_agency_named_beside_its_description_is_media(parse):
    # it took the agency's name for a person quoted
    text = (
        "Separately, the country's state-run news agency, Agencia Norte, reports that sales of coffee "
        "to Japan doubled last year."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_type == "media"


# --- statistics given without a figure ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada remained the largest trading partner of Mexico in the third quarter, the statistics agency said.",
        "Norway continued to be Sweden's biggest export market in May, according to Statistics Sweden.",
        "The bureau also revealed that the share of oil in total imports declined steadily over the decade.",
    ],
)
def test_an_official_ranking_or_trend_of_trade_without_a_figure_is_a_statistics_origin(parse, text):
    # no figure, so the figure test let these through as the office's views
    assert quotes_of(parse, text) == []


def test_worse_than_expected_is_a_past_comparison_not_a_forecast(parse):
    # "expected" after "than" made the clause a forecast, which stays a quote
    text = "The country's trade deficit was wider than expected in June, according to the national statistics office."
    assert quotes_of(parse, text) == []


def test_a_ranking_with_its_reason_is_an_explanation_and_stays_a_quote(parse):
    text = "Canada remained the largest trading partner of Mexico because of the car industry, the ministry said."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "ministry"


def test_an_analysts_ranking_of_trade_stays_a_quote(parse):
    text = "Canada remained the largest trading partner of Mexico last year, analysts said."
    (q,) = quotes_of(parse, text)
    assert q.speaker == "analysts"


# --- who is quoted, and what a reported clause holds -----------------------------


def test_a_lower_case_title_inside_a_recognized_name_is_not_part_of_it(parse):
    # "the BPS" later took the person whose name span held "BPS chief"
    text = (
        'The Central Statistics Agency (BPS) published its June data. "Demand held up well," BPS chief '
        "Wirawan said on Monday.\n\n"
        "The BPS reports that June exports grew 6.2 percent to $18.4 billion."
    )
    qs = quotes_of(parse, text)
    assert [(q.speaker, q.kind) for q in qs] == [("Wirawan", "direct")]


def test_quoted_as_saying_in_the_passive_is_the_person_quoted(parse):
    # the speaker was taken from the sentence's first clause ("Norway")
    text = (
        "Norway planned to sell more gas to Poland, and \u201csteady progress\u201d was being made, "
        "Energy Minister Ola Brekke was quoted as saying by the state broadcaster on Monday."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Ola Brekke"


def test_expected_with_an_object_and_an_infinitive_in_a_concessive_clause_is_a_quote(parse):
    # the parser hangs "to narrow" as an adverbial clause, so no clause was found
    text = (
        "While economists expected this year's trade surplus to narrow, partly because of weaker coal "
        "prices, the March surplus came as a surprise."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.cue) == ("economists", "expected")
    assert q.text.startswith("this year's trade surplus to narrow")


def test_a_negated_reporting_verb_after_but_stays_in_the_reported_clause(parse):
    # "he could not confirm if ..." was cut off as a second statement
    text = (
        "Agency head Anton Rask said exports of copper fell 3.2% on a yearly basis in June to $2.15 billion, "
        "but he could not confirm if the fall was due to a strike that began early last month."
    )
    (q,) = quotes_of(parse, text)
    assert q.text.endswith("due to a strike that began early last month")


def test_cited_as_a_cause_in_the_passive_quotes_nobody(parse):
    # the passive "quoted as saying" rule must not take "cited as the cause"
    text = (
        "Weak demand driven by the city's \u201cZero Waste\u201d policy was cited as the main cause of lower imports."
    )
    assert quotes_of(parse, text) == []


def test_expected_with_an_object_and_an_infinitive_in_a_relative_clause_is_the_groups_quote(parse):
    text = (
        "The rise surprised analysts, who had expected shipments of steel to shrink again in the second "
        "quarter, and the ministry welcomed it."
    )
    qs = [q for q in quotes_of(parse, text) if q.cue == "expected"]
    assert [q.speaker for q in qs] == ["analysts"]


def test_a_suggesting_participle_after_a_warning_stays_in_the_warning(parse):
    # "..., suggesting X" was cut off and given to the speaker as a second quote
    text = (
        "However the bureau warned that gaps in the data from the port authority had resulted in exports "
        "of gas being underestimated by about $500 million, suggesting the overall deficit may have been "
        "closer to $1.2 billion."
    )
    (q,) = quotes_of(parse, text)
    assert (q.cue, q.text.split()[-1]) == ("warned", "billion")


def test_the_head_of_a_statistics_office_passing_on_trade_figures_is_their_origin(parse):
    # "statistics bureau chief" held no title of state, so his figures were quotes
    text = (
        "Statistics bureau chief Anton Rask presented the June data on Monday. By value, exports of copper "
        "fell 8.5% to $1.9 billion in June, he said."
    )
    assert quotes_of(parse, text) == []
