"""corpus/validate_gold.py on records of real articles: no `text` in the record,
the text read from the cache through corpus/real/join.py. Texts here are our own."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "corpus" / "validate_gold.py"

TEXT = (
    "Widget Weekly\n"
    "Exports of the republic to its neighbour rose 4.2 percent to $1.5 billion in March, "
    "the statistics office said.\n"
    "''Demand held up better than we feared,'' said Mara Lind, an economist at Northfield Bank.\n"
    'The outlook, she added, "depends on freight rates and on the harv'
)


@pytest.fixture(scope="module")
def vg():
    spec = importlib.util.spec_from_file_location("validate_gold", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(text: str = TEXT, **changes) -> dict:
    rec = {
        "id": "rx-001", "split": "real-dev", "batch": "real-dev-x", "annotator": "annotator-x",
        "source": "https://example.org/widgets", "query": "widget exports rose percent", "rank": 2,
        "title": "", "published": "2024-04-15", "outlet": "Widget Weekly", "kind": "wire",
        "pair": ["KOR", "JPN"], "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "gold": {
            "trade_facts": [{"value": 1500000000.0, "currency": "USD", "flow": "export", "economy": "KOR",
                             "partner": "JPN", "period_start": "2024-03-01", "period_end": "2024-03-31",
                             "period_label": "2024-03"}],
            "change_claims": [{"flow": "export", "economy": "KOR", "partner": "JPN", "period_label": "2024-03",
                               "base_period_label": "2023-03", "pct_change": 4.2}],
            "quotes": [
                {"speaker": "Mara Lind", "speaker_type": "person", "role": "an economist",
                 "affiliation": "Northfield Bank", "kind": "direct", "cue": "said",
                 "text": "Demand held up better than we feared,"},
                {"speaker": "Mara Lind", "speaker_type": "person", "role": "an economist",
                 "affiliation": "Northfield Bank", "kind": "direct", "cue": "added",
                 "text": "depends on freight rates and on the harv"},
            ],
        },
    }  # fmt: skip
    rec.update(changes)
    return rec


def _check(vg, rec: dict, text: str | None = TEXT):
    rep = vg.Report()
    vg.check_record(rep, 1, rec, set(), (lambda r: (text, "")) if text is not None else None)
    return rep


def test_real_record_without_text_passes_with_its_cached_text(vg):
    rep = _check(vg, _record())
    assert rep.errors == []
    assert rep.warnings == []  # no word-count or paragraph warnings for texts we did not write


def test_doubled_apostrophes_mark_a_direct_quote(vg):
    rep = _check(vg, _record())
    assert not any("quoted span" in e for e in rep.errors)
    shifted = _record()
    shifted["gold"]["quotes"][0]["text"] = "Demand held up better"
    assert any("not the whole of a quoted span" in e for e in _check(vg, shifted).errors)


def test_quote_cut_off_by_the_end_of_the_excerpt_is_whole(vg):
    rep = _check(vg, _record(text=TEXT + "\n"), text=TEXT + "\n")
    assert not any("quoted span" in e for e in rep.errors)


def test_real_record_keys_are_checked(vg):
    rec = _record(rank=0, kind="gossip", split="real-dev-a", pair="KOR-JPN")
    del rec["query"]
    errors = " | ".join(_check(vg, rec).errors)
    for word in ("rank 0", "kind 'gossip'", "split 'real-dev-a'", "pair 'KOR-JPN'", "missing keys ['query']"):
        assert word in errors


def test_without_a_text_source_only_the_text_checks_are_skipped(vg):
    rec = _record()
    rec["gold"]["quotes"][0]["text"] = "words the text never had"
    rec["gold"]["trade_facts"][0]["period_label"] = "2024-Q1"
    errors = _check(vg, rec, text=None).errors
    assert any("does not match" in e for e in errors)
    assert not any("verbatim" in e for e in errors)


def test_spoken_decimals_count_as_the_figure_digits(vg):
    assert "48.86 billion" in vg._norm_text("48-point-86 billion")
    assert "49.7 billion" in vg._norm_text("49-point-seven billion")
    assert "14101179144" in vg._number_forms(14101179144.0)


def _write(tmp_path: Path, text: str | None) -> Path:
    gold, cache = tmp_path / "real" / "gold", tmp_path / "real" / "cache"
    gold.mkdir(parents=True)
    cache.mkdir()
    if text is not None:
        (cache / "rx-001.txt").write_text(text, encoding="utf-8")
    path = gold / "real-dev-x.jsonl"
    path.write_text(json.dumps(_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def test_cli_reads_the_cache_beside_the_gold_folder(tmp_path):
    path = _write(tmp_path, TEXT)
    done = _run(path)
    assert done.returncode == 0, done.stdout
    assert "0 errors, 0 warnings" in done.stdout


def test_cli_names_a_missing_or_changed_text_with_its_query(tmp_path):
    path = _write(tmp_path, None)
    done = _run(path)
    assert done.returncode == 1
    assert "text missing: rx-001.txt" in done.stdout and "widget exports rose percent" in done.stdout
    (path.parent.parent / "cache" / "rx-001.txt").write_text(TEXT + " edited", encoding="utf-8")
    assert "text changed: rx-001.txt" in _run(path).stdout
    assert _run(path, "--no-text").returncode == 0


def test_cli_says_so_for_a_file_that_does_not_exist(tmp_path):
    done = _run(tmp_path / "nothing.jsonl")
    assert done.returncode == 1
    assert "no such file" in done.stdout
