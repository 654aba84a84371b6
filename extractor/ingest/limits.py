"""Bounds on what ingest reads, so that hostile input costs bounded memory and time."""

from __future__ import annotations

from dataclasses import dataclass, fields

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB


@dataclass(frozen=True, slots=True)
class IngestLimits:
    """Every bound ingest enforces; override any of them.

    >>> IngestLimits(max_chars=1_000).max_chars
    1000
    >>> IngestLimits(max_archive_depth=-1)
    Traceback (most recent call last):
    ...
    ValueError: max_archive_depth must be >= 0, got -1
    """

    #: characters of one article's text; longer articles are refused.
    max_chars: int = 2_000_000
    #: bytes of one document held in memory at once: a text or HTML file, an
    #: archive member read whole, a JSON Lines line, a WARC record's body.
    max_file_bytes: int = 64 * MIB
    #: archives inside archives: a top-level archive is depth 1, a zip inside
    #: it depth 2. 0 refuses archives altogether.
    max_archive_depth: int = 2
    #: uncompressed bytes of one archive member (declared and actually read).
    max_member_bytes: int = 1 * GIB
    #: uncompressed bytes of all members of one top-level archive, nested ones included.
    max_total_uncompressed: int = 8 * GIB
    #: uncompressed:compressed size above which a member is taken for a bomb.
    max_compression_ratio: float = 100.0
    #: members smaller than this are not ratio-checked (tiny files compress absurdly well).
    ratio_min_bytes: int = 1 * MIB
    #: members of one archive (entries, directories included).
    max_members: int = 1_000_000
    #: a zip nested in an archive needs random access: it is read into memory
    #: up to this size; a larger one is read through its seekable parent
    #: stream where there is one, else refused.
    max_buffer_bytes: int = 64 * MIB

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            floor = 0 if f.name == "max_archive_depth" else 1
            if value < floor:
                raise ValueError(f"{f.name} must be >= {floor}, got {value}")
