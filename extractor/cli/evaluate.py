"""`extractor evaluate GOLD.jsonl`: run the extractor over a gold corpus and
print precision, recall and F1 per table (see ``extractor.evaluate``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.cli.app import app
from extractor.evaluate import NO_GROUP, EvalReport, GoldFormatError, evaluate_file
from extractor.intervals import N_RESAMPLES


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold corpus, JSON Lines (the contract's gold format).")],
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List misses, extras and wrong fields with their sentences."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON (for scripts).")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", help="spaCy base model to use instead of the configured one."),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="FIELD",
            help="Also score each group of articles sharing a value of this gold-record field "
            "(e.g. batch, kind, outlet, annotator).",
        ),
    ] = None,
) -> None:
    """Score the extractor against a gold corpus."""
    err = Console(stderr=True)
    if not gold.exists():
        err.print(f"[red]Error:[/red] gold file not found: {escape(str(gold))}")
        raise typer.Exit(2)
    if not gold.is_file():
        err.print(f"[red]Error:[/red] not a file: {escape(str(gold))} (expected a gold JSON Lines file)")
        raise typer.Exit(2)
    try:
        report = evaluate_file(gold, model=model, by=by)
    except GoldFormatError as exc:
        err.print(f"[red]Error:[/red] malformed gold file: {escape(str(exc))}")
        raise typer.Exit(2) from None
    except UnicodeDecodeError as exc:
        err.print(f"[red]Error:[/red] gold file is not UTF-8 text: {escape(str(gold))} ({exc.reason})")
        raise typer.Exit(2) from None
    except OSError as exc:
        err.print(f"[red]Error:[/red] cannot read {escape(str(gold))}: {escape(str(exc.strerror or exc))}")
        raise typer.Exit(2) from None
    except RuntimeError as exc:  # e.g. pipeline.ModelNotFound
        err.print(f"[red]Error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None

    if as_json:
        data = report.to_dict(intervals=True)
        if not errors:
            data.pop("errors")
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    console = Console()
    render_report(console, report, title=str(gold))
    if by:
        render_groups(console, report)
    if errors:
        render_errors(console, report)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def render_report(console: Console, report: EvalReport, title: str = "") -> None:
    n = report.n_articles
    console.print(
        f"[bold]Evaluation[/bold] of {escape(title)}: {n} article{'s' if n != 1 else ''}",
        highlight=False,
    )

    prf = Table(title="Precision / recall / F1")
    for col in ("category", "gold", "predicted", "tp", "precision", "recall", "F1"):
        prf.add_column(col, justify="left" if col == "category" else "right")
    rows = [
        ("trade facts (value)", report.facts_value),
        ("trade facts (fully right)", report.facts_full),
        ("change claims", report.change_claims),
        ("quotes", report.quotes),
    ]
    for name, m in rows:
        prf.add_row(
            name,
            str(m.tp + m.fn),
            str(m.tp + m.fp),
            str(m.tp),
            _pct(m.precision),
            _pct(m.recall),
            _pct(m.f1),
        )
    console.print(prf)

    acc = Table(title="Accuracy on matched pairs")
    for col in ("measure", "correct", "judged", "accuracy"):
        acc.add_column(col, justify="left" if col == "measure" else "right")
    for name, a in report.field_accuracy.items():
        acc.add_row(f"trade facts: {name}", str(a.correct), str(a.total), _pct(a.value))
    a = report.attribution
    acc.add_row("quotes: speaker attribution", str(a.correct), str(a.total), _pct(a.value))
    console.print(acc)
    if report.media_quotes_ignored:
        console.print(f"{report.media_quotes_ignored} predicted media quotes left out of scoring.")
    render_intervals(console, report)


_INTERVAL_ROWS = (
    ("trade facts (value) F1", "facts_value_f1"),
    ("trade facts (fully right) F1", "facts_fully_right_f1"),
    ("change claims F1", "change_claims_f1"),
    ("quotes F1", "quotes_f1"),
    ("trade facts: flow", "facts_flow_accuracy"),
    ("trade facts: economies", "facts_economies_accuracy"),
    ("trade facts: period", "facts_period_accuracy"),
    ("quotes: speaker attribution", "attribution_accuracy"),
)


def render_intervals(console: Console, report: EvalReport) -> None:
    """Each score with its 95 % interval over the articles resampled
    (``extractor.intervals``): how far it could move with another sample of
    articles like these, so two scores are compared knowing that."""
    scores, ci = report.scores(), report.intervals()
    table = Table(title="How sure: 95% intervals, articles resampled")
    for col in ("measure", "score", "95% interval"):
        table.add_column(col, justify="left" if col == "measure" else "right", no_wrap=col == "measure")
    for name, key in _INTERVAL_ROWS:
        interval = ci[key]
        table.add_row(name, _pct(scores[key]), "n/a" if interval is None else f"{interval[0]:.3f}-{interval[1]:.3f}")
    console.print(table)
    n = report.n_articles
    console.print(
        f"Percentile bootstrap, {N_RESAMPLES} resamples of the {n} article{'s' if n != 1 else ''}.", highlight=False
    )


_GROUP_COLUMNS = (  # F1s, then an accuracy; short headers keep the rows on one line
    ("value", "facts_value_f1"),
    ("fully", "facts_fully_right_f1"),
    ("claims", "change_claims_f1"),
    ("quotes", "quotes_f1"),
    ("speaker", "attribution_accuracy"),
)


def render_groups(console: Console, report: EvalReport) -> None:
    """One row per group of articles (``--by``): which sources, kinds or
    batches the extractor reads worse."""
    table = Table(title=f"By {escape(report.by)}: F1 of values, fully right facts, claims, quotes; speaker accuracy")
    table.add_column(escape(report.by), justify="left", no_wrap=True, overflow="ellipsis", max_width=36)
    table.add_column("articles", justify="right")
    for name, _key in _GROUP_COLUMNS:
        table.add_column(name, justify="right")
    for name, group in report.groups.items():
        scores = group.scores()
        table.add_row(escape(name), str(group.n_articles), *(_pct(scores[key]) for _n, key in _GROUP_COLUMNS))
    console.print(table)
    if set(report.groups) == {NO_GROUP}:
        console.print(f"No gold record has a {escape(report.by)!r} field.", highlight=False)


def render_errors(console: Console, report: EvalReport) -> None:
    """One block per error: what differed, then the sentence it comes from
    (blocks read better than a table once sentences are long)."""
    console.print(f"[bold]Errors[/bold] ({len(report.errors)})")
    if not report.errors:
        console.print("No errors.")
        return
    for e in report.errors:
        kind = f"{e.kind} ({e.field})" if e.field else e.kind
        console.print(
            f"[cyan]{escape(e.article_id)}[/cyan] {e.table} [bold]{kind}[/bold]: {escape(e.detail)}",
            highlight=False,
        )
        sentence = escape(e.sentence) if e.sentence else "[dim](sentence not found)[/dim]"
        console.print(f"    [dim]>[/dim] {sentence}", highlight=False)
