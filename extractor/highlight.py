"""One article as a self-contained HTML page: the text with amounts, trade
figures, periods, economies and quotes highlighted, and the extracted rows
as tables beneath (``extractor show FILE --html OUT.html``).

spaCy's displaCy ``span`` style draws overlapping spans too, but it lays the
text out token by token and drops the article's line breaks; an amount inside
a quote inside a paragraph is the usual case here, so the page is drawn by
``highlight_text``: the text is cut at every span boundary and each piece
carries the classes of all spans over it, which keeps overlaps and layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from extractor.records import ArticleResult


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span: character offsets into the text, a label (the CSS
    class) and a tooltip."""

    start: int
    end: int
    label: str
    title: str = ""


LABELS: dict[str, tuple[str, str]] = {
    # label: (legend text, CSS of the mark); later rules win, so the long
    # quote spans come first and the marks inside them keep their colour
    "quote": ("quote", "background:#fff6c8;box-shadow:inset 0 -1px #c9a800"),
    "trade": ("trade figure", "background:#b9e4c9;border-bottom:2px solid #2e8b57"),
    "amount": ("other amount", "background:#e6e6e6;border-bottom:2px solid #888"),
    "period": ("period", "background:#d6e4ff;border-bottom:2px solid #3b6fd8"),
    "economy": ("economy", "background:#ffe0b8;border-bottom:2px solid #d9822b"),
}

FACT_COLUMNS = [
    "value", "currency", "flow", "economy", "partner", "period_label", "alt_value",
    "alt_currency", "commodity", "qualifier", "source_org",
]  # fmt: skip
CLAIM_COLUMNS = [
    "pct_change", "qualifier", "flow", "economy", "partner", "period_label",
    "base_period_label", "text",
]  # fmt: skip
QUOTE_COLUMNS = ["speaker", "speaker_type", "role", "affiliation", "kind", "cue", "text"]


def highlight_text(text: str, marks: list[Mark]) -> str:
    """HTML of ``text`` with every mark drawn; overlapping marks give pieces
    with several classes. Marks outside the text are ignored.

    >>> highlight_text("Trade rose in May.", [Mark(14, 17, "period", "month")])
    'Trade rose in <mark class="period" title="month">May</mark>.'
    >>> highlight_text("a <b> c", [Mark(0, 7, "quote"), Mark(2, 5, "amount")])
    '<mark class="quote">a </mark><mark class="quote amount">&lt;b&gt;</mark><mark class="quote"> c</mark>'
    """
    good = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in good), *(m.end for m in good)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b], quote=False)
        over = [m for m in good if m.start <= a and b <= m.end]
        if not over:
            out.append(piece)
            continue
        # quotes first so that the inner, shorter marks' colours win in CSS order
        over.sort(key=lambda m: (m.label != "quote", -(m.end - m.start)))
        classes = " ".join(dict.fromkeys(m.label for m in over))
        titles = " | ".join(dict.fromkeys(m.title for m in over if m.title))
        title = f' title="{escape(titles)}"' if titles else ""
        out.append(f'<mark class="{classes}"{title}>{piece}</mark>')
    return "".join(out)


