"""Periods as real news text states them: fiscal years by the text's
convention, periods not over at publication, "the cited period", lists with
"respectively", comparisons of years. Each test is named after the bug it
pins; the sentences are ours."""

from datetime import date

import pytest

from extractor.assemble import extract_text
from extractor.facts.periods import ArticlePeriods, so_far
from extractor.normalize.periods import FiscalYear, Period, find_period_mentions, resolve_period

# ---------------------------------------------------------------- normalize: mentions


def label(text, published=date(2025, 10, 22), **kw):
    ms = find_period_mentions(text)
    assert ms, text
    p = resolve_period(ms[0], published=published, **kw)
    return p.label if p else None


def test_fiscal_2025_is_the_year_it_starts_in_for_japan_and_ends_in_elsewhere():
    assert label("in fiscal 2025", fiscal=FiscalYear(named_by_start=True)) == "2025-04/2026-03"
    assert label("in fiscal 2025") == "2024-04/2025-03"


def test_the_half_of_a_fiscal_year_was_read_as_the_calendar_half():
    japan = FiscalYear(named_by_start=True)
    assert label("during the April-September first half of fiscal 2023", fiscal=japan) == "2023-04/2023-09"
    assert label("in the second half of fiscal 2020", fiscal=japan) == "2020-10/2021-03"
    assert label("in the first quarter of 2025-26") == "2025-Q2"


def test_a_fiscal_year_written_2009_10_was_read_as_october():
    fiscal = FiscalYear(start_month=7, two_year_spans=True)
    assert label("in 2009-10", fiscal=fiscal) == "2009-07/2010-06"
    assert label("in 2009-10") == "2009-10"  # a text that does not count in fiscal years
    assert label("in 1999-00", fiscal=fiscal) == "1999-07/2000-06"
    assert label("in the first half of 2009-10", fiscal=fiscal) == "2009-H2"


def test_two_calendar_years_are_one_fiscal_year_only_in_a_fiscal_text():
    assert label("in 2009-2010") == "2009-01/2010-12"
    assert label("in 2009-2010", fiscal=FiscalYear(start_month=7, two_year_spans=True)) == "2009-07/2010-06"


def test_the_whole_2023_without_of_was_not_a_year():
    assert [m.text for m in find_period_mentions("to $632 billion for the whole 2023")] == ["the whole 2023"]


def test_years_before_1990_were_never_years():
    assert label("In 1980, exports were small") == "1980"
    assert find_period_mentions("some 1980 workers") == []


def test_the_same_2022_period_was_read_as_the_year():
    window = Period(date(2023, 3, 1), date(2023, 3, 20))
    assert label("a shortfall for the same 2022 period", focus=window) == "2022-03-01/2022-03-20"


@pytest.mark.parametrize(
    "text", ["during the cited period", "in the period under review", "over that period", "the reviewed period"]
)
def test_the_cited_period_was_not_a_period(text):
    assert label(text, focus=Period.of_months(2016, 1, 2016, 8)) == "2016-01/2016-08"


def test_the_20_day_period_was_not_the_focus():
    window = Period(date(2023, 3, 1), date(2023, 3, 20))
    assert label("the deficit for the 20-day period", focus=window) == "2023-03-01/2023-03-20"
    assert label("the deficit for the 10-day period", focus=window) is None


def test_through_a_month_alone_was_not_the_year_to_date():
    assert label("trade dipped 22 percent through Aug.", published=date(2016, 10, 22)) == "2016-01/2016-08"
    assert label("exports through Nov. 20 totaled", published=date(2025, 11, 21)) == "2025-01-01/2025-11-20"


def test_a_year_after_triple_was_the_figures_own():
    [m] = find_period_mentions("worth $300 billion, nearly triple 1998 numbers")
    assert m.is_base


# ---------------------------------------------------------------- so far


def test_this_year_in_december_was_the_whole_year():
    ctx = ArticlePeriods(FiscalYear(), stated=())
    assert so_far(Period.of_year(2023), ctx, date(2023, 12, 14)).label == "2023-01/2023-11"


