"""The check report: one self-contained HTML file (plotly.js inline, no CDN).

Per series (flow x economy pair x currency) one chart in up to two panels
that share the time axis but never a value axis:

- *per month*: the official monthly values (one line per reporting side) and
  every claimed monthly figure, coloured by verdict;
- *per period*: claimed figures of longer periods (a quarter, a year, a
  combined January-February) and the official figure for each, both drawn as
  a bar across the months the period spans, so a year's $2.7 billion is never
  read against a month's $230 million.

Then a table of every mismatch, a separate table of ``near`` figures (more
than rounding, within 2 %), each with its sentence, article, judging reporter
and the customs rows used, and all checks in a folded table.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from extractor.customs._tables import VERDICT_RANK
from extractor.customs.check import summarize
from extractor.customs.resolve import monthly_values
from extractor.customs.series import CustomsSeries, PeriodError, Span

COLOURS = {
    "match": "#2e7d32",
    "rounding": "#ef8f00",
    "near": "#7b1fa2",
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
.near{color:#7b1fa2} .mismatch{color:#c62828} .not_covered{color:#8a8a8a}
tr.mismatch td,tr.near td{color:#222} ul.rows{margin:0;padding-left:1rem}
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
        # One chart per pair: the other side's balance is drawn with its sign turned.
        return ("balance", *sorted((economy, partner)))
    return None


def _turned(r: Mapping) -> dict:
    """A balance seen from the other side: the same figures with the sign turned."""
    out = dict(r)
    for c in ("claimed_value", "official_value", "mirror_value"):
        v = out.get(c)
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            out[c] = -float(v)
    out["economy"], out["partner"] = r.get("partner"), r.get("economy")
    return out


def _title(key: tuple[str, str, str], currency: str) -> str:
    """A series' heading; W00 reads as "the world".

    >>> _title(("export", "W00", "KOR"), "USD"), _title(("balance", "CHN", "PRK"), "USD")
    ("Trade the world → KOR (KOR's imports from the world), USD", 'Trade balance of CHN with PRK, USD')
    """
    flow, a, b = key
    if flow == "export" and a == "W00":
        what = f"Trade the world \u2192 {b} ({b}'s imports from the world)"
    elif flow == "export" and b == "W00":
        what = f"Trade {a} \u2192 the world ({a}'s exports to the world)"
    elif flow == "export":
        what = f"Trade {a} \u2192 {b} ({a}'s exports, {b}'s imports)"
    elif flow == "total":
        what = (
            f"Total trade of {b if a == 'W00' else a} with the world"
            if "W00" in (a, b)
            else f"Total trade {a}\u2013{b}"
        )
    else:
        what = f"Trade balance of {a} with {b}"
    return f"{what}, {currency}"


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


def _span_of(r: Mapping) -> Span | None:
    try:
        return Span.parse(_s(r.get("period_label")))
    except (PeriodError, ValueError):
        return None


def _bar(span: Span) -> list[str]:
    """x of a horizontal bar across the months of a span: its first and last day."""
    return [span.first_day.isoformat(), span.last_day.isoformat()]


def series_figure(key, currency: str, rows: list[dict], customs: CustomsSeries):
    """The series chart and whether the data have any official figure for it."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    flow, a, b = key
    monthly: list[tuple[Span, dict]] = []
    longer: list[tuple[Span, dict]] = []
    for r in rows:
        span = _span_of(r)
        if span is not None:
            (monthly if span.n_months == 1 else longer).append((span, r))
    two = bool(longer)
    if two:
        fig = make_subplots(
            rows=2,
            cols=1,
            shared_xaxes=True,
            vertical_spacing=0.12,
            row_heights=[0.58, 0.42],
            subplot_titles=("per month", "per period longer than a month (quarter, half, year, span)"),
        )
    else:
        fig = go.Figure()

    def add(trace, row: int) -> None:
        if two:
            fig.add_trace(trace, row=row, col=1)
        else:
            fig.add_trace(trace)

    lines = monthly_values(customs, flow, a, b, currency)
    for name, points in lines.items():
        # Every month from the first to the last, None where no figure is
        # published, so the line breaks instead of bridging a gap.
        known = {s.start: float(v) for s, v in points}
        months = range(points[0][0].start, points[-1][0].start + 1)
        add(
            go.Scatter(
                x=[Span(m, m).first_day.isoformat() for m in months],
                y=[known.get(m) for m in months],
                mode="lines+markers",
                name=f"official per month: {name}",
                line={"width": 2},
                marker={"size": 5},
                connectgaps=False,
            ),
            1,
        )
    by_verdict: dict[str, list[tuple[Span, dict]]] = {}
    for span, r in monthly:
        by_verdict.setdefault(r["verdict"], []).append((span, r))
    for verdict, items in sorted(by_verdict.items(), key=lambda kv: VERDICT_RANK[kv[0]]):
        add(
            go.Scatter(
                x=[s.first_day.isoformat() for s, _ in items],
                y=[float(r["claimed_value"]) for _, r in items],
                mode="markers",
                name=f"claimed per month ({verdict})",
                marker={
                    "color": COLOURS[verdict],
                    "size": 12,
                    "symbol": "diamond",
                    "line": {"color": "#222", "width": 1},
                },
                hovertext=[_hover(r) for _, r in items],
                hoverinfo="text",
            ),
            1,
        )
    # Official figures of the claimed longer periods, as the checks found them.
    official: dict[Span, float] = {}
    for span, r in longer:
        v = r.get("official_value")
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            official[span] = float(v)
    if two:
        xs: list[str | None] = []
        ys: list[float | None] = []
        for span, v in sorted(official.items()):
            xs += [*_bar(span), None]
            ys += [v, v, None]
        if official:
            add(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    name="official per period",
                    line={"color": "#444", "width": 6},
                    opacity=0.45,
                    hoverinfo="skip",
                ),
                2,
            )
        by_verdict = {}
        for span, r in longer:
            by_verdict.setdefault(r["verdict"], []).append((span, r))
        for verdict, items in sorted(by_verdict.items(), key=lambda kv: VERDICT_RANK[kv[0]]):
            xs, ys, text = [], [], []
            for span, r in items:
                xs += [*_bar(span), None]
                ys += [float(r["claimed_value"])] * 2 + [None]
                text += [_hover(r)] * 2 + [None]
            add(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines+markers",
                    name=f"claimed per period ({verdict})",
                    line={"color": COLOURS[verdict], "width": 2},
                    marker={"color": COLOURS[verdict], "size": 9, "symbol": "square"},
                    hovertext=text,
                    hoverinfo="text",
                ),
                2,
            )
    layout = {
        "height": 620 if two else 400,
        "margin": {"l": 80, "r": 30, "t": 40 if two else 20, "b": 40},
        "legend": {"orientation": "h", "y": -0.12},
        "template": "plotly_white",
    }
    fig.update_layout(**layout)
    if two:
        fig.update_yaxes(title_text=f"{currency} per month", rangemode="tozero", row=1, col=1)
        fig.update_yaxes(title_text=f"{currency} per period", rangemode="tozero", row=2, col=1)
    else:
        fig.update_yaxes(title_text=f"{currency} per month", rangemode="tozero")
    return fig, bool(lines or official)


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
        "<th>Claimed</th><th>Official</th><th>Difference</th><th>Verdict</th><th>Reporter</th>"
        "<th>Other side</th><th>Why</th>"
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
            f"<td>{html.escape(_s(r.get('reporter')))}</td>"
            f"<td class=num>{html.escape(_num(r.get('mirror_value'), cur))}</td>"
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
        if key[0] == "balance" and _s(r.get("economy")) != key[1]:
            r = _turned(r)
        series.setdefault((key, _s(r.get("currency"))), []).append(r)
    charts = []
    uncovered = []
    for (key, currency), rows in sorted(series.items()):
        fig, has_data = series_figure(key, currency, rows, customs)
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
    near = [r for r in records if r.get("verdict") == "near"]
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
        f"<h2>Near ({len(near)})</h2>",
        "<p class=note>Within 2 % of the official figure but more than the stated digits explain: "
        "a revision, another release, or a slip worth a look.</p>",
        _check_table(near, by_article, "near", "near") if near else "<p class=note>No near figures.</p>",
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
