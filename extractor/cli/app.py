"""The Typer application every command module registers itself on."""

import typer

app = typer.Typer(
    name="extractor",
    help="Trade facts and quoted experts from news articles, checked against customs data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Trade facts and quoted experts from news articles, checked against customs data."""
