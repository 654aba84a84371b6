"""corpus/real/agreement.py: a second annotation scored against the first with
the measures of `extractor evaluate`. Texts here are our own."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "corpus" / "real" / "agreement.py"

TEXT = "Exports to Chile rose 5 percent to $12 million in March, and imports fell to $3 million.\n"
FACTS = [
    {
        "value": 12_000_000,
        "currency": "USD",
        "flow": "export",
        "economy": "KOR",
        "partner": "CHL",
        "period_start": "2024-03-01",
        "period_end": "2024-03-31",
        "period_label": "2024-03",
    },
    {
        "value": 3_000_000,
        "currency": "USD",
        "flow": "import",
        "economy": "KOR",
        "partner": "CHL",
        "period_start": "2024-03-01",
        "period_end": "2024-03-31",
        "period_label": "2024-03",
    },
]


def _setup(tmp_path, second_facts):
    gold, cache = tmp_path / "gold", tmp_path / "cache"
    gold.mkdir()
    cache.mkdir()
    (cache / "a1.txt").write_text(TEXT, encoding="utf-8")
    first = {
        "id": "a1",
        "split": "real-dev",
        "published": "2024-04-15",
        "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        "gold": {"trade_facts": FACTS, "change_claims": [], "quotes": []},
    }
    (gold / "batch.jsonl").write_text(json.dumps(first) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "a1", "annotator": "b", "gold": {"trade_facts": second_facts}}) + "\n")
    return gold, cache, second


def _cells(stdout: str, label: str) -> list[str]:
    line = next(x for x in stdout.splitlines() if label in x)
    return [c.strip() for c in line.strip().strip("│").split("│")]


def _run(gold, cache, second):
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(second), "--gold", str(gold), "--cache", str(cache)],
        capture_output=True,
        text=True,
        env={"COLUMNS": "200", "PATH": ""},
    )


def test_identical_annotations_agree_fully(tmp_path):
    done = _run(*_setup(tmp_path, FACTS))
    assert done.returncode == 0, done.stderr
    assert "│ trade facts (value)" in done.stdout
    assert _cells(done.stdout, "trade facts (fully right)")[6] == "1.000"


def test_a_fact_read_with_another_period_is_matched_but_not_fully_right(tmp_path):
    other = [
        FACTS[0],
        {**FACTS[1], "period_start": "2024-01-01", "period_end": "2024-03-31", "period_label": "2024-Q1"},
    ]
    done = _run(*_setup(tmp_path, other))
    assert done.returncode == 0, done.stderr
    assert _cells(done.stdout, "trade facts (value)")[6] == "1.000"
    assert _cells(done.stdout, "trade facts (fully right)")[6] == "0.500"
    assert _cells(done.stdout, "trade facts: period")[3] == "0.500"


def test_an_article_without_its_text_is_left_out_and_named(tmp_path):
    gold, cache, second = _setup(tmp_path, FACTS)
    (cache / "a1.txt").unlink()
    done = _run(gold, cache, second)
    assert done.returncode == 0
    assert "left out: a1: missing: a1.txt" in done.stderr
