"""Zip and tar archives and single compressed files, read member by member.

Nothing is extracted to disk and no archive is held in memory whole: each
member is streamed to the reader of its kind, one at a time. Member names
are labels only (``a.zip!../../etc/passwd`` is a name, never a path).
Limits: nesting depth, members' declared and actual uncompressed size, the
whole archive's uncompressed total, and the compression ratio (bombs).
Directories and hidden entries (``.DS_Store``, ``__MACOSX/``) are skipped;
links, devices and encrypted members are error Articles.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from typing import BinaryIO

from extractor.ingest._io import (
    Blob,
    Budget,
    Context,
    Counter,
    GuardedReader,
    IngestError,
    LimitExceeded,
    StopArchive,
    blob_error,
    buffered,
    human_size,
    read_bounded,
)
from extractor.records import Article


def _check_depth(blob: Blob, ctx: Context) -> None:
    if blob.depth + 1 > ctx.limits.max_archive_depth:
        raise LimitExceeded(
            f"archive nested too deep: it would be level {blob.depth + 1}, over the limit "
            f"of {ctx.limits.max_archive_depth} (max_archive_depth); not opened"
        )


def _inner_context(ctx: Context) -> Context:
    """Members of a top-level archive share one uncompressed budget."""
    if ctx.budget is not None:
        return ctx
    return Context(ctx.limits, ctx.published, Budget(ctx.limits.max_total_uncompressed))


def _hidden(name: str) -> bool:
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return any(p.startswith(".") and p not in (".", "..") for p in parts) or (bool(parts) and parts[0] == "__MACOSX")


def _member_blob(blob: Blob, name: str, stream, size: int | None) -> Blob:
    inner_id = f"{blob.source_id}!{name}" if blob.depth else name
    return Blob(
        source=f"{blob.source}!{name}",
        source_id=inner_id,
        name=name,
        stream=stream,
        size=size,
        depth=blob.depth + 1,
    )


def _check_member_size(label: str, size: int, packed: int | None, ctx: Context) -> None:
    limits = ctx.limits
    if size > limits.max_member_bytes:
        raise LimitExceeded(
            f"too large: {label} is {human_size(size)} uncompressed, over the limit of "
            f"{human_size(limits.max_member_bytes)} (max_member_bytes)"
        )
    if packed is not None and size > limits.ratio_min_bytes:
        ratio = size / max(packed, 1)
        if ratio > limits.max_compression_ratio:
            raise LimitExceeded(
                f"refused: {label} expands {human_size(packed)} into {human_size(size)} "
                f"(ratio {ratio:,.0f}:1, limit {limits.max_compression_ratio:,.0f}:1, "
                "max_compression_ratio); looks like a zip bomb"
            )


def _check_archive_ratio(label: str, unpacked: int, packed: int, limits) -> None:
    if unpacked > limits.ratio_min_bytes and unpacked / max(packed, 1) > limits.max_compression_ratio:
        raise StopArchive(
            f"refused: the members of {label} so far expand {human_size(packed)} into "
            f"{human_size(unpacked)} (ratio {unpacked / max(packed, 1):,.0f}:1, limit "
            f"{limits.max_compression_ratio:,.0f}:1, max_compression_ratio); looks like a "
            "zip bomb; the rest is not read"
        )


def _random_access(blob: Blob, stream: BinaryIO, ctx: Context) -> BinaryIO:
    """A seekable stream for zipfile: the stream itself where it seeks, a
    nested member in memory when it is small enough, else refused."""
    small = blob.size is not None and blob.size <= ctx.limits.max_buffer_bytes
    if blob.depth and small:
        return io.BytesIO(read_bounded(stream, ctx.limits.max_buffer_bytes, "max_buffer_bytes"))
    if stream.seekable():
        return stream
    if blob.size is None or small:
        return io.BytesIO(read_bounded(stream, ctx.limits.max_buffer_bytes, "max_buffer_bytes"))
    raise LimitExceeded(
        f"zip of {human_size(blob.size)} in a stream that cannot seek: over the limit of "
        f"{human_size(ctx.limits.max_buffer_bytes)} it may be buffered in memory (max_buffer_bytes)"
    )


def zip_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    from extractor.ingest.dispatch import read_blob

    _check_depth(blob, ctx)
    try:
        archive = zipfile.ZipFile(_random_access(blob, stream, ctx))
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise IngestError(f"corrupt zip archive: {exc}") from exc
    inner = _inner_context(ctx)
    limits = ctx.limits
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            yield blob_error(
                blob,
                f"archive has {len(infos):,} entries, over the limit of "
                f"{limits.max_members:,} (max_members); only the first are read",
            )
            infos = infos[: limits.max_members]
        if not infos:
            yield blob_error(blob, "empty archive: no members")
        packed_total = unpacked_total = 0
        for info in infos:
            name = info.filename
            if info.is_dir() or _hidden(name):
                continue
            member = _member_blob(blob, name, None, info.file_size)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                yield blob_error(member, "symbolic link in the archive: not followed")
                continue
            if info.flag_bits & 0x1:
                yield blob_error(member, "encrypted member: cannot be read")
                continue
            try:
                _check_member_size(member.source, info.file_size, info.compress_size, inner)
                # Many small members can add up to a bomb that none is alone.
                packed_total += info.compress_size
                unpacked_total += info.file_size
                _check_archive_ratio(blob.source, unpacked_total, packed_total, limits)
                assert inner.budget is not None
                inner.budget.charge(info.file_size, member.source)
            except StopArchive as exc:
                yield blob_error(member, str(exc))
                return
            except LimitExceeded as exc:
                yield blob_error(member, str(exc))
                continue
            try:
                raw = archive.open(info)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
                yield blob_error(member, f"cannot read member: {exc}")
                continue
            with raw:
                # Counts what is really read: a header may lie about the size.
                member.stream = buffered(GuardedReader(raw, label=member.source, limit=limits.max_member_bytes))
                yield from read_blob(member, inner)


def tar_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context) -> Iterator[Article]:
    from extractor.ingest.dispatch import read_blob

    _check_depth(blob, ctx)
    inner = _inner_context(ctx)
    limits = ctx.limits
    packed = Counter()
    counted = GuardedReader(stream, label=blob.source, counter=packed)
    truncated: list[str] = []
    try:
        # Stream mode ("r|*"): members in order, forward only, any compression.
        archive = tarfile.open(fileobj=buffered(counted), mode="r|*", tarinfo=_truncation_spy(truncated))
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise IngestError(f"corrupt tar archive: {exc}") from exc
    n = 0
    unpacked = Counter()
    with archive:
        while True:
            try:
                info = archive.next()
            except (tarfile.TarError, EOFError, OSError) as exc:
                raise IngestError(f"corrupt tar archive after {n} member{'' if n == 1 else 's'}: {exc}") from exc
            if info is None:
                if truncated:
                    raise IngestError(
                        f"corrupt tar archive: it ends abruptly after {n} member{'' if n == 1 else 's'} "
                        f"({truncated[0]}); the members before were read"
                    )
                break
            n += 1
            if n > limits.max_members:
                yield blob_error(
                    blob,
                    f"archive has more than {limits.max_members:,} entries (max_members); the rest is not read",
                )
                return
            name = info.name
            if info.isdir() or _hidden(name):
                continue
            member = _member_blob(blob, name, None, info.size)
            if info.issym() or info.islnk():
                kind = "symbolic" if info.issym() else "hard"
                yield blob_error(member, f"{kind} link in the archive (to {info.linkname!r}): not followed")
                continue
            if not info.isreg():
                yield blob_error(member, "not a regular file (device, FIFO or similar)")
                continue
            try:
                assert inner.budget is not None
                inner.budget.charge(info.size, member.source)
                _check_member_size(member.source, info.size, None, inner)
            except StopArchive as exc:
                yield blob_error(member, str(exc))
                return
            except LimitExceeded as exc:
                yield blob_error(member, str(exc))
                continue
            raw = archive.extractfile(info)
            if raw is None:
                continue
            # The ratio is the whole archive's so far: bytes read out of all
            # members against compressed bytes consumed.
            member.stream = buffered(
                GuardedReader(
                    raw,
                    label=member.source,
                    limit=limits.max_member_bytes,
                    counter=unpacked,
                    compressed=packed,
                    ratio=limits.max_compression_ratio,
                    ratio_min=limits.ratio_min_bytes,
                )
            )
            yield from read_blob(member, inner)


def _truncation_spy(found: list[str]) -> type[tarfile.TarInfo]:
    """A TarInfo class noting a truncated header: tarfile takes one after
    the first member for the end of the archive, silently."""

    class _TarInfo(tarfile.TarInfo):
        @classmethod
        def fromtarfile(cls, tar):
            try:
                return super().fromtarfile(tar)
            except (tarfile.EmptyHeaderError, tarfile.TruncatedHeaderError) as exc:
                found.append(str(exc))
                raise

    return _TarInfo


def compressed_articles(blob: Blob, stream: BinaryIO, head: bytes, ctx: Context, method: str) -> Iterator[Article]:
    """A single gzip/bzip2/xz file: its content, named without the suffix."""
    import bz2
    import gzip
    import lzma

    from extractor.ingest.dispatch import read_blob

    _check_depth(blob, ctx)
    inner = _inner_context(ctx)
    limits = ctx.limits
    packed = Counter()
    counted = buffered(GuardedReader(stream, label=blob.source, counter=packed))
    opener = {"gzip": gzip.GzipFile, "bzip2": bz2.BZ2File, "xz": lzma.LZMAFile}[method]
    decompressed = opener(fileobj=counted) if method == "gzip" else opener(counted)
    name = blob.name.rsplit(".", 1)[0] if "." in blob.name.rsplit("/", 1)[-1] else blob.name
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    member = Blob(
        source=blob.source,
        source_id=blob.source_id,
        name=base,
        stream=buffered(
            GuardedReader(
                decompressed,
                label=blob.source,
                limit=limits.max_member_bytes,
                budget=inner.budget,
                compressed=packed,
                ratio=limits.max_compression_ratio,
                ratio_min=limits.ratio_min_bytes,
            )
        ),
        size=None,
        depth=blob.depth + 1,
    )
    try:
        yield from read_blob(member, inner)
    finally:
        decompressed.close()
