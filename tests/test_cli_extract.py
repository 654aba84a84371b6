"""`extractor extract` and `extractor export` as a user runs them: exit
codes, messages, the lock, the summary."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.dataset import acquire_lock, read_dataset, release_lock

runner = CliRunner()


def _write_corpus(path, n=6, bad_line=False):
    lines = []
    for i in range(n):
        text = (
            f"North Korea's exports to China rose to ${20 + i}.4 million in March 2025, "
            f'customs data showed. "Demand is rising," said Choi Hyun-woo, an analyst in Seoul {i}.'
        )
        lines.append(json.dumps({"id": f"a{i}", "published": "2025-04-18", "title": f"Trade {i}", "text": text}))
    if bad_line:
        lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _write_corpus(tmp_path_factory.mktemp("in") / "news.jsonl", bad_line=True)


@pytest.fixture(scope="module")
def extracted(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "ds"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--format", "csv", "-q"])
    return out, result


def test_extract_writes_the_dataset_and_prints_a_summary(extracted):
    out, result = extracted
    assert result.exit_code == 0, result.output
    for label in ("articles ok", "articles failed", "amounts", "trade facts", "change claims", "quotes", "time"):
        assert label in result.output
    tables = read_dataset(out)
    assert (out / "articles").is_dir() and list((out / "articles").glob("part-*.csv"))
    arts = tables["articles"]
    assert len(arts) == 7 and (arts["status"] == "error").sum() == 1
    assert len(tables["amounts"]) >= 6


def test_a_failed_article_is_listed_and_strict_makes_it_exit_1(corpus, extracted):
    out, result = extracted
    assert "First failed articles" in result.output
    strict = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--format", "csv", "--strict", "-q"])
    assert strict.exit_code == 1
    assert "--strict" in strict.output


def test_rerun_resumes_and_a_changed_command_is_refused(corpus, extracted):
    out, _ = extracted
    again = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--format", "csv", "-q"])
    assert again.exit_code == 0 and "already done (resumed)" in again.output
    other = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--format", "parquet", "-q"])
    assert other.exit_code == 2 and "--overwrite" in other.output


def test_bad_published_date_exits_2_with_a_message(corpus, tmp_path):
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--published", "2025-02-30"])
    assert result.exit_code == 2
    assert "--published" in result.output and "2025-02-30" in result.output
    assert not (tmp_path / "o").exists()


def test_nothing_readable_exits_1(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["extract", str(empty), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 1
    assert "no articles found" in result.output
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = runner.invoke(app, ["extract", str(binary), "--out", str(tmp_path / "o2"), "-q"])
    assert result.exit_code == 1
    assert "could be read" in result.output


def test_missing_input_and_unknown_model_exit_2(corpus, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such file" in result.output
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--model", "no_such_model_xx"])
    assert result.exit_code == 2 and "no_such_model_xx" in result.output


def test_second_run_into_a_locked_folder_is_refused(corpus, tmp_path):
    out = tmp_path / "busy"
    out.mkdir()
    fd = acquire_lock(out)  # as a first run would hold it
    try:
        result = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "-q"])
    finally:
        release_lock(fd)
    assert result.exit_code == 1
    assert "being written by another extractor run" in result.output
    assert f"pid {os.getpid()}" in result.output
    assert not (out / "_manifest.jsonl").exists()


def test_export_compacts_to_one_file_per_table(extracted, tmp_path):
    out, _ = extracted
    result = runner.invoke(app, ["export", str(out), "--format", "parquet", "--out", str(tmp_path / "flat")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "flat" / "articles.parquet").exists()
    assert (tmp_path / "flat" / "trade_facts.parquet").exists()
    assert len(read_dataset(tmp_path / "flat")["articles"]) == 7
    one = runner.invoke(app, ["export", str(out), "-f", "jsonl", "-o", str(tmp_path / "q.jsonl"), "--table", "quotes"])
    assert one.exit_code == 0, one.output
    assert (tmp_path / "q.jsonl").exists()
    bad = runner.invoke(app, ["export", str(out), "-f", "csv", "-o", str(tmp_path / "x"), "--table", "nope"])
    assert bad.exit_code == 2 and "no table nope" in bad.output
