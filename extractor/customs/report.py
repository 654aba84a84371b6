"""The check report: one self-contained HTML file (plotly.js inline, no CDN).

Per series (flow x economy pair x currency): a chart of the official monthly
values (one line per reporting side) with every claimed figure on it,
coloured by verdict; figures for longer periods (a quarter, a year) are
plotted against the right-hand axis beside the official sum for that period.
Then a table of every mismatch with its sentence, article and the customs
rows used, and all checks in a folded table.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from extractor.customs._tables import VERDICT_RANK
from extractor.customs.check import summarize
from extractor.customs.resolve import monthly_values
from extractor.customs.series import CustomsSeries, PeriodError, Span

COLOURS = {
    "match": "#2e7d32",
    "rounding": "#ef8f00",
    "mismatch": "#c62828",
    "not_covered": "#8a8a8a",
}

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#222;max-width:1200px}
h1{font-size:1.5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.3rem .4rem;vertical-align:top;text-align:left}
th{background:#f4f4f4} td.num{text-align:right;white-space:nowrap}
.verdict{font-weight:600} .match{color:#2e7d32} .rounding{color:#ef8f00}
.mismatch{color:#c62828} .not_covered{color:#8a8a8a}
tr.mismatch td{color:#222} ul.rows{margin:0;padding-left:1rem}
.note{color:#666;font-size:.85rem}
"""


def _s(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v)


def _num(v, currency: str = "") -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if currency == "%":
        return f"{float(v):+.2f}%"
    f = float(v)
    text = f"{f:,.0f}" if abs(f) >= 1000 or f == int(f) else f"{f:,.4g}"
    return f"{text} {currency}".strip()


def series_key(flow: str, economy: str, partner: str) -> tuple[str, str, str] | None:
    """Exporter -> importer for one-way flows; an ordered pair for totals.

    >>> series_key("import", "PRK", "CHN"), series_key("total", "PRK", "CHN")
    (('export', 'CHN', 'PRK'), ('total', 'CHN', 'PRK'))
    """
    if not economy or not partner:
        return None
    if flow == "export":
        return ("export", economy, partner)
    if flow == "import":
        return ("export", partner, economy)
    if flow == "total":
        a, b = sorted((economy, partner))
        return ("total", a, b)
    if flow == "balance":
        return ("balance", economy, partner)
    return None


def _title(key: tuple[str, str, str], currency: str) -> str:
    flow, a, b = key
    what = {
        "export": f"Trade {a} \u2192 {b} ({a}'s exports, {b}'s imports)",
        "total": f"Total trade {a}\u2013{b}",
        "balance": f"Trade balance of {a} with {b}",
    }[flow]
    return f"{what}, {currency}"