def test_this_month_in_a_ten_day_release_was_the_whole_month():
    ten_days = Period(date(2024, 1, 1), date(2024, 1, 10))
    ctx = ArticlePeriods(FiscalYear(), stated=(ten_days, Period.of_month(2023, 12)))
    assert so_far(Period.of_month(2024, 1), ctx, date(2024, 1, 11)) == ten_days


def test_a_period_over_at_publication_is_left_alone():
    ctx = ArticlePeriods(FiscalYear(), stated=())
    assert so_far(Period.of_year(2023), ctx, date(2024, 2, 1)) == Period.of_year(2023)


# ---------------------------------------------------------------- through the pipeline


def facts(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["trade_facts"]
    return {r["value"]: r["period_label"] for r in rows}


def claims(nlp, text, published):
    rows = extract_text(text, published=published, nlp=nlp).rows()["change_claims"]
    return {r["pct_change"]: (r["period_label"], r["base_period_label"]) for r in rows}


def test_this_year_took_the_calendar_year_instead_of_the_stated_months(nlp):
    text = (
        "Vietnam ran a trade surplus with Canada this year for the fifth year running. "
        "Its exports to Canada reached $6.1 billion in the first 11 months of this year, "
        "while imports came to $1.2 billion."
    )
    assert facts(nlp, text, "2024-12-12") == {6.1e9: "2024-01/2024-11", 1.2e9: "2024-01/2024-11"}


def test_respectively_gave_both_figures_the_two_month_span(nlp):
    text = "Mongolia's exports to Japan fell to $4.2 million and $3.9 million in March and April, respectively."
    assert facts(nlp, text, "2024-06-10") == {4.2e6: "2024-03", 3.9e6: "2024-04"}


def test_in_annual_terms_made_the_figure_annual(nlp):
    text = (
        "Trade between Brazil and China grew again in May. "
        "Trade between Brazil and China in January-May rose by 8% in annual terms to $21.4 billion."
    )
    assert facts(nlp, text, "2023-06-20") == {21.4e9: "2023-01/2023-05"}


def test_annual_in_a_report_title_overrode_the_stated_month(nlp):
    text = (
        "Exports rose in December. According to the \u201cDecember and Annual Trade Trends\u201d report, "
        "Japan's exports to Canada in December last year totalled $2.3 billion."
    )
    assert facts(nlp, text, "2024-01-03") == {2.3e9: "2023-12"}


def test_a_figure_in_a_when_clause_after_since_lost_its_year(nlp):
    text = (
        "Thailand's surplus with India is set to shrink for the first time since 2015, when it stood at $3.2 billion."
    )
    assert facts(nlp, text, "2019-11-01") == {3.2e9: "2015"}


def test_a_deficit_reported_without_in_lost_its_year(nlp):
    text = "Thailand's deficit with Japan was $1.1 billion in 2019. It was the smallest since the $0.9 billion deficit reported 2004."
    assert facts(nlp, text, "2020-01-20")[-0.9e9] == "2004"


def test_from_one_year_to_the_next_after_a_change_was_one_span(nlp):
    text = "Vietnam's exports to Korea fell 8.1 percent from 2018 to 2019, customs data showed."
    assert claims(nlp, text, "2020-02-01")[-8.1] == ("2019", "2018")


def test_a_date_split_by_the_sentence_splitter_moved_the_focus(nlp):
    text = (
        "Brazil's exports to Korea reached $1.3 billion last month.\n\nJanuary. 02, 2024 07:59.\n\n"
        "Shipments to Korea have grown for four months, reaching $1.3 billion."
    )
    assert facts(nlp, text, "2024-01-02") == {1.3e9: "2023-12"}


def test_a_year_before_1990_in_a_since_clause_became_the_figures(nlp):
    text = (
        "Brazil's exports to China rose 6 percent from the previous year to $21 billion in 2024, "
        "the highest since comparable records began in 1979, while imports grew 2 percent to $12 billion."
    )
    assert set(facts(nlp, text, "2025-01-25").values()) == {"2024"}


def test_a_period_after_the_first_of_two_levels_was_not_the_seconds(nlp):
    text = (
        "Mexico's trade with Japan grew in 2024. Its exports to Japan came to $9.1 billion in the "
        "first ten months of the year, while its imports stood at $15.2 billion."
    )
    assert facts(nlp, text, "2025-03-01") == {9.1e9: "2024-01/2024-10", 15.2e9: "2024-01/2024-10"}


def test_the_compared_figure_still_takes_its_own_base_period(nlp):
    text = "Brazil's exports to China reached $8.1 billion last month, compared with the $7.2 billion tallied a year earlier."
    assert facts(nlp, text, "2024-11-02") == {8.1e9: "2024-10", 7.2e9: "2023-10"}


def test_the_eleven_month_figure_and_a_decrease_from_a_figure_from_a_year_earlier(nlp):
    text = (
        "Mexico's surplus with Canada came to $9 billion during the first eleven months of the year. "
        "The eleven-month figure represents a 12 percent decrease from $10.2 billion from a year earlier."
    )
    assert facts(nlp, text, "2017-12-07") == {9e9: "2017-01/2017-11", 10.2e9: "2016-01/2016-11"}
    assert claims(nlp, text, "2017-12-07")[-12.0] == ("2017-01/2017-11", "2016-01/2016-11")


def test_over_the_past_decade_had_no_base():
    [m] = find_period_mentions("trade more than trebled over the past decade")
    assert m.is_base
    fy = Period.of_months(2009, 7, 2010, 6)
    assert resolve_period(m, published=date(2010, 12, 27), focus=fy).label == "1999-07/2000-06"


def test_may_and_june_both_were_read_as_one_two_month_span():
    assert [m.text for m in find_period_mentions("The readings in May and June both rose")] == ["May", "June"]
    assert [m.text for m in find_period_mentions("Trade in January and February rose")] == ["January and February"]


def test_the_reviewed_period_followed_the_last_sentence_not_the_article(nlp):
    text = (
        "Trade between China and Vietnam reached $150 billion in the first seven months, up 20% from a year ago. "
        "Last year, the pair accounted for 6% of China's trade. "
        "China's exports to Vietnam rose 24.1% to $95 billion in the reviewed period."
    )
    assert facts(nlp, text, "2024-08-08")[95e9] == "2024-01/2024-07"
    assert claims(nlp, text, "2024-08-08")[24.1] == ("2024-01/2024-07", "2023-01/2023-07")


def test_the_figure_a_change_starts_from_took_the_period_it_ends_in(nlp):
    text = (
        "Mexico's surplus with Canada shrank in the first half. Mexico's exports to Canada decreased "
        "from $16.5 billion to $15.6 billion, but its imports from Canada rose to $9.4 billion during the period."
    )
    assert facts(nlp, text, "2017-08-06") == {16.5e9: "2016-H1", 15.6e9: "2017-H1", 9.4e9: "2017-H1"}


def test_a_future_clause_elsewhere_in_the_sentence_kept_this_year_whole(nlp):
    text = (
        "The minister said that trade between India and Brazil had increased to $5 billion this year, "
        "and that he hopes it will reach $8 billion."
    )
    assert facts(nlp, text, "2014-06-05")[5e9] == "2014-01/2014-05"


def test_a_japanese_release_not_naming_japan_as_an_economy_counted_fiscal_2025_from_april_2024(nlp):
    text = (
        "Ministry of Finance, Japan\n\nTrade Statistics for the First Half of Fiscal Year 2025\n\n"
        "For the first half of fiscal 2025, the value of exports to China was ¥9.2 trillion."
    )
    assert facts(nlp, text, "2025-10-22") == {9.2e12: "2025-04/2025-09"}
