"""HTML pages: the main text (navigation, scripts and boilerplate dropped) with
title, date and URL from the page's metadata.

Pages are parsed, never rendered: scripts, styles and iframes are neither run
nor fetched, and trafilatura is never given a URL to download.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._article import clean_text, document_article
from extractor.ingest._io import Blob, Context, blob_error, error_article
from extractor.ingest.encoding import declared_charset, decode_bytes
from extractor.ingest.text import read_document_bytes
from extractor.records import Article


def html_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    data = read_document_bytes(blob, stream, ctx, max_chars_bound=False)
    if not data:
        yield blob_error(blob, "empty file: no text")
        return
    yield html_article(data, source=blob.source, source_id=blob.source_id, ctx=ctx)


def html_article(
    data: bytes,
    *,
    source: str,
    source_id: str,
    ctx: Context,
    url: str = "",
    charset: str | None = None,
    fallback_date: str | None = None,
) -> Article:
    """One page as an Article. ``charset`` is a declared one (HTTP header);
    the page's own ``<meta charset>`` is used otherwise. ``fallback_date``
    is used when the page's metadata has no date (and yields "inferred")."""
    decoded = decode_bytes(data, declared=charset or declared_charset(data))
    text, title, date, page_url = extract_html(decoded.text, url)
    if not text:
        art = error_article(source, source_id, "no text found in the HTML page")
        art.encoding, art.url, art.title = decoded.encoding, page_url or url, title
        return art
    art = document_article(
        text,
        source=source,
        source_id=source_id,
        ctx=ctx,
        title=title,
        url=page_url or url,
        published=date,
        encoding=decoded.encoding,
        repaired=decoded.repaired,
        what="page",
    )
    if not art.error and art.published_source == "" and fallback_date:
        from extractor.ingest.dates import iso_date

        inferred = iso_date(fallback_date)
        if inferred:
            art.published, art.published_source = inferred, "inferred"
    return art


def extract_html(html: str, url: str = "") -> tuple[str, str, str, str]:
    """(text, title, date, url) of a page; text is "" when none is found.

    >>> page = ('<html><head><title>T</title><script>alert("x")</script></head>'
    ...         '<body><nav>Home | World</nav><p>Trade rose sharply in April.</p></body></html>')
    >>> extract_html(page)[0]
    'Trade rose sharply in April.'
    """
    import trafilatura

    doc = None
    text = ""
    # Precision first: small pages otherwise keep their menus. Recall next,
    # for pages whose main text the precise pass throws away.
    for precise in (True, False):
        doc = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            # Dates from the page's markup only, not guessed from its text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        text = clean_text(doc.text or "") if doc is not None else ""
        if text:
            break
    if not text:
        # Pages too odd for the main-text heuristics: the visible text of the
        # body (scripts and styles are never text).
        _, fallback, _ = trafilatura.baseline(html)
        text = clean_text(fallback or "")
    if doc is None:
        return text, "", "", ""
    return text, doc.title or "", doc.date or "", doc.url or ""
