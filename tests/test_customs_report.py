"""The HTML report renders offline in a real browser (headless Chromium):
the plotly charts draw their SVG and the mismatch table lists each mismatch
with its sentence, article and customs rows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pandas as pd
import pytest

from extractor.customs.check import check_facts
from extractor.customs.loaders import load_customs
from extractor.customs.report import render_report, series_figure, write_report
from extractor.records import TABLES

CUSTOMS = (
    "reporter,partner,flow,period,value\n"
    "CHN,PRK,export,2025-01/2025-02,300000000\n"
    "CHN,PRK,export,2025-03,200000000\n"
    "CHN,PRK,export,2025-04,186400000\n"
    "CHN,PRK,import,2025-03,38100000\n"
    "CHN,PRK,import,2025-04,35700000\n"
)


def fact(fact_id, flow, value, label, sentence):
    return dict(
        article_id="art1",
        fact_id=fact_id,
        value=value,
        currency="USD",
        flow=flow,
        economy="PRK",
        partner="CHN",
        period_label=label,
        qualifier="",
        sentence=sentence,
    )


@pytest.fixture()
def checks_and_customs(tmp_path):
    p = tmp_path / "customs.csv"
    p.write_text(CUSTOMS, encoding="utf-8")
    series = load_customs(p)
    facts = [
        fact("f1", "import", 186.4e6, "2025-04", "Imports from China came to $186.4 million."),
        fact("f2", "import", 250e6, "2025-03", "Imports from China hit <b>$250 million</b> in March."),
        fact("f3", "total", 222.1e6, "2025-04", "Two-way trade was $222.1 million."),
        fact("f4", "import", 700e6, "2025-Q1", "First-quarter imports were $700 million."),
        fact("f5", "import", 1e8, "2025-01", "January imports were $100 million."),
        # 3.8 million off a stated 0.1 million: more than rounding, within 2 %
        fact("f6", "export", 38.1e6 - 0.7e6, "2025-03", "Its sales to China came to $37.4 million in March."),
    ]
    checks = check_facts(
        pd.DataFrame(facts, columns=list(TABLES["trade_facts"])),
        pd.DataFrame(columns=list(TABLES["change_claims"])),
        series,
    )
    return checks, series


INSTALL_CHROMIUM = (
    "install it with `apt-get install -y chromium` (Debian/Ubuntu), `dnf install chromium` (Fedora) "
    "or `brew install --cask chromium` (macOS)"
)


def chromium() -> str:
    """The browser for the report tests: skipped without one on a user's machine,
    required where ``CI`` is set (CI installs it, so a missing browser is a fault)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and headless Chromium is missing: {INSTALL_CHROMIUM}", pytrace=False)
        pytest.skip(f"headless Chromium not found on PATH; to run the report's browser test, {INSTALL_CHROMIUM}")
    return exe


def rendered_dom(path, tmp_path) -> str:
    profile = tmp_path / "chromium-profile"
    cmd = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
        "--dump-dom",
        path.resolve().as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_report_renders_charts_and_mismatch_table_in_chromium(tmp_path, checks_and_customs):
    checks, series = checks_and_customs
    assert list(checks["verdict"]) == ["match", "mismatch", "match", "mismatch", "not_covered", "near"]
    articles = pd.DataFrame([{"article_id": "art1", "title": "Border trade picks up", "url": "https://example.org/x"}])
    out = write_report(tmp_path / "report.html", checks, series, articles)
    dom = rendered_dom(out, tmp_path)

    # Three series (PRK's imports from CHN, its exports to CHN, the total) -> three charts drawn by plotly.js.
    assert dom.count('class="main-svg"') >= 3
    assert len(re.findall(r'<div id="chart-\d+" class="plotly-graph-div', dom)) == 3
    assert "claimed per month (mismatch)" in dom  # the legend of the drawn chart
    assert "per period longer than a month" in dom  # the quarter's own panel

    table = dom[dom.index('<table id="mismatches"') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r'<tr class="mismatch">.*?</tr>', table, flags=re.S)
    assert len(rows) == 2
    assert "Imports from China hit &lt;b&gt;$250 million&lt;/b&gt; in March." in rows[0]
    assert "Border trade picks up" in rows[0] and "art1" in rows[0]
    assert "customs.csv:3" in rows[0] and "200,000,000 USD" in rows[0]
    assert "First-quarter imports were $700 million." in rows[1]
    assert "customs.csv:2" in rows[1] and "customs.csv:3" in rows[1]
    near = dom[dom.index('<table id="near"') :]
    near = near[: near.index("</table>")]
    assert len(re.findall(r'<tr class="near">', near)) == 1 and "$37.4 million" in near


