"""`extractor show FILE`: one article's amounts, facts, claims and quotes, for a
person checking what was taken from it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from extractor.cli.app import app
from extractor.cli.common import fail, parse_published_option

SHOWN = {
    "amounts": ["text", "value", "currency", "qualifier", "converts_amount_id", "is_trade"],
    "trade_facts": [
        "value",
        "currency",
        "flow",
        "economy",
        "partner",
        "period_label",
        "alt_value",
        "alt_currency",
        "commodity",
        "source_org",
    ],
    "change_claims": [
        "pct_change",
        "qualifier",
        "flow",
        "economy",
        "partner",
        "period_label",
        "base_period_label",
        "text",
    ],
    "quotes": ["speaker", "speaker_type", "role", "affiliation", "kind", "cue", "text"],
}

# Below this width a table of ten columns folds its cells into slivers
# ("perio / d_lab / el"), so each record is printed as a block of lines.
WIDE_ENOUGH = 120
LAYOUTS = ("auto", "table", "records")


def choose_layout(layout: str, width: int) -> str:
    """``table`` or ``records`` for a terminal ``width`` columns wide.

    >>> choose_layout("auto", 80), choose_layout("auto", 160), choose_layout("table", 80)
    ('records', 'table', 'table')
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if layout != "auto":
        return layout
    return "table" if width >= WIDE_ENOUGH else "records"


def record_lines(row: dict, columns: list[str]) -> list[str]:
    """One record as ``field: value`` lines, empty fields left out.

    >>> record_lines({"value": 222100000.0, "currency": "USD", "commodity": None}, ["value", "currency", "commodity"])
    ['value: 222,100,000', 'currency: USD']
    """
    shown = [(c, _cell(row.get(c))) for c in columns if _cell(row.get(c)) != ""]
    width = max((len(c) for c, _ in shown), default=0)
    return [f"{c}:".ljust(width + 1) + f" {value}" for c, value in shown]


def show_articles(path: str, *, published: str | None = None, model: str | None = None, limit: int = 1):
    """The extraction results of the first ``limit`` articles of ``path``."""
    from extractor.assemble import extract_articles
    from extractor.ingest import iter_articles

    articles = []
    for article in iter_articles([path], published=published):
        articles.append(article)
        if len(articles) >= limit:
            break
    return list(extract_articles(articles, model=model))


@app.command()
def show(
    file: Annotated[str, typer.Argument(help="An article file (text, HTML, JSON Lines, CSV, archive) or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) when the file has none.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy base model (default from models/extractor.cfg).")] = None,
    limit: Annotated[int, typer.Option(help="How many articles of the file to show.")] = 1,
    layout: Annotated[
        str, typer.Option(help="table, records (one block per row) or auto (records below 120 columns).")
    ] = "auto",
    html: Annotated[
        Path | None, typer.Option(help="Also write the article with its highlights to this HTML file.")
    ] = None,
) -> None:
    """Print one article's amounts, trade facts, change claims and quotes."""
    published = parse_published_option(published)
    if layout not in LAYOUTS:
        fail(f"--layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if file != "-" and not Path(file).exists():
        fail(f"no such file: {file}")
    console = Console()
    results = show_articles(file, published=published, model=model, limit=limit)
    if not results:
        fail(f"no article could be read from {file}")
    for result in results:
        row = result.article_row()
        console.rule(f"[bold]{row['title'] or row['source']}[/bold]")
        console.print(
            f"published {row['published'] or '?'} ({row['published_source'] or 'unknown'}) · "
            f"{row['n_chars']} chars · status {row['status']} {row['error']}"
        )
        rows = result.rows()
        as_records = choose_layout(layout, console.width) == "records"
        for table_name, columns in SHOWN.items():
            if as_records:
                _print_records(console, table_name, rows[table_name], columns)
                continue
            table = Table(title=f"{table_name} ({len(rows[table_name])})", show_lines=False)
            for col in columns:
                table.add_column(col, overflow="fold")
            for r in rows[table_name]:
                table.add_row(*[_cell(r.get(c)) for c in columns])
            console.print(table)
    if html is not None:
        from extractor.highlight import article_html

        html.write_text(article_html(results[0]), encoding="utf-8")
        console.print(f"wrote {html}")


def _print_records(console: Console, table_name: str, rows: list[dict], columns: list[str]) -> None:
    console.print(f"[bold]{table_name}[/bold] ({len(rows)})")
    for number, row in enumerate(rows, 1):
        console.print(f"  [dim]#{number}[/dim]")
        for line in record_lines(row, columns):
            # markup=False: a quote's text may hold [brackets] that are not Rich markup.
            console.print("    " + line, markup=False, highlight=False)
    console.print()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return str(value)
