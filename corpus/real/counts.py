#!/usr/bin/env python3
"""Count what the real-article gold holds, per split: the figures corpus/README.md quotes.

Reads only the committed gold (no texts), so it runs on any clone:

    python corpus/real/counts.py            # a table per split and for all
    python corpus/real/counts.py --json     # the same as JSON

Outlets are counted by the name of the page's outlet (the part of ``outlet``
before any parenthesis: "X (Yonhap repost)" is outlet X). Pairs are the
unordered economy-partner pairs of the gold facts and claims.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("real-dev", "real-test", "real-fresh-4")


def read_records(gold_dir: Path) -> list[dict]:
    records = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def outlet_name(outlet: str) -> str:
    return outlet.split("(")[0].strip()


def pairs_of(record: dict) -> set[tuple[str, str]]:
    gold = record["gold"]
    return {tuple(sorted((row["economy"], row["partner"]))) for row in gold["trade_facts"] + gold["change_claims"]}


def counts(records: list[dict]) -> dict:
    gold = [r["gold"] for r in records]
    quotes = [q for g in gold for q in g["quotes"]]
    pairs = set().union(*(pairs_of(r) for r in records)) if records else set()
    return {
        "articles": len(records),
        "batches": dict(Counter(r.get("batch", "?") for r in records)),
        "queries": len({r["query"] for r in records}),
        "outlets": len({outlet_name(r["outlet"]) for r in records}),
        "kinds": dict(Counter(r["kind"] for r in records).most_common()),
        "non_trade_money": sum(r["kind"] == "non-trade-money" for r in records),
        "no_trade_fact": sum(not g["trade_facts"] for g in gold),
        "all_lists_empty": sum(not (g["trade_facts"] or g["change_claims"] or g["quotes"]) for g in gold),
        "published_note": sum(bool(r.get("published_note")) for r in records),
        "published_from": min((r["published"] for r in records if r["published"]), default=""),
        "published_to": max((r["published"] for r in records if r["published"]), default=""),
        "topic_pairs": len({tuple(sorted(r["pair"])) for r in records if r["pair"]}),
        "fact_pairs": len(pairs),
        "pairs_without_world": len({p for p in pairs if "W00" not in p}),
        "trade_facts": sum(len(g["trade_facts"]) for g in gold),
        "change_claims": sum(len(g["change_claims"]) for g in gold),
        "quotes": len(quotes),
        "quotes_direct": sum(q["kind"] == "direct" for q in quotes),
        "quotes_indirect": sum(q["kind"] == "indirect" for q in quotes),
        "currencies": dict(Counter(f["currency"] for g in gold for f in g["trade_facts"]).most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold", help="folder of gold *.jsonl")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    records = read_records(args.gold)
    table = {split: counts([r for r in records if r.get("split") == split]) for split in SPLITS}
    table["all"] = counts(records)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    for name, row in table.items():
        print(f"== {name}")
        for key, value in row.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
