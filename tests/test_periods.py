"""Periods: finding and resolving, tested as pure functions, grouped by shape."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize.periods import (
    KINDS,
    Period,
    PeriodMention,
    base_period,
    find_period_mentions,
    parse_period,
    period_from_label,
    resolve_period,
)

PUB = date(2025, 5, 20)
APRIL_2025 = Period.of_month(2025, 4)
Q1_2025 = Period.of_quarter(2025, 1)


def label(text, published=PUB, focus=None):
    p = parse_period(text, published=published, focus=focus)
    return p.label if p else None


def mentions(text, **kw):
    return [(m.text, m.kind) for m in find_period_mentions(text, **kw)]


# ---------------------------------------------------------------- months


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("April 2024", PUB, "2024-04"),
        ("Apr. 2024", PUB, "2024-04"),
        ("Apr 2024", PUB, "2024-04"),
        ("April, 2024", PUB, "2024-04"),
        ("April of 2024", PUB, "2024-04"),
        ("APRIL 2024", PUB, "2024-04"),
        ("Sept. 2023", PUB, "2023-09"),
        ("2024-04", PUB, "2024-04"),
        ("04/2024", PUB, "2024-04"),
        ("April '24", PUB, "2024-04"),
        ("April 2024", None, "2024-04"),
    ],
)
def test_month_with_year(text, published, expected):
    assert label(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("April", PUB, "2025-04"),
        ("May", PUB, "2025-05"),  # the publication month has started
        ("June", PUB, "2024-06"),
        ("December", PUB, "2024-12"),
        ("Dec.", PUB, "2024-12"),
        ("December", date(2025, 1, 18), "2024-12"),
    ],
)
def test_month_without_year_is_latest_started_by_publication(text, published, expected):
    assert label(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("in April last year", PUB, "2024-04"),
        ("in April of last year", PUB, "2024-04"),
        ("April this year", PUB, "2025-04"),
        ("last April", PUB, "2025-04"),
        ("last April", date(2025, 4, 10), "2024-04"),
        ("last December", date(2025, 1, 5), "2024-12"),
        ("this April", date(2025, 2, 1), "2025-04"),
        ("next January", PUB, "2026-01"),
    ],
)
def test_month_relative_to_publication(text, published, expected):
    assert label(text, published) == expected


def test_month_kinds():
    assert mentions("in April 2024") == [("April 2024", "absolute")]
    assert mentions("in April") == [("April", "partial")]
    assert mentions("in April last year") == [("April last year", "relative")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports may rise.",
        "May I add something?",
        "Protesters march on.",
        "Jan Smith said so.",
        "the Apr figure",
    ],
)
def test_words_that_are_not_months(text):
    assert find_period_mentions(text) == []


def test_month_without_year_needs_a_date_or_focus():
    assert resolve_period("April", published=None) is None


# ---------------------------------------------------------------- relative


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("last month", PUB, "2025-04"),
        ("last month", date(2025, 1, 15), "2024-12"),
        ("this month", PUB, "2025-05"),
        ("last year", PUB, "2024"),
        ("this year", PUB, "2025"),
        ("next year", PUB, "2026"),
        ("the year before last", PUB, "2023"),
        ("last quarter", PUB, "2025-Q1"),
        ("last quarter", date(2025, 1, 10), "2024-Q4"),
        ("the last quarter", PUB, "2025-Q1"),
        ("this quarter", PUB, "2025-Q2"),
        ("the past three months", PUB, "2025-02/2025-04"),
        ("over the last 12 months", PUB, "2024-05/2025-04"),
    ],
)
def test_relative(text, published, expected):
    assert label(text, published) == expected


@pytest.mark.parametrize("text", ["last month", "last year", "this year", "so far this year", "last April"])
def test_relative_without_publication_date_is_none(text):
    assert resolve_period(text, published=None) is None
    assert find_period_mentions(text)[0].kind == "relative"


def test_relative_resolution_ignores_focus():
    assert label("last month", focus=Period.of_month(2023, 7)) == "2025-04"


def test_published_may_be_an_iso_string():
    assert resolve_period("last month", published="2025-05-20").label == "2025-04"
    assert resolve_period("last month", published="not a date") is None


# ---------------------------------------------------------------- anaphoric


@pytest.mark.parametrize(
    "text, focus, expected",
    [
        ("the previous month", APRIL_2025, "2025-03"),
        ("the preceding month", APRIL_2025, "2025-03"),
        ("a month earlier", Period.of_month(2025, 1), "2024-12"),
        ("the month before", APRIL_2025, "2025-03"),
        ("the same month last year", APRIL_2025, "2024-04"),
        ("the same period last year", APRIL_2025, "2024-04"),
        ("the same period last year", Q1_2025, "2024-Q1"),
        ("the same period of last year", Period.of_months(2025, 1, 2025, 5), "2024-01/2024-05"),
        ("the same period a year earlier", Q1_2025, "2024-Q1"),
        ("the corresponding period of the previous year", Q1_2025, "2024-Q1"),
        ("the same period", APRIL_2025, "2025-04"),
        ("the same period of 2023", APRIL_2025, "2023-04"),
        ("the same period two years earlier", APRIL_2025, "2023-04"),
        ("a year earlier", APRIL_2025, "2024-04"),
        ("a year ago", Period.of_half(2025, 1), "2024-H1"),
        ("two years earlier", APRIL_2025, "2023-04"),
        ("the previous quarter", Q1_2025, "2024-Q4"),
        ("a quarter earlier", Q1_2025, "2024-Q4"),
        ("the previous half", Period.of_half(2025, 1), "2024-H2"),
        ("the previous year", Period.of_year(2024), "2023"),
        ("the previous year", APRIL_2025, "2024"),  # not a base: the calendar year before
    ],
)
def test_anaphoric(text, focus, expected):
    assert label(text, focus=focus) == expected


@pytest.mark.parametrize(
    "text, focus, expected",
    [
        ("Total trade for the year came to $2 billion", APRIL_2025, "2025"),
        ("Soybean purchases shrank in the half", Period.of_month(2025, 6), "2025-H1"),
        ("in the quarter", Period.of_month(2025, 5), "2025-Q2"),
        ("during the period", Period.of_months(2025, 1, 2025, 5), "2025-01/2025-05"),
        ("in the month", APRIL_2025, "2025-04"),
        ("from the year-earlier period", Q1_2025, "2024-Q1"),
        ("the year-ago quarter", Q1_2025, "2024-Q1"),
        ("For the half-year, the two sides traded $1.2 billion", Period.of_month(2025, 6), "2025-H1"),
        ("2.4 billion rubles of the half-year total", Period.of_quarter(2025, 2), "2025-H1"),
        ("By destination, annual shipments were", Period.of_month(2024, 12), "2024"),
        ("the annual total", Q1_2025, "2025"),
        ("over the same six months", Period.of_half(2025, 1), "2025-H1"),
        ("in the same 10-day period", Period(date(2025, 3, 1), date(2025, 3, 10)), "2025-03-01/2025-03-10"),
    ],
)
def test_the_unit_holding_the_focus(text, focus, expected):
    assert label(text, focus=focus) == expected


@pytest.mark.parametrize(
    "text",
    ["the year ahead", "the month of sanctions", "the year to which it refers", "the year's end", "the annual meeting"],
)
def test_the_unit_followed_by_other_words_is_not_a_period(text):
    assert not any(m.text.startswith("the ") and m.kind == "anaphoric" for m in find_period_mentions(text))


def test_the_quarter_with_a_longer_focus_is_none():
    assert label("in the quarter", focus=Period.of_half(2025, 1)) is None


@pytest.mark.parametrize(
    "text, focus",
    [
        ("the previous month", Q1_2025),
        ("a month earlier", Period.of_months(2025, 1, 2025, 5)),
        ("the previous quarter", APRIL_2025),
        ("the previous half", Q1_2025),
    ],
)
def test_anaphoric_needs_a_fitting_focus(text, focus):
    assert label(text, focus=focus) is None


@pytest.mark.parametrize("text", ["the previous month", "the same period last year", "a year earlier"])
def test_anaphoric_without_focus_is_none(text):
    assert label(text) is None


def test_previous_year_without_focus_counts_from_publication():
    assert label("the previous year") == "2024"


def test_previous_year_as_base_is_the_focus_a_year_back():
    (m,) = find_period_mentions("up 5% from the previous year")
    assert m.is_base
    assert resolve_period(m, published=PUB, focus=APRIL_2025).label == "2024-04"


def test_month_earlier_on_a_day_span_moves_the_days():
    focus = period_from_label("2024-12-01/2024-12-20")
    assert label("a month earlier", focus=focus) == "2024-11-01/2024-11-20"


# ---------------------------------------------------------------- quarters


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Q1 2025", PUB, "2025-Q1"),
        ("Q1-2025", PUB, "2025-Q1"),
        ("Q3/2024", PUB, "2024-Q3"),
        ("Q1'25", PUB, "2025-Q1"),
        ("1Q 2025", PUB, "2025-Q1"),
        ("1Q25", PUB, "2025-Q1"),
        ("2025 Q1", PUB, "2025-Q1"),
        ("2025-Q1", PUB, "2025-Q1"),
        ("the first quarter of 2024", PUB, "2024-Q1"),
        ("the fourth quarter of 2024", PUB, "2024-Q4"),
        ("the 4th quarter of 2024", PUB, "2024-Q4"),
        ("the last quarter of 2024", PUB, "2024-Q4"),
        ("the 2024 third quarter", PUB, "2024-Q3"),
        ("the year's third quarter", PUB, "2024-Q3"),
        ("2024's third quarter", PUB, "2024-Q3"),
        ("the third quarter of last year", PUB, "2024-Q3"),
        ("last year's third quarter", PUB, "2024-Q3"),
        ("the first quarter of this year", PUB, "2025-Q1"),
        ("the January-March quarter of 2024", PUB, "2024-Q1"),
    ],
)
def test_quarter_with_year(text, published, expected):
    assert label(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Q1", PUB, "2025-Q1"),
        ("the first quarter", date(2025, 5, 2), "2025-Q1"),
        # documented choice: the latest such quarter that has started by publication
        ("the first quarter", date(2025, 2, 10), "2025-Q1"),
        ("the second quarter", date(2025, 2, 10), "2024-Q2"),
        ("first-quarter", PUB, "2025-Q1"),
        ("the fourth quarter", PUB, "2024-Q4"),
        ("the final quarter", PUB, "2024-Q4"),
        ("the third quarter of the year", PUB, "2024-Q3"),
        ("the July-September quarter", PUB, "2024-Q3"),
        ("the April-June quarter", PUB, "2025-Q2"),
    ],
)
def test_quarter_without_year(text, published, expected):
    assert label(text, published) == expected


def test_first_quarter_adjective_span_leaves_the_noun_out():
    assert mentions("first-quarter exports rose") == [("first-quarter", "partial")]


# ---------------------------------------------------------------- halves


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("the first half", PUB, "2025-H1"),
        ("the second half", PUB, "2024-H2"),
        ("the second half", date(2025, 7, 1), "2025-H2"),
        ("H1", PUB, "2025-H1"),
        ("H1 2024", PUB, "2024-H1"),
        ("H2 2024", PUB, "2024-H2"),
        ("1H 2024", PUB, "2024-H1"),
        ("2H24", PUB, "2024-H2"),
        ("2024-H1", PUB, "2024-H1"),
        ("the first half of 2024", PUB, "2024-H1"),
        ("the latter half of 2023", PUB, "2023-H2"),
        ("the second half of last year", PUB, "2024-H2"),
        ("first-half", PUB, "2025-H1"),
        ("the first half-year", PUB, "2025-H1"),
        ("the first half of the year", PUB, "2025-H1"),
    ],
)
def test_halves(text, published, expected):
    assert label(text, published) == expected


def test_h1n1_is_not_a_half():
    assert find_period_mentions("the H1N1 outbreak") == []


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("January-May", date(2025, 6, 15), "2025-01/2025-05"),
        ("January–May 2025", PUB, "2025-01/2025-05"),
        ("Jan.-May 2025", PUB, "2025-01/2025-05"),
        ("January to June", PUB, "2025-H1"),
        ("January-to-April", PUB, "2025-01/2025-04"),
        ("between January and May", PUB, "2025-01/2025-05"),
        ("from January through April", PUB, "2025-01/2025-04"),
        ("from January to April 2024", PUB, "2024-01/2024-04"),
        ("January-May last year", PUB, "2024-01/2024-05"),
        ("the January-February period", PUB, "2025-01/2025-02"),
        ("the January-May period of 2024", PUB, "2024-01/2024-05"),
        ("November-January", date(2025, 2, 20), "2024-11/2025-01"),
        ("November 2024-January 2025", PUB, "2024-11/2025-01"),
        ("January 2024 to March 2025", PUB, "2024-01/2025-03"),
        ("the first five months", date(2025, 6, 20), "2025-01/2025-05"),
        ("the first 5 months of 2024", PUB, "2024-01/2024-05"),
        ("the first nine months of 2024", PUB, "2024-01/2024-09"),
        ("the first six months of the year", PUB, "2025-H1"),
        ("the first six months of last year", PUB, "2024-H1"),
        ("the first two months", PUB, "2025-01/2025-02"),
        ("the nine-month period", date(2025, 10, 20), "2025-01/2025-09"),
        ("the first three quarters of 2024", PUB, "2024-01/2024-09"),
        ("the first two quarters of 2024", PUB, "2024-H1"),
        ("the last three months of 2024", PUB, "2024-Q4"),
        ("the 12 months to March 2025", PUB, "2024-04/2025-03"),
        ("the three months ending in June 2024", PUB, "2024-Q2"),
        ("2025-01/2025-05", None, "2025-01/2025-05"),
    ],
)
def test_month_ranges(text, published, expected):
    assert label(text, published) == expected


def test_range_is_one_mention_including_its_preposition():
    assert mentions("trade between January and May rose") == [("between January and May", "partial")]
    assert mentions("from January through April") == [("from January through April", "partial")]


def test_consecutive_months_joined_by_and_are_one_span():
    # customs offices report January and February as one combined figure
    assert label("in January and February 2020") == "2020-01/2020-02"
    assert label("in December and January", date(2025, 2, 20)) == "2024-12/2025-01"


def test_two_months_joined_by_and_are_two_mentions():
    assert mentions("in January and May") == [("January", "partial"), ("May", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between 2020 and 2023", "2020-01/2023-12"),
        ("from 2020 to 2023", "2020-01/2023-12"),
        ("2020-2023", "2020-01/2023-12"),
        ("2023-2024", "2023-01/2024-12"),
    ],
)
def test_year_ranges(text, expected):
    assert label(text) == expected


# ---------------------------------------------------------------- fiscal years


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in 2023-24", "2023-04/2024-03"),
        ("2023/24", "2023-04/2024-03"),
        ("the 2023-24 fiscal year", "2023-04/2024-03"),
        ("FY2023-24", "2023-04/2024-03"),
        ("fiscal year 2023-2024", "2023-04/2024-03"),
        ("in FY24", "2023-04/2024-03"),
        ("FY 2024", "2023-04/2024-03"),
        ("the fiscal year that ended in March 2024", "2023-04/2024-03"),
        ("the financial year to June 2024", "2023-07/2024-06"),
        ("the fiscal year ending December 2024", "2024"),
    ],
)
def test_fiscal_years(text, expected):
    assert label(text) == expected


def test_fiscal_year_ended_without_year_is_the_latest_by_publication():
    assert label("in the fiscal year that ended in March", date(2025, 4, 17)) == "2024-04/2025-03"


@pytest.mark.parametrize(
    "text",
    ["the previous fiscal year", "the same period of the previous fiscal year", "the same half of last fiscal year"],
)
def test_previous_fiscal_year_moves_the_focus_back_twelve_months(text):
    fiscal_h1 = Period.of_months(2025, 4, 2025, 9)
    assert label(text, focus=fiscal_h1) == "2024-04/2024-09"


@pytest.mark.parametrize("text", ["FY24-25 units", "the FYI page", "FY 1985"])
def test_fiscal_lookalikes(text):
    assert label(text) is None


# ---------------------------------------------------------------- years


@pytest.mark.parametrize(
    "text, expected_text, expected",
    [
        ("in 2023", "2023", "2023"),
        ("2024", "2024", "2024"),
        ("the whole of 2024", "the whole of 2024", "2024"),
        ("full-year 2024", "full-year 2024", "2024"),
        ("the full year of 2024", "the full year of 2024", "2024"),
        ("all of 2024", "all of 2024", "2024"),
        ("calendar year 2024", "calendar year 2024", "2024"),
        ("the whole of last year", "the whole of last year", "2024"),
        ("last year", "last year", "2024"),
    ],
)
def test_years(text, expected_text, expected):
    (m,) = find_period_mentions(text)
    assert m.text == expected_text
    assert resolve_period(m, published=PUB).label == expected


@pytest.mark.parametrize(
    "text",
    [
        "$2024 million",
        "US$ 2024",
        "₩2030 billion",
        "2024 tons of coal",
        "2024 percent",
        "2024%",
        "12024 units",
        "2,024 people",
        "2024.5",
        "1985 was",
        "in 2050",
        "the 1990s",
    ],
)
def test_numbers_that_are_not_years(text):
    assert find_period_mentions(text) == []


@pytest.mark.parametrize("text", ["the smallest since 2009", "the first time since April 2020"])
def test_since_names_a_starting_point_not_a_period(text):
    assert find_period_mentions(text) == []


def test_whole_year_without_year_takes_focus_year():
    assert label("the whole year", focus=APRIL_2025) == "2025"


# ---------------------------------------------------------------- year to date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("so far this year", PUB, "2025-01/2025-04"),
        ("year-to-date", PUB, "2025-01/2025-04"),
        ("YTD", PUB, "2025-01/2025-04"),
        ("in the year to date", PUB, "2025-01/2025-04"),
        ("this year so far", PUB, "2025-01/2025-04"),
        ("so far in 2025", PUB, "2025-01/2025-04"),
        ("since the start of the year", PUB, "2025-01/2025-04"),
        ("so far this year", date(2025, 3, 3), "2025-01/2025-02"),
        ("so far this year", date(2025, 2, 10), "2025-01"),
        # documented choice: in January, "so far" can only sum the previous year
        ("so far this year", date(2025, 1, 18), "2024"),
        ("so far in 2024", PUB, "2024"),
    ],
)
def test_year_to_date(text, published, expected):
    assert label(text, published) == expected


def test_year_to_date_span_leaves_preposition_out():
    assert mentions("in the year to date") == [("the year to date", "relative")]


def test_year_to_date_without_publication_is_none():
    assert label("so far this year", None) is None
    assert label("so far in 2026") is None


# ---------------------------------------------------------------- days


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("the first 20 days of December", PUB, "2024-12-01/2024-12-20"),
        ("the first 20 days of December 2024", PUB, "2024-12-01/2024-12-20"),
        ("the first ten days of May", PUB, "2025-05-01/2025-05-10"),
        ("December 1-20", PUB, "2024-12-01/2024-12-20"),
        ("Dec. 1-20, 2024", PUB, "2024-12-01/2024-12-20"),
        ("December 1 to 20, 2024", PUB, "2024-12-01/2024-12-20"),
        ("from December 1 to December 20", PUB, "2024-12-01/2024-12-20"),
        ("between December 1 and 20", PUB, "2024-12-01/2024-12-20"),
        ("1-20 December 2024", PUB, "2024-12-01/2024-12-20"),
        ("the first half of December 2024", PUB, "2024-12-01/2024-12-15"),
        ("the second half of February 2024", PUB, "2024-02-16/2024-02-29"),
        ("Dec. 25-Jan. 5", PUB, "2024-12-25/2025-01-05"),
        ("2024-12-01/2024-12-20", None, "2024-12-01/2024-12-20"),
    ],
)
def test_day_spans(text, published, expected):
    assert label(text, published) == expected


def test_impossible_day_resolves_to_none():
    assert label("February 1-30, 2025") is None


def test_day_span_is_not_a_percentage():
    assert find_period_mentions("rose from April 1 to 20 percent") == []


# ---------------------------------------------------------------- dates


def test_dates_are_left_out_by_default_but_block_the_month():
    assert find_period_mentions("On May 20, exports rose.") == []
    (m,) = find_period_mentions("On May 20, exports rose.", dates=True)
    assert (m.text, m.kind) == ("May 20", "date")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("May 20, 2025", date(2025, 5, 20)),
        ("20 May 2025", date(2025, 5, 20)),
        ("2025-05-20", date(2025, 5, 20)),
        ("2025.05.20", date(2025, 5, 20)),
        ("May 20th, 2025", date(2025, 5, 20)),
    ],
)
def test_full_dates(text, expected):
    (m,) = find_period_mentions(text, dates=True)
    p = resolve_period(m, published=None)
    assert p.start == p.end == expected


def test_month_year_is_not_read_as_a_date():
    assert mentions("In April 2023, trade fell", dates=True) == [("April 2023", "absolute")]


# ---------------------------------------------------------------- context


@pytest.mark.parametrize(
    "text, focus, published, expected",
    [
        ("April", Period.of_month(2023, 6), PUB, "2023-04"),
        ("April", Period.of_year(2024), PUB, "2024-04"),
        ("the first quarter", Period.of_half(2024, 2), PUB, "2024-Q1"),
        ("the first half", Period.of_month(2023, 9), None, "2023-H1"),
        # focus year would put it after publication: a year earlier
        ("April", Period.of_month(2025, 1), date(2025, 2, 20), "2024-04"),
        ("December", Period.of_month(2025, 2), None, "2025-12"),
        ("the first 20 days of December", Period.of_month(2024, 11), PUB, "2024-12-01/2024-12-20"),
    ],
)
def test_partial_takes_focus_year(text, focus, published, expected):
    assert label(text, published, focus) == expected


def test_during_the_same_period_is_the_focus():
    (m,) = find_period_mentions("During the same period, exports amounted to $35.7 million.")
    assert (m.text, m.kind, m.is_base) == ("the same period", "anaphoric", False)
    assert resolve_period(m, published=PUB, focus=APRIL_2025) == APRIL_2025


def test_same_period_last_year_moves_focus_back():
    assert label("the same period last year", focus=Period.of_months(2024, 1, 2024, 9)) == "2023-01/2023-09"


def test_partial_without_focus_uses_publication():
    assert label("the first quarter", date(2025, 5, 2), None) == "2025-Q1"


# ---------------------------------------------------------------- base periods


@pytest.mark.parametrize(
    "focus, phrase, expected",
    [
        (APRIL_2025, "year-on-year", "2024-04"),
        (APRIL_2025, "year on year", "2024-04"),
        (APRIL_2025, "on-year", "2024-04"),
        (APRIL_2025, "y/y", "2024-04"),
        (APRIL_2025, "on a yearly basis", "2024-04"),
        (APRIL_2025, "from a year earlier", "2024-04"),
        (APRIL_2025, "compared with the same period last year", "2024-04"),
        (Q1_2025, "year-on-year", "2024-Q1"),
        (Q1_2025, "the same period last year", "2024-Q1"),
        (APRIL_2025, "a month earlier", "2025-03"),
        (APRIL_2025, "the previous month", "2025-03"),
        (APRIL_2025, "month-on-month", "2025-03"),
        (APRIL_2025, "on-month", "2025-03"),
        (Q1_2025, "the previous quarter", "2024-Q4"),
        (Q1_2025, "quarter-on-quarter", "2024-Q4"),
        (APRIL_2025, "the previous year", "2024-04"),
        (APRIL_2025, "compared with April 2023", "2023-04"),
    ],
)
def test_base_period(focus, phrase, expected):
    assert base_period(focus, phrase).label == expected


@pytest.mark.parametrize(
    "focus, phrase",
    [
        (Q1_2025, "a month earlier"),
        (Q1_2025, "month-on-month"),
        (APRIL_2025, "the previous quarter"),
        (APRIL_2025, "rose sharply"),
    ],
)
def test_base_period_none(focus, phrase):
    assert base_period(focus, phrase) is None


def test_base_period_relative_phrase_uses_published():
    assert base_period(Period.of_year(2025), "from last year", published=PUB).label == "2024"


def test_from_last_year_of_a_month_was_the_whole_previous_year():
    # "up 5 percent from last year" of April's figure compares with April a year before
    assert base_period(APRIL_2025, "from last year", published=PUB).label == "2024-04"


@pytest.mark.parametrize(
    "text, base_text",
    [
        ("up 15% compared to the same period last year", "the same period last year"),
        ("down 3% compared with April 2024", "April 2024"),
        ("lower than the previous month's $238.1 million", "the previous month"),
        ("up from 2023", "2023"),
        ("versus a year earlier", "a year earlier"),
        ("up 4% over the same period", "the same period"),
        ("up 4.4 percent on the same period of 2024", "the same period of 2024"),
        ("Comparing June 2025 with June 2024, exports rose", "June 2024"),
        ("compared with that of the first quarter", "the first quarter"),
        ("exports rose 5% on-year", "on-year"),
    ],
)
def test_base_cues_mark_is_base(text, base_text):
    bases = [m.text for m in find_period_mentions(text) if m.is_base]
    assert bases == [base_text]


@pytest.mark.parametrize(
    "text",
    [
        "During the same period, imports rose",
        "over the first quarter, imports rose",
        "on the first day of March, imports rose",
        "in April 2024 trade rose",
    ],
)
def test_no_base_cue(text):
    assert not any(m.is_base for m in find_period_mentions(text))


# ---------------------------------------------------------------- mentions


def test_sentence_with_several_periods():
    text = "Trade in the first quarter of 2025 rose 10% year-on-year, after falling in 2024."
    found = find_period_mentions(text)
    assert [(m.text, m.kind, m.is_base) for m in found] == [
        ("the first quarter of 2025", "absolute", False),
        ("year-on-year", "comparison", True),
        ("2024", "absolute", False),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_longest_match_wins():
    assert mentions("the same period last year") == [("the same period last year", "anaphoric")]
    assert mentions("so far this year") == [("so far this year", "relative")]
    assert mentions("rose year-on-year") == [("year-on-year", "comparison")]


def test_resolve_takes_mention_or_string():
    m = PeriodMention(0, 10, "April 2024", "absolute", False)
    assert resolve_period(m, published=None) == Period.of_month(2024, 4)
    assert resolve_period("trade in April 2024", published=None) == Period.of_month(2024, 4)
    assert resolve_period("no period here", published=PUB) is None
    assert resolve_period(PeriodMention(0, 3, "xyz", "absolute", False), published=PUB) is None


def test_parse_period_skips_unresolvable_mentions():
    assert parse_period("the previous month and April 2024", published=PUB).label == "2024-04"
    assert parse_period("nothing here") is None


def test_mention_kinds_are_documented():
    text = "April 2024, April, last month, the previous month, on-year, May 20"
    assert {m.kind for m in find_period_mentions(text, dates=True)} == set(KINDS)


# ---------------------------------------------------------------- Period and labels


@pytest.mark.parametrize(
    "period, expected",
    [
        (Period.of_month(2025, 4), "2025-04"),
        (Period.of_quarter(2025, 1), "2025-Q1"),
        (Period.of_half(2025, 2), "2025-H2"),
        (Period.of_year(2025), "2025"),
        (Period.of_months(2025, 1, 2025, 5), "2025-01/2025-05"),
        (Period.of_months(2024, 11, 2025, 1), "2024-11/2025-01"),
        (Period.of_months(2024, 2, 2024, 4), "2024-02/2024-04"),  # three months, not a quarter
        (Period.of_months(2024, 4, 2025, 3), "2024-04/2025-03"),  # twelve months, not a year
        (Period(date(2024, 12, 1), date(2024, 12, 20)), "2024-12-01/2024-12-20"),
        (Period(date(2024, 12, 1), date(2024, 12, 31)), "2024-12"),
    ],
)
def test_labels(period, expected):
    assert period.label == expected
    assert str(period) == expected
    assert period_from_label(expected) == period


@pytest.mark.parametrize("bad", ["", "April", "2025-13", "2025-Q5", "2025-H3", "2025-05-01/2025-04-01", "25-04"])
def test_bad_labels_raise(bad):
    with pytest.raises(ValueError):
        period_from_label(bad)


def test_period_rejects_reversed_span():
    with pytest.raises(ValueError):
        Period(date(2025, 2, 1), date(2025, 1, 1))


@pytest.mark.parametrize(
    "period, kw, expected",
    [
        (Period.of_quarter(2025, 1), {"years": -1}, "2024-Q1"),
        (Period.of_month(2025, 1), {"months": -1}, "2024-12"),
        (Period.of_month(2025, 3), {"months": -1}, "2025-02"),
        (Period.of_half(2025, 1), {"months": -6}, "2024-H2"),
        (Period.of_months(2025, 1, 2025, 5), {"years": -1}, "2024-01/2024-05"),
        (period_from_label("2024-02-16/2024-02-29"), {"years": -1}, "2023-02-16/2023-02-28"),
        (period_from_label("2023-02-16/2023-02-28"), {"years": 1}, "2024-02-16/2024-02-29"),
        (period_from_label("2025-01-31/2025-01-31"), {"months": 1}, "2025-02-28/2025-02-28"),
    ],
)
def test_shift(period, kw, expected):
    assert period.shift(**kw).label == expected


def test_shape_and_contains():
    p = Period.of_quarter(2025, 2)
    assert p.shape == "quarter" and p.n_months == 3 and p.whole_months
    assert date(2025, 5, 20) in p and date(2025, 7, 1) not in p
    assert Period(date(2025, 1, 2), date(2025, 1, 3)).shape == "days"


# ---------------------------------------------------------------- properties

_years = st.integers(min_value=1000, max_value=9000)
_months = st.integers(min_value=1, max_value=12)


@st.composite
def month_periods(draw):
    kind = draw(st.sampled_from(["month", "quarter", "half", "year", "months"]))
    y = draw(_years)
    if kind == "month":
        return Period.of_month(y, draw(_months))
    if kind == "quarter":
        return Period.of_quarter(y, draw(st.integers(1, 4)))
    if kind == "half":
        return Period.of_half(y, draw(st.integers(1, 2)))
    if kind == "year":
        return Period.of_year(y)
    m1 = draw(_months)
    n = draw(st.integers(1, 40))
    y2, m2 = divmod(y * 12 + m1 - 1 + n - 1, 12)
    return Period.of_months(y, m1, y2, m2 + 1)


@st.composite
def day_periods(draw):
    y, m = draw(_years), draw(_months)
    # up to the 27th: a span ending on a month's last day keeps ending on one,
    # so 28 February moved to March and back would not round-trip
    d1 = draw(st.integers(1, 27))
    d2 = draw(st.integers(d1, 27))
    return Period(date(y, m, d1), date(y, m, d2))


@given(month_periods() | day_periods())
def test_label_round_trip(p):
    assert period_from_label(p.label) == p


@given(month_periods(), st.integers(-50, 50), st.integers(-30, 30))
def test_shift_round_trip(p, years, months):
    moved = p.shift(years=years, months=months)
    assert moved.whole_months and moved.n_months == p.n_months
    if (years * 12 + months) % p.n_months == 0:
        assert moved.shape == p.shape
    assert moved.shift(years=-years, months=-months) == p


@given(day_periods(), st.integers(-50, 50), st.integers(-30, 30))
def test_shift_round_trip_days(p, years, months):
    assert p.shift(years=years, months=months).shift(years=-years, months=-months) == p


@given(st.integers(1990, 2035), st.integers(1, 12), st.integers(1, 12))
def test_label_text_is_a_period_mention(y, m, n):
    """A label written in a text is found and resolves to its period."""
    y2, m2 = divmod(y * 12 + m - 1 + n - 1, 12)
    for p in (Period.of_month(y, m), Period.of_months(y, m, y2, m2 + 1), Period.of_year(y)):
        assert parse_period(f"in {p.label} exports rose", published=None) == p


_PIECES = st.sampled_from(
    [
        "April",
        "May",
        " 2024",
        "2025",
        "-",
        "–",
        " to ",
        " and ",
        "between ",
        "from ",
        "the first ",
        "quarter",
        "half",
        " of ",
        "last year",
        "the same period",
        "a year earlier",
        "year-on-year",
        "Q",
        "H",
        "1",
        "20",
        "31",
        "February 29",
        " days of ",
        "so far this year",
        "$",
        " million",
        "'",
        ",",
        ".",
        " ",
        "nine-month period",
        "previous month",
        "compared with ",
    ]
)
_TEXTS = st.text(max_size=80) | st.lists(_PIECES, max_size=12).map("".join)
_PUBS = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
_FOCUS = st.none() | month_periods() | day_periods()


@settings(max_examples=300)
@given(_TEXTS, _PUBS, _FOCUS)
def test_never_raises(text, published, focus):
    found = find_period_mentions(text, dates=True)
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end and m.kind in KINDS
        last_end = m.end
        p = resolve_period(m, published=published, focus=focus)
        assert p is None or p.start <= p.end
    parse_period(text, published=published, focus=focus)
    if focus is not None:
        base_period(focus, text, published=published)


def test_previous_three_months_move_a_quarter_back():
    assert label("down from the previous three months", focus=Period.of_quarter(2025, 3)) == "2025-Q2"
    assert label("the past three months", published=date(2025, 10, 1)) == "2025-Q3"


def test_year_to_date_runs_to_the_end_of_a_focus_window():
    window = Period(date(2025, 9, 1), date(2025, 9, 20))
    assert label("for the year to date", published=date(2025, 9, 21), focus=window) == "2025-01-01/2025-09-20"
    assert label("for the year to date", published=date(2025, 9, 21)) == "2025-01/2025-08"


@pytest.mark.parametrize("text", ["in the 2024-25 financial year", "FY25", "in 2024/25"])
def test_fiscal_years_follow_the_start_month(text):
    assert resolve_period(text, published=PUB).label == "2024-04/2025-03"
    assert resolve_period(text, published=PUB, fiscal_start=7).label == "2024-07/2025-06"


def test_the_year_to_a_month_is_twelve_months():
    assert label("in the year to June", date(2025, 8, 1)) == "2024-07/2025-06"


def test_first_days_of_this_or_last_month():
    assert label("in the first 20 days of this month", date(2026, 1, 21)) == "2026-01-01/2026-01-20"
    assert label("in the first 10 days of last month", date(2026, 1, 5)) == "2025-12-01/2025-12-10"
    assert label("the first 20 days of the month", focus=Period.of_month(2025, 12)) == "2025-12-01/2025-12-20"


@pytest.mark.parametrize("text", ["for the 11 months of 2025", "in the 11 months this year"])
def test_n_months_of_a_year_run_from_january(text):
    assert label(text, date(2025, 12, 6)) == "2025-01/2025-11"
