"""Web archives (.warc, .warc.gz): each HTML response is an article.

Kept: the target URL (as ``source`` and ``url``), the WARC-Record-ID (as
``source_id``) and the WARC-Date, used as the publication date ("inferred")
when neither the page's metadata nor the ``published`` option gives one: a
page cannot have been published after it was crawled. Skipped silently:
requests, metadata, non-HTML responses and responses other than 2xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._io import (
    Blob,
    Context,
    IngestError,
    LimitExceeded,
    error_article,
    read_bounded,
)
from extractor.ingest.archives import _check_depth
from extractor.ingest.encoding import charset_from_content_type
from extractor.ingest.html import html_article
from extractor.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    _check_depth(blob, ctx)
    n_html = 0
    records = iter(ArchiveIterator(stream))
    index = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            raise IngestError(f"corrupt web archive after {index} records: {exc}") from exc
        index += 1
        html = _html_response(record)
        if html is None:
            continue
        n_html += 1
        url, content_type = html
        headers = record.rec_headers
        record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>")
        source = url or f"{blob.source}#{index}"
        source_id = record_id or f"{blob.source_id}#{index}"
        try:
            data = read_bounded(record.content_stream(), ctx.limits.max_file_bytes)
        except LimitExceeded as exc:
            yield error_article(source, source_id, str(exc))
            continue
        if not data.strip():
            yield error_article(source, source_id, "empty HTML response: no text")
            continue
        yield html_article(
            data,
            source=source,
            source_id=source_id,
            ctx=ctx,
            url=url,
            charset=charset_from_content_type(content_type),
            fallback_date=headers.get_header("WARC-Date"),
        )
    if n_html == 0:
        yield error_article(blob.source, blob.source_id, "web archive holds no HTML responses")


def _html_response(record) -> tuple[str, str] | None:
    """(url, content type) of an HTML page record with a 2xx status, else None."""
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = (http.get_statuscode() or "").strip()
        if not status.startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = headers.get_header("Content-Type") or ""
    else:
        return None
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    return url, content_type
