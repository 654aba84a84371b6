"""Faults a batch job meets (issue 16): SIGTERM, a full disk, a folder that
cannot be written. A stopped run says in one line what is kept and how to
resume, leaves no traceback, no stray worker and no half batch, and the
resumed dataset equals an uninterrupted run's.

The run tests start `extractor extract` as a user does (a real subprocess
with 2 real worker processes, real signals). The full disk is a real tmpfs
of 160 KB when this user may mount one (root here); elsewhere the writer's
own file writes are made to fail with ENOSPC once the folder holds 160 KB
(a sitecustomize the test writes, loaded by the command and its workers).
EXTRACTOR_TEST_DISK=injected forces the second way, to check it."""

from __future__ import annotations

import errno
import multiprocessing as mp
import os
import pickle
import signal
import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from faults_support import (
    ARTICLES,
    assert_group_gone,
    assert_only_finished_parts,
    assert_same_dataset,
    extract_cmd,
    kept_in_line,
    one_error_line,
    shared_inputs,
    start,
    stop,
    wait_for_batches,
)
from typer.testing import CliRunner

from extractor import dataset
from extractor.cli import app
from extractor.dataset import (
    TABLES,
    DatasetWriteError,
    DatasetWriter,
    _append_manifest,
    part_path,
    read_manifest,
    write_batch_parts,
)
from extractor.run import RunInterrupted, RunWriteError, _reply, stop_on_sigterm


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    return shared_inputs(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    """The dataset of an uninterrupted run."""
    return shared_inputs(tmp_path_factory)[1]


# --- the writer's boundary ---------------------------------------------------------

ADVICE = {
    errno.ENOSPC: ("no space left on device", "free some space"),
    errno.EROFS: ("read-only file system", "make the filesystem writable"),
    errno.EACCES: ("permission denied", "give this user write permission on the folder"),
    errno.EDQUOT: ("disk quota exceeded", "free some space or raise the disk quota"),
}


@pytest.mark.parametrize("code", list(ADVICE), ids=[errno.errorcode[c] for c in ADVICE])
def test_a_refused_write_names_the_part_and_removes_the_whole_batch(tmp_path, monkeypatch, code):
    real = dataset._write_file
    calls: list[Path] = []

    def refusing(table, path, fmt):
        calls.append(Path(path))
        if len(calls) == 3:
            Path(path).write_bytes(b"PAR1 half")  # what a full disk leaves
            # pyarrow's own wording: an errno, no file name.
            raise OSError(code, f"Error writing bytes to file. Detail: [errno {code}] {os.strerror(code)}")
        real(table, path, fmt)

    monkeypatch.setattr(dataset, "_write_file", refusing)
    with pytest.raises(DatasetWriteError) as info:
        write_batch_parts(tmp_path, "parquet", "0000003-abcdef012345", {})
    err = info.value
    reason, advice = ADVICE[code]
    assert err.errno == code and err.advice == advice
    assert (
        str(err) == f"cannot write {part_path(tmp_path, list(TABLES)[2], '0000003-abcdef012345', 'parquet')}: {reason}"
    )
    # The two parts already in place and the half-written third are gone.
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
    # It crosses a process boundary whole (worker -> driver, Dask -> client).
    again = pickle.loads(pickle.dumps(err))
    assert (type(again), str(again), again.errno, again.advice) == (DatasetWriteError, str(err), code, advice)


def test_run_write_error_says_what_failed_where_what_is_kept_and_how_to_resume():
    err = DatasetWriteError("/data/ds/quotes/part-0000007-abc.parquet", errno.EDQUOT, "Disk quota exceeded")
    assert str(RunWriteError(err, "/data/ds", (7, 14))) == (
        "cannot write /data/ds/quotes/part-0000007-abc.parquet: disk quota exceeded; "
        "7 finished batches (14 articles) are kept in /data/ds; "
        "free some space or raise the disk quota, then run the same command again to resume"
    )


def test_run_interrupted_says_which_signal_and_exits_128_plus_it():
    term = RunInterrupted(signal.SIGTERM, "out", (1, 2))
    assert term.exit_code == 143 and isinstance(term, KeyboardInterrupt)
    assert str(term) == (
        "stopped by SIGTERM; 1 finished batch (2 articles) is kept in out; "
        "run the same command again to resume where it stopped"
    )
    assert RunInterrupted(signal.SIGINT, "out", (0, 0)).exit_code == 130
    assert str(RunInterrupted(signal.SIGINT, "out", None)).startswith("interrupted; nothing was written;")


def test_sigterm_inside_stop_on_sigterm_raises_once_and_the_handler_is_restored():
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        with pytest.raises(RunInterrupted) as info, stop_on_sigterm():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs between bytecodes
                pass
        assert info.value.signum == signal.SIGTERM
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL

        # A second SIGTERM during the clean-up is not raised again.
        with stop_on_sigterm():
            with pytest.raises(RunInterrupted):
                os.kill(os.getpid(), signal.SIGTERM)
                for _ in range(1000):
                    pass
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):
                pass

        # A handler the application installed is left alone.
        seen = []
        signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
        with stop_on_sigterm():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):
                pass
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_a_worker_whose_driver_is_gone_ends_quietly_not_with_broken_pipe():
    # Regression: a worker finishing its batch after the driver died raised
    # BrokenPipeError, and again while reporting it: two tracebacks each.
    ours, theirs = mp.Pipe()
    theirs.close()
    assert _reply(ours, ("ok", {})) is False


