"""`extractor check`: trade facts and change claims against customs statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.cli.app import app


@app.command()
def check(
    dataset: Annotated[Path, typer.Argument(help="Dataset folder written by `extractor extract`.")],
    customs: Annotated[
        list[str],
        typer.Option(
            "--customs",
            "-c",
            help="Customs file (plain CSV, UN Comtrade Plus, legacy UN Comtrade, or a China "
            "customs query export), or a folder of them. Repeat for several. A China customs export holds one "
            "flow: name it with export/出口 or import/进口, or write FILE:export / FILE:import.",
        ),
    ],
    rates: Annotated[
        Path | None,
        typer.Option("--rates", help="Exchange rates CSV: period,currency,per_usd (for KRW/CNY figures)."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Write an HTML report (charts + mismatches) here."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="Format of the checks table (default: the dataset's own)."),
    ] = None,
) -> None:
    """Check a dataset's trade facts and change claims against customs data;
    adds a `checks` table to the dataset and prints a summary by verdict."""
    from extractor.customs.check import check_tables, summarize, write_checks
    from extractor.customs.loaders import load_customs_files, load_rates
    from extractor.customs.series import CustomsFormatError
    from extractor.dataset import DatasetError, read_dataset

    err = Console(stderr=True)
    try:
        series = load_customs_files(customs)
        rate_table = load_rates(rates) if rates else None
        tables = read_dataset(dataset)
    except (CustomsFormatError, DatasetError, FileNotFoundError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    if not len(series):
        err.print("[red]error:[/red] the customs files hold no all-commodity totals to check against")
        raise typer.Exit(2)
    checks = check_tables(tables, series, rate_table)
    try:
        path = write_checks(dataset, checks, fmt)
    except (DatasetError, ValueError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None

    out = Console()
    table = Table(title=f"Checks against {len(series)} customs rows")
    for col in ("verdict", "facts", "claims", "total"):
        table.add_column(col, justify="left" if col == "verdict" else "right")
    styles = {"match": "green", "rounding": "yellow", "near": "magenta", "mismatch": "red", "not_covered": "dim"}
    for v, f, c, t in summarize(checks)[["verdict", "facts", "claims", "total"]].itertuples(index=False):
        table.add_row(f"[{styles[v]}]{v}[/]", str(f), str(c), str(t))
    out.print(table)
    out.print(
        "[dim]u = one unit of the last stated digit: match |d| <= u/2, rounding <= u, "
        "near within 2 % beyond; the reason names the reporter that judged[/dim]",
        highlight=False,
    )
    out.print(f"checks table: {path}")
    if report:
        from extractor.customs.report import write_report

        write_report(report, checks, series, tables.get("articles"))
        out.print(f"report: {report}")
