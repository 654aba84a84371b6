"""`extractor extract PATH... --out DIR`: read articles and write the dataset
(see ``extractor.run.run_extract``), with a progress bar and a summary."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from extractor.cli.app import app
from extractor.cli.common import fail


class Format(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "… articles/s", style="cyan")


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, archives (zip, tar, WARC) or - for standard input.",
            show_default=False,
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Dataset folder to write.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="File format of the tables.")] = Format.parquet,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (2025-05-20) for articles that carry none."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local: processes on this machine; dask: a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Address of a Dask scheduler (implies --engine dask)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy base model to use instead of the configured one.")
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume/--overwrite",
            help="Continue a dataset the same command started (skip finished batches), or clear it and start again.",
        ),
    ] = True,
    max_chars: Annotated[
        int | None, typer.Option("--max-chars", min=1, help="Refuse articles longer than this many characters.")
    ] = None,
    article_timeout: Annotated[
        float | None,
        typer.Option(
            "--article-timeout", min=0.001, help="Seconds one article may take; a slower one is an error row."
        ),
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", min=1, help="Articles per batch (one part file per table).")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with 1 when any article failed.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    triage: Annotated[
        bool,
        typer.Option(
            "--triage/--no-triage",
            help="Leave articles with no money, change or quote cue unparsed (same rows, faster); "
            "--no-triage parses every article.",
        ),
    ] = True,
) -> None:
    """Extract trade facts, change claims, amounts and quotes from articles into a dataset."""
    options = dict(locals())
    from extractor.run import RunInterrupted, stop_on_sigterm

    # SIGTERM (a scheduler, a container, `timeout`) ends the command as Ctrl-C
    # does, from the first line on: one line and exit 143, never a traceback.
    try:
        with stop_on_sigterm():
            _extract(**options)
    except RunInterrupted as exc:
        fail(escape(str(exc)), code=exc.exit_code)


def _extract(
    paths: list[str],
    out: Path,
    fmt: Format,
    published: str | None,
    workers: int,
    engine: Engine,
    scheduler: str | None,
    model: str | None,
    resume: bool,
    max_chars: int | None,
    article_timeout: float | None,
    batch_size: int | None,
    strict: bool,
    quiet: bool,
    triage: bool = True,
) -> None:
    from extractor.cli.common import parse_published_option
    from extractor.dataset import DatasetError, DatasetLocked, DatasetWriteError
    from extractor.ingest import estimate_total
    from extractor.run import DEFAULT_BATCH_SIZE, RunError, RunInterrupted, check_model, run_extract

    published = parse_published_option(published)
    if scheduler:
        engine = Engine.dask
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        fail(f"no such file or folder: {escape(', '.join(missing))}")
    try:
        check_model(model)
    except RuntimeError as exc:
        fail(escape(str(exc)))

    err = Console(stderr=True)
    total = estimate_total([p for p in paths]) if "-" not in paths else None
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]extracting[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        disable=quiet,
        transient=False,
    )
    task = progress.add_task("extract", total=total)

    def on_progress(p) -> None:
        progress.update(task, completed=p.articles_done)

    try:
        with progress:
            summary = run_extract(
                paths,
                out,
                fmt=fmt.value,
                published=published,
                workers=workers,
                engine=engine.value,
                scheduler=scheduler,
                model=model,
                resume=resume,
                overwrite=not resume,
                batch_size=batch_size or DEFAULT_BATCH_SIZE,
                max_chars=max_chars,
                article_timeout=article_timeout,
                total=total,
                progress=on_progress,
                triage=triage,
            )
            progress.update(task, total=summary.articles, completed=summary.articles)
    except DatasetLocked as exc:
        fail(escape(str(exc)), code=1)
    except DatasetWriteError as exc:
        # Refused before any batch ran (the folder itself cannot be written).
        fail(escape(f"{exc}; nothing was written; {exc.advice}, then run the same command again"), code=1)
    except DatasetError as exc:
        fail(escape(str(exc)))
    except RunError as exc:  # a write error mid-run included: it says what is kept
        fail(escape(str(exc)), code=1)
    except RunInterrupted as exc:
        fail(escape(str(exc)), code=exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume where it stopped", code=130)

    render_summary(Console(), summary)
    if summary.experts_note:
        err.print(f"[yellow]warning:[/yellow] {escape(summary.experts_note)}")
    if summary.articles == 0:
        fail(f"nothing to extract: no articles found in {escape(', '.join(paths))}", code=1)
    if summary.articles_ok == 0:
        fail(f"none of the {summary.articles} articles could be read or extracted (see the errors above)", code=1)
    if strict and summary.articles_failed:
        fail(f"{summary.articles_failed} article(s) failed (--strict)", code=1)


def render_summary(console: Console, s) -> None:
    table = Table(title=f"Dataset {escape(s.out_dir)} ({s.fmt})", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles ok", f"{s.articles_ok:,}")
    table.add_row("articles failed", f"[red]{s.articles_failed:,}[/red]" if s.articles_failed else "0")
    table.add_row("amounts", f"{s.amounts:,}")
    table.add_row("trade facts", f"{s.trade_facts:,}")
    table.add_row("change claims", f"{s.change_claims:,}")
    table.add_row("quotes", f"{s.quotes:,}")
    table.add_row("experts", "—" if s.experts is None else f"{s.experts:,}")
    if s.articles_triaged_out:
        table.add_row("not parsed (triage: no cue)", f"{s.articles_triaged_out:,}")
    if s.batches_skipped:
        table.add_row("already done (resumed)", f"{s.articles_skipped:,} articles, {s.batches_skipped:,} batches")
    new = s.articles - s.articles_skipped
    rate = f" ({new / s.seconds:,.1f} articles/s)" if s.seconds > 0 and new else ""
    table.add_row("time", f"{s.seconds:,.1f} s{rate}")
    # The workers the run had (a Dask cluster's own count), none when every
    # batch was already done.
    table.add_row("engine", f"{s.engine}, {s.workers} worker(s)" if s.workers else f"{s.engine}, no batch left to do")
    console.print(table)
    if s.errors:
        errors = Table(title="First failed articles", title_justify="left")
        errors.add_column("source", overflow="fold")
        errors.add_column("error", overflow="fold")
        for source, message in s.errors[:10]:
            errors.add_row(escape(source), escape(message))
        console.print(errors)
