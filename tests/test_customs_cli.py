"""`extractor check` from the command line: the checks table lands in the
dataset in its format, a summary by verdict is printed, and a user's bad file
is a clear message with a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.dataset import read_dataset, write_table

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "corpus" / "customs" / "cn_prk_2015_2025.csv"

FACTS = [
    # China's 2018 exports to North Korea, as the press rounded them
    dict(
        article_id="a1",
        fact_id="f1",
        value=2.22e9,
        currency="USD",
        flow="export",
        economy="CHN",
        partner="PRK",
        period_label="2018",
        sentence="China sold $2.22 billion of goods to the North in 2018.",
    ),
    # "North Korea imported $250 million" in May 2019 (China's exports were 258.29M)
    dict(
        article_id="a1",
        fact_id="f2",
        value=250e6,
        currency="USD",
        flow="import",
        economy="PRK",
        partner="CHN",
        period_label="2019-05",
        sentence="The North imported $250 million in May.",
    ),
    # A won figure with no rates file
    dict(
        article_id="a1",
        fact_id="f3",
        value=300e9,
        currency="KRW",
        flow="total",
        economy="PRK",
        partner="CHN",
        period_label="2019-05",
        sentence="Trade came to 300 billion won.",
    ),
]
CLAIMS = [
    dict(
        article_id="a1",
        claim_id="c1",
        flow="total",
        economy="CHN",
        partner="PRK",
        period_label="2018",
        base_period_label="2017",
        pct_change=-51.0,
        text="fell 51 percent",
    ),
]


def dataset(tmp_path: Path, fmt: str) -> Path:
    ds = tmp_path / "ds"
    write_table(ds, "trade_facts", FACTS, fmt)
    write_table(ds, "change_claims", CLAIMS, fmt)
    return ds


def test_check_bundled_customs_file_with_report(tmp_path):
    ds = dataset(tmp_path, "jsonl")
    report = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(app, ["check", str(ds), "--customs", str(BUNDLED), "--report", str(report)])
    assert result.exit_code == 0, result.output
    for word in ("match", "mismatch", "not_covered", "checks.jsonl"):
        assert word in result.output
    assert (ds / "checks.jsonl").is_file() and report.is_file()
    checks = read_dataset(ds)["checks"]
    verdicts = dict(zip(checks["fact_id"] + checks["claim_id"], checks["verdict"], strict=True))
    assert verdicts == {"f1": "match", "f2": "mismatch", "f3": "not_covered", "c1": "match"}


def test_check_with_rates_and_several_files(tmp_path):
    ds = dataset(tmp_path, "parquet")
    rates = tmp_path / "rates.csv"
    rates.write_text("period,currency,per_usd\n2019-05,KRW,1183.0\n", encoding="utf-8")
    extra = tmp_path / "extra.csv"
    extra.write_text("reporter,partner,flow,period,value\nCHN,PRK,export,2020-01/2020-02,1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(ds), "-c", str(BUNDLED), "-c", str(extra), "--rates", str(rates)])
    assert result.exit_code == 0, result.output
    checks = read_dataset(ds)["checks"]
    won = checks[checks["fact_id"] == "f3"].iloc[0]
    # 275.38M USD x 1183 = 325.8 billion won: the won figure is now compared, and is off
    assert won["verdict"] == "mismatch" and won["currency"] == "KRW"
    assert (ds / "checks.parquet").is_file()


def test_bad_customs_file_is_a_message_not_a_traceback(tmp_path):
    ds = dataset(tmp_path, "csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("reporter,partner,flow,period,value\nCHN,PRK,export,2025-04,12O\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(ds), "--customs", str(bad)])
    assert result.exit_code == 2
    assert "bad.csv, line 2, column 'value'" in result.output.replace("\n", "")
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert not (ds / "checks.csv").exists()


def test_unknown_layout_and_missing_dataset(tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(dataset(tmp_path, "csv")), "--customs", str(odd)])
    assert result.exit_code == 2 and "unknown customs layout" in result.output
    result = CliRunner().invoke(app, ["check", str(tmp_path / "nowhere"), "--customs", str(BUNDLED)])
    assert result.exit_code == 2 and "nowhere" in result.output


def test_a_folder_of_customs_files(tmp_path):
    ds = dataset(tmp_path, "csv")
    folder = tmp_path / "customs"
    folder.mkdir()
    (folder / "a.csv").write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.csv").write_text("reporter,partner,flow,period,value\nKOR,W00,export,2024-05,58150000000\n")
    result = CliRunner().invoke(app, ["check", str(ds), "--customs", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Checks against 149 customs rows" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["check", str(ds), "--customs", str(empty)])
    assert result.exit_code == 2 and "a folder with no .csv files" in " ".join(result.output.split())
