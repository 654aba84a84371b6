"""Writing and reading datasets: Parquet, CSV or JSON Lines with the exact
schemas of ``records.TABLES``.

Two layouts, read transparently by ``read_dataset``:

* **single files** ``DIR/<table>.<fmt>`` — what ``write_table`` (derived
  tables such as ``experts`` and ``checks``) and ``export_dataset`` write;
* **part files** ``DIR/<table>/part-<batchkey>.<fmt>`` — what a batch run
  writes, one part of every table per batch, each written to a hidden
  temporary name and renamed into place. ``DIR/_manifest.jsonl`` gets one
  line per finished batch, appended (and fsynced) only after all of that
  batch's parts are in place; a part whose batch is not in the manifest is
  ignored by readers and rewritten by the next run. ``DIR/_run.json`` keeps
  the settings of the command that made the dataset, so that ``--resume``
  only ever continues the same command; ``DIR/.lock`` keeps a second run out.

CSV is written for spreadsheets: every text cell is quoted, and a text cell
that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
leading apostrophe (OWASP's advice against CSV/formula injection). Numbers
are left as numbers. The escape is reversible (a cell that already starts
with apostrophes before such a character gets one more), and ``read_dataset``
removes it again, so every format reads back to the same DataFrames. Parquet
and JSON Lines always keep the exact text.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import socket
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from extractor.records import ALL_TABLES, TABLES, arrow_schema

FORMATS = ("parquet", "csv", "jsonl")
MANIFEST = "_manifest.jsonl"
RUN_FILE = "_run.json"
LOCK_FILE = ".lock"
PART_PREFIX = "part-"
TMP_PREFIX = ".tmp-"

# Leading characters that make a spreadsheet read a cell as a formula (OWASP).
_FORMULA_START = "=+-@\t\r"
_NEEDS_ESCAPE = "^'*[=+\\-@\\t\\r]"  # escaped on write (apostrophes first: reversible)
_ESCAPED = "^'+[=+\\-@\\t\\r]"  # one apostrophe removed on read


class DatasetError(RuntimeError):
    """A dataset folder cannot be used as asked; the message says why and
    what to do. The CLI prints it without a traceback."""


class DatasetLocked(DatasetError):
    pass


# What the user can do about a write error, by errno; the rest get a generic word.
_WRITE_ADVICE = {
    errno.ENOSPC: "free some space",
    errno.EDQUOT: "free some space or raise the disk quota",
    errno.EFBIG: "free some space or raise the file-size limit",
    errno.EROFS: "make the filesystem writable",
    errno.EACCES: "give this user write permission on the folder",
    errno.EPERM: "give this user write permission on the folder",
}


class DatasetWriteError(DatasetError):
    """The filesystem refused a write (full disk, read-only folder, permission
    denied, quota): ``path`` is what was being written, ``errno`` why.
    Picklable, so that a worker's error reaches the driver whole."""

    def __init__(self, path: str | Path, errno_: int | None, detail: str = ""):
        self.path = str(path)
        self.errno = errno_
        self.detail = detail
        super().__init__(f"cannot write {self.path}: {self.reason}")

    def __reduce__(self):
        return (type(self), (self.path, self.errno, self.detail))

    @property
    def reason(self) -> str:
        if self.errno:
            return os.strerror(self.errno).lower()
        return self.detail or "write failed"

    @property
    def advice(self) -> str:
        """What to do before running the same command again."""
        return _WRITE_ADVICE.get(self.errno, "fix the problem")

    @classmethod
    def from_os_error(cls, path: str | Path, exc: OSError) -> DatasetWriteError:
        # pyarrow's OSError carries the errno but neither the file name nor a
        # plain message ("Error writing bytes to file. Detail: [errno 28] ...").
        return cls(path, exc.errno, exc.strerror or str(exc))


# --------------------------------------------------------------------------
# Tables: rows or DataFrames -> Arrow tables with the contract's schema


