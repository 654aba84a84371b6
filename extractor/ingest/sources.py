"""Inputs named by the user -> streams: files, folders (recursive, sorted),
and standard input. Every path problem is an error Article.

Folders: entries are read in name order, depth first; hidden entries (names
starting with ".") are skipped. A symbolic link inside a folder is followed
only to a file inside the folder given (the input root); one pointing
outside is an error Article and is not opened, and links to folders are not
followed (their target is read where it lies, or is outside the root).
FIFOs, sockets and devices are never opened.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from extractor.ingest._io import Blob, Context, describe, error_article
from extractor.ingest.dispatch import read_blob
from extractor.records import Article

STDIN = "-"


def path_articles(path: str | Path, ctx: Context, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles of one input named by the user."""
    label = str(path)
    if label == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_blob(Blob(source=STDIN, source_id="stdin", name="", stream=stream), ctx)
        return
    p = Path(path)
    try:
        st = p.stat()  # follows a symlink the user named: that is their choice
    except FileNotFoundError:
        msg = "broken symbolic link" if p.is_symlink() else "no such file or directory"
        yield error_article(label, p.name, msg)
        return
    except OSError as exc:
        yield error_article(label, p.name, f"cannot read: {describe(exc)}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _folder_articles(p, label, ctx)
    elif stat.S_ISREG(st.st_mode):
        yield from _file_articles(p, label, p.name, st.st_size, ctx)
    else:
        yield error_article(label, p.name, "not a regular file (device, FIFO or socket): skipped")


def _file_articles(path: Path, label: str, rel: str, size: int, ctx: Context) -> Iterator[Article]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, after a lazy read
    except OSError as exc:
        yield error_article(label, rel, f"cannot read: {describe(exc)}")
        return
    try:
        yield from read_blob(Blob(source=label, source_id=rel, name=path.name, stream=handle, size=size), ctx)
    finally:
        handle.close()


def _folder_articles(root: Path, label: str, ctx: Context) -> Iterator[Article]:
    real_root = Path(os.path.realpath(root))
    yield from _walk(root, real_root, label, "", ctx)


def _walk(folder: Path, real_root: Path, label: str, rel: str, ctx: Context) -> Iterator[Article]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield error_article(
            os.path.join(label, rel) if rel else label,
            rel or ".",
            f"cannot list folder: {describe(exc)}",
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        entry_rel = f"{rel}/{entry.name}" if rel else entry.name
        entry_label = os.path.join(label, entry_rel)
        try:
            if entry.is_symlink():
                yield from _symlink(Path(entry.path), real_root, entry_label, entry_rel, ctx)
                continue
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            yield error_article(entry_label, entry_rel, f"cannot read: {describe(exc)}")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(Path(entry.path), real_root, label, entry_rel, ctx)
        elif stat.S_ISREG(st.st_mode):
            yield from _file_articles(Path(entry.path), entry_label, entry_rel, st.st_size, ctx)
        else:
            yield error_article(entry_label, entry_rel, "not a regular file (device, FIFO or socket): skipped")


def _symlink(link: Path, real_root: Path, label: str, rel: str, ctx: Context) -> Iterator[Article]:
    target = Path(os.path.realpath(link))
    if not target.is_relative_to(real_root):
        yield error_article(
            label,
            rel,
            f"symbolic link to {os.readlink(link)!r} points outside the input folder: not followed",
        )
        return
    try:
        st = target.stat()
    except FileNotFoundError:
        yield error_article(label, rel, f"broken symbolic link (to {os.readlink(link)!r})")
        return
    if stat.S_ISREG(st.st_mode):
        yield from _file_articles(target, label, rel, st.st_size, ctx)
    # A link to a folder inside the root: its files are read where they lie.


_UNCOUNTABLE = {
    ".json",
    ".csv",
    ".tsv",
    ".tab",
    ".warc",
    ".warc.gz",
    ".tar",
    ".tgz",
    ".tar.gz",
    ".tar.bz2",
    ".tar.xz",
    ".tbz2",
    ".txz",
    ".gz",
    ".bz2",
    ".xz",
    ".zip",
}
_LINES = {".jsonl", ".ndjson", ".jsonlines"}


def estimate_path(path: str | Path) -> int | None:
    """How many articles a path holds, when that is cheap to know: one per
    file in folders, one per line of JSON Lines files (newlines counted,
    nothing parsed), one per member of zips (from the central directory).
    None for what must be read through (CSV, JSON, tar, WARC, compressed
    files, JSON Lines inside archives, standard input)."""
    from extractor.ingest.sniff import extension

    label = str(path)
    if label == STDIN:
        return None
    p = Path(path)
    try:
        if p.is_dir():
            return _estimate_folder(p)
        ext = extension(label)
        if ext in _LINES:
            return _count_lines(p)
        if ext == ".zip":
            return _estimate_zip(p)
        return None if ext in _UNCOUNTABLE else 1
    except OSError:
        return 1  # an unreadable input is one error article


def _estimate_folder(folder: Path) -> int | None:
    total = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            one = estimate_path(os.path.join(dirpath, name))
            if one is None:
                return None
            total += one
    return total


def _count_lines(path: Path) -> int:
    lines = 0
    last = b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def _estimate_zip(path: Path) -> int | None:
    import zipfile

    from extractor.ingest.sniff import extension

    try:
        with zipfile.ZipFile(path) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
    except zipfile.BadZipFile:
        return 1
    if any(extension(n) in _UNCOUNTABLE | _LINES for n in names):
        return None
    return len(names)
