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
    html: Annotated[
        Path | None, typer.Option(help="Also write the article with its highlights to this HTML file.")
    ] = None,
) -> None:
    """Print one article's amounts, trade facts, change claims and quotes."""
    published = parse_published_option(published)
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
        for table_name, columns in SHOWN.items():
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


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return str(value)