def article_marks(result: ArticleResult) -> list[Mark]:
    """Every span worth showing in the article: money (trade figures apart
    from other amounts), periods, economies and quotes."""
    from extractor.normalize.countries import find_economies
    from extractor.normalize.periods import find_period_mentions
    from extractor.quotes import find_outlets

    text = result.article.text
    marks: list[Mark] = []
    facts_at = {(f.start, f.end): f for f in result.trade_facts}
    for a in result.amounts:
        fact = facts_at.get((a.start, a.end))
        if fact is not None or a.is_trade:
            title = _fact_title(fact) if fact is not None else "trade figure"
            marks.append(Mark(a.start, a.end, "trade", title))
        else:
            marks.append(Mark(a.start, a.end, "amount", f"{a.value:,.0f} {a.currency}".strip()))
    amount_spans = {(a.start, a.end) for a in result.amounts}
    for f in result.trade_facts:
        if (f.start, f.end) not in amount_spans and f.end > f.start:
            marks.append(Mark(f.start, f.end, "trade", _fact_title(f)))
    for p in find_period_mentions(text):
        marks.append(Mark(p.start, p.end, "period", f"period ({p.kind})"))
    context = {c for f in result.trade_facts for c in (f.economy, f.partner) if c}
    first = find_economies(text)
    context |= {e.code for e in first}
    outlets = find_outlets(text)
    for e in find_economies(text, context):
        # "NK" in "NK News" names an outlet, not an economy
        if not any(a <= e.start and e.end <= b for a, b, _ in outlets):
            marks.append(Mark(e.start, e.end, "economy", e.code))
    for q in result.quotes:
        who = q.speaker + (f", {q.role}" if q.role else "") + (f", {q.affiliation}" if q.affiliation else "")
        marks.append(Mark(q.start, q.end, "quote", f"{q.kind} quote: {who} ({q.speaker_type}) {q.cue}".strip()))
    return marks


def _fact_title(f) -> str:
    parts = [
        f"{f.flow} {f.economy}\u2192{f.partner}" if f.partner else f"{f.flow} {f.economy}",
        f.period_label or (f"{f.period_start}..{f.period_end}" if f.period_start else ""),
        f"{f.value:,.0f} {f.currency}",
    ]
    return " · ".join(p for p in parts if p)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return str(value)


def rows_table(title: str, rows: list[dict], columns: list[str]) -> str:
    """An HTML table of some columns of some rows, every cell escaped.

    >>> "<td>&lt;x&gt;</td>" in rows_table("t", [{"a": "<x>"}], ["a"])
    True
    """
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(_cell(r.get(c)))}</td>" for c in columns) + "</tr>" for r in rows)
    if not rows:
        body = f'<tr><td colspan="{len(columns)}" class="none">none</td></tr>'
    return f"<h2>{escape(title)} ({len(rows)})</h2><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def article_html(result: ArticleResult) -> str:
    """The article page: header, legend, highlighted text, then the trade
    facts, change claims and quotes as tables."""
    row = result.article_row()
    text = result.article.text
    heading = row["title"] or row["source"] or "Article"
    meta = (
        f"published {row['published'] or '?'} ({row['published_source'] or 'unknown'}) · "
        f"{row['n_chars']} characters · status {row['status']}"
    )
    if row["error"]:
        meta += f" · {row['error']}"
    rows = result.rows()
    body = highlight_text(text, article_marks(result)) if text else ""
    legend = "".join(f'<mark class="{k}">{escape(v[0])}</mark> ' for k, v in LABELS.items())
    css = "\n".join(f"mark.{k} {{{v[1]}}}" for k, v in LABELS.items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(heading)}</title>
<style>
body {{font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222;}}
.meta {{color: #666;}}
.legend {{margin: 1em 0;}}
.text {{white-space: pre-wrap; line-height: 1.7; border: 1px solid #ddd; padding: 1em;}}
mark {{color: inherit; padding: 0 1px;}}
{css}
mark.quote.trade, mark.quote.amount, mark.quote.period, mark.quote.economy {{box-shadow: inset 0 -3px #c9a800;}}
table {{border-collapse: collapse; margin-bottom: 1.5em; font-size: 0.9em;}}
th, td {{border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top;}}
th {{background: #f3f3f3;}}
td.none {{color: #999;}}
</style>
</head>
<body>
<h1>{escape(heading)}</h1>
<p class="meta">{escape(meta)}</p>
<p class="legend">{legend}</p>
<div class="text">{body}</div>
{rows_table("Trade facts", rows["trade_facts"], FACT_COLUMNS)}
{rows_table("Change claims", rows["change_claims"], CLAIM_COLUMNS)}
{rows_table("Quotes", rows["quotes"], QUOTE_COLUMNS)}
</body>
</html>
"""
