"""One stream -> its reader, chosen by name and first bytes; failures become
error Articles, never exceptions."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.ingest._io import (
    Blob,
    Context,
    IngestError,
    StopArchive,
    blob_error,
    buffered,
    describe,
    read_head,
)
from extractor.ingest.sniff import sniff
from extractor.records import Article


def read_blob(blob: Blob, ctx: Context) -> Iterator[Article]:
    """Articles of one stream. Every exception of a reader ends that stream
    with an error Article; the caller goes on with the next one. An
    archive-wide limit (``StopArchive``) ends the enclosing archive too."""
    from extractor.ingest.archives import compressed_articles, tar_articles, zip_articles
    from extractor.ingest.html import html_articles
    from extractor.ingest.jsonl import json_articles, jsonl_articles
    from extractor.ingest.tabular import csv_articles
    from extractor.ingest.text import text_articles
    from extractor.ingest.warc import warc_articles

    readers = {
        "text": text_articles,
        "html": html_articles,
        "jsonl": jsonl_articles,
        "json": json_articles,
        "csv": csv_articles,
        "tsv": csv_articles,
        "zip": zip_articles,
        "tar": tar_articles,
        "warc": warc_articles,
    }
    try:
        head, stream = read_head(buffered(blob.stream))
        stream = buffered(stream)
        kind, detail = sniff(blob.name, head)
        if kind == "empty":
            yield blob_error(blob, "empty file: no text")
        elif kind == "binary":
            yield blob_error(blob, f"binary file ({detail}), not text: skipped")
        elif kind == "unsupported":
            yield blob_error(blob, f"unsupported format: {detail}")
        elif kind == "compressed":
            yield from compressed_articles(blob, stream, head, ctx, detail)
        else:
            yield from readers[kind](blob, stream, head, ctx)
    except StopArchive as exc:
        if blob.depth:
            raise
        yield blob_error(blob, str(exc))
    except IngestError as exc:
        yield blob_error(blob, str(exc))
    except (MemoryError, RecursionError) as exc:
        yield blob_error(blob, f"cannot read: {type(exc).__name__}")
    except Exception as exc:  # a reader's bug or a library's surprise must not end the run
        yield blob_error(blob, f"cannot read: {describe(exc)}")
