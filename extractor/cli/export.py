"""`extractor export DATASET --format FMT --out FILE_OR_DIR`: compact a
dataset's part files into one file per table (see
``extractor.dataset.export_dataset``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from extractor.cli.app import app
from extractor.cli.common import fail
from extractor.cli.extract import Format


@app.command()
def export(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder written by `extractor extract`.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="File format to write.")] = Format.csv,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Folder for one file per table; or, with a single --table, a file ending in .FORMAT.",
        ),
    ] = ...,
    tables: Annotated[
        list[str] | None,
        typer.Option("--table", "-t", help="Export only this table (repeat for several)."),
    ] = None,
) -> None:
    """Compact a dataset into one file per table (CSV is safe to open in a spreadsheet)."""
    from extractor.dataset import DatasetError, export_dataset, present_tables

    if not dataset.is_dir():
        fail(f"no dataset folder at {escape(str(dataset))}")
    if tables:
        known = set(present_tables(dataset))
        unknown = [t for t in tables if t not in known]
        if unknown:
            fail(
                f"no table {escape(', '.join(unknown))} in {escape(str(dataset))}; it has {escape(', '.join(sorted(known)))}"
            )
    try:
        written = export_dataset(dataset, fmt.value, out, tables=tables or None)
    except DatasetError as exc:
        fail(escape(str(exc)))
    except OSError as exc:
        fail(f"cannot write {escape(str(out))}: {escape(str(exc.strerror or exc))}", code=1)
    console = Console()
    for path in written:
        console.print(f"wrote {escape(str(path))}")
