"""Triage on archives of everyday news: `extractor extract` with and without
triage against the bare base model, on a mixed archive and an all-trade one.

    python benchmarks/bench_triage.py --n 1000
    python benchmarks/bench_triage.py --n 10000 --archives mixed

Two archives of N articles each, written as JSON Lines:

* ``mixed``: one trade article in five (the corpus texts, corpus/dev.jsonl
  and corpus/test.jsonl, cycled), the other four everyday news
  (benchmarks/everyday_news.jsonl, written by us: sport, weather, courts,
  elections, culture, technology, health, house prices, company earnings);
* ``trade``: the corpus texts only (the archive of bench_extract.py).

Every copy is made unique by a reference line. On each archive, each in a
fresh process so that memory figures do not mix:

* ``bare``: ``spacy.load`` of the base model with all its components, then
  ``nlp.pipe`` over the texts (model load not timed);
* ``triage``: ``run_extract`` with one worker process, end to end (ingest,
  worker start and model load, extraction, part files, experts);
* ``no-triage``: the same with ``triage=False``.

* ``floor``: the base model alone (no component of ours), loaded as the
  extractor loads it, over only the articles triage parses, each with only
  the base components triage keeps for it. No extraction with the same rows
  can cost less, so ``bare`` ÷ ``floor`` is the ceiling of the speed-up
  triage can give on this archive (printed as "ceiling").

Printed per archive and run: seconds, articles/s, throughput ÷ bare (above 1
is faster than the bare model), the same inside the worker (its batch
times, without process start and model load), CPU seconds (driver and
worker, model load included; steadier than wall time when other jobs share
the machine) and their ratio, the share of articles triage left unparsed,
and peak RSS of the driver and the worker. The cue breakdown says why
articles were parsed. ``--repeat R`` runs every measurement R times,
interleaved, and keeps the fastest.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = [REPO / "corpus" / "dev.jsonl", REPO / "corpus" / "test.jsonl"]
EVERYDAY = REPO / "benchmarks" / "everyday_news.jsonl"
RUNS = ("bare", "floor", "triage", "no-triage")


def _records(paths: list[Path]) -> list[dict]:
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    out.append(
                        {"title": rec.get("title", ""), "published": rec.get("published", ""), "text": rec["text"]}
                    )
    if not out:
        raise SystemExit(f"no articles in {', '.join(map(str, paths))}")
    return out


def archive_stream(kind: str, n: int, trade: list[dict], everyday: list[dict]):
    """N records: ``trade`` cycles the trade texts; ``mixed`` puts a trade
    text at every fifth place and everyday news elsewhere."""
    trade_cycle, everyday_cycle = itertools.cycle(trade), itertools.cycle(everyday)
    for k in range(n):
        if kind == "trade" or k % 5 == 0:
            yield next(trade_cycle)
        else:
            yield next(everyday_cycle)


def build_archive(kind: str, n: int, path: Path, trade: list[dict], everyday: list[dict]) -> int:
    chars = 0
    with open(path, "w", encoding="utf-8") as out:
        for k, rec in enumerate(archive_stream(kind, n, trade, everyday)):
            text = f"{rec['text']}\n\nRef. {k}."
            chars += len(text)
            out.write(json.dumps({"id": f"{kind}-{k}", **rec, "text": text}, ensure_ascii=False) + "\n")
    return chars


def _texts(archive: Path) -> list[str]:
    with open(archive, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def cue_breakdown(archive: Path) -> Counter:
    """How many articles triage skips (out of scope: no money, no word of
    trade; or in scope with no cue), parses for quote cues only, or parses
    for a money or change cue."""
    from extractor.triage import triage_text

    counts: Counter = Counter()
    for text in _texts(archive):
        t = triage_text(text)
        if not t.in_scope:
            counts["out of scope (skipped)"] += 1
        elif not t.parse:
            counts["no cue (skipped)"] += 1
        elif t.money or t.change:
            counts["money or change cue"] += 1
        else:
            counts["quote cue only"] += 1
    return counts


def _peak_rss_mib() -> dict:
    kib = 1024  # Linux reports ru_maxrss in KiB
    return {
        "rss_driver_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib,
        "rss_worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib,
    }


# --- one measurement, in its own process --------------------------------------------


def measure_bare(archive: Path, batch_size: int) -> dict:
    import spacy

    from extractor.pipeline import read_pipeline_config

    nlp = spacy.load(read_pipeline_config()["pipeline"]["base_model"])
    texts = _texts(archive)
    start, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {"seconds": seconds, "tokens": tokens, "articles": len(texts), "worker_seconds": seconds, "cpu": cpu}


def measure_floor(archive: Path, batch_size: int) -> dict:
    import spacy

    from extractor.pipeline import read_pipeline_config
    from extractor.triage import triage_text, unneeded_components

    settings = read_pipeline_config()["pipeline"]
    nlp = spacy.load(settings["base_model"], exclude=list(settings.get("exclude", [])))
    texts = _texts(archive)
    # Group the parsed articles by the base components triage leaves out.
    groups: dict[tuple[str, ...], list[str]] = {}
    for text in texts:
        t = triage_text(text)
        if t.parse:
            left_out = tuple(c for c in unneeded_components(t) if c in nlp.pipe_names)
            groups.setdefault(left_out, []).append(text)
    start, cpu = time.perf_counter(), time.process_time()
    tokens = 0
    for left_out, group in groups.items():
        with nlp.select_pipes(disable=list(left_out)):
            tokens += sum(len(doc) for doc in nlp.pipe(group, batch_size=batch_size))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    parsed = sum(len(g) for g in groups.values())
    return {
        "seconds": seconds,
        "tokens": tokens,
        "articles": len(texts),
        "skipped": len(texts) - parsed,
        "worker_seconds": seconds,
        "cpu": cpu,
    }


def measure_extract(archive: Path, triage: bool, batch_size: int) -> dict:
    from extractor.dataset import read_manifest
    from extractor.run import run_extract

    with tempfile.TemporaryDirectory(prefix="bench-triage-") as out:
        start, cpu = time.perf_counter(), time.process_time()
        summary = run_extract([archive], Path(out) / "ds", workers=1, batch_size=batch_size, triage=triage)
        seconds = time.perf_counter() - start
        # driver + worker (which has ended): CPU seconds, steadier than wall
        # time on a shared machine; the worker's model load included
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = time.process_time() - cpu + children.ru_utime + children.ru_stime
        worker_seconds = sum(e.get("seconds", 0.0) for e in read_manifest(Path(out) / "ds"))
    return {
        "seconds": seconds,
        "worker_seconds": worker_seconds,
        "articles": summary.articles,
        "failed": summary.articles_failed,
        "skipped": summary.articles_triaged_out,
        "cpu": cpu,
        "first_error": summary.errors[0][1] if summary.errors else "",
        "rows": [summary.amounts, summary.trade_facts, summary.change_claims, summary.quotes],
    }


def _child(args) -> None:
    if args.measure == "bare":
        result = measure_bare(args.archive, args.pipe_batch)
    elif args.measure == "floor":
        result = measure_floor(args.archive, args.pipe_batch)
    else:
        result = measure_extract(args.archive, args.measure == "triage", args.batch_size)
    result.update(_peak_rss_mib())
    print("RESULT " + json.dumps(result))


def run_child(run: str, archive: Path, args) -> dict:
    cmd = [sys.executable, __file__, "--measure", run, "--archive", str(archive)]
    cmd += ["--batch-size", str(args.batch_size), "--pipe-batch", str(args.pipe_batch)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"{run} failed:\n{proc.stderr[-3000:]}")


# --- main ----------------------------------------------------------------------------


def report(kind: str, n: int, chars: int, results: dict, cues: Counter) -> None:
    bare = results["bare"]
    print(f"\n{kind} archive: {n:,} articles, {chars / 1e6:.2f} M characters, {bare['tokens']:,} tokens")
    print("  why parsed: " + ", ".join(f"{k} {v:,} ({v / n:.1%})" for k, v in sorted(cues.items())))
    head = (
        f"  {'run':10s} {'seconds':>8s} {'art/s':>7s} {'× bare':>7s} {'in worker':>10s} {'× bare':>7s}"
        f" {'cpu s':>7s} {'× bare':>7s} {'skipped':>8s} {'rss driver':>11s} {'rss worker':>11s}"
    )
    print(head)
    print("  " + "-" * (len(head) - 2))
    for run, r in results.items():
        speed = bare["seconds"] / r["seconds"]
        inner = bare["seconds"] / r["worker_seconds"] if r["worker_seconds"] else float("nan")
        skipped = f"{r['skipped'] / r['articles']:8.1%}" if "skipped" in r else f"{'':8s}"
        worker = f"{r['rss_worker_mib']:9.0f} M" if run not in ("bare", "floor") else f"{'':11s}"
        print(
            f"  {run:10s} {r['seconds']:8.1f} {r['articles'] / r['seconds']:7.1f} {speed:7.2f} "
            f"{r['worker_seconds']:10.1f} {inner:7.2f} {r['cpu']:7.1f} {bare['cpu'] / r['cpu']:7.2f} "
            f"{skipped} {r['rss_driver_mib']:9.0f} M {worker}"
        )
    if "floor" in results:
        floor = results["floor"]
        print(
            f"  ceiling for the same rows: {bare['seconds'] / floor['seconds']:.2f}× bare "
            f"({bare['cpu'] / floor['cpu']:.2f}× in CPU): the base model alone on the articles triage parses"
        )
    if "triage" in results and "no-triage" in results:
        same = results["triage"]["rows"] == results["no-triage"]["rows"]
        rows = results["triage"]["rows"]
        print(
            f"  rows (amounts, facts, claims, quotes): {rows} with triage; "
            f"{'the same' if same else 'DIFFERENT: ' + str(results['no-triage']['rows'])} without"
        )
        print(f"  triage ÷ no-triage throughput: {results['no-triage']['seconds'] / results['triage']['seconds']:.2f}")
    for run, r in results.items():
        if r.get("failed"):
            print(f"  {run}: {r['failed']} article(s) failed, first: {r['first_error'][:300]}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1000, help="articles per archive (1,000 to 100,000)")
    p.add_argument("--archives", default="mixed,trade", help="comma-separated: mixed, trade")
    p.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated: {', '.join(RUNS)} (bare is always run)")
    p.add_argument("--batch-size", type=int, default=None, help="articles per batch (default: the run's)")
    p.add_argument("--pipe-batch", type=int, default=64, help="nlp.pipe batch size of the bare run")
    p.add_argument("--repeat", type=int, default=1, help="run each measurement R times, interleaved; keep the fastest")
    p.add_argument("--keep", type=Path, help="write the archives into this folder (and keep them)")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.batch_size is None:
        from extractor.run import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if args.measure:
        _child(args)
        return

    trade, everyday = _records(CORPUS), _records([EVERYDAY])
    runs = ["bare", *[r for r in args.runs.split(",") if r in RUNS and r != "bare"]]
    print(
        f"cpus: {os.cpu_count()}, batch size {args.batch_size}, 1 worker process; bare nlp.pipe batch {args.pipe_batch}"
    )
    print(f"trade texts: {len(trade)} (corpus dev + test); everyday texts: {len(everyday)} ({EVERYDAY.name})")
    with tempfile.TemporaryDirectory(prefix="bench-triage-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for kind in args.archives.split(","):
            archive = folder / f"{kind}-{args.n}.jsonl"
            chars = build_archive(kind, args.n, archive, trade, everyday)
            cues = cue_breakdown(archive)
            results: dict[str, dict] = {}
            for attempt in range(max(1, args.repeat)):
                for run in runs:
                    r = run_child(run, archive, args)
                    print(f"  {kind} {run} (#{attempt + 1}): {r['seconds']:.1f} s, {r['cpu']:.1f} s CPU", flush=True)
                    if run not in results or r["seconds"] < results[run]["seconds"]:
                        results[run] = r
            report(kind, args.n, chars, results, cues)


if __name__ == "__main__":
    main()
