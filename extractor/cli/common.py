"""Small helpers shared by the command modules."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

_err = Console(stderr=True)


def fail(message: str, code: int = 2) -> None:
    """A user's mistake: one clear line on stderr and a non-zero exit."""
    # soft_wrap: one line however narrow the console (a log keeps it whole).
    _err.print(f"[bold red]error:[/bold red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def parse_published_option(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        fail(f"--published must be a date like 2025-05-20, not {value!r}")
