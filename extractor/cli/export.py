"""`extractor export` (placeholder until its issue lands)."""

from extractor.cli.app import app  # noqa: F401
