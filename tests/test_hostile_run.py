"""Hostile and broken input through the whole `extractor extract` run: every
input is accounted for, good articles come out exactly as they do alone, and
nothing is written outside the output folder. Inputs are built here."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from extractor.dataset import read_dataset

GOOD_TEXTS = [
    "Trade between North Korea and China reached $222.1 million in April 2024, customs data showed.",
    "China's exports to Russia rose 12 percent to $9.1 billion in March 2024.",
    "South Korea's exports to the United States fell to $10.1 billion in May 2024.",
]


def run_extract(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extractor", "extract", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


def tree(root: Path, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if skip not in p.parents and p != skip}


def fact_rows(dataset: Path) -> list[tuple]:
    facts = read_dataset(dataset)["trade_facts"]
    cols = ["article_id", "value", "currency", "flow", "economy", "partner", "period_label"]
    return sorted(tuple(r) for r in facts[cols].itertuples(index=False))


def write_hostile_inputs(root: Path, outside: Path) -> dict[str, str]:
    """One file per kind of bad input; returns name -> expected error fragment."""
    root.mkdir()
    for i, text in enumerate(GOOD_TEXTS):
        (root / f"good{i}.txt").write_text(text)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("   \n\t\n")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "doc.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01\x02" * 300)
    (root / "program.exe").write_bytes(b"MZ\x90\x00" + b"\x00" * 500)
    (root / "huge.txt").write_text("Trade rose. " * 2000)
    (root / "link.txt").symlink_to(outside)
    (root / "records.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": GOOD_TEXTS[1]}) + "\n{not json\n" + json.dumps({"id": "no-text"}) + "\n"
    )
    (root / "table.csv").write_text("id,body_missing\n1,hello\n")
    (root / "corrupt.zip").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../escaped.txt", "Trade between Japan and China was $20 billion in May 2024.")
        zf.writestr("/abs/path.txt", "Exports fell.")
    (root / "slip.zip").write_bytes(buf.getvalue())
    (root / "page.html").write_text(
        "<html><head><script>fetch('http://127.0.0.1:9/x')</script><style>p{}</style></head>"
        "<body><iframe src='http://127.0.0.1:9/'></iframe><article><p>" + GOOD_TEXTS[2] + "</p></article></body></html>"
    )
    (root / "korean.txt").write_bytes(("무역 " + GOOD_TEXTS[0]).encode("cp949"))
    (root / "chinese.txt").write_bytes(("贸易 " + GOOD_TEXTS[1]).encode("gb18030"))
    (root / "utf16.txt").write_bytes(GOOD_TEXTS[2].encode("utf-16"))
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "image.png": "binary",
        "doc.pdf": "binary",
        "program.exe": "binary",
        "huge.txt": "limit",
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "secret.txt"
    outside.write_text("Trade with Narnia was $1 billion in 2024.")
    inputs = base / "inputs"
    expected = write_hostile_inputs(inputs, outside)
    before = tree(base, base / "out")
    result = run_extract("inputs", "--out", "out", "--max-chars", "5000", cwd=base)
    return base, expected, before, result


def test_hostile_battery_completes_with_exit_0(hostile):
    _, _, _, result = hostile
    assert result.returncode == 0, result.stderr[-2000:]


def test_every_hostile_input_is_an_error_row_with_a_message(hostile):
    base, expected, _, _ = hostile
    articles = read_dataset(base / "out")["articles"]
    for name, fragment in expected.items():
        rows = articles[articles["source"].str.endswith(name)]
        assert len(rows) == 1, (name, rows)
        row = rows.iloc[0]
        assert row["status"] == "error" and fragment in row["error"].lower(), (name, row["error"])
    errors = articles[articles["status"] == "error"]
    assert (errors["error"].str.len() > 0).all()
    # The symlink out of the root, the bad JSON line, the record without text,
    # the CSV without a text column and the corrupt zip are errors too.
    for fragment in ("link.txt", "records.jsonl", "table.csv", "corrupt.zip"):
        assert errors["source"].str.contains(fragment, regex=False).any(), fragment


def test_good_articles_among_hostile_ones_are_what_they_are_alone(hostile, tmp_path):
    base, _, _, _ = hostile
    alone = tmp_path / "alone"
    alone.mkdir()
    for i, text in enumerate(GOOD_TEXTS):
        (alone / f"good{i}.txt").write_text(text)
    result = run_extract(str(alone), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    good_alone = fact_rows(tmp_path / "out")
    mixed = set(fact_rows(base / "out"))
    assert good_alone and set(good_alone) <= mixed


def test_nothing_is_written_outside_the_output_folder(hostile):
    base, _, before, _ = hostile
    assert tree(base, base / "out") == before
    assert not (base.parent / "escaped.txt").exists()
    assert not Path("/abs/path.txt").exists()


def test_script_and_iframe_content_is_not_text(hostile):
    base, _, _, _ = hostile
    articles = read_dataset(base / "out")["articles"]
    row = articles[articles["source"].str.endswith("page.html")].iloc[0]
    assert row["status"] == "ok"
    assert row["n_chars"] < 200  # the article paragraph only, no script or style


def test_a_thousand_articles_with_a_tenth_broken(tmp_path):
    inputs = tmp_path / "archive"
    inputs.mkdir()
    broken_kinds = [
        lambda p: p.with_suffix(".txt").write_bytes(b""),
        lambda p: p.with_suffix(".png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300),
        lambda p: p.with_suffix(".txt").write_text("Trade rose. " * 500),
        lambda p: p.with_suffix(".zip").write_bytes(b"PK\x03\x04 broken"),
        lambda p: p.with_suffix(".jsonl").write_text("{broken json\n"),
    ]
    for i in range(1000):
        stem = inputs / f"a{i:04d}"
        if i % 10 == 0:
            broken_kinds[(i // 10) % len(broken_kinds)](stem)
        else:
            stem.with_suffix(".txt").write_text(GOOD_TEXTS[i % len(GOOD_TEXTS)].replace("2024", str(2000 + i % 25)))
    before = tree(tmp_path, tmp_path / "out")
    result = run_extract("archive", "--out", "out", "--max-chars", "2000", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    articles = read_dataset(tmp_path / "out")["articles"]
    assert len(articles) == 1000
    assert (articles["status"] == "ok").sum() == 900
    assert (articles["status"] == "error").sum() == 100
    summary = result.stdout
    assert "900" in summary and "100" in summary
    assert tree(tmp_path, tmp_path / "out") == before