def test_a_batch_recorded_as_a_signal_came_is_kept_with_its_parts(tmp_path):
    # Regression: a SIGTERM right after the manifest line was written (before
    # the writer noted it) made the run say one batch fewer, and the clean-up
    # would have removed the parts of a batch the manifest lists.
    with DatasetWriter(tmp_path, "parquet", {}) as writer:
        for key in ("0000000-aaaaaaaaaaaa", "0000001-bbbbbbbbbbbb", "0000002-cccccccccccc"):
            write_batch_parts(tmp_path, "parquet", key, {})
        writer.record({"batch": "0000000-aaaaaaaaaaaa", "articles": 2})
        _append_manifest(tmp_path, {"batch": "0000001-bbbbbbbbbbbb", "articles": 2})  # record cut short
        (tmp_path / "quotes" / ".tmp-part-0000002-cccccccccccc.parquet.99").write_bytes(b"half")
        assert writer.kept == (2, 4)
        writer.discard_unfinished()
    assert_only_finished_parts(tmp_path)
    assert {e["batch"] for e in read_manifest(tmp_path)} == {"0000000-aaaaaaaaaaaa", "0000001-bbbbbbbbbbbb"}


# --- SIGTERM to a running extraction ------------------------------------------------


def test_sigterm_stops_the_run_in_one_line_and_the_same_command_resumes(inputs, baseline, tmp_path):
    out = tmp_path / "ds"
    cmd = extract_cmd(inputs, out, "--workers", "2")
    kept = 0
    # To the driver alone (`kill PID`, `docker stop`), then to the whole
    # process group (`timeout`, a batch scheduler's job step).
    for to_group in (False, True):
        proc = start(cmd)
        try:
            wait_for_batches(proc, out, kept + 2)
            if to_group:
                os.killpg(proc.pid, signal.SIGTERM)
            else:
                proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
        finally:
            stop(proc)
        assert proc.returncode == 143, err
        line = one_error_line(err)
        assert line.startswith("error: stopped by SIGTERM; ")
        assert line.endswith("; run the same command again to resume where it stopped")
        batches, articles = kept_in_line(line)
        assert batches == len(read_manifest(out)) >= kept + 2 and articles == 2 * batches
        assert_group_gone(proc.pid)
        assert_only_finished_parts(out)
        kept = batches

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "already done (resumed)" in done.stdout and "Traceback" not in done.stderr
    assert len(read_manifest(out)) == ARTICLES // 2
    assert_only_finished_parts(out)
    assert_same_dataset(baseline, out)


# --- a full disk --------------------------------------------------------------------

DISK_BYTES = 160 * 1024