def schema_for(name: str, table: pa.Table | None = None) -> pa.Schema:
    if name in ALL_TABLES:
        return arrow_schema(name)
    if table is None:
        raise KeyError(f"unknown table {name!r}")
    return table.schema


def rows_to_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts) to an Arrow table with exactly the table's columns, in
    order. Missing keys are empty; empty text is ``""``, never null.

    >>> rows_to_table("quotes", [{"speaker": "Ann", "start": 3}]).column("role").to_pylist()
    ['']
    >>> rows_to_table("amounts", []).num_rows, len(rows_to_table("amounts", []).schema)
    (0, 12)
    """
    rows = list(rows)
    if name not in ALL_TABLES:
        return _empty_strings_not_null(pa.Table.from_pylist(rows))
    schema = arrow_schema(name)
    cols = {c: [r.get(c) for r in rows] for c in schema.names}
    return _empty_strings_not_null(pa.table(cols, schema=schema))


def to_table(name: str, data: pa.Table | pd.DataFrame | Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows, a DataFrame or an Arrow table, conformed to the table's schema:
    the schema's columns in order, missing ones empty, extra ones dropped,
    types cast (a whole-number float column becomes int64)."""
    if isinstance(data, pd.DataFrame):
        table = pa.Table.from_pandas(data, preserve_index=False)
    elif isinstance(data, pa.Table):
        table = data
    else:
        return rows_to_table(name, data)
    if name not in ALL_TABLES:
        return _empty_strings_not_null(table)
    schema = arrow_schema(name)
    arrays = []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            if col.type != f.type:
                col = col.cast(f.type) if not pa.types.is_null(col.type) else pa.nulls(len(col), f.type)
            arrays.append(col)
        else:
            arrays.append(pa.nulls(table.num_rows, f.type))
    return _empty_strings_not_null(pa.Table.from_arrays(arrays, schema=schema))


def _empty_strings_not_null(table: pa.Table) -> pa.Table:
    # Text columns hold "" for "empty" in every format (CSV cannot tell a null
    # string from an empty one), so nulls become "" before writing.
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type) and table.column(i).null_count:
            table = table.set_column(i, f, pc.fill_null(table.column(i), ""))
    return table


# --------------------------------------------------------------------------
# CSV formula-injection escape


def neutralise_cell(text: str) -> str:
    """The text a CSV cell gets so that a spreadsheet shows it as text.

    >>> neutralise_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise_cell("-24 percent"), neutralise_cell("Kim said")
    ("'-24 percent", 'Kim said')
    >>> neutralise_cell("'=x")   # already apostrophed: one more, so reading is exact
    "''=x"
    >>> restore_cell(neutralise_cell("'=x")), restore_cell("'tis")
    ("'=x", "'tis")
    """
    return "'" + text if re.match(_NEEDS_ESCAPE, text) else text


def restore_cell(text: str) -> str:
    return text[1:] if re.match(_ESCAPED, text) else text


def _neutralise_table(table: pa.Table) -> pa.Table:
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type) and table.num_rows:
            col = table.column(i)
            hit = pc.fill_null(pc.match_substring_regex(col, _NEEDS_ESCAPE), False)
            if pc.any(hit).as_py():
                escaped = pc.binary_join_element_wise("'", col, "")
                table = table.set_column(i, f, pc.if_else(hit, escaped, col))
    return table


def _restore_table(table: pa.Table) -> pa.Table:
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type) and table.num_rows:
            col = table.column(i)
            hit = pc.fill_null(pc.match_substring_regex(col, _ESCAPED), False)
            if pc.any(hit).as_py():
                table = table.set_column(i, f, pc.if_else(hit, pc.utf8_slice_codeunits(col, 1), col))
    return table


# --------------------------------------------------------------------------
# One file in one format


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DatasetError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt


