"""Check that triage changes no row: extract the inputs with and without
triage and compare every table, every row, every column but the triage
columns.

    python benchmarks/triage_identity.py corpus/dev.jsonl corpus/test.jsonl
    python corpus/real/join.py real-dev && python benchmarks/triage_identity.py corpus/real/cache/real-dev.jsonl

Prints per table the rows of each run and whether they are identical, the
share of articles triage left unparsed, and the first differences; exits 1
when any table differs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

TRIAGE_COLUMNS = ("triage", "triage_reason")


def compare_tables(on: dict, off: dict) -> dict[str, str]:
    """Table name -> "" when identical (triage columns aside), else what differs."""
    out = {}
    for name in sorted(set(on) | set(off)):
        if name not in on or name not in off:
            out[name] = "missing in one run"
            continue
        a = on[name].drop(columns=[c for c in TRIAGE_COLUMNS if c in on[name].columns]).reset_index(drop=True)
        b = off[name].drop(columns=[c for c in TRIAGE_COLUMNS if c in off[name].columns]).reset_index(drop=True)
        if list(a.columns) != list(b.columns):
            out[name] = f"columns differ: {list(a.columns)} / {list(b.columns)}"
        elif len(a) != len(b):
            out[name] = f"{len(a)} rows with triage, {len(b)} without"
        elif not a.equals(b):
            diff = (a != b) & ~(a.isna() & b.isna())
            rows = diff.any(axis=1)
            first = a[rows].head(3).to_dict("records")
            out[name] = f"{int(rows.sum())} row(s) differ, first: {first}"
        else:
            out[name] = ""
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="+", help="files, folders or archives, as for extractor extract")
    p.add_argument("--workers", type=int, default=1)
    args = p.parse_args()

    from extractor.dataset import read_dataset
    from extractor.run import run_extract

    with tempfile.TemporaryDirectory(prefix="triage-identity-") as tmp:
        tables, summaries = {}, {}
        for name, triage in (("on", True), ("off", False)):
            summaries[name] = run_extract(args.paths, Path(tmp) / name, workers=args.workers, triage=triage)
            tables[name] = read_dataset(Path(tmp) / name)
    s = summaries["on"]
    print(
        f"{s.articles:,} articles; triage left {s.articles_triaged_out:,} unparsed ({s.articles_triaged_out / max(1, s.articles):.1%})"
    )
    result = compare_tables(tables["on"], tables["off"])
    for name, what in result.items():
        n_on = len(tables["on"].get(name, []))
        n_off = len(tables["off"].get(name, []))
        print(f"  {name:14s} {n_on:7,} / {n_off:7,} rows  {'identical' if not what else 'DIFFERENT: ' + what}")
    return 1 if any(result.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