_INJECTED_DISK = '''
"""Written by tests/test_faults.py: the dataset's file writes fail with
ENOSPC once the folder holds more than its limit, as on a small disk."""
import errno
import os

_root, _limit = os.environ["FAULTS_DISK_ROOT"], int(os.environ["FAULTS_DISK_BYTES"])

import extractor.dataset as _dataset

_real = _dataset._write_file


def _used():
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(_root) for f in fs)


def _write_file(table, path, fmt):
    _real(table, path, fmt)
    if _used() > _limit:
        os.unlink(path)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


_dataset._write_file = _write_file
'''


@dataclass
class SmallDisk:
    path: Path
    kind: str  # "tmpfs" | "injected"
    env: dict = field(default_factory=lambda: dict(os.environ))

    def grow(self) -> None:
        """Make room, as a user who freed space would."""
        if self.kind == "tmpfs":
            subprocess.run(["mount", "-o", "remount,size=16m", str(self.path)], check=True)
        else:
            self.env = dict(os.environ)


def _mount_tmpfs(path: Path, size: int) -> bool:
    if os.geteuid() != 0 or os.environ.get("EXTRACTOR_TEST_DISK") == "injected":
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path, record_property):
    path = tmp_path / "disk"
    path.mkdir()
    if _mount_tmpfs(path, DISK_BYTES):
        disk = SmallDisk(path, "tmpfs")
    else:
        hook = tmp_path / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(textwrap.dedent(_INJECTED_DISK), encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hook), env.get("PYTHONPATH")]))
        env.update(FAULTS_DISK_ROOT=str(path), FAULTS_DISK_BYTES=str(DISK_BYTES))
        disk = SmallDisk(path, "injected", env)
    record_property("small_disk", disk.kind)
    print(f"small disk: {disk.kind}")
    yield disk
    if disk.kind == "tmpfs":
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_disk_ends_in_one_line_and_the_resumed_run_equals_an_uninterrupted_one(inputs, baseline, small_disk):
    out = small_disk.path / "ds"
    cmd = extract_cmd(inputs, out, "--workers", "2")
    proc = start(cmd, env=small_disk.env)
    try:
        _, err = proc.communicate(timeout=300)
    finally:
        stop(proc)
    assert proc.returncode == 1, err
    line = one_error_line(err)
    assert line.startswith(f"error: cannot write {out.resolve()}"), line
    assert ": no space left on device; " in line
    assert line.endswith("; free some space, then run the same command again to resume")
    batches, articles = kept_in_line(line)
    assert 1 <= batches == len(read_manifest(out)) < ARTICLES // 2
    assert articles == 2 * batches
    assert_group_gone(proc.pid)
    assert_only_finished_parts(out)  # the failed batch's parts are gone

    small_disk.grow()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=small_disk.env)
    assert done.returncode == 0, done.stderr
    assert "already done (resumed)" in done.stdout
    assert_only_finished_parts(out)
    assert_same_dataset(baseline, out)


# --- a folder that cannot be written at all -----------------------------------------


@pytest.fixture
def unwritable(tmp_path):
    """A folder this user cannot write: a read-only tmpfs for root (whom
    permissions do not stop), a folder without write permission otherwise."""
    path = tmp_path / "ro"
    path.mkdir()
    if os.geteuid() != 0:
        path.chmod(0o555)
        yield path, "permission denied"
        path.chmod(0o755)
        return
    if not _mount_tmpfs(path, 64 * 1024):
        pytest.skip("root without the right to mount: no folder here refuses root's writes")
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
    yield path, "read-only file system"
    subprocess.run(["umount", "-l", str(path)], check=False)


def test_an_unwritable_output_folder_is_one_line_before_any_work(inputs, unwritable):
    folder, reason = unwritable
    result = CliRunner().invoke(app, ["extract", str(inputs), "--out", str(folder / "ds"), "-q"])
    assert result.exit_code == 1, result.output
    line = one_error_line(result.output)
    assert line.startswith(f"error: cannot write {folder / 'ds'}: {reason}; nothing was written; ")
    assert line.endswith(", then run the same command again")
