"""Checking facts and change claims against hand-built customs tables: one
group per rule (mirror, totals, periods, precision, currency, releases,
change claims), then the April 2025 North Korea-China case end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extractor.customs.check import check_dataset, check_facts, write_checks
from extractor.customs.loaders import load_customs, load_rates
from extractor.dataset import read_dataset, write_table
from extractor.records import DERIVED_TABLES, TABLES

HEADER = "reporter,partner,flow,period,value,currency\n"


def customs(tmp_path: Path, body: str, name: str = "customs.csv"):
    p = tmp_path / name
    p.write_text(HEADER + body, encoding="utf-8")
    return load_customs(p)


def fact(**kw) -> dict:
    row = dict(
        article_id="a1",
        fact_id="f1",
        currency="USD",
        flow="total",
        economy="PRK",
        partner="CHN",
        qualifier="",
        sentence="",
    )
    row.update(kw)
    return row


def claim(**kw) -> dict:
    row = dict(
        article_id="a1",
        claim_id="c1",
        flow="total",
        economy="PRK",
        partner="CHN",
        qualifier="",
        text="",
    )
    row.update(kw)
    return row


def run(series, facts=(), claims=(), rates=None, amounts=None) -> pd.DataFrame:
    return check_facts(
        pd.DataFrame(list(facts), columns=list(TABLES["trade_facts"])),
        pd.DataFrame(list(claims), columns=list(TABLES["change_claims"])),
        series,
        rates,
        amounts=None if amounts is None else pd.DataFrame(amounts, columns=list(TABLES["amounts"])),
    )


def one(series, **kw) -> dict:
    return run(series, [fact(**kw)]).iloc[0].to_dict()


def used_lines(row: dict) -> list[int]:
    return sorted(r["line"] for r in json.loads(row["customs_rows"]))


# -- direction ---------------------------------------------------------------------


class TestMirror:
    def test_north_korea_imports_are_china_exports(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n")
        r = one(s, flow="import", value=186.4e6, period_label="2025-04")
        assert r["verdict"] == "match" and r["official_value"] == 186.4e6
        assert "CHN's exports to PRK" in r["reason"] and "mirror" in r["reason"]
        assert used_lines(r) == [2]
        r = one(s, flow="export", value=35.7e6, period_label="2025-04")
        assert r["verdict"] == "match" and used_lines(r) == [3]

    def test_exporters_view_is_the_same_fact(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\n")
        r = one(s, flow="export", economy="CHN", partner="PRK", value=186.4e6, period_label="2025-04")
        assert r["verdict"] == "match" and "mirror" not in r["reason"]

    def test_each_side_judges_its_own_flow(self, tmp_path):
        # Korea's exports (FOB) and China's imports from Korea (CIF) differ; the
        # flow's own side judges (see test_customs_reporters.py), the other is context.
        s = customs(tmp_path, "KOR,CHN,export,2025-04,100000000,USD\nCHN,KOR,import,2025-04,110000000,USD\n")
        own = one(s, flow="export", economy="KOR", value=100e6, period_label="2025-04")
        assert own["verdict"] == "match" and "KOR's exports" in own["reason"] and own["mirror_value"] == 110e6
        chinese = one(s, flow="import", economy="CHN", partner="KOR", value=100e6, period_label="2025-04")
        assert chinese["verdict"] == "mismatch" and used_lines(chinese) == [3] and chinese["reporter"] == "CHN"

    def test_wrong_direction_is_a_mismatch(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n")
        assert one(s, flow="export", value=186.4e6, period_label="2025-04")["verdict"] == "mismatch"


class TestTotals:
    def test_export_plus_import_when_no_total_row(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n")
        r = one(s, value=222.1e6, period_label="2025-04")
        assert r["verdict"] == "match" and used_lines(r) == [2, 3]
        assert "export + import" in r["reason"]

    def test_a_stated_total_row_wins(self, tmp_path):
        s = customs(
            tmp_path,
            "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n"
            "CHN,PRK,total,2025-04,222000000,USD\n",
        )
        r = one(s, value=222e6, period_label="2025-04")
        assert r["verdict"] == "match" and used_lines(r) == [4]

    def test_total_needs_both_flows(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\n")
        r = one(s, value=222.1e6, period_label="2025-04")
        assert r["verdict"] == "not_covered" and "2025-04" in r["reason"]
        assert "only the export figure is published" in r["reason"]

    def test_balance_is_export_minus_import_from_the_economys_side(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n")
        r = one(s, flow="balance", value=-150.7e6, period_label="2025-04")  # PRK's deficit
        assert r["verdict"] == "match" and r["official_value"] == -150.7e6
        r = one(s, flow="balance", economy="CHN", partner="PRK", value=150.7e6, period_label="2025-04")
        assert r["verdict"] == "match"


# -- periods -------------------------------------------------------------------------

MONTHS_2019 = "".join(f"CHN,PRK,export,2019-{m:02d},{m}00000000,USD\n" for m in range(1, 13))


class TestPeriods:
    @pytest.mark.parametrize(
        "label,months",
        [
            ("2019-Q1", (1, 2, 3)),
            ("2019-H2", range(7, 13)),
            ("2019-01/2019-05", range(1, 6)),
            ("2019", range(1, 13)),
        ],
    )
    def test_sum_of_months(self, tmp_path, label, months):
        s = customs(tmp_path, MONTHS_2019)
        total = sum(m * 100_000_000 for m in months)
        r = one(s, flow="import", value=float(total), period_label=label)
        assert r["verdict"] == "match" and r["official_value"] == total
        assert len(json.loads(r["customs_rows"])) == len(list(months))

    def test_annual_row_is_used_when_months_are_missing(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2018,2218000000,USD\nCHN,PRK,export,2018-01,168880000,USD\n")
        r = one(s, flow="import", value=2.218e9, period_label="2018")
        assert r["verdict"] == "match" and used_lines(r) == [2]

    def test_period_from_start_and_end_dates(self, tmp_path):
        s = customs(tmp_path, MONTHS_2019)
        r = one(s, flow="import", value=6e8, period_start="2019-01-01", period_end="2019-03-31")
        assert r["verdict"] == "match" and r["period_label"] == "2019-Q1"

    def test_missing_month_is_not_covered_and_named(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,export,2019-01,1,USD\nCHN,PRK,export,2019-03,3,USD\n")
        r = one(s, flow="import", value=6.0, period_label="2019-Q1")
        assert r["verdict"] == "not_covered" and "2019-02" in r["reason"]


class TestCombinedJanuaryFebruary:
    BODY = "CHN,PRK,export,2020-01/2020-02,300000000,USD\nCHN,PRK,export,2020-03,150000000,USD\n"

    def test_single_january_is_not_covered(self, tmp_path):
        r = one(customs(tmp_path, self.BODY), flow="import", value=1.5e8, period_label="2020-01")
        assert r["verdict"] == "not_covered"
        assert "for 2020-01 is published only within 2020-01/2020-02, which cannot be split" in r["reason"]
        assert r["official_value"] is None or pd.isna(r["official_value"])

    def test_jan_feb_together_and_the_quarter_are_covered(self, tmp_path):
        s = customs(tmp_path, self.BODY)
        assert one(s, flow="import", value=3e8, period_label="2020-01/2020-02")["verdict"] == "match"
        assert one(s, flow="import", value=4.5e8, period_label="2020-Q1")["verdict"] == "match"

    def test_days_are_not_covered_unless_whole_months(self, tmp_path):
        s = customs(tmp_path, self.BODY)
        r = one(s, flow="import", value=1e8, period_label="2020-03-01/2020-03-20")
        assert r["verdict"] == "not_covered" and "span of days" in r["reason"]
        r = one(s, flow="import", value=1.5e8, period_label="2020-03-01/2020-03-31")
        assert r["verdict"] == "match"


# -- columns (the bands are in test_customs_verdicts.py) --------------------------------------------------------------


class TestColumns:
    def test_diff_and_tolerance_columns(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,total,2025-04,222140000,USD\n")
        r = one(s, value=222.1e6, period_label="2025-04")
        assert r["diff_abs"] == pytest.approx(-40_000)
        assert r["diff_rel"] == pytest.approx(-40_000 / 222_140_000)
        assert r["tolerance"] == 50_000


# -- currency ----------------------------------------------------------------------------------------


class TestCurrency:
    BODY = "CHN,PRK,total,2025-04,222100000,USD\n"

    def test_won_without_rates_is_not_covered_and_says_so(self, tmp_path):
        r = one(customs(tmp_path, self.BODY), value=309e9, currency="KRW", period_label="2025-04")
        assert r["verdict"] == "not_covered"
        assert "KRW" in r["reason"] and "rate" in r["reason"] and "USD" in r["reason"]

    def test_won_with_a_rate_for_the_period(self, tmp_path):
        rates_file = tmp_path / "rates.csv"
        rates_file.write_text("period,currency,per_usd\n2025-04,KRW,1391.5\n", encoding="utf-8")
        rates = load_rates(rates_file)
        s = customs(tmp_path, self.BODY)
        r = run(s, [fact(value=309e9, currency="KRW", period_label="2025-04")], rates=rates).iloc[0]
        assert r["verdict"] == "match" and r["currency"] == "KRW"
        assert r["official_value"] == pytest.approx(222.1e6 * 1391.5)
        assert "1,391.5" in r["reason"] or "1391.5" in r["reason"]
        # a rate for another month does not do
        r = run(s, [fact(value=309e9, currency="KRW", period_label="2025-03")], rates=rates).iloc[0]
        assert r["verdict"] == "not_covered"

    def test_yuan_is_never_compared_with_dollars(self, tmp_path):
        r = one(customs(tmp_path, self.BODY), value=222.1e6, currency="CNY", period_label="2025-04")
        assert r["verdict"] == "not_covered" and "CNY" in r["reason"]

    def test_yuan_against_a_yuan_series(self, tmp_path):
        s = customs(tmp_path, self.BODY + "CHN,PRK,total,2025-04,1600000000,CNY\n")
        r = one(s, value=1.6e9, currency="CNY", period_label="2025-04")
        assert r["verdict"] == "match" and used_lines(r) == [3]

    def test_stated_dollar_conversion_is_checked_when_won_cannot_be(self, tmp_path):
        r = one(
            customs(tmp_path, self.BODY),
            value=309e9,
            currency="KRW",
            alt_value=222.1e6,
            alt_currency="USD",
            period_label="2025-04",
        )
        assert r["verdict"] == "match" and r["currency"] == "USD" and r["claimed_value"] == 222.1e6
        assert "conversion" in r["reason"]


# -- releases -----------------------------------------------------------------------------------------


class TestVintages:
    def test_says_which_release_a_figure_agrees_with(self, tmp_path):
        p = tmp_path / "v.csv"
        p.write_text(
            "reporter,partner,flow,period,value,release\n"
            "CHN,PRK,export,2017-09,266340000,2017-10-13 preliminary\n"
            "CHN,PRK,export,2017-09,266400000,2017-10-24 country table\n",
            encoding="utf-8",
        )
        s = load_customs(p)
        old = one(s, flow="import", value=266.34e6, period_label="2017-09")
        new = one(s, flow="import", value=266.4e6, period_label="2017-09")
        assert (old["verdict"], old["vintage"]) == ("match", "2017-10-13 preliminary")
        assert (new["verdict"], new["vintage"]) == ("match", "2017-10-24 country table")
        assert "2017-10-24 country table gives 266,400,000" in old["reason"]


# -- other figures ---------------------------------------------------------------------------------------


class TestNotComparable:
    @pytest.mark.parametrize(
        "kw,words",
        [
            (dict(commodity="coal"), "coal"),
            (dict(measure="daily average"), "daily average"),
            (dict(economy=""), "economies"),
            (dict(partner="RUS"), "no customs rows"),
            (dict(period_label="", period_start="", period_end=""), "no period"),
        ],
    )
    def test_not_covered_with_reason(self, tmp_path, kw, words):
        s = customs(tmp_path, "CHN,PRK,total,2025-04,222100000,USD\n")
        r = one(s, value=222.1e6, period_label="2025-04", **kw) if "period_label" not in kw else one(s, value=1.0, **kw)
        assert r["verdict"] == "not_covered" and words in r["reason"]


# -- change claims -------------------------------------------------------------------------------------


class TestChangeClaims:
    @pytest.mark.parametrize(
        "now,pct,qualifier,text,verdict",
        [
            (114_500_000, 15.0, "", "rose 15%", "match"),
            (115_500_000, 15.0, "", "rose 15%", "match"),
            (116_000_000, 15.0, "", "rose 15%", "rounding"),
            (120_000_000, 15.0, "", "rose 15%", "mismatch"),
            (115_040_000, 15.0, "", "rose 15.0%", "match"),
            (115_100_000, 15.0, "", "rose 15.0%", "rounding"),
            (110_100_000, 10.0, "more than", "up over 10%", "match"),
            (130_000_000, 10.0, "more than", "up over 10%", "match"),
            (109_900_000, 10.0, "more than", "up over 10%", "rounding"),
            (105_000_000, 10.0, "more than", "up over 10%", "mismatch"),
            (88_000_000, -10.0, "more than", "fell more than 10%", "match"),
            (95_000_000, -10.0, "more than", "fell more than 10%", "mismatch"),
            (76_000_000, -24.0, "", "fell 24 percent", "match"),
        ],
    )
    def test_stated_percentage_at_its_precision(self, tmp_path, now, pct, qualifier, text, verdict):
        s = customs(tmp_path, f"CHN,PRK,total,2024-04,100000000,USD\nCHN,PRK,total,2025-04,{now},USD\n")
        c = claim(
            period_label="2025-04",
            base_period_label="2024-04",
            pct_change=pct,
            qualifier=qualifier,
            text=text,
        )
        r = run(s, claims=[c]).iloc[0]
        assert r["verdict"] == verdict, r["reason"]
        assert r["kind"] == "claim" and r["claim_id"] == "c1"
        assert r["official_value"] == pytest.approx((now / 100_000_000 - 1) * 100, abs=1e-3)

    def test_mirror_and_sums(self, tmp_path):
        # "North Korea's imports from China rose 50% in Q1" = China's exports.
        s = customs(
            tmp_path,
            "".join(f"CHN,PRK,export,2024-{m:02d},100,USD\n" for m in (1, 2, 3))
            + "CHN,PRK,export,2025-01/2025-02,300,USD\nCHN,PRK,export,2025-03,150,USD\n",
        )
        c = claim(
            flow="import",
            period_label="2025-Q1",
            base_period_label="2024-Q1",
            pct_change=50.0,
            text="50%",
        )
        r = run(s, claims=[c]).iloc[0]
        assert r["verdict"] == "match" and "mirror" in r["reason"]
        assert len(json.loads(r["customs_rows"])) == 5

    def test_base_not_covered(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,total,2025-04,222100000,USD\n")
        c = claim(period_label="2025-04", base_period_label="2024-04", pct_change=15.0)
        r = run(s, claims=[c]).iloc[0]
        assert (
            r["verdict"] == "not_covered"
            and "; base period: no figure of CHN's total trade with PRK for 2024-04" in r["reason"]
        )

    def test_fields_from_the_fact_it_is_about(self, tmp_path):
        s = customs(tmp_path, "CHN,PRK,total,2024-04,193900000,USD\nCHN,PRK,total,2025-04,222100000,USD\n")
        f = fact(fact_id="f9", value=222.1e6, period_label="2025-04")
        c = claim(
            fact_id="f9",
            flow="",
            economy="",
            partner="",
            period_label="",
            base_period_label="2024-04",
            pct_change=15.0,
        )
        r = run(s, [f], [c]).iloc[1]
        assert r["verdict"] == "match" and (r["flow"], r["period_label"]) == ("total", "2025-04")


# -- the April 2025 case, end to end ------------------------------------------------------------------

APRIL_TOTALS = "CHN,PRK,total,2025-04,222100000,USD\n"
APRIL_FLOWS = "CHN,PRK,export,2025-04,186400000,USD\nCHN,PRK,import,2025-04,35700000,USD\n"
OTHER_MONTHS = "CHN,PRK,total,2025-03,238100000,USD\nCHN,PRK,total,2024-04,193900000,USD\n"

APRIL_FACTS = [
    fact(
        fact_id="total-apr",
        value=222.1e6,
        period_label="2025-04",
        sentence="Trade between the two reached $222.1 million in April.",
    ),
    fact(
        fact_id="imp-apr",
        flow="import",
        value=186.4e6,
        period_label="2025-04",
        sentence="The North bought $186.4 million from China.",
    ),
    fact(
        fact_id="exp-apr",
        flow="export",
        value=35.7e6,
        period_label="2025-04",
        sentence="It sold $35.7 million to China.",
    ),
    fact(
        fact_id="total-mar",
        value=238.1e6,
        period_label="2025-03",
        sentence="March trade was $238.1 million.",
    ),
    fact(
        fact_id="total-apr24",
        value=193.9e6,
        period_label="2024-04",
        sentence="A year earlier it was $193.9 million.",
    ),
]
APRIL_CLAIM = claim(
    fact_id="total-apr",
    period_label="2025-04",
    base_period_label="2024-04",
    pct_change=15.0,
    text="a 15% increase",
)


class TestApril2025:
    @pytest.mark.parametrize("april", [APRIL_FLOWS, APRIL_TOTALS + APRIL_FLOWS], ids=["export+import", "total row"])
    def test_every_figure_matches(self, tmp_path, april):
        s = customs(tmp_path, april + OTHER_MONTHS)
        checks = run(s, APRIL_FACTS, [APRIL_CLAIM])
        assert list(checks.columns) == list(DERIVED_TABLES["checks"])
        got = dict(zip(checks["fact_id"] + "/" + checks["claim_id"], checks["verdict"], strict=True))
        assert got == {
            "total-apr/": "match",
            "imp-apr/": "match",
            "exp-apr/": "match",
            "total-mar/": "match",
            "total-apr24/": "match",
            "total-apr/c1": "match",
        }
        change = checks[checks["kind"] == "claim"].iloc[0]
        assert change["official_value"] == pytest.approx(14.5436, abs=1e-3)

    def test_check_dataset_writes_checks_in_the_datasets_format(self, tmp_path):
        data = tmp_path / "customs.csv"
        data.write_text(HEADER + APRIL_FLOWS + OTHER_MONTHS, encoding="utf-8")
        for fmt in ("parquet", "csv"):
            ds = tmp_path / f"ds-{fmt}"
            write_table(ds, "trade_facts", APRIL_FACTS, fmt)
            write_table(ds, "change_claims", [APRIL_CLAIM], fmt)
            checks = check_dataset(ds, [data])
            assert (checks["verdict"] == "match").all() and len(checks) == 6
            path = write_checks(ds, checks)
            assert path == ds / f"checks.{fmt}"
            back = read_dataset(ds)["checks"]
            assert sorted(back["verdict"]) == ["match"] * 6
            assert back.loc[back["fact_id"] == "imp-apr", "official_value"].item() == 186.4e6
