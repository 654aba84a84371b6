"""corpus/real/join.py: gold + cached texts -> evaluate input, with a clear word
for each text that is missing or changed. Texts here are our own."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "corpus" / "real" / "join.py"


def _setup(tmp_path, texts: dict[str, str], split="real-dev"):
    gold, cache = tmp_path / "gold", tmp_path / "cache"
    gold.mkdir()
    cache.mkdir()
    lines = []
    for art_id, text in texts.items():
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        (cache / f"{art_id}.txt").write_text(text, encoding="utf-8")
        lines.append(
            json.dumps(
                {
                    "id": art_id,
                    "split": split,
                    "source": f"https://example.org/{art_id}",
                    "query": f"query for {art_id}",
                    "text_sha256": digest,
                    "gold": {"trade_facts": [], "change_claims": [], "quotes": []},
                }
            )
        )
    (gold / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, cache


def _run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_join_puts_each_cached_text_beside_its_gold(tmp_path):
    gold, cache = _setup(tmp_path, {"a1": "Exports rose 5 percent.\n", "a2": "Rain is expected on Friday."})
    out = tmp_path / "joined.jsonl"
    done = _run("real-dev", "--gold", str(gold), "--cache", str(cache), "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in rows} == {
        "a1": "Exports rose 5 percent.\n",
        "a2": "Rain is expected on Friday.",
    }
    assert "2 of 2 real-dev articles" in done.stdout


def test_missing_and_changed_texts_are_named_with_the_query_that_refills_them(tmp_path):
    gold, cache = _setup(tmp_path, {"a1": "one", "a2": "two", "a3": "three"})
    (cache / "a1.txt").unlink()
    (cache / "a2.txt").write_text("two, edited", encoding="utf-8")
    out = tmp_path / "joined.jsonl"
    done = _run("real-dev", "--gold", str(gold), "--cache", str(cache), "--out", str(out))
    assert done.returncode == 1
    assert "a1: missing: a1.txt" in done.stderr and "query for a1" in done.stderr
    assert "a2: changed: a2.txt" in done.stderr
    assert "1 of 3" in done.stdout and "partial" in done.stdout
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a3"]
    assert (
        _run("real-dev", "--gold", str(gold), "--cache", str(cache), "--out", str(out), "--allow-missing").returncode
        == 0
    )


def test_status_counts_per_split(tmp_path):
    gold, cache = _setup(tmp_path, {"t1": "x"}, split="real-test")
    done = _run("--status", "--gold", str(gold), "--cache", str(cache))
    assert done.returncode == 0
    assert "real-test: 1 articles, 1 texts cached and unchanged" in done.stdout
    assert "real-dev: 0 articles" in done.stdout