def _write_file(table: pa.Table, path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pq.write_table(table, path)
    elif fmt == "csv":
        with open(path, "wb") as fh:
            _write_csv(table, fh, header=True)
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            _write_jsonl(table, fh)
    else:
        check_format(fmt)


def _write_csv(table: pa.Table, fh, *, header: bool) -> None:
    # A UTF-8 byte-order mark so that spreadsheets read the text as UTF-8.
    if header:
        fh.write(b"\xef\xbb\xbf")
    pacsv.write_csv(
        _neutralise_table(table),
        fh,
        pacsv.WriteOptions(include_header=header, quoting_style="needed"),
    )


def _write_jsonl(table: pa.Table, fh) -> None:
    for batch in table.to_batches(max_chunksize=4096):
        for row in batch.to_pylist():
            fh.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")


def write_file_atomic(table: pa.Table, path: Path, fmt: str) -> Path:
    """Write to a hidden temporary name beside ``path``, fsync, rename into
    place: a reader never sees half a file, and a killed writer leaves only a
    ``.tmp-`` file that the next run removes."""
    path = Path(path)
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}.{os.getpid()}")
    try:
        _write_file(table, tmp, fmt)
        _fsync_path(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        # Named after the file the user asked for (the temporary name means
        # nothing to them); the temporary file goes in ``finally``.
        raise DatasetWriteError.from_os_error(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path


def read_file(path: Path, name: str | None = None) -> pa.Table:
    """One table file (any format, by suffix), conformed to the table's
    schema when the table is known."""
    path = Path(path)
    name = name or _table_name(path)
    fmt = path.suffix.lstrip(".")
    schema = arrow_schema(name) if name in ALL_TABLES else None
    if fmt == "parquet":
        table = pq.read_table(path)
    elif fmt == "csv":
        table = _read_csv(path, schema)
    elif fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        table = rows_to_table(name, rows) if schema is not None else pa.Table.from_pylist(rows)
    else:
        raise DatasetError(f"not a dataset file: {path}")
    return to_table(name, table) if schema is not None else table


def _read_csv(path: Path, schema: pa.Schema | None) -> pa.Table:
    if path.stat().st_size <= 3:  # nothing, or a bare byte-order mark
        return schema.empty_table() if schema is not None else pa.table({})
    convert = pacsv.ConvertOptions(
        column_types=schema,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    read = pacsv.ReadOptions(block_size=1 << 24)
    table = pacsv.read_csv(path, read_options=read, convert_options=convert)
    return _restore_table(table)


def _table_name(path: Path) -> str:
    # DIR/<table>.<fmt> or DIR/<table>/part-<key>.<fmt>
    if path.name.startswith(PART_PREFIX):
        return path.parent.name
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a folder be fsynced
        _fsync_path(path)


# --------------------------------------------------------------------------
# Part files and the manifest


def part_path(root: Path, table: str, key: str, fmt: str) -> Path:
    return Path(root) / table / f"{PART_PREFIX}{key}.{fmt}"


def write_batch_parts(
    root: str | Path, fmt: str, key: str, tables: Mapping[str, pa.Table | list[dict]]
) -> dict[str, int]:
    """Write one batch's part of every table in ``TABLES`` (empty ones too),
    each atomically. Returns row counts. Called by workers, so it touches
    nothing but the part files."""
    root = Path(root)
    counts = {}
    try:
        for name in TABLES:
            table = to_table(name, tables.get(name, []))
            folder = root / name
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatasetWriteError.from_os_error(folder, exc) from exc
            write_file_atomic(table, part_path(root, name, key, fmt), fmt)
            counts[name] = table.num_rows
    except DatasetWriteError:
        # Half a batch is no use to anyone and takes space the user is short of.
        remove_batch_parts(root, key)
        raise
    for name in TABLES:
        _fsync_dir(root / name)
    return counts


def remove_batch_parts(root: str | Path, key: str) -> int:
    """Remove every part file of batch ``key`` (in any format)."""
    removed = 0
    for name in TABLES:
        for fmt in FORMATS:
            with contextlib.suppress(OSError):
                part_path(Path(root), name, key, fmt).unlink()
                removed += 1
    return removed


def read_manifest(root: str | Path) -> list[dict]:
    """Finished batches, in the order they finished. A torn last line (a run
    killed while appending) is not a finished batch and is left out."""
    path = Path(root) / MANIFEST
    if not path.exists():
        return []
    entries = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return entries


def _append_manifest(root: Path, entry: dict) -> None:
    path = root / MANIFEST
    line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _repair_manifest(root: Path) -> None:
    # Cut a torn last line so that the next append starts on a line of its own.
    path = root / MANIFEST
    if not path.exists():
        return
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
        with open(path, "r+b") as fh:
            fh.truncate(keep)
            fh.flush()
            os.fsync(fh.fileno())


class DatasetWriter:
    """The driver's side of a batch run into ``root``: the lock, the run
    settings, the manifest and the clean-up. Workers only call
    ``write_batch_parts``; the driver calls ``record`` once a batch's parts are
    all in place.

    ``settings`` are what makes two commands "the same" (inputs, format, batch
    size, model, ...): resuming a dataset made with other settings is refused,
    since its batches would not line up.
    """

    def __init__(
        self,
        root: str | Path,
        fmt: str,
        settings: Mapping[str, Any],
        *,
        resume: bool = True,
        overwrite: bool = False,
    ):
        self.root = Path(root)
        self.fmt = check_format(fmt)
        self.settings = dict(settings)
        self.resume = resume
        self.overwrite = overwrite
        self._lock_fd: int | None = None
        self.done: dict[str, dict] = {}

    def __enter__(self) -> DatasetWriter:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise DatasetError(f"--out {self.root} is a file; a dataset is a folder")
        with _writing(self.root):
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock_fd = acquire_lock(self.root)
        try:
            with _writing(self.root):
                self._prepare()
        except BaseException:
            self.close()
            raise

    def _prepare(self) -> None:
        if self.overwrite:
            clear_dataset(self.root)
        previous = _read_run_file(self.root)
        entries = read_manifest(self.root)
        if entries or previous:
            if not self.resume:
                raise DatasetError(
                    f"{self.root} already holds a dataset; pass --resume to continue it or --overwrite to start again"
                )
            if previous is not None:
                diff = _settings_diff(previous.get("settings", {}), self._comparable())
                if diff:
                    raise DatasetError(
                        f"{self.root} holds a dataset made by a different command ({diff}); "
                        "run the same command to resume it, or pass --overwrite to start again"
                    )
            existing = dataset_format(self.root)
            if existing and existing != self.fmt:
                raise DatasetError(
                    f"{self.root} holds a {existing} dataset; resume it with --format "
                    f"{existing}, or pass --overwrite to start again"
                )
        _repair_manifest(self.root)
        remove_temp_files(self.root)
        self.done = {e["batch"]: e for e in read_manifest(self.root)}
        for name in TABLES:
            (self.root / name).mkdir(exist_ok=True)
        run = {
            "format": self.fmt,
            "settings": self._comparable(),
            "started": _now(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        if previous and self.done:
            run["first_started"] = previous.get("first_started", previous.get("started"))
        tmp = self.root / f"{TMP_PREFIX}{RUN_FILE}"
        tmp.write_text(json.dumps(run, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, self.root / RUN_FILE)

    def _comparable(self) -> dict:
        return {"format": self.fmt, **self.settings}

    def is_done(self, key: str) -> bool:
        return key in self.done

    def record(self, entry: Mapping[str, Any]) -> None:
        """Append a finished batch to the manifest (after its parts are in
        place: the caller's promise)."""
        entry = {"finished": _now(), **entry}
        with _writing(self.root / MANIFEST):
            _append_manifest(self.root, entry)
        self.done[entry["batch"]] = entry

    @property
    def kept(self) -> tuple[int, int]:
        """(batches, articles) in the manifest: what an interrupted run
        leaves for the next one. Read from the file, not from ``done``: a
        signal may stop ``record`` after its line was written."""
        entries = {e["batch"]: e for e in read_manifest(self.root)}
        return len(entries), sum(e.get("articles", 0) for e in entries.values())

    def discard_unfinished(self) -> int:
        """After a run stopped early (and its workers with it): remove the
        temporary files and the parts of batches that never reached the
        manifest. Readers ignore them anyway; this gives their space back,
        which matters most when the disk is what stopped the run. Returns
        files removed; a file that cannot be removed is left."""
        removed = remove_temp_files(self.root)
        # The manifest on disk decides (see ``kept``).
        done = {e["batch"] for e in read_manifest(self.root)}
        for name in TABLES:
            folder = self.root / name
            if not folder.is_dir():
                continue
            for p in folder.glob(f"{PART_PREFIX}*"):
                if _part_key(p) not in done:
                    with contextlib.suppress(OSError):
                        p.unlink()
                        removed += 1
        return removed

    def finish(self, keys: Iterable[str]) -> int:
        """After a complete run: keep exactly the batches in ``keys`` (the
        run's input). Manifest lines and part files of other batches (from an
        earlier run over input that has since changed) are removed, and the
        manifest is rewritten in batch order. Returns part files removed."""
        with _writing(self.root):
            return self._finish(set(keys))

    def _finish(self, keep: set[str]) -> int:
        entries = [e for e in read_manifest(self.root) if e["batch"] in keep]
        entries.sort(key=lambda e: e["batch"])
        tmp = self.root / f"{TMP_PREFIX}{MANIFEST}"
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                for e in entries:
                    fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.root / MANIFEST)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        _fsync_dir(self.root)
        self.done = {e["batch"]: e for e in entries}
        removed = 0
        for name in TABLES:
            for p in (self.root / name).glob(f"{PART_PREFIX}*"):
                if _part_key(p) not in keep:
                    p.unlink()
                    removed += 1
        # Left by a worker that died mid-write (its batch was redone elsewhere).
        remove_temp_files(self.root)
        return removed

    def close(self) -> None:
        if self._lock_fd is not None:
            release_lock(self._lock_fd)
            self._lock_fd = None


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn the filesystem's refusal (an ``OSError``) into a
    ``DatasetWriteError`` naming the file, or ``path`` when it names none."""
    try:
        yield
    except DatasetError:
        raise
    except OSError as exc:
        raise DatasetWriteError(exc.filename or path, exc.errno, exc.strerror or str(exc)) from exc


def _settings_diff(old: Mapping, new: Mapping) -> str:
    diffs = []
    for k in sorted(set(old) | set(new)):
        if old.get(k) != new.get(k):
            diffs.append(f"{k}: {old.get(k)!r} then, {new.get(k)!r} now")
    return "; ".join(diffs)


def _read_run_file(root: Path) -> dict | None:
    path = root / RUN_FILE
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def _part_key(path: Path) -> str:
    return path.name[len(PART_PREFIX) : -len(path.suffix)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def remove_temp_files(root: Path) -> int:
    removed = 0
    for folder in [root, *(root / n for n in ALL_TABLES)]:
        if folder.is_dir():
            for p in folder.glob(f"{TMP_PREFIX}*"):
                with contextlib.suppress(OSError):
                    p.unlink()
                    removed += 1
    return removed


def clear_dataset(root: Path) -> None:
    """Remove the dataset's own files (and only those: ``--out`` may be a
    folder that holds other things too)."""
    for name in ALL_TABLES:
        folder = root / name
        if folder.is_dir():
            for p in folder.iterdir():
                if p.name.startswith((PART_PREFIX, TMP_PREFIX)):
                    p.unlink()
            with contextlib.suppress(OSError):
                folder.rmdir()
        for fmt in FORMATS:
            with contextlib.suppress(FileNotFoundError):
                (root / f"{name}.{fmt}").unlink()
    for fname in (MANIFEST, RUN_FILE):
        with contextlib.suppress(FileNotFoundError):
            (root / fname).unlink()
    remove_temp_files(root)


# --------------------------------------------------------------------------
# The lock


def acquire_lock(root: Path) -> int:
    """Hold ``root/.lock`` (an flock, which the kernel drops when its holder
    dies, so a stale lock from a killed run is simply taken over). Raises
    ``DatasetLocked`` naming the pid that holds it."""
    path = Path(root) / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        holder = ""
        with contextlib.suppress(OSError):
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        os.close(fd)
        if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            raise
        who = f" ({holder})" if holder else ""
        raise DatasetLocked(
            f"{root} is being written by another extractor run{who}; wait for it to finish, or choose another --out"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
    return fd


def release_lock(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


# --------------------------------------------------------------------------
# Reading


def dataset_format(root: str | Path) -> str | None:
    """The format of the dataset in ``root``: from its run file, else from
    the files found; None for an empty folder."""
    root = Path(root)
    run = _read_run_file(root)
    if run and run.get("format") in FORMATS:
        return run["format"]
    for name in ALL_TABLES:
        for fmt in FORMATS:
            if (root / f"{name}.{fmt}").exists() or any((root / name).glob(f"{PART_PREFIX}*.{fmt}")):
                return fmt
    return None


def table_files(root: str | Path, name: str) -> list[Path]:
    """The files that make up table ``name``, in order: the finished parts in
    batch order, or the single file."""
    root = Path(root)
    folder = root / name
    parts = (
        sorted(p for p in folder.glob(f"{PART_PREFIX}*") if p.suffix.lstrip(".") in FORMATS) if folder.is_dir() else []
    )
    singles = [root / f"{name}.{fmt}" for fmt in FORMATS if (root / f"{name}.{fmt}").exists()]
    if parts and singles:
        raise DatasetError(f"{root} has table {name!r} both as part files and as {singles[0].name}; remove one of them")
    if len(singles) > 1:
        raise DatasetError(f"{root} has table {name!r} in several formats: {', '.join(p.name for p in singles)}")
    if parts:
        manifest = read_manifest(root)
        if manifest or (root / MANIFEST).exists():
            # Parts of a batch that never reached the manifest are unfinished.
            done = {e["batch"] for e in manifest}
            parts = [p for p in parts if _part_key(p) in done]
        return parts
    return singles


def iter_table(root: str | Path, name: str, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The table file by file (memory stays at one part at a time)."""
    for path in table_files(root, name):
        table = read_file(path, name)
        yield table.select(columns) if columns else table


def read_arrow(root: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    tables = list(iter_table(root, name, columns))
    if tables:
        return pa.concat_tables(tables)
    schema = schema_for(name) if name in ALL_TABLES else pa.schema([])
    table = schema.empty_table()
    return table.select(columns) if columns else table


def read_dataset(path: str | Path, tables: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the dataset in ``path`` as DataFrames keyed by name.

    Both layouts are read (part files concatenated in batch order, or single
    files), in any of the three formats. Every table of ``TABLES`` is there,
    empty with its columns when the dataset has no rows for it; derived
    tables (``experts``, ``checks``, others) when they have been written.
    """
    root = Path(path)
    if not root.is_dir():
        raise FileNotFoundError(f"no dataset folder at {root}")
    names = list(tables) if tables is not None else present_tables(root)
    return {name: read_arrow(root, name).to_pandas() for name in names}


def present_tables(root: str | Path) -> list[str]:
    """The dataset's tables: every table of ``TABLES``, then any other found."""
    root = Path(root)
    names = list(TABLES)
    for name in _tables_on_disk(root):
        if name not in names:
            names.append(name)
    return names


def _tables_on_disk(root: Path) -> list[str]:
    found = []
    for p in sorted(root.iterdir()):
        if p.name.startswith((".", "_")):
            continue
        if p.is_file() and p.suffix.lstrip(".") in FORMATS:
            found.append(p.name[: -len(p.suffix)])
        elif p.is_dir() and any(p.glob(f"{PART_PREFIX}*")):
            found.append(p.name)
    return found


# --------------------------------------------------------------------------
# Derived tables and export


def write_table(
    out_dir: str | Path,
    name: str,
    rows: pa.Table | pd.DataFrame | Iterable[Mapping[str, Any]],
    fmt: str | None = None,
) -> Path:
    """Write a whole table as one file ``DIR/<name>.<fmt>`` (atomically),
    for tables made across a dataset (``experts``, ``checks``). The format
    defaults to the dataset's own; a copy of the table in another format is
    removed so that readers find exactly one."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt = check_format(fmt or dataset_format(out_dir) or "parquet")
    table = to_table(name, rows)
    path = write_file_atomic(table, out_dir / f"{name}.{fmt}", fmt)
    for other in FORMATS:
        if other != fmt:
            with contextlib.suppress(FileNotFoundError):
                (out_dir / f"{name}.{other}").unlink()
    return path


def read_table(path: str | Path) -> pd.DataFrame:
    """One table file as a DataFrame (schema from the file's name)."""
    return read_file(Path(path)).to_pandas()


def export_dataset(
    src: str | Path,
    fmt: str,
    out: str | Path,
    tables: Iterable[str] | None = None,
) -> list[Path]:
    """Compact a dataset into one file per table.

    ``out`` is a folder: ``out/<table>.<fmt>`` for every table (a dataset in
    the single-file layout, which ``read_dataset`` reads). When exactly one
    table is asked for, ``out`` may instead be a file path ending in
    ``.<fmt>``. Parts are streamed one at a time, so memory stays flat
    whatever the dataset's size. Returns the files written.
    """
    src, out = Path(src), Path(out)
    fmt = check_format(fmt)
    if not src.is_dir():
        raise DatasetError(f"no dataset folder at {src}")
    names = list(tables) if tables is not None else present_tables(src)
    if out.suffix:
        if out.suffix != f".{fmt}":
            raise DatasetError(f"--out {out} does not end in .{fmt}; give a folder, or a .{fmt} file")
        if len(names) != 1:
            raise DatasetError(
                f"--out {out} is a single file but the dataset has {len(names)} tables; "
                "give a folder, or pick one table with --table"
            )
        targets = {names[0]: out}
    else:
        targets = {name: out / f"{name}.{fmt}" for name in names}
    if out.resolve() == src.resolve():
        raise DatasetError("--out must differ from the dataset folder")
    written = []
    for name, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        _export_table(src, name, target, fmt)
        written.append(target)
    return written


def _export_table(src: Path, name: str, target: Path, fmt: str) -> None:
    tmp = target.with_name(f"{TMP_PREFIX}{target.name}.{os.getpid()}")
    schema = schema_for(name) if name in ALL_TABLES else None
    try:
        parts = iter_table(src, name)
        if fmt == "parquet":
            writer = None
            for table in parts:
                if writer is None:
                    writer = pq.ParquetWriter(tmp, schema or table.schema)
                writer.write_table(table)
            if writer is None:
                pq.write_table((schema or pa.schema([])).empty_table(), tmp)
            else:
                writer.close()
        elif fmt == "csv":
            with open(tmp, "wb") as fh:
                first = True
                for table in parts:
                    _write_csv(table, fh, header=first)
                    first = False
                if first:
                    _write_csv((schema or pa.schema([])).empty_table(), fh, header=True)
        else:
            with open(tmp, "w", encoding="utf-8") as fh:
                for table in parts:
                    _write_jsonl(table, fh)
        _fsync_path(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
