"""Publication dates read from article text, grouped by how the text states them."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize.published import infer_published

# ---------------------------------------------------------------- stated in full


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SEOUL, May 20, 2025 (Yonhap) -- Exports to China rose.", date(2025, 5, 20)),
        ("BEIJING, Jan. 18, 2025 (Reuters) - Trade fell in December.", date(2025, 1, 18)),
        ("Published: 2025-05-20\n\nExports rose.", date(2025, 5, 20)),
        ("Posted on May 20, 2025 by Kim Min-ji\nExports rose.", date(2025, 5, 20)),
        ("Tuesday, 20 May 2025\nExports rose.", date(2025, 5, 20)),
        ("May 20, 2025\nExports rose in April.", date(2025, 5, 20)),
        ("Input 2025.05.20 14:32\nExports rose.", date(2025, 5, 20)),
        ("2025-05-20T09:14:00+09:00\nExports rose.", date(2025, 5, 20)),
    ],
)
def test_full_date_near_start(text, expected):
    assert infer_published(text) == (expected, "text")


def test_header_format_only_dateparser_reads():
    assert infer_published("Date: 20.05.2025 14:32\nExports rose.") == (date(2025, 5, 20), "text")


def test_published_label_beats_updated_label():
    text = "Updated: 2025-05-21 10:00\nPublished: 2025-05-20 08:00\nExports rose."
    assert infer_published(text) == (date(2025, 5, 20), "text")


def test_updated_date_when_nothing_else():
    assert infer_published("Last updated: May 21, 2025\nExports rose.") == (
        date(2025, 5, 21),
        "text",
    )


def test_date_beyond_the_head_is_not_the_publication_date():
    text = "Exports rose. " + "Filler sentence about trade. " * 100 + "A summit was held on June 12, 2018."
    assert infer_published(text) == (None, "")


# ---------------------------------------------------------------- month and day only


@pytest.mark.parametrize(
    "text, expected",
    [
        # the latest month-year mentioned is April 2024: the dateline follows it
        ("On May 20, the agency said trade in April 2024 reached a high.", date(2024, 5, 20)),
        (
            "On May 20, customs said April 2024 trade beat the same period last year.",
            date(2024, 5, 20),
        ),
        # December 2024 data and a January dateline: the next year
        ("BEIJING, Jan. 18 (Reuters) -- Exports in December 2024 fell.", date(2025, 1, 18)),
        ("SEOUL, March 3 (Yonhap) -- Exports in February 2025 rose 5 percent.", date(2025, 3, 3)),
        ("SEOUL, March 3 (Yonhap) -- Trade in the fourth quarter of 2024 fell.", date(2025, 3, 3)),
        # a full year only: the dateline is after that year
        ("SEOUL, March 3 (Yonhap) -- Trade in 2024 hit a record.", date(2025, 3, 3)),
        ("SEOUL, Feb. 29 (Yonhap) -- Trade in January 2023 rose.", date(2024, 2, 29)),
    ],
)
def test_year_inferred_from_mentioned_periods(text, expected):
    assert infer_published(text) == (expected, "inferred")


def test_bare_month_beside_the_same_month_with_a_year_counts_a_year_later():
    # Writers add the year to tell a past April from the current one.
    text = "On May 20, the agency said trade in April reached $100 million, up from $90 million in April 2024."
    assert infer_published(text) == (date(2025, 5, 20), "inferred")


def test_a_month_named_with_its_year_first_is_the_same_month_later_on():
    text = (
        "On Nov. 23, China's customs office published its breakdown for October 2017. "
        "China imported $90.75 million worth of goods from North Korea in October."
    )
    assert infer_published(text) == (date(2017, 11, 23), "inferred")


def test_same_period_of_a_year_says_which_year_is_current():
    # "the same half of 2023" makes 2024 the current year, so the bare "June"
    # is June 2024, the same June the article names with its year.
    text = (
        "On July 19, customs data showed trade in January to June fell 3% on-year. "
        "In the same half of 2023, it had been higher. June trade alone was $200 million. "
        "The leaders met in June 2024."
    )
    assert infer_published(text) == (date(2024, 7, 19), "inferred")


def test_same_period_of_a_year_alone_gives_the_dateline_its_year():
    text = (
        "SEJONG, March 11 (Yonhap) -- Exports fell 5 percent in the first 10 days of March, data showed Tuesday. "
        "Shipments came to $14.2 billion, against $14.95 billion in the same period of 2024."
    )
    assert infer_published(text) == (date(2025, 3, 11), "inferred")


def test_future_years_are_not_evidence():
    text = "SEOUL, March 3 (Yonhap) -- Trade in January 2025 rose. Officials hope to double it by 2030."
    assert infer_published(text) == (date(2025, 3, 3), "inferred")


def test_sentences_about_the_future_are_not_evidence():
    text = "SEJONG, Jan. 1 -- Exports fell 7 percent in 2023. The ministry expects a rebound in 2024."
    assert infer_published(text) == (date(2024, 1, 1), "inferred")


def test_dateline_with_a_country():
    text = "DANDONG, China, Dec 18 - Factories sent workers home under a rule adopted in December 2017."
    assert infer_published(text) == (date(2018, 12, 18), "inferred")


# ---------------------------------------------------------------- weekday of the lead


def test_weekday_in_the_lead_picks_the_year():
    # Evidence alone says 2016; 21 September is a Thursday in 2017.
    text = "SEOUL, Sept. 21 (Yonhap) -- The government on Thursday approved aid. Trade had stopped in February 2016."
    assert infer_published(text) == (date(2017, 9, 21), "inferred")


def test_weekday_after_an_abbreviation_is_still_in_the_lead():
    text = "WASHINGTON, Aug 5 - The U.S. Treasury fined a shipper on Tuesday. Rules changed in April 2024."
    assert infer_published(text) == (date(2025, 8, 5), "inferred")


def test_weekday_and_date_in_the_lead_stand_in_for_a_dateline():
    # 23 August 2017 was a Wednesday; the evidence alone says 2017 too, and
    # the weekday rules out 2016 and 2018.
    text = (
        "North Korea earned $156.3 million from shipments to China in July, according to customs data "
        "released on Wednesday, Aug. 23. Over the first seven months of 2017, exports reached $1 billion."
    )
    assert infer_published(text) == (date(2017, 8, 23), "inferred")


def test_weekday_and_date_after_the_lead_are_not_the_publication_date():
    text = "Trade rose in July 2017. Officials met on Wednesday, Aug. 23 to discuss it."
    assert infer_published(text) == (None, "")


def test_weekday_outside_the_lead_is_ignored():
    # "released on Friday" in Saturday's story: 18 January 2020 was a Saturday.
    text = "BEIJING, Jan. 18 (Yonhap) -- Trade rebounded in 2019.\n\nCustoms released the data on Friday."
    assert infer_published(text) == (date(2020, 1, 18), "inferred")


def test_dateline_beats_a_later_full_date():
    text = (
        "DANDONG, China, Dec 18 - Factories on Wednesday sent workers home ahead of the Dec. 22, 2019 "
        "deadline set by a rule adopted in December 2017."
    )
    assert infer_published(text) == (date(2019, 12, 18), "inferred")


def test_a_page_date_with_the_datelines_day_was_overridden_by_a_forecast_year():
    text = (
        "date 2017-08-28 Main page\nTrade may exceed $80 bln by end of 2017\n\n"
        "BEIJING, August 28. /TASS/. Trade rose 25% in January-July, the ambassador said."
    )
    assert infer_published(text) == (date(2017, 8, 28), "text")


def test_regression_updated_hours_ago_is_not_today():
    text = "Asia Pacific\nSeptember 25, 2018 / 11:42 AM / Updated 2 hours ago\n\nTrade fell."
    assert infer_published(text) == (date(2018, 9, 25), "text")


def test_month_day_without_any_year_evidence():
    assert infer_published("On May 20, the agency said trade rose.") == (None, "")


def test_month_day_in_running_text_is_not_a_dateline():
    text = "Trade rose after talks on May 20, officials said, citing April 2024 data."
    assert infer_published(text) == (None, "")


# ---------------------------------------------------------------- nothing


@pytest.mark.parametrize("text", ["", "Exports rose.", "In April, exports rose 5% year-on-year."])
def test_nothing_stated(text):
    assert infer_published(text) == (None, "")


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "SEOUL, ",
        "On ",
        "May 20",
        "Jan. 18",
        ", 2025",
        " (Yonhap) -- ",
        "Published: ",
        "Updated: ",
        "2025-05-20",
        "20.05.2025",
        "April 2024",
        "December",
        "2024",
        "by 2030",
        "\n",
        " ",
        ",",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.lists(_PIECES, max_size=12).map("".join))
def test_never_raises(text):
    day, source = infer_published(text)
    assert (day is None) == (source == "")
    assert source in ("", "text", "inferred")
