"""Reasons that are always true: one test per kind of gap between a figure
and the data, each naming what is missing and nothing that is not."""

from __future__ import annotations

import pandas as pd
import pytest

from extractor.customs.check import check_facts
from extractor.customs.loaders import load_customs, load_rates
from extractor.records import TABLES

HEADER = "reporter,partner,flow,period,value,currency\n"


def series(tmp_path, body: str):
    p = tmp_path / "customs.csv"
    p.write_text(HEADER + body, encoding="utf-8")
    return load_customs(p)


def one(s, rates=None, **kw) -> dict:
    row = dict(
        article_id="a1",
        fact_id="f1",
        currency="USD",
        flow="total",
        economy="PRK",
        partner="CHN",
        qualifier="",
    )
    row.update(kw)
    facts = pd.DataFrame([row], columns=list(TABLES["trade_facts"]))
    return check_facts(facts, pd.DataFrame(columns=list(TABLES["change_claims"])), s, rates).iloc[0].to_dict()


def test_total_of_a_month_missing_its_import_row_says_so_not_only_as_a_whole(tmp_path):
    # Issue 14: with the year's total and May's exports published, the reason
    # said "the customs data give 2024 only as a whole"; what is missing is
    # May's import figure, so May's total cannot be formed.
    s = series(tmp_path, "CHN,PRK,total,2024,2200000000,USD\nCHN,PRK,export,2024-05,200000000,USD\n")
    r = one(s, value=230e6, period_label="2024-05")
    assert r["verdict"] == "not_covered"
    assert (
        "no figure of CHN's total trade with PRK for 2024-05: only the export figure is published there, "
        "not the import figure" in r["reason"]
    )
    assert "only as a whole" not in r["reason"] and "within 2024" not in r["reason"]


def test_no_row_for_that_flow(tmp_path):
    s = series(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\n")
    r = one(s, flow="export", value=35.7e6, period_label="2025-04")  # North Korea's exports: China's imports
    assert r["verdict"] == "not_covered"
    assert "no figure of CHN's imports from PRK (mirror) for 2025-04" in r["reason"]
    assert "export figure" not in r["reason"]


def test_period_not_tiled_names_the_missing_months(tmp_path):
    s = series(tmp_path, "CHN,PRK,export,2019-01,100000000,USD\nCHN,PRK,export,2019-03,300000000,USD\n")
    r = one(s, flow="import", value=600e6, period_label="2019-Q1")
    assert r["verdict"] == "not_covered"
    assert "no figure of CHN's exports to PRK (mirror) for 2019-02" in r["reason"]
    assert "2019-01" not in r["reason"].split("for ", 1)[1].split(";")[0]


def test_only_a_combined_january_february_release(tmp_path):
    s = series(tmp_path, "CHN,PRK,export,2020-01/2020-02,300000000,USD\nCHN,PRK,export,2020-03,150000000,USD\n")
    r = one(s, flow="import", value=150e6, period_label="2020-01")
    assert r["verdict"] == "not_covered"
    assert (
        "CHN's exports to PRK (mirror) for 2020-01 is published only within 2020-01/2020-02, "
        "which cannot be split into the 2020-01 figure" in r["reason"]
    )
    assert "no figure" not in r["reason"]


def test_other_currency_without_a_rates_file(tmp_path):
    s = series(tmp_path, "CHN,PRK,total,2025-04,222100000,USD\n")
    r = one(s, value=1.6e9, currency="CNY", period_label="2025-04")
    assert r["verdict"] == "not_covered"
    assert r["reason"] == (
        "the figure is in CNY; the customs data for PRK and CHN are in USD, and no rates file is given "
        "(--rates) to convert them, so it is not compared with them"
    )


def test_no_rate_for_the_period(tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("period,currency,per_usd\n2025-04,KRW,1391.5\n", encoding="utf-8")
    s = series(tmp_path, "CHN,PRK,total,2025-03,238100000,USD\n")
    r = one(s, rates=load_rates(rates), value=331e9, currency="KRW", period_label="2025-03")
    assert r["verdict"] == "not_covered"
    assert "the rates file has no KRW rate for 2025-03" in r["reason"]


def test_no_rows_for_the_pair(tmp_path):
    s = series(tmp_path, "CHN,PRK,total,2025-04,222100000,USD\n")
    r = one(s, economy="RUS", value=1e9, period_label="2025-04")
    assert (r["verdict"], r["reason"]) == ("not_covered", "no customs rows for RUS and CHN")


def test_a_span_of_days(tmp_path):
    s = series(tmp_path, "CHN,PRK,total,2025-04,222100000,USD\n")
    r = one(s, value=1e8, period_start="2025-04-01", period_end="2025-04-20")
    assert r["verdict"] == "not_covered"
    assert "2025-04-01/2025-04-20 is a span of days, not whole months" in r["reason"]


def test_neither_side_covers_names_the_judging_sides_gap(tmp_path):
    # Only North Korea's (imagined) rows for March: April is not there.
    s = series(tmp_path, "PRK,CHN,import,2025-03,180000000,USD\n")
    r = one(s, flow="import", value=186.4e6, period_label="2025-04")
    assert r["verdict"] == "not_covered" and r["reporter"] == "PRK"
    assert "no figure of PRK's imports from CHN for 2025-04" in r["reason"]


def _yuan_change(tmp_path, rates=None) -> dict:
    s = series(tmp_path, "CHN,PRK,total,2023,2295390000,USD\nCHN,PRK,total,2024,2180390000,USD\n")
    fact = dict(
        article_id="a1",
        fact_id="f1",
        value=15.5e9,
        currency="CNY",
        flow="total",
        economy="CHN",
        partner="PRK",
        period_label="2024",
    )
    claim = dict(
        article_id="a1",
        claim_id="c1",
        fact_id="f1",
        flow="total",
        economy="CHN",
        partner="PRK",
        period_label="2024",
        base_period_label="2023",
        pct_change=-4.0,
        text="slipped 4.0 percent",
    )
    checks = check_facts(
        pd.DataFrame([fact], columns=list(TABLES["trade_facts"])),
        pd.DataFrame([claim], columns=list(TABLES["change_claims"])),
        s,
        rates,
    )
    return checks[checks["kind"] == "claim"].iloc[0].to_dict()


def test_change_of_a_yuan_figure_is_not_the_dollar_series_change(tmp_path):
    # In dollars the trade fell 5.0 %; in yuan, with the yuan weaker in 2024, it fell less.
    r = _yuan_change(tmp_path)
    assert r["verdict"] == "not_covered"
    assert "a change in CNY differs from one in USD by the move of the exchange rate" in r["reason"]


def test_change_of_a_yuan_figure_with_each_periods_rate(tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("period,currency,per_usd\n2023,CNY,7.0467\n2024,CNY,7.1217\n", encoding="utf-8")
    r = _yuan_change(tmp_path, load_rates(rates))
    expected = (2180390000 * 7.1217) / (2295390000 * 7.0467) * 100 - 100  # -4.00 %
    assert r["official_value"] == pytest.approx(expected, abs=1e-3)
    assert r["verdict"] == "match" and "converted to CNY at each period's rate" in r["reason"]
