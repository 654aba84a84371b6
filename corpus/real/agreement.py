#!/usr/bin/env python3
"""Agreement between two annotators of the same real articles.

A second annotator, who saw neither the first gold nor the extractor, annotated
a sample of real-dev again (``agreement/*.jsonl``: ``id``, ``annotator`` and
``gold``). This scores the second annotation against the first with the very
measures ``extractor evaluate`` uses, as if the second annotator were the
extractor: how far two careful readers agree is the ceiling any score on real
text should be read against.

    python corpus/real/agreement.py                      # agreement/real-dev-second.jsonl
    python corpus/real/agreement.py agreement/other.jsonl --errors

The texts come from the git-ignored ``cache/`` (see ``join.py``); an article
whose text is missing or changed is left out and named.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from join import cached_text, read_gold  # noqa: E402


def second_annotation(path: Path) -> dict[str, dict]:
    """id -> the second annotator's gold tables."""
    tables = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"{path.name} line {number}: not JSON ({err.msg})") from None
        tables[record["id"]] = record.get("gold") or {}
    return tables


def first_annotation(ids: list[str], gold_dir: Path, cache_dir: Path) -> tuple[list[dict], list[str]]:
    """The first gold of those ids with their cached texts, and what is missing."""
    by_id = {r["id"]: r for r in read_gold(gold_dir)}
    joined, missing = [], []
    for article_id in ids:
        record = by_id.get(article_id)
        if record is None:
            missing.append(f"{article_id}: no first annotation")
            continue
        text, why = cached_text(record, cache_dir)
        if text is None:
            missing.append(f"{article_id}: {why}")
            continue
        joined.append({**record, "text": text})
    return joined, missing


def agreement(second: Path, gold_dir: Path = HERE / "gold", cache_dir: Path = HERE / "cache"):
    """The evaluation report of the second annotation against the first, and
    the ids left out."""
    from extractor.evaluate import gold_article, score

    tables = second_annotation(second)
    joined, missing = first_annotation(sorted(tables), gold_dir, cache_dir)
    first = [gold_article(record, record["id"]) for record in joined]
    return score(first, tables), missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", nargs="?", type=Path, default=HERE / "agreement" / "real-dev-second.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the disagreements with their sentences")
    parser.add_argument("--gold", type=Path, default=HERE / "gold", help="folder of the first annotation's gold")
    parser.add_argument("--cache", type=Path, default=HERE / "cache", help="folder of the cached texts")
    args = parser.parse_args(argv)
    if not args.second.exists():
        print(f"no second annotation at {args.second}", file=sys.stderr)
        return 2
    from rich.console import Console

    from extractor.cli.evaluate import render_errors, render_report

    report, missing = agreement(args.second, args.gold, args.cache)
    for line in missing:
        print(f"left out: {line}", file=sys.stderr)
    console = Console()
    render_report(console, report, title=f"second annotation {args.second.name} against the first")
    if args.errors:
        render_errors(console, report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
