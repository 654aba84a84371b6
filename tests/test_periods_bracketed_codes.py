"""A quarter named in words and restated as a code in brackets before its
year ("the first quarter (Q1) of 2019") is that quarter of that year (issue
13, session 6). Phrases are our own."""

from extractor.normalize.periods import parse_period


def test_a_bracketed_quarter_code_cut_the_quarter_from_its_year():
    # the bug: the brackets stopped the year part, so the article's figures took the whole year
    assert parse_period("in the first quarter (Q1) of 2019", published="2020-02-01").label == "2019-Q1"
    assert parse_period("in the second Quarter (Q2) 2022", published="2023-08-01").label == "2022-Q2"


def test_a_bracketed_code_without_a_year_still_names_the_latest_such_quarter():
    assert parse_period("in the third quarter (Q3)", published="2018-12-01").label == "2018-Q3"
