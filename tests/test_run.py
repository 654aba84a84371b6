"""extractor.run: the batch run on the real pipeline — engines agree, a
killed run resumed equals an uninterrupted one, timeouts are error rows.

Articles are generated here (short, so each run costs little more than the
workers' model load)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from extractor.dataset import MANIFEST, read_dataset, read_manifest
from extractor.records import Article
from extractor.run import batch_key, iter_batches, run_articles

PARTNERS = ["China", "Russia", "Japan", "South Korea", "Vietnam"]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def make_text(i: int, sentences: int = 3) -> str:
    partner = PARTNERS[i % len(PARTNERS)]
    month = MONTHS[i % len(MONTHS)]
    parts = [
        f"Report {i}: North Korea's trade with {partner} reached ${100 + i}.{i % 10} million in {month} 2025, "
        f"up {5 + i % 20} percent from a year earlier, customs figures showed.",
        f'"The rise reflects seasonal demand," said Park Min-su, a researcher at the Institute {i}.',
    ]
    for k in range(sentences - 2):
        parts.append(f"Exports of item {k} to {partner} were worth about ${k + 1}.5 million in {month}.")
    return " ".join(parts)


def make_articles(n: int, sentences: int = 3) -> list[Article]:
    return [
        Article(text=make_text(i, sentences), source=f"gen/{i:03d}.txt", source_id=f"{i:03d}", published="2025-07-15")
        for i in range(n)
    ]


def sorted_tables(root: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name, df in read_dataset(root).items():
        df = df.sort_values(list(df.columns)).reset_index(drop=True) if len(df) else df
        out[name] = df
    return out


def assert_same_dataset(a: Path, b: Path) -> None:
    ta, tb = sorted_tables(a), sorted_tables(b)
    assert set(ta) == set(tb)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    out = tmp_path_factory.mktemp("baseline") / "ds"
    summary = run_articles(make_articles(12), out, batch_size=4, workers=1, settings={"inputs": ["gen"]})
    return out, summary


# --- batches ------------------------------------------------------------------------


def test_batch_keys_follow_input_order_and_content():
    arts = make_articles(5)
    jobs = list(iter_batches(iter(arts), 2))
    assert [len(j.articles) for j in jobs] == [2, 2, 1]
    assert [j.key[:7] for j in jobs] == ["0000000", "0000001", "0000002"]
    assert [j.key for j in iter_batches(iter(make_articles(5)), 2)] == [j.key for j in jobs]
    changed = [arts[0], Article(text="Another text.", source="x")]
    assert batch_key(0, changed) != jobs[0].key


# --- one run ------------------------------------------------------------------------


def test_run_writes_every_table_and_counts_them(baseline):
    out, s = baseline
    tables = read_dataset(out)
    assert s.articles_ok == 12 and s.articles_failed == 0
    assert len(tables["articles"]) == 12
    assert s.amounts == len(tables["amounts"]) > 0
    assert s.trade_facts == len(tables["trade_facts"])
    assert s.quotes == len(tables["quotes"])
    assert s.batches == 3 and len(read_manifest(out)) == 3
    # Rows come back in input order, whatever order the batches finished in.
    assert tables["articles"]["source_id"].tolist() == [f"{i:03d}" for i in range(12)]
    assert "experts" in tables and s.experts == len(tables["experts"])


def test_rerun_of_the_same_command_skips_every_batch(baseline, tmp_path):
    out, first = baseline
    again = run_articles(make_articles(12), out, batch_size=4, workers=1, settings={"inputs": ["gen"]})
    assert again.batches_skipped == 3 and again.articles_skipped == 12
    assert (again.articles_ok, again.quotes) == (first.articles_ok, first.quotes)


def test_two_workers_give_the_same_dataset_as_one(baseline, tmp_path):
    out, _ = baseline
    two = tmp_path / "two"
    run_articles(make_articles(12), two, batch_size=2, workers=2, settings={"inputs": ["gen"]})
    assert_same_dataset(out, two)


def test_dask_engine_on_a_local_cluster_gives_the_same_dataset(baseline, tmp_path):
    out, _ = baseline
    dask_out = tmp_path / "dask"
    s = run_articles(make_articles(12), dask_out, batch_size=4, workers=2, engine="dask", settings={"inputs": ["gen"]})
    assert s.engine == "dask" and s.articles_ok == 12
    assert_same_dataset(out, dask_out)


def test_article_timeout_turns_a_pathological_article_into_an_error_row(tmp_path):
    arts = make_articles(5)
    # ~100k characters: seconds of parsing, far over a 1 s budget, while a
    # short article takes milliseconds.
    arts.insert(2, Article(text=make_text(99, sentences=1500), source="gen/long.txt", source_id="long"))
    s = run_articles(arts, tmp_path / "ds", batch_size=3, workers=1, article_timeout=1.0, settings={})
    rows = read_dataset(tmp_path / "ds")["articles"].set_index("source_id")
    assert rows.loc["long", "status"] == "error"
    assert "timed out" in rows.loc["long", "error"]
    assert (rows.drop(index="long")["status"] == "ok").all()
    assert (s.articles_ok, s.articles_failed) == (5, 1)
    assert s.errors[0][0] == "gen/long.txt#long"


# --- a killed run, resumed ----------------------------------------------------------


def _extract_cmd(inputs: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", str(inputs), "--out", str(out), "--batch-size", "2", "-q"]


def test_sigkilled_run_resumed_equals_an_uninterrupted_run(tmp_path):
    inputs = tmp_path / "articles"
    inputs.mkdir()
    for i in range(40):
        (inputs / f"{i:03d}.txt").write_text(make_text(i, sentences=4), encoding="utf-8")
    full, killed = tmp_path / "full", tmp_path / "killed"

    proc = subprocess.Popen(
        _extract_cmd(inputs, killed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    manifest = killed / MANIFEST
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 1:
            break
        time.sleep(0.01)
    assert proc.poll() is None, proc.stderr.read().decode()
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its workers, mid-run
    proc.wait()
    proc.stderr.close()
    done = len(read_manifest(killed))
    assert 1 <= done < 20
    # What a kill can leave behind, made certain: a half-written temporary
    # file and the parts of a batch that never reached the manifest.
    (killed / "quotes" / ".tmp-part-0000019-000000000000.parquet.1").write_bytes(b"PAR1 half")
    (killed / "articles" / "part-0000019-000000000000.parquet").write_bytes(b"not a finished part")

    # The resumed run and an uninterrupted one, side by side.
    runs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for cmd in (_extract_cmd(inputs, killed), _extract_cmd(inputs, full))
    ]
    (resumed_out, resumed_err), (_, full_err) = (p.communicate(timeout=300) for p in runs)
    assert runs[0].returncode == 0, resumed_err
    assert runs[1].returncode == 0, full_err
    assert "already done (resumed)" in resumed_out

    assert len(read_manifest(killed)) == 20
    assert not list(killed.glob("*/.tmp-*"))
    assert not (killed / "articles" / "part-0000019-000000000000.parquet").exists()
    assert_same_dataset(full, killed)
    assert len(read_dataset(killed)["articles"]) == 40
