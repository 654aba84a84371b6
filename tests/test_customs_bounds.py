"""Bounds a checker can prove without the figure itself: a part larger than
its whole, a whole smaller than a part. Each test states the official and the
stated figures."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor.customs.check import check_facts
from extractor.customs.loaders import load_customs
from extractor.records import TABLES

HEADER = "reporter,partner,flow,period,value,currency\n"


def series(tmp_path, body: str):
    p = tmp_path / "customs.csv"
    p.write_text(HEADER + body, encoding="utf-8")
    return load_customs(p)


def one(s, **kw) -> dict:
    row = dict(
        article_id="a1",
        fact_id="f1",
        currency="USD",
        flow="import",
        economy="PRK",
        partner="CHN",
        qualifier="",
    )
    row.update(kw)
    facts = pd.DataFrame([row], columns=list(TABLES["trade_facts"]))
    return check_facts(facts, pd.DataFrame(columns=list(TABLES["change_claims"])), s).iloc[0].to_dict()


def lines(row: dict) -> list[int]:
    return sorted(r["line"] for r in json.loads(row["customs_rows"]))


APRIL = "CHN,PRK,export,2025-04,150000000,USD\nCHN,PRK,import,2025-04,30000000,USD\n"


class TestPartLargerThanWhole:
    def test_commodity_larger_than_its_flow_is_a_mismatch(self, tmp_path):
        # "$2 billion of rice" in a month when all of China's exports to the North were $150 million.
        r = one(series(tmp_path, APRIL), value=2e9, commodity="rice", period_label="2025-04")
        assert r["verdict"] == "mismatch" and lines(r) == [2]
        assert "a part cannot exceed its whole" in r["reason"] and "rice" in r["reason"]
        assert "CHN's exports to PRK in 2025-04, 150,000,000" in r["reason"]

    def test_commodity_within_its_flow_is_not_covered(self, tmp_path):
        r = one(series(tmp_path, APRIL), value=20e6, commodity="rice", period_label="2025-04")
        assert r["verdict"] == "not_covered"
        assert "customs totals are all commodities" in r["reason"] and "no bound" in r["reason"]

    def test_commodity_is_judged_at_its_most_generous_reading(self, tmp_path):
        # "$151 million" is stated to the million: one unit below is the whole's 150 million.
        r = one(series(tmp_path, APRIL), value=151e6, commodity="oil", period_label="2025-04")
        assert r["verdict"] == "not_covered"
        r = one(series(tmp_path, APRIL), value=152e6, commodity="oil", period_label="2025-04")
        assert r["verdict"] == "mismatch"

    def test_commodity_without_a_total_for_its_period_says_so(self, tmp_path):
        r = one(series(tmp_path, APRIL), value=20e6, commodity="rice", period_label="2025-05")
        assert r["verdict"] == "not_covered"
        assert "the data hold no total of its flow for 2025-05 to bound it" in r["reason"]

    def test_commodity_of_less_than_any_amount_breaks_no_bound(self, tmp_path):
        r = one(series(tmp_path, APRIL), value=2e9, qualifier="less than", commodity="rice", period_label="2025-04")
        assert r["verdict"] == "not_covered"

    def test_export_larger_than_the_pairs_total(self, tmp_path):
        # Only the total is published; "North Korea imported $200 million" cannot be true.
        s = series(tmp_path, "CHN,PRK,total,2025-04,180000000,USD\n")
        r = one(s, value=200e6, period_label="2025-04")
        assert r["verdict"] == "mismatch" and lines(r) == [2]
        assert "CHN's total trade with PRK in 2025-04, 180,000,000" in r["reason"]
        assert one(s, value=120e6, period_label="2025-04")["verdict"] == "not_covered"

    def test_more_than_a_figure_larger_than_the_whole(self, tmp_path):
        s = series(tmp_path, "CHN,PRK,total,2025-04,180000000,USD\n")
        r = one(s, value=190e6, qualifier="more than", period_label="2025-04")
        assert r["verdict"] == "mismatch"

    def test_january_larger_than_the_combined_january_february_release(self, tmp_path):
        s = series(tmp_path, "CHN,PRK,export,2020-01/2020-02,300000000,USD\n")
        r = one(s, value=400e6, period_label="2020-01")
        assert r["verdict"] == "mismatch" and "2020-01/2020-02, 300,000,000" in r["reason"]
        assert one(s, value=150e6, period_label="2020-01")["verdict"] == "not_covered"

    def test_month_larger_than_its_quarter_and_its_year(self, tmp_path):
        s = series(tmp_path, "CHN,PRK,export,2019-Q1,600000000,USD\nCHN,PRK,export,2019,2500000000,USD\n")
        r = one(s, value=700e6, period_label="2019-02")
        assert r["verdict"] == "mismatch" and "2019-Q1, 600,000,000" in r["reason"]
        r = one(s, value=3.2e9, period_label="2019-05")
        assert r["verdict"] == "mismatch" and "in 2019, 2,500,000,000" in r["reason"]
        # "$3 billion" is stated to the billion: it could be a rounded 2.5 billion.
        assert one(s, value=3e9, period_label="2019-05")["verdict"] == "not_covered"


class TestWholeSmallerThanPart:
    def test_total_below_one_of_its_flows(self, tmp_path):
        # Exports published, imports not: a total of $100 million cannot be.
        s = series(tmp_path, "CHN,PRK,export,2025-04,150000000,USD\n")
        r = one(s, flow="total", value=100e6, period_label="2025-04")
        assert r["verdict"] == "mismatch" and "a whole cannot be smaller than a part" in r["reason"]
        assert "CHN's exports to PRK in 2025-04, 150,000,000" in r["reason"]
        assert one(s, flow="total", value=180e6, period_label="2025-04")["verdict"] == "not_covered"

    def test_year_below_one_of_its_months(self, tmp_path):
        s = series(tmp_path, "CHN,PRK,export,2019-05,258290000,USD\n")
        r = one(s, value=200e6, period_label="2019")
        assert r["verdict"] == "mismatch" and "2019-05, 258,290,000" in r["reason"]

    def test_up_to_a_figure_below_a_part(self, tmp_path):
        s = series(tmp_path, "CHN,PRK,export,2019-05,258290000,USD\n")
        assert one(s, value=250e6, qualifier="up to", period_label="2019")["verdict"] == "mismatch"
        assert one(s, value=250e6, qualifier="more than", period_label="2019")["verdict"] == "not_covered"


@pytest.mark.parametrize("value", [-500e6, 500e6])
def test_balances_have_no_bounds(tmp_path, value):
    s = series(tmp_path, "CHN,PRK,export,2025-Q2,100000000,USD\n")
    r = one(s, flow="balance", value=value, period_label="2025-04")
    assert r["verdict"] == "not_covered"


def test_bounds_use_only_the_judging_reporters_rows(tmp_path):
    # China's customs is the named source; Korea's mirror figure of the total
    # is not China's, so it bounds nothing.
    s = series(tmp_path, "KOR,CHN,total,2025-04,100000000,USD\n")
    r = one(
        s,
        flow="export",
        economy="KOR",
        partner="CHN",
        value=150e6,
        period_label="2025-04",
        source_org="China's customs",
    )
    assert r["verdict"] == "not_covered" and r["reporter"] == "CHN"
