"""Throughput and memory of `extractor extract` against the bare base model.

    python benchmarks/bench_extract.py --n 1000
    python benchmarks/bench_extract.py --n 10000 --runs full:1,full:2,dask:2
    python benchmarks/bench_extract.py --n 300 --profile    # where the time goes

Builds an archive (JSON Lines) of N articles by cycling the corpus texts
(corpus/dev.jsonl and corpus/test.jsonl, or the files given with --corpus),
each copy made unique by a reference line, then measures on those same
texts, each in a fresh process so that memory figures do not mix:

* ``bare``: ``spacy.load`` of the base model with all its components, then
  ``nlp.pipe`` over the texts (model load not timed);
* ``full:W``: ``run_extract`` (ingest, extraction, part files, experts) with
  the local engine and W worker processes, timed end to end (worker start
  and model load included);
* ``dask:W``: the same on a Dask LocalCluster of W single-threaded workers.

Printed per run: seconds, articles/s, tokens/s (tokens counted by the bare
run), ratio of time to the bare run, and peak RSS of the driver and of the
largest worker process (``resource.getrusage``; no psutil). For ``full:1``
the extraction time inside the worker (sum of its batch times, from the
manifest) is shown too: that is the figure to compare with ``bare`` one to
one.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build_archive(corpus: list[Path], n: int, path: Path) -> int:
    """Write N articles cycling the corpus texts; returns characters written."""
    records = []
    for f in corpus:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    records.append(
                        {"title": rec.get("title", ""), "published": rec.get("published", ""), "text": rec["text"]}
                    )
    if not records:
        raise SystemExit(f"no articles in {', '.join(map(str, corpus))}")
    chars = 0
    with open(path, "w", encoding="utf-8") as out:
        for k, rec in zip(range(n), itertools.cycle(records), strict=False):
            text = f"{rec['text']}\n\nRef. {k}."
            chars += len(text)
            out.write(json.dumps({"id": f"bench-{k}", **rec, "text": text}, ensure_ascii=False) + "\n")
    return chars


def _texts(archive: Path) -> list[str]:
    with open(archive, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


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

    base = read_pipeline_config()["pipeline"]["base_model"]
    nlp = spacy.load(base)
    texts = _texts(archive)
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "tokens": tokens, "articles": len(texts), "components": nlp.pipe_names}


def measure_full(archive: Path, engine: str, workers: int, batch_size: int, fmt: str) -> dict:
    from extractor.dataset import read_manifest
    from extractor.run import run_extract

    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        start = time.perf_counter()
        summary = run_extract(
            [archive], Path(out) / "ds", fmt=fmt, workers=workers, engine=engine, batch_size=batch_size
        )
        seconds = time.perf_counter() - start
        batch_seconds = sum(e.get("seconds", 0.0) for e in read_manifest(Path(out) / "ds"))
    return {
        "seconds": seconds,
        "articles": summary.articles,
        "failed": summary.articles_failed,
        "worker_seconds": batch_seconds,
        "facts": summary.trade_facts,
        "quotes": summary.quotes,
    }


def _child(args) -> None:
    kind, _, w = args.measure.partition(":")
    if kind == "bare":
        result = measure_bare(args.archive, args.pipe_batch)
    else:
        result = measure_full(
            args.archive, "dask" if kind == "dask" else "local", int(w or 1), args.batch_size, args.format
        )
    result.update(_peak_rss_mib())
    print("RESULT " + json.dumps(result))


def run_child(run: str, archive: Path, args) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--measure",
        run,
        "--archive",
        str(archive),
        "--batch-size",
        str(args.batch_size),
        "--pipe-batch",
        str(args.pipe_batch),
        "--format",
        args.format,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"{run} failed:\n{proc.stderr[-3000:]}")


# --- profile -------------------------------------------------------------------------


def profile(archive: Path, n: int) -> None:
    """Where the time goes: per pipeline component (one doc at a time), then
    cProfile of the extraction of a batch."""
    from extractor.pipeline import load_pipeline
    from extractor.records import Article
    from extractor.run import extract_batch

    texts = _texts(archive)[:n]
    nlp = load_pipeline()
    per = dict.fromkeys(nlp.pipe_names, 0.0)
    per["make_doc"] = 0.0
    for text in texts:
        t = time.perf_counter()
        doc = nlp.make_doc(text)
        per["make_doc"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            per[name] += time.perf_counter() - t
    total = sum(per.values())
    print(f"\nper component over {len(texts)} articles (one doc at a time), {total:.2f} s in all")
    for name, secs in sorted(per.items(), key=lambda kv: -kv[1]):
        print(f"  {name:18s} {secs:7.2f} s  {100 * secs / total:5.1f} %")
    articles = [Article(text=t, source=f"bench/{i}", published="2025-01-01") for i, t in enumerate(texts)]
    prof = cProfile.Profile()
    prof.enable()
    extract_batch(nlp, articles, None)
    prof.disable()
    print("\ncProfile of extract_batch (top 25 by own time)")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


# --- main ----------------------------------------------------------------------------


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1000, help="articles in the archive (1,000 to 100,000)")
    p.add_argument("--corpus", type=Path, nargs="*", help="JSON Lines files to cycle (default: corpus/dev+test)")
    p.add_argument("--runs", default="bare,full:1,full:2,dask:2", help="comma-separated: bare, full:W, dask:W")
    p.add_argument("--batch-size", type=int, default=None, help="articles per batch (default: the run's)")
    p.add_argument("--pipe-batch", type=int, default=64, help="nlp.pipe batch size of the bare run")
    p.add_argument("--format", default="parquet", choices=["parquet", "csv", "jsonl"])
    p.add_argument("--profile", action="store_true", help="profile the extraction instead of timing runs")
    p.add_argument("--keep", type=Path, help="write the archive here (and keep it)")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.batch_size is None:
        from extractor.run import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if args.measure:
        _child(args)
        return

    corpus = args.corpus or [REPO / "corpus" / "dev.jsonl", REPO / "corpus" / "test.jsonl"]
    corpus = [c for c in corpus if c.exists()]
    if not corpus:
        raise SystemExit("no corpus: pass --corpus FILE.jsonl")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        archive = args.keep or Path(tmp) / "archive.jsonl"
        chars = build_archive(corpus, args.n, archive)
        print(f"archive: {args.n:,} articles, {chars / 1e6:.1f} M characters, from {', '.join(c.name for c in corpus)}")
        print(f"cpus: {os.cpu_count()}, batch size {args.batch_size}, format {args.format}")
        if args.profile:
            profile(archive, args.n)
            return
        results = {}
        for run in args.runs.split(","):
            results[run] = run_child(run, archive, args)
            r = results[run]
            print(f"  done {run}: {r['seconds']:.1f} s", flush=True)
    bare = results.get("bare")
    tokens = bare["tokens"] if bare else None
    print()
    header = f"{'run':10s} {'seconds':>8s} {'art/s':>8s} {'tok/s':>9s} {'÷ bare':>7s} {'rss driver':>11s} {'rss worker':>11s}"
    print(header)
    print("-" * len(header))
    for run, r in results.items():
        rate = r["articles"] / r["seconds"]
        tok = f"{tokens / r['seconds']:9,.0f}" if tokens else f"{'':9s}"
        ratio = f"{r['seconds'] / bare['seconds']:7.2f}" if bare else f"{'':7s}"
        print(
            f"{run:10s} {r['seconds']:8.1f} {rate:8.1f} {tok} {ratio} {r['rss_driver_mib']:9.0f} M {r['rss_worker_mib']:9.0f} M"
        )
    for run, r in results.items():
        if run == "full:1" and bare:
            ws = r["worker_seconds"]
            print(
                f"\nfull:1 inside its worker: {ws:.1f} s for extraction + writing "
                f"({r['articles'] / ws:.1f} art/s, {ws / bare['seconds']:.2f} × bare); "
                f"the rest of its wall time is process start and model load"
            )
        if run.startswith(("full", "dask")) and r.get("failed"):
            print(f"{run}: {r['failed']} article(s) failed")
    if bare:
        print(f"bare components: {', '.join(bare['components'])}")


if __name__ == "__main__":
    main()
