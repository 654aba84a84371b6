"""Command-line interface: one module per command, each a thin wrapper over a
library function that returns data."""

from extractor.cli import check, evaluate, experts, export, extract, show  # noqa: F401  (registers commands)
from extractor.cli.app import app


def main() -> None:
    app()