def test_report_is_self_contained(checks_and_customs):
    checks, series = checks_and_customs
    page = render_report(checks, series)
    # plotly.js is inlined once; nothing is fetched from a network
    assert page.count("Plotly=") + page.count("window.Plotly") >= 1
    assert not re.search(r'<script[^>]+src=["\']https?:', page)
    assert not re.search(r'<link[^>]+href=["\']https?:', page)
    assert len(page) > 1_000_000  # the library itself is inside


def test_report_without_facts_still_renders(tmp_path):
    out = write_report(
        tmp_path / "empty.html",
        pd.DataFrame(columns=["verdict", "kind"]),
        load_customs_empty(tmp_path),
    )
    text = out.read_text(encoding="utf-8")
    assert "No mismatches." in text and "No trade facts to chart." in text


def load_customs_empty(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("reporter,partner,flow,period,value\n", encoding="utf-8")
    return load_customs(p)


def test_monthly_values_and_longer_periods_get_separate_panels(checks_and_customs):
    checks, series = checks_and_customs
    rows = [r for r in checks.to_dict("records") if r["flow"] == "import"]
    fig, has_data = series_figure(("export", "CHN", "PRK"), "USD", rows, series)
    assert has_data
    month_axis, period_axis = fig.layout.yaxis, fig.layout.yaxis2
    # Two panels, one above the other: the axes share no value range and do not overlay.
    assert period_axis.overlaying is None
    assert max(period_axis.domain) < min(month_axis.domain)
    assert month_axis.title.text == "USD per month" and period_axis.title.text == "USD per period"
    panels = {t.name: t.yaxis for t in fig.data}
    assert panels["official per month: CHN's exports to PRK"] == "y"
    assert panels["claimed per month (mismatch)"] == "y"
    assert panels["claimed per period (mismatch)"] == "y2" and panels["official per period"] == "y2"
    # The quarter is drawn across its three months, not at one point.
    quarter = next(t for t in fig.data if t.name == "claimed per period (mismatch)")
    assert list(quarter.x[:2]) == ["2025-01-01", "2025-03-31"] and list(quarter.y[:2]) == [700e6, 700e6]


def test_a_series_of_months_only_has_one_panel(checks_and_customs):
    checks, series = checks_and_customs
    rows = [r for r in checks.to_dict("records") if r["fact_id"] == "f1"]
    fig, _ = series_figure(("export", "CHN", "PRK"), "USD", rows, series)
    assert "yaxis2" not in fig.layout.to_plotly_json()
    assert {t.yaxis for t in fig.data} <= {None, "y"}


def test_near_is_listed_apart_from_mismatches(checks_and_customs):
    checks, series = checks_and_customs
    page = render_report(checks, series)
    mismatches = page[page.index('<table id="mismatches"') :]
    mismatches = mismatches[: mismatches.index("</table>")]
    near = page[page.index('<table id="near"') :]
    near = near[: near.index("</table>")]
    assert "$37.4 million" in near and "$37.4 million" not in mismatches
    assert mismatches.count('<tr class="mismatch">') == 2 and near.count('<tr class="near">') == 1
    assert "<h2>Mismatches (2)</h2>" in page and "<h2>Near (1)</h2>" in page


def test_balances_seen_from_either_side_share_one_chart(checks_and_customs):
    _, series = checks_and_customs
    facts = [
        {**fact("b1", "balance", -150.7e6, "2025-04", "The North ran a deficit of $150.7 million."), "economy": "PRK"},
        {
            **fact("b2", "balance", 150.7e6, "2025-04", "China's surplus was $150.7 million."),
            "economy": "CHN",
            "partner": "PRK",
        },
    ]
    checks = check_facts(
        pd.DataFrame(facts, columns=list(TABLES["trade_facts"])),
        pd.DataFrame(columns=list(TABLES["change_claims"])),
        series,
    )
    assert list(checks["verdict"]) == ["match", "match"]
    page = render_report(checks, series)
    assert page.count("Trade balance of") == 1 and "Trade balance of CHN with PRK, USD" in page
