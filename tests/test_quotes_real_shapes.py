"""Quotes and speakers in shapes that published news uses and our written
corpus rarely did (extractor.quotes): a speaker described and named side by
side, a news outlet named beside its description, statistics given without a
figure, a title in the lead that the next paragraph names. Regression tests
named after the bug they pin; every sentence and name is written for the
test."""

from __future__ import annotations

import pytest
import spacy

from extractor.pipeline import read_pipeline_config
from extractor.quotes import find_quotes


@pytest.fixture(scope="module")
def parse():
    settings = read_pipeline_config()["pipeline"]
    return spacy.load(settings["base_model"], exclude=list(settings.get("exclude", [])))


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