def _mid(span: Span) -> date:
    a, b = span.first_day, span.last_day
    return a + timedelta(days=(b - a).days // 2)


def _hover(r: Mapping) -> str:
    sentence = _s(r.get("sentence"))
    if len(sentence) > 160:
        sentence = sentence[:157] + "..."
    return "<br>".join(
        html.escape(x)
        for x in (
            f"{r['verdict']}: claimed {_num(r.get('claimed_value'), _s(r.get('currency')))}",
            f"official {_num(r.get('official_value'), _s(r.get('currency')))}",
            _s(r.get("period_label")),
            sentence,
        )
        if x
    )


def _figure(key, currency: str, rows: list[dict], customs: CustomsSeries):
    import plotly.graph_objects as go

    flow, a, b = key
    fig = go.Figure()
    lines = monthly_values(customs, flow, a, b, currency)
    for name, points in lines.items():
        # Every month from the first to the last, None where no figure is
        # published, so the line breaks instead of bridging a gap.
        known = {s.start: float(v) for s, v in points}
        months = range(points[0][0].start, points[-1][0].start + 1)
        fig.add_trace(
            go.Scatter(
                x=[Span(m, m).first_day.isoformat() for m in months],
                y=[known.get(m) for m in months],
                mode="lines+markers",
                name=f"official: {name}",
                line={"width": 2},
                marker={"size": 5},
                connectgaps=False,
            )
        )
    long_official: dict[Span, float] = {}
    groups: dict[tuple[str, bool], list[tuple[Span, dict]]] = {}
    for r in rows:
        try:
            span = Span.parse(_s(r.get("period_label")))
        except (PeriodError, ValueError):
            continue
        groups.setdefault((r["verdict"], span.n_months > 1), []).append((span, r))
        if span.n_months > 1 and r.get("official_value") is not None and not math.isnan(r["official_value"]):
            long_official[span] = float(r["official_value"])
    for (verdict, long), items in sorted(groups.items(), key=lambda kv: (VERDICT_RANK[kv[0][0]], kv[0][1])):
        fig.add_trace(
            go.Scatter(
                x=[(_mid(s) if long else s.first_day).isoformat() for s, _ in items],
                y=[float(r["claimed_value"]) for _, r in items],
                mode="markers",
                name=f"claimed ({verdict})" + (" per period" if long else ""),
                marker={
                    "color": COLOURS[verdict],
                    "size": 13,
                    "symbol": "square" if long else "diamond",
                    "line": {"color": "#222", "width": 1},
                },
                hovertext=[_hover(r) for _, r in items],
                hoverinfo="text",
                yaxis="y2" if long else "y",
            )
        )
    if long_official:
        spans = sorted(long_official)
        fig.add_trace(
            go.Scatter(
                x=[_mid(s).isoformat() for s in spans],
                y=[long_official[s] for s in spans],
                mode="markers",
                name="official per period",
                marker={"size": 15, "symbol": "circle-open", "color": "#444", "line": {"width": 2}},
                hovertext=[f"official {s.label}: {_num(long_official[s], currency)}" for s in spans],
                hoverinfo="text",
                yaxis="y2",
            )
        )
    layout = {
        "height": 400,
        "margin": {"l": 70, "r": 70, "t": 20, "b": 40},
        "yaxis": {"title": {"text": f"{currency} per month"}, "rangemode": "tozero"},
        "legend": {"orientation": "h", "y": -0.15},
        "template": "plotly_white",
    }
    if any(long for _, long in groups) or long_official:
        layout["yaxis2"] = {
            "title": {"text": f"{currency} per period"},
            "overlaying": "y",
            "side": "right",
            "rangemode": "tozero",
            "showgrid": False,
        }
    fig.update_layout(**layout)
    return fig, bool(lines)


def _rows_cell(raw: str) -> str:
    try:
        rows = json.loads(raw or "[]")
    except ValueError:
        return html.escape(raw)
    if not rows:
        return ""
    items = []
    for r in rows:
        name = Path(_s(r.get("file"))).name
        text = (
            f"{name}:{r.get('line')} \u2014 {r.get('reporter')}\u2192{r.get('partner')} "
            f"{r.get('flow')} {r.get('period')}: {_num(r.get('value'), _s(r.get('currency')))}"
        )
        if r.get("vintage"):
            text += f" (release {r['vintage']})"
        title = html.escape(_s(r.get("file")) + (f" \u2014 {r['source']}" if r.get("source") else ""), quote=True)
        items.append(f'<li title="{title}">{html.escape(text)}</li>')
    return f'<ul class="rows">{"".join(items)}</ul>'


def _article_cell(article_id: str, articles: Mapping[str, Mapping]) -> str:
    a = articles.get(article_id)
    if not a:
        return html.escape(article_id)
    title = _s(a.get("title")) or _s(a.get("source")) or article_id
    url = _s(a.get("url")) or (_s(a.get("source")) if _s(a.get("source")).startswith("http") else "")
    text = html.escape(title)
    if url:
        text = f'<a href="{html.escape(url, quote=True)}">{text}</a>'
    published = _s(a.get("published"))
    return f"{text}<br><span class=note>{html.escape(article_id)}{' · ' + html.escape(published) if published else ''}</span>"


def _check_table(rows: list[dict], articles: Mapping[str, Mapping], css_class: str, table_id: str) -> str:
    head = (
        "<tr><th>Kind</th><th>Article</th><th>Sentence</th><th>Period</th><th>Flow</th>"
        "<th>Claimed</th><th>Official</th><th>Difference</th><th>Verdict</th><th>Why</th>"
        "<th>Customs rows used</th></tr>"
    )
    body = []
    for r in rows:
        cur = _s(r.get("currency"))
        flow = f"{_s(r.get('flow'))} {_s(r.get('economy'))}\u2013{_s(r.get('partner'))}"
        diff = r.get("diff_abs")
        rel = r.get("diff_rel")
        diff_text = (
            _num(diff, "pp" if cur == "%" else cur)
            if cur != "%"
            else ("" if diff is None or (isinstance(diff, float) and math.isnan(diff)) else f"{float(diff):+.2f} pp")
        )
        if rel is not None and not (isinstance(rel, float) and math.isnan(rel)):
            diff_text += f" ({float(rel):+.2%})"
        verdict = _s(r.get("verdict"))
        body.append(
            f'<tr class="{css_class or verdict}">'
            f"<td>{html.escape(_s(r.get('kind')))}</td>"
            f"<td>{_article_cell(_s(r.get('article_id')), articles)}</td>"
            f"<td>{html.escape(_s(r.get('sentence')))}</td>"
            f"<td>{html.escape(_s(r.get('period_label')))}</td>"
            f"<td>{html.escape(flow)}</td>"
            f"<td class=num>{html.escape(_num(r.get('claimed_value'), cur))}</td>"
            f"<td class=num>{html.escape(_num(r.get('official_value'), cur))}</td>"
            f"<td class=num>{html.escape(diff_text)}</td>"
            f'<td class="verdict {verdict}">{html.escape(verdict)}</td>'
            f"<td>{html.escape(_s(r.get('reason')))}</td>"
            f"<td>{_rows_cell(_s(r.get('customs_rows')))}</td></tr>"
        )
    return f'<table id="{table_id}"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def render_report(
    checks: pd.DataFrame,
    customs: CustomsSeries,
    articles: pd.DataFrame | None = None,
    title: str = "Trade figures checked against customs statistics",
) -> str:
    """The report as one HTML string (plotly.js inlined once)."""
    records = [] if checks is None or not len(checks) else checks.to_dict("records")
    by_article = {}
    if articles is not None and len(articles):
        by_article = {_s(a.get("article_id")): a for a in articles.to_dict("records")}

    # Series to draw: every fact with a known pair, in a currency the data have.
    series: dict[tuple, list[dict]] = {}
    for r in records:
        if r.get("kind") != "fact":
            continue
        key = series_key(_s(r.get("flow")), _s(r.get("economy")), _s(r.get("partner")))
        if key is None or _s(r.get("claimed_value")) == "":
            continue
        series.setdefault((key, _s(r.get("currency"))), []).append(r)
    charts = []
    uncovered = []
    for (key, currency), rows in sorted(series.items()):
        fig, has_data = _figure(key, currency, rows, customs)
        if not has_data:
            # A chart with no official line says nothing: list the series instead.
            uncovered.append(f"<tr><td>{html.escape(_title(key, currency))}</td><td class=num>{len(rows)}</td></tr>")
            continue
        div = fig.to_html(
            full_html=False,
            include_plotlyjs=not charts,
            div_id=f"chart-{len(charts)}",
            config={"displaylogo": False, "responsive": True},
        )
        charts.append(f'<section class="series"><h3>{html.escape(_title(key, currency))}</h3>{div}</section>')
    if uncovered:
        charts.append(
            f"<h3>Series the customs data do not cover ({len(uncovered)})</h3>"
            '<table id="uncovered"><thead><tr><th>Series</th><th>Figures</th></tr></thead>'
            f"<tbody>{''.join(uncovered)}</tbody></table>"
        )

    summary = summarize(checks if checks is not None else pd.DataFrame(columns=["verdict", "kind"]))
    summary_rows = "".join(
        f'<tr><td class="verdict {v}">{v}</td><td class=num>{f}</td><td class=num>{c}</td><td class=num>{t}</td></tr>'
        for v, f, c, t in summary[["verdict", "facts", "claims", "total"]].itertuples(index=False)
    )
    mismatches = [r for r in records if r.get("verdict") == "mismatch"]
    files = sorted({r.file for r in customs.rows})
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class=note>{len(records)} checks; customs data: {html.escape(', '.join(files)) or 'none'} "
        f"({len(customs)} rows).</p>",
        '<table id="summary"><thead><tr><th>Verdict</th><th>Facts</th><th>Claims</th><th>Total</th></tr></thead>',
        f"<tbody>{summary_rows}</tbody></table>",
        "<h2>Series</h2>",
        "".join(charts) or "<p class=note>No trade facts to chart.</p>",
        f"<h2>Mismatches ({len(mismatches)})</h2>",
        _check_table(mismatches, by_article, "mismatch", "mismatches")
        if mismatches
        else "<p class=note>No mismatches.</p>",
        f"<h2>All checks ({len(records)})</h2><details><summary>Show every check</summary>",
        _check_table(records, by_article, "", "all-checks"),
        "</details></body></html>",
    ]
    return "".join(parts)


def write_report(
    path: str | Path,
    checks: pd.DataFrame,
    customs: CustomsSeries,
    articles: pd.DataFrame | None = None,
) -> Path:
    """Write the report to ``path`` (UTF-8) and return the path."""
    out = Path(path)
    if out.parent:
        out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(checks, customs, articles), encoding="utf-8")
    return out
