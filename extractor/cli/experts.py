"""`extractor experts DATASET`: the people quoted across a dataset, most
quoted first (see ``extractor.experts``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.cli.app import app
from extractor.cli.common import fail


@app.command()
def experts(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder written by `extractor extract`.")],
    name: Annotated[str | None, typer.Option("--name", help="Only speakers whose name contains this text.")] = None,
    affiliation: Annotated[
        str | None,
        typer.Option("--affiliation", help="Only speakers whose affiliation contains this text."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many people.")] = 20,
) -> None:
    """List the quoted people: role, affiliation, quotes, articles and dates."""
    from extractor.dataset import read_dataset
    from extractor.experts import experts_of_dataset

    if not dataset.exists():
        fail(f"no dataset folder at {escape(str(dataset))}")
    if not dataset.is_dir():
        fail(f"not a folder: {escape(str(dataset))} (give the folder `extractor extract` wrote)")
    try:
        tables = read_dataset(dataset)
    except (OSError, ValueError) as exc:
        fail(f"cannot read the dataset at {escape(str(dataset))}: {escape(str(exc))}")
    try:
        rows = experts_of_dataset(tables, name=name, affiliation=affiliation, limit=limit)
    except KeyError:
        fail(f"{escape(str(dataset))} has no quotes table (nor an experts table)")

    console = Console()
    if len(rows) == 0:
        console.print(f"No quoted people in {escape(str(dataset))}" + (" match." if name or affiliation else "."))
        return
    table = Table(title=f"Experts ({len(rows)})")
    table.add_column("speaker", overflow="fold")
    table.add_column("role", overflow="fold")
    table.add_column("affiliation", overflow="fold")
    table.add_column("quotes", justify="right", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("first", no_wrap=True)
    table.add_column("last", no_wrap=True)
    for row in rows.itertuples(index=False):
        table.add_row(
            escape(_s(row.speaker)),
            escape(_s(row.role)),
            escape(_s(row.affiliation)),
            str(int(row.n_quotes)),
            str(int(row.n_articles)),
            _s(row.first_published),
            _s(row.last_published),
        )
    console.print(table)


def _s(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)
