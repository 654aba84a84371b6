"""Plain text files (.txt, .md and text of unknown kind): one article each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._article import clean_text, document_article
from extractor.ingest._io import Blob, Context, LimitExceeded, blob_error, human_size, read_bounded
from extractor.ingest.encoding import decode_bytes
from extractor.ingest.sniff import extension
from extractor.records import Article


def read_document_bytes(blob: Blob, stream: BinaryIO, ctx: Context, *, max_chars_bound: bool) -> bytes:
    """The whole document, refused unread when its known size is over the
    limits. ``max_chars_bound``: every character takes at most 4 bytes, so
    a text file of more than 4 * max_chars bytes cannot fit."""
    limit = ctx.limits.max_file_bytes
    if blob.size is not None:
        if blob.size > limit:
            raise LimitExceeded(
                f"too large: {human_size(blob.size)}, over the limit of {human_size(limit)} (max_file_bytes)"
            )
        if max_chars_bound and blob.size > 4 * ctx.limits.max_chars:
            raise LimitExceeded(
                f"too large: {human_size(blob.size)} is more text than the limit of "
                f"{ctx.limits.max_chars:,} characters (max_chars)"
            )
    return read_bounded(stream, limit)


def text_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    data = read_document_bytes(blob, stream, ctx, max_chars_bound=True)
    if not data:
        yield blob_error(blob, "empty file: no text")
        return
    decoded = decode_bytes(data)
    if not decoded.text.strip():
        yield blob_error(blob, "empty file: only whitespace")
        return
    text = clean_text(decoded.text)
    yield document_article(
        text,
        source=blob.source,
        source_id=blob.source_id,
        ctx=ctx,
        title=_markdown_title(text) if extension(blob.name) in (".md", ".markdown") else "",
        encoding=decoded.encoding,
        repaired=decoded.repaired,
    )


def _markdown_title(text: str) -> str:
    """
    >>> _markdown_title("# Trade rises\\n\\nBody")
    'Trade rises'
    """
    first = text.split("\n", 1)[0]
    return first[2:].strip() if first.startswith("# ") else ""
