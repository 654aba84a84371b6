"""Ingest: sources -> a stream of ``extractor.records.Article``.

    from extractor.ingest import iter_articles, IngestLimits
    for article in iter_articles(["corpus/", "more.zip", "-"], published="2025-05-20"):
        ...

Inputs: files, folders (recursive, name order, hidden entries skipped), zip
and tar archives (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz; nested to
``max_archive_depth``), single .gz/.bz2/.xz files, web archives
(.warc/.warc.gz), and "-" for standard input. Formats, by extension and by
sniffing the first bytes: plain text (.txt, .md, anything textual), HTML,
JSON Lines, JSON, CSV/TSV.

Each Article carries:
- ``source``: the path as given (joined with the path inside a folder), or
  ``archive.zip!member/path`` (``!`` again for each nested archive), or the
  page URL for WARC records; a record's own ``source`` key replaces it.
- ``source_id``: the record's ``id`` when it has one; else the file's path
  relative to the folder given (the file name for a file given directly),
  or the member's path inside the archive; records without an id get
  ``<file>#<n>`` (n the line of a JSON Lines file, the row of a CSV file
  after its header, the item of a JSON array); WARC records their
  WARC-Record-ID.
- ``published``/``published_source``: a date from the input's metadata
  ("metadata": a record's ``published``, an HTML page's date markup), else
  the ``published`` option ("option"), else for WARC records the crawl date
  ("inferred"), else "". A record's ``published`` that is no date is ignored.
- ``encoding`` and ``repaired`` (invalid bytes replaced or mojibake fixed).

Bad input never raises: it becomes an Article with ``text=""`` and an
``error`` message, and the stream goes on. A duplicate id within one file is
such an error Article (keeping the id as ``source_id``; the first record with
the id is the one read).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from extractor.ingest._io import Context
from extractor.ingest.dates import iso_date
from extractor.ingest.limits import IngestLimits
from extractor.ingest.sources import estimate_path, path_articles
from extractor.records import Article

__all__ = ["IngestLimits", "estimate_total", "iter_articles"]


def iter_articles(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    limits: IngestLimits | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Articles of every input, in order, read lazily.

    ``published`` (an ISO date, or any date dateparser reads) is the date
    for articles whose metadata has none; an unreadable one raises
    ``ValueError`` here, at the call, not in the stream. ``stdin`` is read
    for "-" (default: the process's standard input).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    option = ""
    if published:
        option = iso_date(published) or ""
        if not option:
            raise ValueError(f"published: {published!r} is not a date (expected e.g. 2025-05-20)")
    ctx = Context(limits or IngestLimits(), option)
    return _iter(list(paths), ctx, stdin)


def _iter(paths: list[str | Path], ctx: Context, stdin: BinaryIO | None) -> Iterator[Article]:
    for path in paths:
        yield from path_articles(path, ctx, stdin)


def estimate_total(paths: Sequence[str | Path]) -> int | None:
    """The number of articles ``iter_articles`` will yield, when it is cheap
    to know without reading the inputs (plain files, folders of them, zip
    members by the central directory); None when any input must be read
    through to count (JSON Lines, CSV, JSON, tar, WARC, standard input).
    Error articles are counted as the files they come from.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    total = 0
    for path in paths:
        one = estimate_path(path)
        if one is None:
            return None
        total += one
    return total
