"""Shared by the fault tests (test_faults*.py): articles we write ourselves,
the `extractor extract` command as a user runs it, and what a stopped run
must leave behind. Not a test module itself."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from extractor.dataset import MANIFEST, TABLES, read_dataset, read_manifest

ARTICLES = 24  # 12 batches of 2: enough to be stopped twice mid-run

PARTNERS = ["China", "Russia", "Japan", "Vietnam"]
MONTHS = ["January", "February", "March", "April", "May"]


def write_inputs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        partner, month = PARTNERS[i % len(PARTNERS)], MONTHS[i % len(MONTHS)]
        text = (
            f"Note {i}: North Korea's trade with {partner} came to ${40 + i}.{i % 10} million in {month} 2025, "
            f"up {3 + i % 17} percent on a year earlier, according to customs figures. "
            f'"Border traffic picked up," said Han Ji-won, an economist at the Institute {i}. '
            f"Shipments of fabric to {partner} were worth about ${i % 7 + 1}.2 million in {month}."
        )
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def shared_inputs(tmp_path_factory) -> tuple[Path, Path]:
    """The articles every fault test reads, and the dataset an uninterrupted
    run makes of them: made once per session (a run costs seconds)."""
    from extractor.run import run_extract

    base = tmp_path_factory.getbasetemp() / "faults-shared"
    inputs, baseline = base / "articles", base / "baseline"
    if not (baseline / MANIFEST).exists():
        write_inputs(inputs, ARTICLES)
        summary = run_extract([str(inputs)], baseline, batch_size=2, workers=1)
        assert summary.articles_ok == ARTICLES, summary.errors[:3]
    return inputs, baseline


def extract_cmd(inputs: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "extractor",
        "extract",
        str(inputs),
        "--out",
        str(out),
        "--batch-size",
        "2",
        "-q",
        *extra,
    ]


def start(cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    # A session of its own, as a shell job or a scheduler's job step has: a
    # signal to the group reaches the driver and its workers.
    return subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env
    )


def manifest_lines(out: Path) -> int:
    try:
        return (out / MANIFEST).read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def wait_for_batches(proc: subprocess.Popen, out: Path, n: int, timeout: float = 120) -> None:
    """Until ``n`` batches are in the manifest; the run must still be going."""
    deadline = time.monotonic() + timeout
    while manifest_lines(out) < n:
        assert proc.poll() is None, f"the run ended before {n} batches: {proc.communicate()[1]}"
        assert time.monotonic() < deadline, f"no {n} batches after {timeout} s"
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be stopped; give it more input"


def group_members(pgid: int) -> list[int]:
    """Processes still alive in process group ``pgid`` (zombies excluded)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry))
    return found


def assert_group_gone(pgid: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not group_members(pgid), "workers outlived the run"


def one_error_line(stderr: str) -> str:
    """The run's whole word on stderr: one line, no traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: "), stderr
    return lines[0]


KEPT = re.compile(r"(\d+) finished batch(?:es)? \((\d+) articles?\) (?:is|are) kept in ")


def kept_in_line(line: str) -> tuple[int, int]:
    m = KEPT.search(line)
    assert m, line
    return int(m.group(1)), int(m.group(2))


def assert_only_finished_parts(out: Path) -> None:
    """The manifest and the part files agree: every batch in the manifest has
    its part of every table, nothing else is there (no part of a batch that
    failed or was cut short, no temporary file)."""
    done = {e["batch"] for e in read_manifest(out)}
    assert not list(out.glob("**/.tmp-*"))
    for name in TABLES:
        keys = {p.name[len("part-") :].rsplit(".", 1)[0] for p in (out / name).glob("part-*")}
        assert keys == done, name


def sorted_tables(root: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name, df in read_dataset(root).items():
        out[name] = df.sort_values(list(df.columns)).reset_index(drop=True) if len(df) else df
    return out


def assert_same_dataset(a: Path, b: Path) -> None:
    ta, tb = sorted_tables(a), sorted_tables(b)
    assert set(ta) == set(tb)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def stop(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    """Teardown: end a process group the test started, if still there."""
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass
    proc.wait()
