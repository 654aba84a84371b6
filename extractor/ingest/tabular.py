"""CSV and TSV files: a header row, then one article per row, streamed.

Columns (case and blanks ignored): ``text`` (or ``body``/``content``),
``id``, ``title``, ``published`` (or ``date``), ``url``, ``source``. The
delimiter is sniffed from the header line (comma, tab, semicolon or bar;
``.tsv`` defaults to tab). Quoted fields may hold newlines.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._article import record_article
from extractor.ingest._io import Blob, Context, blob_error, error_article
from extractor.ingest.jsonl import open_text
from extractor.ingest.sniff import extension
from extractor.records import Article

_ALIASES = {
    "text": ("text", "body", "content", "article"),
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_date", "pub_date"),
    "url": ("url", "link"),
    "source": ("source",),
}
_DELIMITERS = (",", "\t", ";", "|")


def sniff_delimiter(header_line: str, default: str = ",") -> str:
    """The delimiter the header line uses most.

    >>> sniff_delimiter("id;title;text"), sniff_delimiter("id\\ttext"), sniff_delimiter("text")
    (';', '\\t', ',')
    """
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else default


def csv_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    text, encoding = open_text(stream, head)
    header_line = text.readline(1024 * 1024)
    if not header_line.strip():
        yield blob_error(blob, "empty file: no header row")
        return
    default = "\t" if extension(blob.name) in (".tsv", ".tab") else ","
    delimiter = sniff_delimiter(header_line.split("\n")[0], default)
    # The csv module's field limit is process-wide; raise it (never lower
    # it) so that long articles fit. Above it, a field is an error.
    csv.field_size_limit(max(csv.field_size_limit(), ctx.limits.max_file_bytes))
    header = next(csv.reader([header_line.lstrip("\ufeff")], delimiter=delimiter), [])
    names = [h.strip().lower() for h in header]
    columns = {key: _find(names, aliases) for key, aliases in _ALIASES.items()}
    if columns["text"] is None:
        shown = ", ".join(repr(h) for h in header) or "none"
        yield blob_error(blob, f"CSV has no 'text' column (columns: {shown}; delimiter {delimiter!r})")
        return
    reader = csv.reader(text, delimiter=delimiter)
    seen: dict[str, str] = {}
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # The parser's state after an error is unknown: stop this file.
            yield error_article(
                blob.source,
                f"{blob.source_id}#{row_no + 1}",
                f"row {row_no + 1}: {exc}; the rest of the file is not read",
            )
            return
        row_no += 1
        if not any(cell.strip() for cell in row):
            continue
        record = {key: (row[i] if i < len(row) else None) for key, i in columns.items() if i is not None}
        repaired = any("\ufffd" in cell for cell in row)
        article = record_article(
            record,
            where=f"row {row_no}",
            source=blob.source,
            default_id=f"{blob.source_id}#{row_no}",
            ctx=ctx,
            seen=seen,
            encoding=encoding,
            repaired=repaired,
        )
        yield article
    if row_no == 0:
        yield blob_error(blob, "CSV has a header but no rows")


def _find(names: list[str], aliases: tuple[str, ...]) -> int | None:
    for alias in aliases:
        if alias in names:
            return names.index(alias)
    return None
