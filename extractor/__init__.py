"""extractor: trade facts and quoted experts from news articles.

The public API (the CLI is a thin face over the same functions)::

    import extractor
    result = extractor.extract_text(text, published="2025-05-20")
    result.rows()["trade_facts"]
    tables = extractor.read_dataset("out/")

Imports are lazy so that ``import extractor`` stays cheap: spaCy and the model
load only when a function that needs them is called.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract_text", "extract_articles", "load_pipeline", "read_dataset"]


def __getattr__(name: str):
    if name in ("extract_text", "extract_articles"):
        from extractor import assemble

        return getattr(assemble, name)
    if name == "load_pipeline":
        from extractor.pipeline import load_pipeline

        return load_pipeline
    if name == "read_dataset":
        from extractor.dataset import read_dataset

        return read_dataset
    raise AttributeError(name)
