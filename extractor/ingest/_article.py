"""Building Articles: the checks every article passes (empty, too long), the
publication date's precedence, and records (JSON Lines, JSON, CSV rows)."""

from __future__ import annotations

from extractor.ingest._io import Context, error_article
from extractor.ingest.dates import iso_date
from extractor.records import Article


def clean_text(text: str) -> str:
    """Text of a document file: newlines unified, BOM and outer blank space gone.

    >>> clean_text("\\ufeff  Title\\r\\n\\r\\nBody.\\r\\n")
    'Title\\n\\nBody.'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()


def resolve_published(metadata: str | None, ctx: Context) -> tuple[str, str]:
    """(published, published_source): a date from the input's own metadata,
    else the ``published`` option, else nothing.

    >>> from extractor.ingest.limits import IngestLimits
    >>> ctx = Context(IngestLimits(), published="2025-01-31")
    >>> resolve_published("2025-05-20T10:00:00Z", ctx), resolve_published(None, ctx)
    (('2025-05-20', 'metadata'), ('2025-01-31', 'option'))
    """
    found = iso_date(metadata) if metadata else None
    if found:
        return found, "metadata"
    if ctx.published:
        return ctx.published, "option"
    return "", ""


def text_problem(text: str, ctx: Context, what: str = "file") -> str:
    """Why ``text`` cannot be an article ("" when it can)."""
    if not text:
        return f"empty {what}: no text"
    if not text.strip():
        return f"empty {what}: only whitespace"
    if len(text) > ctx.limits.max_chars:
        return f"too long: {len(text):,} characters, over the limit of {ctx.limits.max_chars:,} (max_chars)"
    return ""


def document_article(
    text: str,
    *,
    source: str,
    source_id: str,
    ctx: Context,
    title: str = "",
    url: str = "",
    published: str | None = None,
    encoding: str = "",
    repaired: bool = False,
    what: str = "file",
) -> Article:
    """An Article, or an error Article when the text is empty or too long."""
    problem = text_problem(text, ctx, what)
    if problem:
        art = error_article(source, source_id, problem)
        art.encoding = encoding
        return art
    date, date_source = resolve_published(published, ctx)
    return Article(
        text=text,
        source=source,
        source_id=source_id,
        title=title,
        published=date,
        published_source=date_source,
        url=url,
        encoding=encoding,
        repaired=repaired,
    )


_STRING_FIELDS = ("title", "url", "source", "published")


def record_article(
    record: object,
    *,
    where: str,
    source: str,
    default_id: str,
    ctx: Context,
    seen: dict[str, str],
    encoding: str = "",
    repaired: bool = False,
) -> Article:
    """One record (a JSON object or a CSV row as a dict) as an Article.

    ``where`` names the record for messages ("line 3"); ``seen`` maps the ids
    met so far in this file to where they were. A record's own ``source``
    replaces the file's; ``gold`` and unknown keys are ignored.

    >>> from extractor.ingest.limits import IngestLimits
    >>> ctx, seen = Context(IngestLimits()), {}
    >>> a = record_article({"id": 7, "text": "Trade rose.", "published": "2025-05-20"},
    ...                    where="line 1", source="f.jsonl", default_id="f.jsonl#1", ctx=ctx, seen=seen)
    >>> a.source_id, a.published, a.published_source, a.error
    ('7', '2025-05-20', 'metadata', '')
    >>> b = record_article({"id": "7", "text": "Again."}, where="line 2", source="f.jsonl",
    ...                    default_id="f.jsonl#2", ctx=ctx, seen=seen)
    >>> b.text, b.source_id, b.error
    ('', '7', "line 2: duplicate id '7' (first used on line 1); record skipped")
    """
    if not isinstance(record, dict):
        return error_article(source, default_id, f"{where}: expected an object, got {_type_name(record)}")
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        source_id = default_id
    elif isinstance(raw_id, str):
        source_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        source_id = str(raw_id)
    else:
        return error_article(
            source,
            default_id,
            f"{where}: 'id' must be a string or an integer, got {_type_name(raw_id)}",
        )
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return error_article(source, source_id, f"{where}: '{key}' must be a string, got {_type_name(value)}")
    record_source = record.get("source") or source
    if "text" not in record or record["text"] is None:
        return error_article(record_source, source_id, f"{where}: record has no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        return error_article(record_source, source_id, f"{where}: 'text' must be a string, got {_type_name(text)}")
    if source_id in seen:
        return error_article(
            record_source,
            source_id,
            f"{where}: duplicate id {source_id!r} (first used on {seen[source_id]}); record skipped",
        )
    seen[source_id] = where
    art = document_article(
        text,
        source=record_source,
        source_id=source_id,
        ctx=ctx,
        title=record.get("title") or "",
        url=record.get("url") or "",
        published=record.get("published"),
        encoding=encoding,
        repaired=repaired,
        what="record",
    )
    if art.error:
        art.error = f"{where}: {art.error}"
    elif repaired and art.text:
        # The file's bytes were repaired; mojibake inside a record's text is fixed here.
        art.text = repair_text(art.text)
    return art


def repair_text(text: str) -> str:
    import ftfy

    return ftfy.fix_encoding(text)


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )
