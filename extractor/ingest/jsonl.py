"""JSON Lines (one record per line, streamed) and JSON (an array of records,
or one record, read whole within ``max_file_bytes``).

Records carry ``text`` and optionally ``id``, ``title``, ``published``,
``url``, ``source``; other keys (the gold corpus's ``gold``) are ignored.
A malformed line is one error Article naming its line number; the good lines
around it are kept.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._article import record_article
from extractor.ingest._io import Blob, Context, blob_error, error_article, human_size
from extractor.ingest.encoding import decode_bytes, detect_stream_encoding
from extractor.ingest.text import read_document_bytes
from extractor.records import Article


def open_text(stream: BinaryIO, head: bytes) -> tuple[io.TextIOWrapper, str]:
    """A text view of a record stream in the encoding its first bytes show.
    Undecodable bytes become U+FFFD (the records holding them are marked
    ``repaired``)."""
    encoding, bom = detect_stream_encoding(head)
    if bom:
        stream.read(bom)
    # Python's utf-16/32 codecs want a BOM or an explicit byte order; the
    # BOM was skipped above, so name the order.
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    return text, codecs.lookup(encoding).name


def jsonl_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    text, encoding = open_text(stream, head)
    yield from _lines_articles(blob, _bounded_lines(text, ctx.limits.max_file_bytes), encoding, ctx)


def _bounded_lines(text: io.TextIOBase, limit: int) -> Iterator[str | None]:
    """Lines of ``text``; None in place of a line longer than ``limit``
    characters (the rest of which is skipped, never held whole)."""
    while True:
        line = text.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:  # skip the rest of the over-long line
                rest = text.readline(1024 * 1024)
                if not rest or rest.endswith("\n"):
                    break
            yield None
            continue
        yield line


def _lines_articles(blob: Blob, lines, encoding: str, ctx: Context, first_line: int = 1) -> Iterator[Article]:
    seen: dict[str, str] = {}
    any_line = False
    for line_no, line in enumerate(lines, start=first_line):
        where = f"line {line_no}"
        default_id = f"{blob.source_id}#{line_no}"
        if line is None:
            any_line = True
            yield error_article(
                blob.source,
                default_id,
                f"{where}: too long, over the limit of {human_size(ctx.limits.max_file_bytes)} (max_file_bytes)",
            )
            continue
        if line_no == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        any_line = True
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield error_article(blob.source, default_id, f"{where}: not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        repaired = "\ufffd" in line
        article = record_article(
            record,
            where=where,
            source=blob.source,
            default_id=default_id,
            ctx=ctx,
            seen=seen,
            encoding=encoding,
            repaired=repaired,
        )
        yield article
    if not any_line:
        yield blob_error(blob, "empty file: no records")


def json_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    data = read_document_bytes(blob, stream, ctx, max_chars_bound=False)
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        yield blob_error(blob, "empty file: no records")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # Several JSON values, one a line: JSON Lines named .json.
            yield from _lines_articles(blob, text.splitlines(keepends=True), decoded.encoding, ctx)
            return
        yield blob_error(blob, f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})")
        return
    seen: dict[str, str] = {}
    if isinstance(value, dict):
        items, label = [value], "record"
    elif isinstance(value, list):
        items, label = value, "item"
    else:
        yield blob_error(blob, f"JSON holds a {type(value).__name__}, not records")
        return
    if not items:
        yield blob_error(blob, "empty file: no records")
        return
    for i, item in enumerate(items, start=1):
        yield record_article(
            item,
            where=f"{label} {i}",
            source=blob.source,
            default_id=blob.source_id if label == "record" else f"{blob.source_id}#{i}",
            ctx=ctx,
            seen=seen,
            encoding=decoded.encoding,
            repaired=decoded.repaired,
        )
