"""Faults on the Dask engine (issue 16), on a real cluster started here as
a user starts one (`dask scheduler`, `dask worker --nworkers 2`): a worker
lost mid-run has its batch redone by another worker; a scheduler that goes
away ends the run in one line, and the same command resumes on a new
cluster, whose summary counts that cluster's workers."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from faults_support import (
    ARTICLES,
    assert_same_dataset,
    extract_cmd,
    kept_in_line,
    one_error_line,
    shared_inputs,
    start,
    stop,
    wait_for_batches,
)

from extractor.dataset import TABLES, part_path, read_manifest

pytest.importorskip("distributed")

DASK = str(Path(sys.executable).with_name("dask"))


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen
    workers: subprocess.Popen
    pids: dict[str, int]  # worker address -> process id


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_cluster() -> Cluster:
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"], **quiet
    )
    workers = subprocess.Popen(
        [DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], **quiet
    )
    with Client(address, timeout="60s") as client:
        client.wait_for_workers(2, timeout=60)
        pids = client.run(os.getpid)
    return Cluster(address, scheduler, workers, pids)


@pytest.fixture
def clusters():
    """Start clusters on demand; every one is gone after the test."""
    started: list[Cluster] = []

    def make() -> Cluster:
        started.append(_start_cluster())
        return started[-1]

    yield make
    for c in started:
        stop(c.workers)
        stop(c.scheduler)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    return shared_inputs(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    return shared_inputs(tmp_path_factory)[1]


def _kill_a_busy_worker(cluster: Cluster) -> tuple[int, str]:
    """SIGKILL a worker in the middle of a batch; returns its pid and the
    batch's key. Both workers are paused while the scheduler is asked, so
    that the batch cannot finish between the question and the kill."""
    from distributed import Client

    for pid in cluster.pids.values():
        os.kill(pid, signal.SIGSTOP)
    try:
        time.sleep(0.3)  # messages already sent reach the scheduler
        with Client(cluster.address) as client:
            processing = client.processing()
        address, keys = next((w, k) for w, k in processing.items() if k and w in cluster.pids)
        victim = cluster.pids[address]
        os.kill(victim, signal.SIGKILL)
    finally:
        for pid in cluster.pids.values():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
    return victim, str(keys[0]).split("-", 2)[2]  # extract-<run>-<batch key>


def _pause_workers(cluster: Cluster) -> None:
    for pid in cluster.pids.values():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGSTOP)


def _resume_workers(cluster: Cluster) -> None:
    for pid in cluster.pids.values():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def test_lost_worker_is_redone_elsewhere(inputs, baseline, tmp_path, clusters):
    out = tmp_path / "ds"
    first = clusters()
    proc = start(extract_cmd(inputs, out, "--scheduler", first.address))
    try:
        wait_for_batches(proc, out, 2)
        victim, batch = _kill_a_busy_worker(first)
        _, err = proc.communicate(timeout=300)
    finally:
        stop(proc)
    assert proc.returncode == 0, err
    # The killed worker's batch was finished by another worker, and nothing is lost.
    entry = next(e for e in read_manifest(out) if e["batch"] == batch)
    assert entry["ok"] == 2 and not entry["worker"].endswith(f":{victim}")
    assert_same_dataset(baseline, out)


def test_lost_scheduler_is_one_line_and_a_new_cluster_resumes(inputs, baseline, tmp_path, clusters):
    # Regression: with the scheduler killed only after a redone batch, a fast
    # machine could finish the whole run first (exit 0, nothing to resume).
    # The workers are paused while the scheduler goes away, so work is left.
    out = tmp_path / "ds"
    first = clusters()
    proc = start(extract_cmd(inputs, out, "--scheduler", first.address))
    try:
        wait_for_batches(proc, out, 2)
        _pause_workers(first)
        try:
            os.kill(first.scheduler.pid, signal.SIGKILL)
            _, err = proc.communicate(timeout=120)
        finally:
            _resume_workers(first)
    finally:
        stop(proc)
    assert proc.returncode == 1, err
    line = one_error_line(err)
    assert line.startswith(f"error: lost the Dask scheduler at {first.address} mid-run; ")
    assert line.endswith("; run the same command again to resume once it is back")
    batches, _ = kept_in_line(line)
    assert batches == len(read_manifest(out)) < ARTICLES // 2
    for e in read_manifest(out):  # every batch it lists is whole
        assert all(part_path(out, name, e["batch"], "parquet").exists() for name in TABLES)

    second = clusters()
    done = subprocess.run(
        extract_cmd(inputs, out, "--scheduler", second.address), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "already done (resumed)" in done.stdout
    # Regression: the summary said "1 worker(s)" (the --workers default)
    # for a cluster of 2.
    assert "dask, 2 worker(s)" in done.stdout
    assert_same_dataset(baseline, out)


def test_scheduler_lost_between_finished_and_fetched_is_cluster_lost(clusters):
    # Regression (CI at 9e1478c): a batch the scheduler had called finished
    # was fetched after the scheduler was killed; the gather's CommClosedError
    # reached the user as a traceback instead of the one-line ClusterLost.
    from distributed import Client, wait

    from extractor.run import ClusterLost, _finished_result

    cluster = clusters()
    client = Client(cluster.address, timeout="30s")
    try:
        fut = client.submit(sum, [1, 2], pure=False)
        wait([fut], timeout=60)
        assert fut.status == "finished"
        os.kill(cluster.scheduler.pid, signal.SIGKILL)
        cluster.scheduler.wait(timeout=30)
        with pytest.raises(ClusterLost, match="lost the test scheduler mid-run"):
            _finished_result(client, fut, "the test scheduler")
    finally:
        with contextlib.suppress(Exception):
            client.close(timeout=5)
