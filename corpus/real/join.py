#!/usr/bin/env python3
"""Join the real-article gold with the cached texts into `extractor evaluate` input.

The gold of real published articles is ours and committed (``gold/*.jsonl``);
their texts are not ours and live only in the git-ignored ``cache/`` folder,
one ``<id>.txt`` per article, exactly as the search tool's stored page gave it.
This script checks every cached text against the ``text_sha256`` its record
carries and writes records with their ``text`` for ``extractor extract`` and
``extractor evaluate``.

    python corpus/real/join.py real-dev            # -> corpus/real/cache/real-dev.jsonl
    python corpus/real/join.py real-test --out /tmp/real-test.jsonl
    python corpus/real/join.py --status            # what the cache holds, per split

A missing or changed text is named with the query that finds it again; the
joined file leaves such articles out, and the exit code is 1 unless
``--allow-missing`` is given (a partial score is then said to be partial).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("real-dev", "real-test", "real-fresh", "real-fresh-2", "real-fresh-3", "real-fresh-4", "real-fresh-5")


def read_gold(gold_dir: Path) -> list[dict]:
    records = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path.name} line {number}: not JSON ({err.msg})") from None
    return records


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_text(record: dict, cache_dir: Path) -> tuple[str | None, str]:
    """The article's text if the cache holds it unchanged, else None and why."""
    path = cache_dir / f"{record['id']}.txt"
    if not path.exists():
        return None, f"missing: {path.name}"
    digest = sha256_of(path)
    if digest != record.get("text_sha256"):
        return None, f"changed: {path.name} has sha256 {digest[:12]}…, the gold was made on {record.get('text_sha256', '?')[:12]}…"
    return path.read_text(encoding="utf-8"), ""


def join(records: list[dict], cache_dir: Path) -> tuple[list[dict], list[str]]:
    joined, problems = [], []
    for record in records:
        text, why = cached_text(record, cache_dir)
        if text is None:
            problems.append(f"{record['id']}: {why} (refill: search pages for {record.get('query')!r}, {record.get('source')})")
            continue
        joined.append({**record, "text": text})
    return joined, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", choices=SPLITS, help="which split to join")
    parser.add_argument("--out", type=Path, help="output JSON Lines (default: cache/<split>.jsonl)")
    parser.add_argument("--gold", type=Path, default=HERE / "gold", help="folder of gold *.jsonl")
    parser.add_argument("--cache", type=Path, default=HERE / "cache", help="folder of cached texts")
    parser.add_argument("--allow-missing", action="store_true", help="exit 0 even when texts are missing")
    parser.add_argument("--status", action="store_true", help="print what the cache holds per split and exit")
    args = parser.parse_args(argv)

    records = read_gold(args.gold)
    if args.status:
        for split in SPLITS:
            chosen = [r for r in records if r.get("split") == split]
            ok = sum(cached_text(r, args.cache)[0] is not None for r in chosen)
            print(f"{split}: {len(chosen)} articles, {ok} texts cached and unchanged")
        return 0
    if args.split is None:
        parser.error("name a split, or give --status")
    chosen = [r for r in records if r.get("split") == args.split]
    if not chosen:
        print(f"no gold records of split {args.split} under {args.gold}", file=sys.stderr)
        return 1
    dupes = [i for i, n in Counter(r["id"] for r in records).items() if n > 1]
    if dupes:
        print(f"duplicate ids in the gold: {', '.join(dupes)}", file=sys.stderr)
        return 1
    joined, problems = join(chosen, args.cache)
    for problem in problems:
        print(problem, file=sys.stderr)
    out = args.out or args.cache / f"{args.split}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for record in joined:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial = f" ({len(problems)} left out: scores on this file are partial)" if problems else ""
    print(f"wrote {out}: {len(joined)} of {len(chosen)} {args.split} articles{partial}")
    return 1 if problems and not args.allow_missing else 0


if __name__ == "__main__":
    sys.exit(main())
