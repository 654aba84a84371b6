"""extractor.dataset: formats, schemas, CSV escaping, part layout, manifest,
lock, export. Real files in tmp_path; rows built here."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extractor.dataset import (
    FORMATS,
    MANIFEST,
    DatasetError,
    DatasetLocked,
    DatasetWriter,
    acquire_lock,
    export_dataset,
    neutralise_cell,
    read_dataset,
    read_manifest,
    release_lock,
    restore_cell,
    write_batch_parts,
    write_table,
)
from extractor.records import ALL_TABLES, TABLES


def _quote(i: int, text: str = "Trade will recover", speaker: str = "Lee Jae-won") -> dict:
    return {
        "article_id": f"art{i}",
        "quote_id": f"art{i}-q1",
        "speaker": speaker,
        "role": "economist",
        "affiliation": "",
        "text": text,
        "kind": "direct",
        "cue": "said",
        "speaker_type": "person",
        "start": 10 * i,
        "end": 10 * i + 5,
    }


def _amount(i: int, value: float | None = 222100000.0) -> dict:
    return {
        "article_id": f"art{i}",
        "amount_id": f"art{i}-a1",
        "sentence_id": 0,
        "start": 3,
        "end": 17,
        "text": "$222.1 million",
        "value": value,
        "currency": "USD",
        "qualifier": "",
        "value_high": None,
        "converts_amount_id": "",
        "is_trade": i % 2 == 0,
    }


def _batch_tables(first: int, n: int) -> dict[str, list[dict]]:
    return {
        "articles": [
            {"article_id": f"art{i}", "source": f"{i}.txt", "n_chars": 100 + i, "status": "ok", "repaired": False}
            for i in range(first, first + n)
        ],
        "amounts": [_amount(i) for i in range(first, first + n)],
        "quotes": [_quote(i) for i in range(first, first + n)],
    }


# --- formats and schemas -----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_exact_schema_and_values(tmp_path, fmt):
    quotes = [
        _quote(1),
        _quote(2, text='He said "no", then left;\nnew line, é ü 中', speaker='=HYPERLINK("http://x")'),
    ]
    amounts = [_amount(1, 1.2e12), _amount(2, 0.1)]
    write_table(tmp_path, "quotes", quotes, fmt)
    write_table(tmp_path, "amounts", amounts, fmt)
    tables = read_dataset(tmp_path)
    for name in ("quotes", "amounts"):
        assert list(tables[name].columns) == list(ALL_TABLES[name])
    got = tables["quotes"].to_dict("records")
    assert [q["text"] for q in got] == [q["text"] for q in quotes]
    assert got[1]["speaker"] == '=HYPERLINK("http://x")'
    assert tables["quotes"]["start"].dtype == "int64"
    a = tables["amounts"]
    assert a["value"].tolist() == [1.2e12, 0.1]
    assert a["is_trade"].tolist() == [False, True]
    assert a["sentence_id"].dtype == "int64"
    assert all(math.isnan(v) for v in a["value_high"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_table_exists_with_its_columns_when_empty(tmp_path, fmt):
    write_table(tmp_path, "quotes", [], fmt)
    tables = read_dataset(tmp_path)
    assert set(TABLES) <= set(tables)
    for name in TABLES:
        assert tables[name].empty
        assert list(tables[name].columns) == list(TABLES[name])


@pytest.mark.parametrize("fmt", FORMATS)
def test_all_formats_read_back_to_equal_frames(tmp_path, fmt):
    rows = [_quote(i, text=t) for i, t in enumerate(["-24 percent", "'quoted'", "+1", "@home", "\tx", "plain"])]
    write_table(tmp_path / "parquet", "quotes", rows, "parquet")
    write_table(tmp_path / fmt, "quotes", rows, fmt)
    pd.testing.assert_frame_equal(read_dataset(tmp_path / fmt)["quotes"], read_dataset(tmp_path / "parquet")["quotes"])


def test_missing_text_is_empty_string_not_null(tmp_path):
    write_table(tmp_path, "quotes", [{"article_id": "a", "speaker": "Kim"}], "parquet")
    q = read_dataset(tmp_path)["quotes"]
    assert q.loc[0, "role"] == ""


def test_write_table_defaults_to_the_datasets_format_and_keeps_one_copy(tmp_path):
    write_table(tmp_path, "quotes", [_quote(1)], "jsonl")
    write_table(tmp_path, "experts", [{"speaker": "Lee", "n_quotes": 2}])
    assert (tmp_path / "experts.jsonl").exists()
    write_table(tmp_path, "experts", [{"speaker": "Lee", "n_quotes": 3}], "csv")
    assert not (tmp_path / "experts.jsonl").exists()
    assert read_dataset(tmp_path)["experts"]["n_quotes"].tolist() == [3]


def test_write_table_accepts_a_dataframe(tmp_path):
    df = pd.DataFrame({"speaker": ["Lee", "Park"], "n_quotes": [2.0, 1.0], "extra": [1, 2]})
    write_table(tmp_path, "experts", df, "parquet")
    experts = read_dataset(tmp_path)["experts"]
    assert list(experts.columns) == list(ALL_TABLES["experts"])
    assert experts["n_quotes"].tolist() == [2, 1]


# --- CSV injection -------------------------------------------------------------


FORMULAS = ["=1+1", "+CMD", "-2+3", "@SUM(A1)", "\t=x", "\r=x", "'=x"]


def test_csv_cells_that_start_a_formula_get_an_apostrophe(tmp_path):
    rows = [_quote(i, text=t) for i, t in enumerate(FORMULAS)]
    rows.append(_quote(99, text="Trade rose"))
    path = write_table(tmp_path, "quotes", rows, "csv")
    raw = path.read_bytes().decode("utf-8-sig")  # bytes: keep the \r as written
    for t in FORMULAS:
        assert f'"\'{t}"' in raw
    assert '"Trade rose"' in raw
    # Numbers stay numbers: the offsets are bare, unescaped.
    assert ",990,995\n" in raw or ",990,995\r\n" in raw


def test_csv_escape_reads_back_exactly(tmp_path):
    rows = [_quote(i, text=t) for i, t in enumerate(FORMULAS + ["'tis", "''=y"])]
    write_table(tmp_path, "quotes", rows, "csv")
    assert read_dataset(tmp_path)["quotes"]["text"].tolist() == FORMULAS + ["'tis", "''=y"]


def test_parquet_and_jsonl_keep_formula_text_unescaped(tmp_path):
    rows = [_quote(i, text=t) for i, t in enumerate(FORMULAS)]
    p = write_table(tmp_path / "p", "quotes", rows, "parquet")
    assert pq.read_table(p).column("text").to_pylist() == FORMULAS
    j = write_table(tmp_path / "j", "quotes", rows, "jsonl")
    assert [json.loads(line)["text"] for line in j.read_text().splitlines()] == FORMULAS


def test_neutralise_is_reversible():
    for t in FORMULAS + ["", "'", "''", "'a", "a=b", "-", "''''-"]:
        assert restore_cell(neutralise_cell(t)) == t
        assert not neutralise_cell(t).startswith(tuple("=+-@\t\r"))


# --- part layout, manifest, resume -------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_parts_read_in_batch_order_like_single_files(tmp_path, fmt):
    root = tmp_path / "ds"
    with DatasetWriter(root, fmt, {"inputs": ["x"]}) as w:
        # Finished out of order: reading follows the batch keys.
        for key, first in (("0000001-bbbb", 3), ("0000000-aaaa", 0)):
            counts = write_batch_parts(root, fmt, key, _batch_tables(first, 3))
            w.record({"batch": key, "articles": 3, "rows": counts})
    assert (root / "quotes" / f"part-0000000-aaaa.{fmt}").exists()
    assert (root / "trade_facts" / f"part-0000001-bbbb.{fmt}").exists()  # empty parts too
    tables = read_dataset(root)
    assert tables["articles"]["article_id"].tolist() == [f"art{i}" for i in range(6)]
    assert tables["trade_facts"].empty and list(tables["trade_facts"].columns) == list(TABLES["trade_facts"])
    single = tmp_path / "single"
    for name, rows in _batch_tables(0, 6).items():
        write_table(single, name, rows, fmt)
    for name in ("articles", "amounts", "quotes"):
        pd.testing.assert_frame_equal(tables[name], read_dataset(single)[name])


def test_parts_of_a_batch_missing_from_the_manifest_are_ignored(tmp_path):
    root = tmp_path / "ds"
    with DatasetWriter(root, "parquet", {}) as w:
        counts = write_batch_parts(root, "parquet", "0000000-aaaa", _batch_tables(0, 2))
        w.record({"batch": "0000000-aaaa", "articles": 2, "rows": counts})
        # Killed after writing its parts but before the manifest line:
        write_batch_parts(root, "parquet", "0000001-bbbb", _batch_tables(2, 2))
    assert read_dataset(root)["articles"]["article_id"].tolist() == ["art0", "art1"]


def test_torn_manifest_line_is_not_a_finished_batch_and_is_cut(tmp_path):
    root = tmp_path / "ds"
    with DatasetWriter(root, "jsonl", {}) as w:
        w.record({"batch": "0000000-aaaa", "articles": 1})
    with open(root / MANIFEST, "a") as fh:
        fh.write('{"batch": "0000001-bb')
    assert [e["batch"] for e in read_manifest(root)] == ["0000000-aaaa"]
    with DatasetWriter(root, "jsonl", {}) as w:
        assert set(w.done) == {"0000000-aaaa"}
        w.record({"batch": "0000001-cccc", "articles": 1})
    assert [e["batch"] for e in read_manifest(root)] == ["0000000-aaaa", "0000001-cccc"]


def test_resume_refuses_a_different_command_and_overwrite_clears(tmp_path):
    root = tmp_path / "ds"
    with DatasetWriter(root, "parquet", {"batch_size": 8}) as w:
        w.record({"batch": "0000000-aaaa", "articles": 1})
    with pytest.raises(DatasetError, match="different command.*batch_size"):
        DatasetWriter(root, "parquet", {"batch_size": 4}).open()
    with pytest.raises(DatasetError, match="already holds a dataset"):
        DatasetWriter(root, "parquet", {"batch_size": 8}, resume=False).open()
    (root / "notes.txt").write_text("mine")
    with DatasetWriter(root, "csv", {"batch_size": 4}, overwrite=True) as w:
        assert w.done == {}
    assert read_manifest(root) == []
    assert (root / "notes.txt").read_text() == "mine"  # only the dataset's own files go


def test_temp_files_of_a_killed_writer_are_removed(tmp_path):
    root = tmp_path / "ds"
    (root / "quotes").mkdir(parents=True)
    (root / "quotes" / ".tmp-part-0000000-aaaa.parquet.123").write_bytes(b"half a file")
    with DatasetWriter(root, "parquet", {}):
        pass
    assert list((root / "quotes").iterdir()) == []


def test_finish_keeps_only_the_runs_batches(tmp_path):
    root = tmp_path / "ds"
    with DatasetWriter(root, "parquet", {}) as w:
        for key, first in (("0000000-aaaa", 0), ("0000001-old0", 2), ("0000001-bbbb", 4)):
            w.record(
                {"batch": key, "articles": 2, "rows": write_batch_parts(root, "parquet", key, _batch_tables(first, 2))}
            )
        w.finish(["0000000-aaaa", "0000001-bbbb"])
    assert [e["batch"] for e in read_manifest(root)] == ["0000000-aaaa", "0000001-bbbb"]
    assert not (root / "articles" / "part-0000001-old0.parquet").exists()
    assert read_dataset(root)["articles"]["article_id"].tolist() == ["art0", "art1", "art4", "art5"]


# --- lock ---------------------------------------------------------------------


def test_second_writer_is_refused_with_the_holders_pid(tmp_path):
    root = tmp_path / "ds"
    with DatasetWriter(root, "parquet", {}):
        with pytest.raises(DatasetLocked, match=f"another extractor run \\(pid {os.getpid()} "):
            DatasetWriter(root, "parquet", {}).open()
    with DatasetWriter(root, "parquet", {}):  # released on close
        pass


def test_lock_of_a_dead_process_is_taken_over(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    code = (
        "import os, sys\n"
        "from extractor.dataset import acquire_lock\n"
        "acquire_lock(sys.argv[1]); os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(root)], check=False)
    assert "pid" in (root / ".lock").read_text()  # it left its pid behind
    fd = acquire_lock(root)
    assert f"pid {os.getpid()}" in (root / ".lock").read_text()
    release_lock(fd)


# --- export ---------------------------------------------------------------------


def _part_dataset(root, fmt="parquet"):
    with DatasetWriter(root, fmt, {}) as w:
        for n in range(3):
            key = f"{n:07d}-k{n}"
            w.record({"batch": key, "articles": 2, "rows": write_batch_parts(root, fmt, key, _batch_tables(2 * n, 2))})
    write_table(root, "experts", [{"speaker": "Lee Jae-won", "n_quotes": 6}])
    return root


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_compacts_parts_into_one_file_per_table(tmp_path, fmt):
    src = _part_dataset(tmp_path / "ds")
    written = export_dataset(src, fmt, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{n}.{fmt}" for n in [*TABLES, "experts"])
    before, after = read_dataset(src), read_dataset(tmp_path / "out")
    assert set(before) == set(after)
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])


def test_export_one_table_to_a_file(tmp_path):
    src = _part_dataset(tmp_path / "ds")
    (path,) = export_dataset(src, "csv", tmp_path / "quotes.csv", tables=["quotes"])
    assert path.read_text(encoding="utf-8-sig").count("\n") == 1 + 6
    with pytest.raises(DatasetError, match="single file"):
        export_dataset(src, "csv", tmp_path / "all.csv")
    with pytest.raises(DatasetError, match=r"does not end in \.parquet"):
        export_dataset(src, "parquet", tmp_path / "q.csv", tables=["quotes"])
