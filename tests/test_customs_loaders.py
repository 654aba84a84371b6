"""Customs files in each layout, recognised by header; bad files named by
file, line and column. Every file is written by the test."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from extractor.customs._tables import (
    COMTRADE_LEGACY_COLUMNS,
    COMTRADE_LEGACY_SHORT_COLUMNS,
    COMTRADE_PLUS_COLUMNS,
)
from extractor.customs.loaders import load_customs, load_customs_files, load_rates
from extractor.customs.series import CustomsFormatError, Span

REPO = Path(__file__).resolve().parents[1]


def write_csv(path: Path, header: list[str], rows: list[dict], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, restval="", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return path


def figures(series) -> dict[tuple, Decimal]:
    return {(r.reporter, r.partner, r.flow, r.span.label, r.currency): r.value for r in series.rows}


# -- plain CSV -----------------------------------------------------------------


class TestPlain:
    def test_value_and_currency_columns(self, tmp_path):
        p = tmp_path / "plain.csv"
        p.write_text(
            "reporter,partner,flow,period,value,currency\n"
            "CHN,PRK,export,2025-04,186400000,USD\n"
            "CHN,PRK,import,202504,35700000,USD\n"
            "CHN,PRK,total,2025,2789020000,CNY\n"
            "CHN,PRK,export,2025-01/2025-02,300000000,\n",
            encoding="utf-8",
        )
        got = figures(load_customs(p))
        assert got == {
            ("CHN", "PRK", "export", "2025-04", "USD"): Decimal("186400000"),
            ("CHN", "PRK", "import", "2025-04", "USD"): Decimal("35700000"),
            ("CHN", "PRK", "total", "2025", "CNY"): Decimal("2789020000"),
            ("CHN", "PRK", "export", "2025-01/2025-02", "USD"): Decimal("300000000"),
        }

    def test_value_usd_source_url_variant(self, tmp_path):
        p = tmp_path / "old.csv"
        p.write_text(
            "reporter,partner,flow,period,value_usd,source_url\n"
            "CHN,PRK,export,2017-09,266400000,https://example.org/a\n"
            "CHN,PRK,total,2019,2789020000,https://example.org/b\n",
            encoding="utf-8",
        )
        rows = {(r.flow, r.span.label): r for r in load_customs(p).rows}
        sept = rows[("export", "2017-09")]
        assert sept.value == Decimal("266400000") and sept.currency == "USD"
        assert sept.source == "https://example.org/a" and sept.line == 2

    def test_bundled_china_north_korea_series(self):
        s = load_customs(REPO / "corpus" / "customs" / "cn_prk_2015_2025.csv")
        assert len(s) == 148
        rows = {(r.flow, r.span.label): r for r in s.rows}
        sept = rows[("export", "2017-09")]
        assert sept.value == Decimal("266400000") and sept.currency == "USD"
        assert sept.source.startswith("http") and sept.line == 16
        assert rows[("total", "2025-04")].value == Decimal("222100000")
        assert rows[("total", "2019")].span == Span.parse("2019")
        assert all(r.source for r in s.rows) and {r.reporter for r in s.rows} == {"CHN"}

    def test_release_column_keeps_both_vintages(self, tmp_path):
        p = tmp_path / "v.csv"
        p.write_text(
            "reporter,partner,flow,period,value,release\n"
            "CHN,PRK,export,2017-09,266340000,2017-10-13\n"
            "CHN,PRK,export,2017-09,266400000,2017-10-24\n",
            encoding="utf-8",
        )
        rows = load_customs(p).rows
        assert sorted((r.vintage, r.value) for r in rows) == [
            ("2017-10-13", Decimal("266340000")),
            ("2017-10-24", Decimal("266400000")),
        ]

    def test_country_names_and_numeric_codes_normalised(self, tmp_path):
        p = tmp_path / "names.csv"
        p.write_text(
            "Reporter,Partner,Flow,Period,Value\n"
            "China,North Korea,Exports,2025-04,1\n"
            "156,408,M,2025-04,2\n"
            "KOR,WLD,import,2025-04,3\n"
            "中国,朝鲜,total,2025-04,4\n",
            encoding="utf-8",
        )
        got = {(r.reporter, r.partner, r.flow) for r in load_customs(p).rows}
        assert got == {
            ("CHN", "PRK", "export"),
            ("CHN", "PRK", "import"),
            ("KOR", "W00", "import"),
            ("CHN", "PRK", "total"),
        }

    def test_identical_duplicate_rows_are_one_figure(self, tmp_path):
        p = tmp_path / "dup.csv"
        p.write_text(
            "reporter,partner,flow,period,value\nCHN,PRK,export,2025-04,5\nCHN,PRK,export,2025-04,5\n",
            encoding="utf-8",
        )
        assert len(load_customs(p)) == 1


# -- UN Comtrade ---------------------------------------------------------------


def plus_row(**kw) -> dict:
    row = dict.fromkeys(COMTRADE_PLUS_COLUMNS, "")
    row.update(
        typeCode="C",
        freqCode="M",
        refYear="2025",
        refMonth="4",
        period="202504",
        reporterCode="156",
        reporterISO="CHN",
        reporterDesc="China",
        flowCode="X",
        flowDesc="Export",
        partnerCode="408",
        partnerISO="PRK",
        partnerDesc="Dem. People's Rep. of Korea",
        partner2Code="0",
        partner2ISO="W00",
        classificationCode="H6",
        cmdCode="TOTAL",
        cmdDesc="All Commodities",
        customsCode="C00",
        motCode="0",
        primaryValue="186400000",
    )
    row.update({k: str(v) for k, v in kw.items()})
    return row


class TestComtradePlus:
    def test_only_all_commodity_totals_are_kept(self, tmp_path):
        rows = [
            plus_row(),
            plus_row(flowCode="M", flowDesc="Import", primaryValue="35700000.0"),
            # breakdowns of the same total: each would double count
            plus_row(cmdCode="27", primaryValue="1000"),
            plus_row(customsCode="C01", primaryValue="2000"),
            plus_row(motCode="2100", primaryValue="3000"),
            plus_row(partner2Code="643", primaryValue="4000"),
            # re-exports and services are other flows
            plus_row(flowCode="RX", primaryValue="5000"),
            plus_row(typeCode="S", primaryValue="6000"),
            # the annual row
            plus_row(freqCode="A", refMonth="52", period="2024", refYear="2024", primaryValue="2.5E+9"),
            # the world partner
            plus_row(partnerCode="0", partnerISO="W00", partnerDesc="World", primaryValue="9e10"),
        ]
        p = write_csv(tmp_path / "plus.csv", COMTRADE_PLUS_COLUMNS, rows)
        assert len(COMTRADE_PLUS_COLUMNS) == 47
        assert figures(load_customs(p)) == {
            ("CHN", "PRK", "export", "2025-04", "USD"): Decimal("186400000"),
            ("CHN", "PRK", "import", "2025-04", "USD"): Decimal("35700000.0"),
            ("CHN", "PRK", "export", "2024", "USD"): Decimal("2.5E+9"),
            ("CHN", "W00", "export", "2025-04", "USD"): Decimal("9E+10"),
        }

    def test_missing_filter_column_is_named(self, tmp_path):
        header = [c for c in COMTRADE_PLUS_COLUMNS if c != "customsCode"]
        p = write_csv(tmp_path / "plus.csv", header, [plus_row()])
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert e.value.line == 1 and e.value.column == "customsCode"
        assert "plus.csv" in str(e.value)


def legacy_row(columns, **kw) -> dict:
    row = dict.fromkeys(columns, "")
    row.update(
        {
            "Classification": "HS",
            "Year": "2017",
            "Period": "201709",
            "Period Desc.": "September 2017",
            "Aggregate Level": "0",
            "Is Leaf Code": "0",
            "Trade Flow Code": "2",
            "Trade Flow": "Export",
            "Reporter Code": "156",
            "Reporter": "China",
            "Reporter ISO": "CHN",
            "Partner Code": "408",
            "Partner": "Dem. People's Rep. of Korea",
            "Partner ISO": "PRK",
            "Commodity Code": "TOTAL",
            "Commodity": "All Commodities",
            "Trade Value (US$)": "266400000",
        }
    )
    if "2nd Partner Code" in columns:
        row.update({"2nd Partner Code": "", "Customs Proc. Code": "", "Mode of Transport Code": ""})
    row.update(kw)
    return {k: v for k, v in row.items() if k in columns}


class TestComtradeLegacy:
    def test_35_columns(self, tmp_path):
        cols = COMTRADE_LEGACY_COLUMNS
        assert len(cols) == 35
        rows = [
            legacy_row(cols),
            legacy_row(
                cols,
                **{
                    "Trade Flow Code": "1",
                    "Trade Flow": "Import",
                    "Trade Value (US$)": "145800000",
                },
            ),
            legacy_row(cols, **{"Commodity Code": "27", "Trade Value (US$)": "1"}),
            legacy_row(cols, **{"Mode of Transport Code": "1000", "Trade Value (US$)": "2"}),
            legacy_row(cols, **{"Trade Flow Code": "3", "Trade Value (US$)": "3"}),
            legacy_row(
                cols,
                **{
                    "Partner Code": "0",
                    "Partner": "World",
                    "Partner ISO": "WLD",
                    "Trade Value (US$)": "4",
                },
            ),
        ]
        p = write_csv(tmp_path / "legacy35.csv", cols, rows)
        assert figures(load_customs(p)) == {
            ("CHN", "PRK", "export", "2017-09", "USD"): Decimal("266400000"),
            ("CHN", "PRK", "import", "2017-09", "USD"): Decimal("145800000"),
            ("CHN", "W00", "export", "2017-09", "USD"): Decimal("4"),
        }

    def test_22_columns_annual(self, tmp_path):
        cols = COMTRADE_LEGACY_SHORT_COLUMNS
        assert len(cols) == 22
        rows = [
            legacy_row(cols, Year="2017", Period="2017", **{"Trade Value (US$)": "3245000000"}),
            legacy_row(cols, Period="2017", **{"Commodity Code": "01", "Trade Value (US$)": "7"}),
        ]
        p = write_csv(tmp_path / "legacy22.csv", cols, rows)
        assert figures(load_customs(p)) == {("CHN", "PRK", "export", "2017", "USD"): Decimal("3245000000")}


# -- China customs online query (GAC) -------------------------------------------------

GAC_HEADER = "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,第二数量,第二计量单位,{}"


def gac_file(path: Path, value_col: str = "美元", rows: list[str] | None = None) -> Path:
    rows = rows or [
        '202504,,,132,朝鲜,,,,,"186,400,000"',
        '202503,,,132,朝鲜,,,,,"190,000,000"',
        '202501-02,,,132,朝鲜,,,,,"300,500,000"',
        '202504,27011100,无烟煤,132,朝鲜,10,千克,,,"5,000"',
    ]
    path.write_bytes(("\r\n".join([GAC_HEADER.format(value_col), *rows]) + "\r\n").encode("gbk"))
    return path


class TestGAC:
    def test_gbk_thousands_separators_flow_from_name(self, tmp_path):
        s = load_customs(gac_file(tmp_path / "cn_prk_export_2025.csv"))
        assert figures(s) == {
            ("CHN", "PRK", "export", "2025-04", "USD"): Decimal("186400000"),
            ("CHN", "PRK", "export", "2025-03", "USD"): Decimal("190000000"),
            ("CHN", "PRK", "export", "2025-01/2025-02", "USD"): Decimal("300500000"),
        }

    def test_chinese_filename_and_yuan_column(self, tmp_path):
        s = load_customs(gac_file(tmp_path / "朝鲜进口.csv", "人民币"))
        assert {(r.flow, r.currency) for r in s.rows} == {("import", "CNY")}

    def test_flow_hint_when_name_says_nothing(self, tmp_path):
        p = gac_file(tmp_path / "query.csv")
        with pytest.raises(CustomsFormatError, match="FILE:export"):
            load_customs(p)
        assert {r.flow for r in load_customs(p, flow="import").rows} == {"import"}
        assert {r.flow for r in load_customs_files([f"{p}:import"]).rows} == {"import"}

    def test_missing_month_column_is_named(self, tmp_path):
        p = tmp_path / "export.csv"
        p.write_bytes('商品编码,贸易伙伴编码,贸易伙伴名称,人民币元\n,132,朝鲜,"1,000"\n'.encode("gbk"))
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (1, "数据年月")

    def test_unknown_partner_name_is_named(self, tmp_path):
        p = gac_file(tmp_path / "export.csv", rows=['202504,,,999,亚特兰蒂斯,,,,,"1"'])
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (2, "贸易伙伴名称")


# -- errors --------------------------------------------------------------------------


class TestBadFiles:
    def test_unknown_layout_names_expected_columns(self, tmp_path):
        p = tmp_path / "odd.csv"
        p.write_text("country,year,amount\nPRK,2025,1\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        msg = str(e.value)
        assert "odd.csv" in msg and "unknown customs layout" in msg
        for expected in (
            "reporter, partner, flow, period",
            "primaryValue",
            "Trade Value (US$)",
            "数据年月",
        ):
            assert expected in msg

    def test_missing_column(self, tmp_path):
        p = tmp_path / "novalue.csv"
        p.write_text("reporter,partner,flow,period,currency\nCHN,PRK,export,2025-04,USD\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.path, e.value.line, e.value.column) == (str(p), 1, "value")
        assert str(e.value).startswith(f"{p}, line 1, column 'value'")

    def test_non_numeric_value(self, tmp_path):
        p = tmp_path / "nan.csv"
        p.write_text(
            "reporter,partner,flow,period,value\nCHN,PRK,export,2025-03,1\nCHN,PRK,export,2025-04,n/a\n",
            encoding="utf-8",
        )
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (3, "value")
        assert "'n/a' is not a number" in str(e.value) and "nan.csv, line 3" in str(e.value)

    def test_conflicting_duplicate_rows(self, tmp_path):
        p = tmp_path / "conflict.csv"
        p.write_text(
            "reporter,partner,flow,period,value\n"
            "CHN,PRK,export,2025-04,186400000\n"
            "CHN,PRK,import,2025-04,35700000\n"
            "CHN,PRK,export,2025-04,186500000\n",
            encoding="utf-8",
        )
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (4, "value")
        assert "line 2" in e.value.message

    def test_unknown_country_code(self, tmp_path):
        p = tmp_path / "country.csv"
        p.write_text("reporter,partner,flow,period,value\nCHN,XYZ,export,2025-04,1\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (2, "partner")

    def test_bad_period_and_flow(self, tmp_path):
        p = tmp_path / "period.csv"
        p.write_text("reporter,partner,flow,period,value\nCHN,PRK,export,April,1\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (2, "period")
        p.write_text("reporter,partner,flow,period,value\nCHN,PRK,sideways,2025-04,1\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (2, "flow")

    def test_comtrade_non_numeric_value_names_its_column(self, tmp_path):
        p = write_csv(tmp_path / "plus.csv", COMTRADE_PLUS_COLUMNS, [plus_row(primaryValue="abc")])
        with pytest.raises(CustomsFormatError) as e:
            load_customs(p)
        assert (e.value.line, e.value.column) == (2, "primaryValue")


class TestCombineAndRates:
    def test_files_that_disagree_become_releases_named_by_file(self, tmp_path):
        a = tmp_path / "first.csv"
        b = tmp_path / "second.csv"
        a.write_text(
            "reporter,partner,flow,period,value\nCHN,PRK,export,2017-09,266340000\n",
            encoding="utf-8",
        )
        b.write_text(
            "reporter,partner,flow,period,value\nCHN,PRK,export,2017-09,266400000\nCHN,PRK,import,2017-09,1\n",
            encoding="utf-8",
        )
        s = load_customs_files([a, b])
        got = sorted((r.flow, r.vintage, r.value) for r in s.rows)
        assert got == [
            ("export", "first.csv", Decimal("266340000")),
            ("export", "second.csv", Decimal("266400000")),
            ("import", "", Decimal("1")),
        ]

    def test_rates(self, tmp_path):
        p = tmp_path / "rates.csv"
        p.write_text('period,currency,per_usd\n2025-04,krw,"1,391.5"\n2025,CNY,7.2\n', encoding="utf-8")
        assert load_rates(p) == {
            ("2025-04", "KRW"): Decimal("1391.5"),
            ("2025", "CNY"): Decimal("7.2"),
        }
        p.write_text("period,currency,per_usd\n2025-04,KRW,lots\n", encoding="utf-8")
        with pytest.raises(CustomsFormatError) as e:
            load_rates(p)
        assert (e.value.line, e.value.column) == (2, "per_usd")
