"""Plumbing shared by the format readers: the unit of input (``Blob``), the
run's context, bounded and counting readers, and error articles."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

from extractor.ingest.limits import IngestLimits
from extractor.records import Article

HEAD_BYTES = 8192


class IngestError(Exception):
    """Bad input: its message becomes the error Article's ``error``."""


class LimitExceeded(IngestError):
    """Input over one of the ``IngestLimits``."""


class StopArchive(IngestError):
    """An archive-wide limit was hit: the rest of the archive is not read."""


@dataclass(slots=True)
class Budget:
    """Uncompressed bytes taken from one top-level archive (nested ones included)."""

    limit: int
    used: int = 0

    def charge(self, n: int, label: str) -> None:
        self.used += n
        if self.used > self.limit:
            raise StopArchive(
                f"archive too large: more than {self.limit:,} bytes uncompressed in all "
                f"(max_total_uncompressed) when reaching {label}; the rest is not read"
            )


@dataclass(slots=True)
class Context:
    limits: IngestLimits
    published: str = ""  # the ``published`` option, normalized, or ""
    budget: Budget | None = None  # set inside an archive


@dataclass(slots=True)
class Blob:
    """One input stream with what is known about it.

    ``source`` is the label shown to users (a path, or ``a.zip!dir/m.txt``);
    ``source_id`` the id articles get when their records carry none; ``name``
    the name whose extension hints at the format; ``depth`` how many archives
    enclose it. The stream is never used as a filesystem path.
    """

    source: str
    source_id: str
    name: str
    stream: BinaryIO
    size: int | None = None
    depth: int = 0


def error_article(source: str, source_id: str, message: str) -> Article:
    return Article(text="", source=source, source_id=source_id, error=message)


def blob_error(blob: Blob, message: str) -> Article:
    return error_article(blob.source, blob.source_id, message)


def human_size(n: int) -> str:
    """
    >>> human_size(512), human_size(3 * 1024 * 1024)
    ('512 bytes', '3,145,728 bytes (3.0 MiB)')
    """
    if n < 1024 * 1024:
        return f"{n:,} bytes"
    return f"{n:,} bytes ({n / (1024 * 1024):.1f} MiB)"


def describe(exc: BaseException) -> str:
    """A short, user-facing description of an exception."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def read_bounded(stream: BinaryIO, limit: int, what: str = "max_file_bytes") -> bytes:
    """Read a whole stream, refusing (without reading on) past ``limit`` bytes.

    >>> read_bounded(io.BytesIO(b"abc"), 3)
    b'abc'
    >>> read_bounded(io.BytesIO(b"abcd"), 3)
    Traceback (most recent call last):
    ...
    extractor.ingest._io.LimitExceeded: too large: over the limit of 3 bytes (max_file_bytes); not read further
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(1024 * 1024, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise LimitExceeded(f"too large: over the limit of {human_size(limit)} ({what}); not read further")


class Counter:
    """Bytes that went through a ``GuardedReader`` (e.g. compressed bytes consumed)."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


class GuardedReader(io.RawIOBase):
    """A read-only view of ``raw`` that counts bytes and enforces limits.

    Counts the furthest position reached, so that seeking back (zip inside zip)
    is not charged twice. ``compressed`` is the counter of the compressed
    stream this one decompresses, for the bomb ratio check.
    """

    def __init__(
        self,
        raw,
        *,
        label: str,
        limit: int | None = None,
        limit_name: str = "max_member_bytes",
        budget: Budget | None = None,
        counter: Counter | None = None,
        compressed: Counter | None = None,
        ratio: float = 0.0,
        ratio_min: int = 0,
    ) -> None:
        self._raw = raw
        self._label = label
        self._limit = limit
        self._limit_name = limit_name
        self._budget = budget
        self._counter = counter
        self._compressed = compressed
        self._ratio = ratio
        self._ratio_min = ratio_min
        self._pos = 0
        self._high = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        try:
            return bool(self._raw.seekable())
        except (AttributeError, OSError, ValueError):
            return False  # tarfile's stream-mode members say so by raising

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = self._raw.seek(offset, whence)
        return self._pos

    def readinto(self, b) -> int:
        data = self._raw.read(len(b))
        n = len(data)
        b[:n] = data
        self._pos += n
        if self._pos > self._high:
            self._advance(self._pos - self._high)
            self._high = self._pos
        return n

    def _advance(self, n: int) -> None:
        if self._counter is not None:
            self._counter.count += n
        high = self._high + n
        if self._limit is not None and high > self._limit:
            raise LimitExceeded(
                f"too large: {self._label} is more than {human_size(self._limit)} "
                f"uncompressed, over the limit ({self._limit_name})"
            )
        if self._budget is not None:
            self._budget.charge(n, self._label)
        # With a shared counter (members of one tar stream) the ratio is the
        # stream's so far; else this reader's own.
        out = self._counter.count if self._counter is not None else high
        if self._compressed is not None and out > self._ratio_min:
            packed = max(self._compressed.count, 1)
            if out / packed > self._ratio:
                raise LimitExceeded(
                    f"refused: {self._label} expands {human_size(packed)} into more than "
                    f"{human_size(out)} (ratio {out / packed:,.0f}:1, limit "
                    f"{self._ratio:,.0f}:1, max_compression_ratio); looks like a "
                    "decompression bomb"
                )


class PrefixedReader(io.RawIOBase):
    """Serve ``head`` (already read from ``raw``) and then the rest of ``raw``:
    sniffing a non-seekable stream without losing its first bytes."""

    def __init__(self, head: bytes, raw) -> None:
        self._head = head
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_head(stream: BinaryIO, n: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``stream`` and a stream that still starts at
    the beginning (the same one, rewound, where it can seek).

    >>> head, s = read_head(io.BytesIO(b"hello world"), 5)
    >>> head, s.read()
    (b'hello', b'hello world')
    """
    seekable = False
    try:
        seekable = stream.seekable()
        start = stream.tell() if seekable else 0
    except (OSError, ValueError):
        seekable = False
    head = _read_exactly(stream, n)
    if seekable:
        stream.seek(start)
        return head, stream
    return head, io.BufferedReader(PrefixedReader(head, stream), buffer_size=64 * 1024)


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes: raw streams may return less per call than is left."""
    parts: list[bytes] = []
    got = 0
    while got < n:
        chunk = stream.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def buffered(stream) -> BinaryIO:
    """A buffered binary stream with ``readline`` (wrapping raw ones)."""
    if isinstance(stream, io.RawIOBase):
        return io.BufferedReader(stream, buffer_size=64 * 1024)
    return stream
