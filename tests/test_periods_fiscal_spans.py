"""A fiscal year written as two years ("2017/18", "2020-21") after a span of
months or "the same period of" (issue 13, session 6). Phrases are our own."""

from datetime import date

from extractor.normalize.periods import Period, parse_period


def test_a_month_span_of_a_fiscal_year_written_with_a_slash_lost_its_second_year():
    # the bug: "of 2017/18" was read as "of 2017", so July-June ran 2016-17
    assert parse_period("in the July-June period of 2017/18", published="2018-08-01").label == "2017-07/2018-06"


def test_the_same_period_of_a_fiscal_year_moves_the_focus_into_the_year_it_ends_in():
    # the bug: "the same period of 2020-21" moved a July-April focus into 2020 (2019-20)
    focus = Period(date(2021, 7, 1), date(2022, 4, 30))
    assert parse_period("compared with the same period of 2020-21", published="2022-05-07", focus=focus).label == (
        "2020-07/2021-04"
    )


def test_the_same_period_of_a_calendar_year_still_moves_into_that_year():
    focus = Period(date(2022, 1, 1), date(2022, 4, 30))
    assert parse_period("the same period of 2020", published="2022-05-07", focus=focus).label == "2020-01/2020-04"


def test_a_year_named_by_the_month_it_ends_in_was_read_as_that_month():
    # the bug: "in the March 2018 year" (twelve months to March) was March 2018 alone
    assert parse_period("exports rose in the March 2018 year", published="2018-06-05").label == "2017-04/2018-03"
    assert parse_period("in March 2018", published="2018-06-05").label == "2018-03"
