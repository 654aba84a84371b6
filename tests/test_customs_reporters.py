"""One reporter judges a figure: the source the article names, else the
flow's own side when its rows cover the period, else the other side. The
other side's figure is context (mirror_value, mirror_gap), never a second
chance at a better verdict."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor.customs.check import check_facts
from extractor.customs.loaders import load_customs
from extractor.customs.reporters import named_source
from extractor.records import TABLES

HEADER = "reporter,partner,flow,period,value,currency\n"
# Korea's exports to China (FOB) and China's imports from Korea (CIF) of one month differ by 10 %.
KOR_CHN = "KOR,CHN,export,2025-04,100000000,USD\nCHN,KOR,import,2025-04,110000000,USD\n"


def series(tmp_path, body: str):
    p = tmp_path / "customs.csv"
    p.write_text(HEADER + body, encoding="utf-8")
    return load_customs(p)


def fact(**kw) -> dict:
    row = dict(
        article_id="a1",
        fact_id="f1",
        currency="USD",
        flow="export",
        economy="KOR",
        partner="CHN",
        period_label="2025-04",
        qualifier="",
        source_org="",
    )
    row.update(kw)
    return row


def check(s, facts=(), claims=()) -> pd.DataFrame:
    return check_facts(
        pd.DataFrame(list(facts), columns=list(TABLES["trade_facts"])),
        pd.DataFrame(list(claims), columns=list(TABLES["change_claims"])),
        s,
    )


def one(s, **kw) -> dict:
    return check(s, [fact(**kw)]).iloc[0].to_dict()


def lines(row: dict) -> list[int]:
    return sorted(r["line"] for r in json.loads(row["customs_rows"]))


def test_mirror_statistics_do_not_turn_a_mismatch_into_a_match(tmp_path):
    # Issue 14: both reporters were tried and the better verdict won. "Korea
    # exported $110 million to China" with no source named is Korea's own
    # figure (100 million): a mismatch, though China's imports are 110 million.
    r = one(series(tmp_path, KOR_CHN), value=110e6)
    assert (r["verdict"], r["reporter"], r["official_value"]) == ("mismatch", "KOR", 100e6)
    assert (r["mirror_value"], r["mirror_gap"]) == (110e6, 10e6)
    assert lines(r) == [2] and "judged by KOR's own figures" in r["reason"]


def test_own_side_judges_when_no_source_is_named(tmp_path):
    s = series(tmp_path, KOR_CHN)
    r = one(s, value=100e6)
    assert (r["verdict"], r["reporter"], r["mirror_value"]) == ("match", "KOR", 110e6)
    # China's imports from Korea: China's own figure, 110 million
    r = one(s, flow="import", economy="CHN", partner="KOR", value=110e6)
    assert (r["verdict"], r["reporter"], r["mirror_value"]) == ("match", "CHN", 100e6)
    assert lines(r) == [3]


def test_named_source_judges_even_against_the_own_side(tmp_path):
    # "Korea's exports to China were $110 million, China's customs said": China's
    # imports from Korea judge it, and Korea's own 100 million is the mirror.
    s = series(tmp_path, KOR_CHN)
    r = one(s, value=110e6, source_org="China's General Administration of Customs")
    assert (r["verdict"], r["reporter"], r["official_value"]) == ("match", "CHN", 110e6)
    assert (r["mirror_value"], r["mirror_gap"]) == (100e6, -10e6)
    assert (
        "judged by CHN's figures, the source the article names (China's General Administration of Customs)"
        in r["reason"]
    )
    r = one(s, value=100e6, source_org="Chinese customs")
    assert (r["verdict"], r["reporter"]) == ("mismatch", "CHN")


def test_named_source_without_the_period_is_not_covered_with_the_mirror_as_context(tmp_path):
    s = series(tmp_path, "KOR,CHN,export,2025-04,100000000,USD\nCHN,KOR,import,2025-03,90000000,USD\n")
    r = one(s, value=100e6, source_org="Chinese customs")
    assert (r["verdict"], r["reporter"], r["mirror_value"]) == ("not_covered", "CHN", 100e6)
    assert "no figure of CHN's imports from KOR (mirror) for 2025-04" in r["reason"]


def test_other_side_judges_when_the_data_hold_none_of_the_own_sides_rows(tmp_path):
    s = series(tmp_path, "CHN,PRK,export,2025-04,186400000,USD\n")
    r = one(s, flow="import", economy="PRK", partner="CHN", value=186.4e6)
    assert (r["verdict"], r["reporter"]) == ("match", "CHN")
    assert "the data hold none of PRK's" in r["reason"] and r["mirror_value"] is None


def test_other_side_judges_when_the_own_sides_rows_miss_the_period(tmp_path):
    s = series(tmp_path, "KOR,CHN,export,2025-03,95000000,USD\nCHN,KOR,import,2025-04,110000000,USD\n")
    r = one(s, value=110e6)
    assert (r["verdict"], r["reporter"]) == ("match", "CHN")
    assert "KOR's in the data do not cover this period" in r["reason"]


def test_a_source_that_is_no_reporter_falls_to_the_own_side(tmp_path):
    r = one(series(tmp_path, KOR_CHN), value=110e6, source_org="Korea Trade-Investment Promotion Agency")
    assert (r["verdict"], r["reporter"]) == ("mismatch", "KOR")
    assert "KOTRA estimates" in r["reason"]


def test_a_source_of_a_third_economy_falls_to_the_own_side(tmp_path):
    # KITA (Korea) quoted on China-Russia trade: Korea is no side of it.
    s = series(tmp_path, "CHN,RUS,export,2025-04,9000000000,USD\nRUS,CHN,import,2025-04,9500000000,USD\n")
    r = one(s, economy="CHN", partner="RUS", value=9e9, source_org="Korea International Trade Association")
    assert (r["verdict"], r["reporter"]) == ("match", "CHN")
    assert "is KOR, not a side of this flow" in r["reason"]


def test_change_claim_is_judged_by_its_facts_source(tmp_path):
    s = series(
        tmp_path,
        "KOR,CHN,export,2024-04,100000000,USD\nKOR,CHN,export,2025-04,110000000,USD\n"
        "CHN,KOR,import,2024-04,100000000,USD\nCHN,KOR,import,2025-04,120000000,USD\n",
    )
    f = fact(value=120e6, source_org="China's customs")
    c = dict(
        article_id="a1",
        claim_id="c1",
        fact_id="f1",
        flow="export",
        economy="KOR",
        partner="CHN",
        period_label="2025-04",
        base_period_label="2024-04",
        pct_change=20.0,
        text="up 20%",
    )
    checks = check(s, [f], [c])
    claim = checks[checks["kind"] == "claim"].iloc[0]
    assert (claim["verdict"], claim["reporter"], claim["official_value"]) == ("match", "CHN", 20.0)
    assert (claim["mirror_value"], claim["mirror_gap"]) == (10.0, -10.0)
    # Without a named source, Korea's own +10 % judges "up 20%".
    checks = check(s, [fact(value=120e6)], [c])
    claim = checks[checks["kind"] == "claim"].iloc[0]
    assert (claim["verdict"], claim["reporter"]) == ("mismatch", "KOR")


@pytest.mark.parametrize(
    "source,reporter",
    [
        ("General Administration of Customs.", "CHN"),
        ("China's General Administration of Customs", "CHN"),
        ("Chinese", "CHN"),
        ("Beijing's", "CHN"),
        ("Korea Customs Service.", "KOR"),
        ("Korea International Trade Association", "KOR"),
        ("KITA", "KOR"),
        ("Commerce Department on Wednesday", "USA"),
        ("US Census Bureau.", "USA"),
        ("Russia's Federal Customs Service.", "RUS"),
        ("Federal Customs Service", "RUS"),
        ("Eurostat", "EUU"),
        ("Japan's Ministry of Finance", "JPN"),
        ("Turkish Statistical Institute", "TUR"),
        ("Ministry of Finance", None),
        ("Korea Trade-Investment Promotion Agency", None),
        ("Ministry of Unification.", None),
        ("", None),
    ],
)
def test_named_source(source, reporter):
    assert named_source(source).reporter == reporter
