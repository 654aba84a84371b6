"""The batch run: ingest -> batches -> ``extract_articles`` -> part files.

Streaming end to end: articles are read lazily, cut into batches of
``batch_size`` in input order, and at most a few batches per worker are in
flight, so memory stays flat whatever the archive's size. Each batch gets a
deterministic key (its number in the input stream and a hash of its article
ids); a worker extracts the batch and writes that batch's part of every table;
the driver then appends the batch to the manifest. A re-run of the same
command skips batches already in the manifest, so a killed run resumed ends
with exactly the dataset an uninterrupted run gives.

Engines:

* ``local`` — a pool of worker processes on this machine (even for one
  worker: the driver stays free to read input and watch the clock). Each
  worker loads the model once. A batch whose worker dies or overruns its time
  budget is retried article by article in a fresh worker, so one pathological
  article becomes one error row.
* ``dask`` — a Dask distributed cluster: a ``LocalCluster`` of ``workers``
  single-threaded processes, or the scheduler at ``scheduler``. Workers write
  part files straight into ``out_dir``, which must therefore be on a
  filesystem every worker sees.

``article_timeout`` (seconds) stops an article's extraction and reports it
as an error row: inside a worker each article runs under its own alarm; the
driver also gives each batch a budget of ``article_timeout`` per article
(plus a grace period) and, when a worker overruns it (stuck where an alarm
cannot reach, e.g. in C code), kills the worker and retries the batch
article by article.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import importlib.util
import itertools
import multiprocessing as mp
import os
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any

from extractor.dataset import (
    DatasetWriteError,
    DatasetWriter,
    check_format,
    iter_table,
    rows_to_table,
    write_batch_parts,
    write_table,
)
from extractor.records import TABLES, Article, ArticleResult

# Articles per batch (one part file per table). Measured on 1,000 corpus
# articles with 2 workers: 32 -> 38.2 s, 64 -> 34.0 s, 128 -> 36.8 s (smaller
# batches balance the last ones across workers; larger ones cost less per
# batch). 64 also keeps a resumed run's lost work to seconds.
DEFAULT_BATCH_SIZE = 64
# Articles per ``nlp.pipe`` call inside a batch (measured: larger batches gain
# little with the small CPU model, and smaller ones keep memory low).
PIPE_BATCH_SIZE = 32
# Slack on top of a batch's time budget before a worker is taken for stuck:
# covers writing the part files and a slow disk.
GRACE_SECONDS = 20.0
# On Dask a task may also wait for its data and a worker restart.
DASK_GRACE_SECONDS = 60.0
ENGINES = ("local", "dask")
MAX_ERRORS_KEPT = 50


class RunError(RuntimeError):
    """The run cannot go on (a worker cannot load the model, the cluster
    cannot be reached, ...). The message says why."""


def kept_words(out_dir: str, kept: tuple[int, int] | None) -> str:
    """What an interrupted run leaves behind, in words.

    >>> kept_words("out", (3, 24))
    '3 finished batches (24 articles) are kept in out'
    >>> kept_words("out", (1, 1)), kept_words("out", (0, 0))
    ('1 finished batch (1 article) is kept in out', 'no batch had finished')
    """
    if kept is None:
        return "nothing was written"
    batches, articles = kept
    if not batches:
        return "no batch had finished"
    verb = "is" if batches == 1 else "are"
    return (
        f"{batches:,} finished batch{'es' if batches != 1 else ''} "
        f"({articles:,} article{'s' if articles != 1 else ''}) {verb} kept in {out_dir}"
    )


class RunInterrupted(KeyboardInterrupt):
    """The run was stopped by a signal: SIGINT (Ctrl-C) or SIGTERM (what
    batch schedulers, containers and ``timeout`` send). The workers are
    stopped, every batch in the manifest is whole, and the same command
    resumes. ``kept`` is (batches, articles) in the dataset, None when the
    signal came before it was opened. A KeyboardInterrupt, so that code which
    handles Ctrl-C handles this too."""

    def __init__(self, signum: int = signal.SIGINT, out_dir: str = "", kept: tuple[int, int] | None = None):
        super().__init__(signum, out_dir, kept)
        self.signum = signum
        self.out_dir = out_dir
        self.kept = kept

    @property
    def exit_code(self) -> int:
        # The shell's convention for "ended by signal N".
        return 128 + self.signum

    def __str__(self) -> str:
        how = "interrupted" if self.signum == signal.SIGINT else f"stopped by {signal.Signals(self.signum).name}"
        return f"{how}; {kept_words(self.out_dir, self.kept)}; run the same command again to resume where it stopped"


class ClusterLost(RunError):
    """The Dask scheduler went away mid-run. Finished batches are kept; the
    same command resumes once the scheduler is back."""


class RunWriteError(RunError):
    """The dataset could not be written (full disk, read-only folder,
    permission, quota): one line saying what failed, where, what is kept and
    how to resume. ``error`` is the writer's ``DatasetWriteError``."""

    def __init__(self, error: DatasetWriteError, out_dir: str, kept: tuple[int, int]):
        super().__init__(
            f"{error}; {kept_words(out_dir, kept)}; {error.advice}, then run the same command again to resume"
        )
        self.error = error
        self.out_dir = out_dir
        self.kept = kept

    def __reduce__(self):
        return (type(self), (self.error, self.out_dir, self.kept))


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """While inside, SIGTERM raises ``RunInterrupted`` in the main thread, as
    Ctrl-C raises KeyboardInterrupt, so that the run stops its workers and
    says what is kept instead of dying mid-step. Only the first SIGTERM does
    so (a second one must not cut the clean-up short). A handler someone else
    installed (an application embedding the run) is left alone, and so is
    any thread but the main one (only it may set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous not in (signal.SIG_DFL, None):
        yield
        return
    fired = False

    def _terminate(signum, frame):
        nonlocal fired
        if not fired:
            fired = True
            raise RunInterrupted(signum)

    signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# --------------------------------------------------------------------------
# Results


@dataclass(slots=True)
class RunSummary:
    """What a run produced. Counts cover the whole dataset (batches skipped
    because an earlier run finished them included); ``*_skipped`` say how much
    of it was already there."""

    out_dir: str
    fmt: str
    engine: str = "local"
    workers: int = 1
    articles_ok: int = 0
    articles_failed: int = 0
    amounts: int = 0
    trade_facts: int = 0
    change_claims: int = 0
    quotes: int = 0
    experts: int | None = None  # None: not built (see experts_note)
    experts_note: str = ""
    batches: int = 0
    batches_skipped: int = 0
    articles_skipped: int = 0
    articles_triaged_out: int = 0  # read, but not parsed: no cue of anything to extract
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, error), first ones

    @property
    def articles(self) -> int:
        return self.articles_ok + self.articles_failed

    def add(self, entry: dict) -> None:
        rows = entry.get("rows", {})
        self.articles_ok += entry.get("ok", 0)
        self.articles_failed += entry.get("failed", 0)
        self.amounts += rows.get("amounts", 0)
        self.trade_facts += rows.get("trade_facts", 0)
        self.change_claims += rows.get("change_claims", 0)
        self.quotes += rows.get("quotes", 0)
        self.articles_triaged_out += entry.get("triage_skipped", 0)
        self.batches += 1
        for err in entry.get("errors", []):
            if len(self.errors) < MAX_ERRORS_KEPT:
                self.errors.append((err[0], err[1]))


@dataclass(slots=True)
class Progress:
    """Handed to the ``progress`` callback after every batch."""

    articles_done: int  # skipped ones included
    articles_total: int | None  # None while unknown
    batches_done: int
    articles_ok: int
    articles_failed: int
    skipped: bool  # this step was a batch already in the dataset


@dataclass(frozen=True, slots=True)
class BatchJob:
    key: str
    number: int
    articles: list[Article]

    @property
    def identity(self) -> dict:
        """What the manifest records of the batch's input."""
        first, last = self.articles[0], self.articles[-1]
        return {
            "first": _where(first),
            "last": _where(last),
            "ids": self.key.split("-", 1)[1],
        }


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """Everything a worker needs; picklable, sent once per worker or task."""

    out_dir: str
    fmt: str
    model: str | None = None
    article_timeout: float | None = None
    pipe_batch_size: int = PIPE_BATCH_SIZE
    triage: bool = True  # extractor.triage: articles without any cue are not parsed


def _where(article: Article) -> str:
    return f"{article.source}#{article.source_id}" if article.source_id else article.source


# --------------------------------------------------------------------------
# Batches


def batch_key(number: int, articles: Sequence[Article]) -> str:
    """Deterministic key of a batch: its place in the input stream and a hash
    of its article ids (so a changed input never matches an old batch).

    >>> a = [Article(text="Trade rose.", source="x.txt")]
    >>> batch_key(3, a) == batch_key(3, [Article(text="Trade  rose.", source="y.txt")])
    True
    >>> batch_key(3, a)[:8]
    '0000003-'
    """
    h = hashlib.sha1()
    for a in articles:
        h.update(a.article_id.encode("ascii"))
        h.update(b"\n")
    return f"{number:07d}-{h.hexdigest()[:12]}"


def iter_batches(articles: Iterable[Article], batch_size: int) -> Iterator[BatchJob]:
    """Cut a stream of articles into batch jobs, lazily, in input order."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    chunk: list[Article] = []
    number = 0
    for article in articles:
        chunk.append(article)
        if len(chunk) >= batch_size:
            yield BatchJob(batch_key(number, chunk), number, chunk)
            number += 1
            chunk = []
    if chunk:
        yield BatchJob(batch_key(number, chunk), number, chunk)


# --------------------------------------------------------------------------
# Inside a worker: extraction with time limits


class ArticleTimeout(BaseException):
    """Raised into an article's extraction when its time is up. A
    BaseException, so that no ``except Exception`` on the way swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in this thread after ``seconds``.

    In a process's main thread this is a real-time alarm (SIGALRM); in any
    other thread (a Dask worker's task thread) a timer raises the exception
    asynchronously. Either way Python code is interrupted at its next
    bytecode; code stuck in C is the driver's to handle.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread():

        def _alarm(signum, frame):
            raise ArticleTimeout()

        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    ident = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def _fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(ArticleTimeout))

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:
                # Withdraw an exception that was set but not yet raised.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)


def extract_one(nlp, article: Article, timeout: float | None, triage: bool = True) -> ArticleResult:
    """One article under its own time limit; a timeout is an error row."""
    from extractor.assemble import extract_articles

    try:
        with time_limit(timeout):
            return next(extract_articles([article], nlp=nlp, batch_size=1, triage=triage))
    except ArticleTimeout:
        return ArticleResult(
            article=article,
            error=f"timed out: extraction took longer than {timeout:g} s (--article-timeout)",
        )


def extract_batch(
    nlp,
    articles: Sequence[Article],
    timeout: float | None,
    pipe_batch_size: int = PIPE_BATCH_SIZE,
    triage: bool = True,
) -> list[ArticleResult]:
    """Results for a batch, in input order, one per article whatever happens.

    Without a timeout the batch goes through ``nlp.pipe``; an article whose
    extraction failed there is extracted again on its own (a component that
    raises inside ``nlp.pipe`` takes the rest of that pipe batch with it).
    With a timeout each article runs under its own alarm (``nlp.pipe``
    batching gains little on CPU, so this costs next to nothing).
    """
    from extractor.assemble import extract_articles

    if timeout:
        return [extract_one(nlp, a, timeout, triage) for a in articles]
    results = list(extract_articles(articles, nlp=nlp, batch_size=pipe_batch_size, triage=triage))
    if len(articles) > 1:
        results = [
            extract_one(nlp, r.article, None, triage) if (r.error and not r.article.error) else r for r in results
        ]
    return results


def results_to_tables(results: Iterable[ArticleResult]) -> tuple[dict[str, list[dict]], dict]:
    """Rows of every table for a batch's results, and the batch's counts."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    ok = failed = triaged_out = 0
    errors = []
    for r in results:
        for name, rows in r.rows().items():
            tables[name].extend(rows)
        triaged_out += r.triage == "skipped"
        if r.status == "ok":
            ok += 1
        else:
            failed += 1
            if len(errors) < MAX_ERRORS_KEPT:
                errors.append([_where(r.article), r.error or r.article.error])
    return tables, {"ok": ok, "failed": failed, "errors": errors, "triage_skipped": triaged_out}


def _worker_nlp(config: WorkerConfig):
    from extractor.pipeline import load_pipeline

    return load_pipeline(config.model)


def process_batch(config: WorkerConfig, job: BatchJob) -> dict:
    """Extract a batch and write its part files; return its manifest entry
    (less the finishing time). Runs in a worker."""
    start = time.perf_counter()
    nlp = _worker_nlp(config)
    results = extract_batch(nlp, job.articles, config.article_timeout, config.pipe_batch_size, config.triage)
    tables, counts = results_to_tables(results)
    rows = write_batch_parts(config.out_dir, config.fmt, job.key, tables)
    return _entry(job, rows, counts, time.perf_counter() - start)


def extract_rows(config: WorkerConfig, article: Article) -> dict[str, list[dict]]:
    """One article's rows (the article-by-article fallback; the driver
    writes the batch). Runs in a worker."""
    result = extract_one(_worker_nlp(config), article, config.article_timeout, config.triage)
    return result.rows()


def _entry(job: BatchJob, rows: dict[str, int], counts: dict, seconds: float) -> dict:
    return {
        "batch": job.key,
        "number": job.number,
        "articles": len(job.articles),
        "input": job.identity,
        "rows": rows,
        "ok": counts["ok"],
        "failed": counts["failed"],
        "errors": counts["errors"],
        "triage_skipped": counts.get("triage_skipped", 0),
        "seconds": round(seconds, 3),
        "worker": f"{socket.gethostname()}:{os.getpid()}",
    }


def write_fallback_batch(config: WorkerConfig, job: BatchJob, results: list[ArticleResult | dict]) -> dict:
    """Write a batch assembled article by article (by the driver)."""
    start = time.perf_counter()
    per_article = [r.rows() if isinstance(r, ArticleResult) else r for r in results]
    tables = {name: [row for rows in per_article for row in rows[name]] for name in TABLES}
    ok = sum(1 for rows in per_article if rows["articles"][0]["status"] == "ok")
    errors = [
        [_article_where(rows["articles"][0]), rows["articles"][0]["error"]]
        for rows in per_article
        if rows["articles"][0]["status"] != "ok"
    ][:MAX_ERRORS_KEPT]
    skipped = sum(1 for rows in per_article if rows["articles"][0].get("triage") == "skipped")
    counts = {"ok": ok, "failed": len(per_article) - ok, "errors": errors, "triage_skipped": skipped}
    written = write_batch_parts(
        config.out_dir, config.fmt, job.key, {k: rows_to_table(k, v) for k, v in tables.items()}
    )
    return _entry(job, written, counts, time.perf_counter() - start)


def _article_where(row: dict) -> str:
    return f"{row['source']}#{row['source_id']}" if row.get("source_id") else row["source"]


# --------------------------------------------------------------------------
# The local engine: a pool of worker processes the driver can kill


def _worker_main(conn, config: WorkerConfig) -> None:
    # The driver owns Ctrl-C and SIGTERM (a terminal or a scheduler signals
    # the whole process group): it stops the workers itself, after it has
    # seen what they finished. SIGTERM was blocked since the spawn (see
    # _Worker), so a signal sent while this process was starting is dropped.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    try:
        _worker_nlp(config)
    except BaseException as exc:  # noqa: BLE001  (reported to the driver, which stops)
        _reply(conn, ("fatal", str(exc) or repr(exc)))
        return
    if not _reply(conn, ("ready", os.getpid())):
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        kind, payload = msg
        try:
            if kind == "batch":
                reply = ("ok", process_batch(config, payload))
            else:
                reply = ("ok", extract_rows(config, payload))
        except DatasetWriteError as exc:
            reply = ("write_error", exc)  # the run stops: retrying would fail the same way
        except BaseException as exc:  # noqa: BLE001  (the driver decides what to do)
            reply = ("error", f"{type(exc).__name__}: {exc}")
        if not _reply(conn, reply):
            return


def _reply(conn, message) -> bool:
    """Send to the driver; False when it is gone (stopped or killed), which
    ends this worker quietly rather than with a BrokenPipeError traceback."""
    try:
        conn.send(message)
    except (BrokenPipeError, EOFError, OSError):
        return False
    return True


@dataclass(slots=True)
class _Task:
    kind: str  # "batch" | "article"
    job: BatchJob
    index: int = -1  # the article's place in the batch, for "article"
    deadline: float | None = None


class _Worker:
    def __init__(self, ctx, config: WorkerConfig):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, config), daemon=True)
        # The child inherits the signal mask: with SIGTERM blocked it cannot
        # die of one before _worker_main ignores it. Here a SIGTERM waits
        # until the mask is restored, then reaches the driver's handler.
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        try:
            self.proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        child.close()
        self.ready = False
        self.task: _Task | None = None

    def send(self, task: _Task, budget: float | None) -> None:
        task.deadline = time.monotonic() + budget if budget else None
        self.task = task
        payload = task.job if task.kind == "batch" else task.job.articles[task.index]
        self.conn.send((task.kind, payload))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class _Fallback:
    """A batch being redone article by article after its worker was lost."""

    def __init__(self, job: BatchJob, reason: str):
        self.job = job
        self.reason = reason
        self.results: list[Any] = [None] * len(job.articles)
        self.todo = deque(range(len(job.articles)))

    @property
    def complete(self) -> bool:
        return all(r is not None for r in self.results)


def _run_local(
    jobs: Iterator[BatchJob],
    config: WorkerConfig,
    workers: int,
    on_done: Callable[[dict], None],
) -> int:
    """Run the jobs on ``workers`` processes; returns the number of workers."""
    ctx = mp.get_context("spawn")
    timeout = config.article_timeout
    pool = [_Worker(ctx, config) for _ in range(workers)]
    fallbacks: dict[str, _Fallback] = {}
    fallback_queue: deque[tuple[_Fallback, int]] = deque()
    exhausted = False

    def next_task() -> _Task | None:
        nonlocal exhausted
        if fallback_queue:
            fb, i = fallback_queue.popleft()
            return _Task("article", fb.job, i)
        if exhausted:
            return None
        job = next(jobs, None)
        if job is None:
            exhausted = True
            return None
        return _Task("batch", job)

    def budget(task: _Task) -> float | None:
        if not timeout:
            return None
        n = len(task.job.articles) if task.kind == "batch" else 1
        return n * timeout + GRACE_SECONDS

    def lost(worker: _Worker, reason: str) -> None:
        # The worker is gone (or stuck and killed): redo its task another way.
        task = worker.task
        worker.task = None
        if task is None:
            return
        if task.kind == "batch":
            fb = _Fallback(task.job, reason)
            fallbacks[task.job.key] = fb
            fallback_queue.extend((fb, i) for i in fb.todo)
        else:
            fb = fallbacks[task.job.key]
            article = task.job.articles[task.index]
            fb.results[task.index] = ArticleResult(article=article, error=reason).rows()
            finish_fallback(fb)

    def finish_fallback(fb: _Fallback) -> None:
        if fb.complete:
            del fallbacks[fb.job.key]
            on_done(write_fallback_batch(config, fb.job, fb.results))

    finished = False
    try:
        while True:
            for w in pool:
                if w.ready and w.task is None:
                    task = next_task()
                    if task is None:
                        break
                    w.send(task, budget(task))
            busy = [w for w in pool if w.task is not None or not w.ready]
            if not busy and exhausted and not fallback_queue and not fallbacks:
                break
            deadlines = [w.task.deadline for w in pool if w.task and w.task.deadline]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            ready = mp_wait(
                [w.conn for w in busy] + [w.proc.sentinel for w in busy],
                timeout=wait_for,
            )
            now = time.monotonic()
            for i, w in enumerate(pool):
                if w.conn in ready:
                    try:
                        status, value = w.conn.recv()
                    except (EOFError, OSError):
                        status, value = "died", None
                else:
                    status, value = None, None
                if status == "fatal":
                    raise RunError(f"a worker could not start: {value}")
                if status == "write_error":
                    raise value
                if status == "ready":
                    w.ready = True
                    continue
                if status == "ok":
                    task, w.task = w.task, None
                    if task.kind == "batch":
                        on_done(value)
                    else:
                        fb = fallbacks[task.job.key]
                        fb.results[task.index] = value
                        finish_fallback(fb)
                    continue
                if status == "error":
                    # An exception outside any one article's guard: a batch
                    # is retried article by article (which isolates it; the
                    # driver then writes the parts), an article is an error row.
                    lost(w, f"extraction failed: {value}")
                    continue
                dead = status == "died" or (w.proc.sentinel in ready and not w.proc.is_alive())
                overdue = w.task is not None and w.task.deadline is not None and now >= w.task.deadline
                if not (dead or overdue):
                    continue
                if not w.ready and dead:
                    raise RunError(f"a worker died while loading the model (exit code {w.proc.exitcode})")
                if dead:
                    w.proc.join(timeout=1)  # so that its exit code is known
                if overdue:
                    reason = f"timed out: extraction took longer than {timeout:g} s (--article-timeout); worker stopped"
                else:
                    reason = f"worker process died (exit code {w.proc.exitcode}) while extracting this article"
                w.stop(kill=True)
                lost(w, reason)
                pool[i] = _Worker(ctx, config)
        finished = True
        return workers
    finally:
        # Stopped early (a signal, a write error): no worker's work is wanted
        # any more, so none is waited for.
        for w in pool:
            w.stop(kill=not finished or w.task is not None)


# --------------------------------------------------------------------------
# The Dask engine


def _dask_process_batch(config: WorkerConfig, job: BatchJob) -> dict | DatasetWriteError:
    with _dask_lock():
        try:
            return process_batch(config, job)
        except DatasetWriteError as exc:
            # Returned, not raised: the driver stops the run with one line,
            # and the worker's log gets no "Compute Failed" traceback.
            return exc


def _dask_extract_rows(config: WorkerConfig, article: Article) -> dict[str, list[dict]]:
    with _dask_lock():
        return extract_rows(config, article)


@functools.lru_cache(maxsize=1)
def _dask_lock() -> threading.Lock:
    # One extraction at a time per worker process (cached like the model):
    # a spaCy pipeline is not made to be shared between threads, and a
    # cluster started elsewhere may run several threads per worker.
    return threading.Lock()


def _run_dask(
    jobs: Iterator[BatchJob],
    config: WorkerConfig,
    workers: int,
    scheduler: str | None,
    on_done: Callable[[dict], None],
) -> int:
    """Run the jobs on a Dask cluster; returns the number of workers it had
    (the cluster's, not ``workers``, when ``scheduler`` names one)."""
    with _quiet_dask_client():
        return _run_dask_jobs(jobs, config, workers, scheduler, on_done)


@contextlib.contextmanager
def _quiet_dask_client() -> Iterator[None]:
    # The client logs each failed reconnection to a scheduler that went away
    # with a traceback; the run says so itself, in one line.
    import logging

    import distributed  # noqa: F401  (its import sets its loggers' levels: first)

    log = logging.getLogger("distributed.client")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _run_dask_jobs(
    jobs: Iterator[BatchJob],
    config: WorkerConfig,
    workers: int,
    scheduler: str | None,
    on_done: Callable[[dict], None],
) -> int:
    import logging
    from concurrent.futures import CancelledError

    from distributed import Client, LocalCluster, wait
    from distributed.comm import CommClosedError

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except OSError as exc:
        raise RunError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
    timeout = config.article_timeout
    nonce = os.urandom(4).hex()  # task keys unique to this run on a shared scheduler
    where = f"the Dask scheduler at {scheduler}" if scheduler else "the local Dask cluster"

    def connection_lost(exc: BaseException | None = None) -> bool:
        return _connection_lost(client, exc)

    try:
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            raise RunError(f"{where} has no workers (waited 60 s)") from None
        # No more tasks than worker threads, so that a task starts when it is
        # submitted and its time budget runs from then.
        nthreads = client.nthreads()
        slots = max(1, sum(nthreads.values()))
        inflight: dict[Any, _Task] = {}
        queue: deque[_Task] = deque()  # article-by-article retries wait here
        fallbacks: dict[str, _Fallback] = {}
        exhausted = False

        def submit(task: _Task) -> None:
            if task.kind == "batch":
                fut = client.submit(
                    _dask_process_batch, config, task.job, pure=False, key=f"extract-{nonce}-{task.job.key}"
                )
                n = len(task.job.articles)
            else:
                article = task.job.articles[task.index]
                fut = client.submit(
                    _dask_extract_rows, config, article, pure=False, key=f"extract-{nonce}-{task.job.key}-{task.index}"
                )
                n = 1
            task.deadline = time.monotonic() + n * timeout + DASK_GRACE_SECONDS if timeout else None
            inflight[fut] = task

        def lost(task: _Task, reason: str) -> None:
            if task.kind == "batch":
                fb = _Fallback(task.job, reason)
                fallbacks[task.job.key] = fb
                queue.extend(_Task("article", task.job, i) for i in fb.todo)
            else:
                article = task.job.articles[task.index]
                article_done(task, ArticleResult(article=article, error=reason).rows())

        def article_done(task: _Task, rows: dict) -> None:
            fb = fallbacks[task.job.key]
            fb.results[task.index] = rows
            if fb.complete:
                del fallbacks[task.job.key]
                on_done(write_fallback_batch(config, task.job, fb.results))

        while True:
            while len(inflight) < slots and (queue or not exhausted):
                if queue:
                    submit(queue.popleft())
                    continue
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                else:
                    submit(_Task("batch", job))
            if not inflight:
                break
            deadlines = [t.deadline for t in inflight.values() if t.deadline]
            wait_for = max(0.05, min(deadlines) - time.monotonic()) if deadlines else None
            try:
                wait(list(inflight), timeout=wait_for, return_when="FIRST_COMPLETED")
            except TimeoutError:
                pass
            except (CancelledError, CommClosedError, OSError) as exc:
                if connection_lost(exc):
                    raise ClusterLost(f"lost {where} mid-run") from None
                # Cancelled for another reason (by someone else on a shared
                # cluster): each such future is retried below.
            now = time.monotonic()
            for fut in list(inflight):
                task = inflight[fut]
                if fut.done():
                    del inflight[fut]
                    if fut.status == "cancelled" and connection_lost():
                        raise ClusterLost(f"lost {where} mid-run")
                    if fut.status == "finished":
                        value = _finished_result(client, fut, where)
                        if isinstance(value, DatasetWriteError):
                            raise value  # the disk, not the batch: the run stops
                        if task.kind == "batch":
                            on_done(value)
                        else:
                            article_done(task, value)
                        continue
                    try:
                        reason = f"extraction failed: {fut.exception()!r}"
                    except BaseException as exc:  # noqa: BLE001  (cancelled, lost)
                        reason = f"extraction failed: {exc!r}"
                    lost(task, reason)
                elif task.deadline is not None and now >= task.deadline:
                    # Stuck where the alarm cannot reach: stop the worker
                    # process that runs it (its nanny starts a new one).
                    del inflight[fut]
                    _kill_worker_of(client, fut)
                    fut.cancel()
                    lost(
                        task,
                        f"timed out: extraction took longer than {timeout:g} s (--article-timeout); worker restarted",
                    )
        return len(nthreads)
    except CommClosedError:
        # Any other call that needed the scheduler after it went away.
        raise ClusterLost(f"lost {where} mid-run") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connection_lost(client, exc: BaseException | None = None) -> bool:
    from distributed.comm import CommClosedError

    # The client keeps "running" while it has its scheduler; it says
    # "connecting" while it tries to get it back, "closed" once it gave up.
    return client.status != "running" or isinstance(exc, (CommClosedError, OSError))


def _finished_result(client, fut, where: str):
    """The value of a future the scheduler called finished. Fetching it still
    goes through the scheduler: if that went away in between, the run ends
    with ClusterLost (one line), not the connection's traceback."""
    try:
        return fut.result()
    except Exception as exc:
        if _connection_lost(client, exc):
            raise ClusterLost(f"lost {where} mid-run") from None
        raise


async def _exit_worker() -> None:
    # Runs on the worker's event loop (free while the stuck task holds its
    # thread); the worker's nanny starts a fresh process.
    os._exit(1)


def _kill_worker_of(client, fut) -> None:
    with contextlib.suppress(Exception):
        processing = client.processing()
        workers = [w for w, keys in processing.items() if fut.key in keys]
        if workers:
            client.run(_exit_worker, workers=workers, wait=False)


# --------------------------------------------------------------------------
# The driver


def run_articles(
    articles: Iterable[Article],
    out_dir: str | Path,
    *,
    fmt: str = "parquet",
    settings: dict | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    model: str | None = None,
    resume: bool = True,
    overwrite: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    article_timeout: float | None = None,
    total: int | None = None,
    progress: Callable[[Progress], None] | None = None,
    build_experts: bool = True,
    triage: bool = True,
) -> RunSummary:
    """Run a stream of articles into the dataset at ``out_dir``.

    ``settings`` identify the command for ``resume`` (two runs with the same
    settings and input continue each other); ``run_extract`` fills them from
    its arguments. ``triage=False`` parses every article (``--no-triage``);
    the rows are the same, so it is no setting of the dataset and a run may
    resume one made the other way (the ``triage`` column says what was done).
    """
    check_format(fmt)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    if article_timeout is not None and article_timeout <= 0:
        raise ValueError(f"article_timeout must be > 0 seconds, got {article_timeout}")
    start = time.perf_counter()
    out_dir = Path(out_dir)
    summary = RunSummary(out_dir=str(out_dir), fmt=fmt, engine=engine, workers=workers)
    settings = {"batch_size": batch_size, "model": model, **(settings or {})}
    config = WorkerConfig(str(out_dir.resolve()), fmt, model, article_timeout, triage=triage)

    with (
        stop_on_sigterm(),
        DatasetWriter(out_dir, fmt, settings, resume=resume, overwrite=overwrite) as writer,
        _reporting_stops(writer, str(out_dir)),
    ):
        seen: list[str] = []
        done_articles = 0

        def report(skipped: bool) -> None:
            if progress is not None:
                progress(
                    Progress(
                        articles_done=done_articles,
                        articles_total=total,
                        batches_done=summary.batches,
                        articles_ok=summary.articles_ok,
                        articles_failed=summary.articles_failed,
                        skipped=skipped,
                    )
                )

        def on_done(entry: dict) -> None:
            nonlocal done_articles
            writer.record(entry)
            summary.add(entry)
            done_articles += entry["articles"]
            report(False)

        def todo(batches: Iterator[BatchJob]) -> Iterator[BatchJob]:
            # Batches already in the manifest are counted, not redone.
            nonlocal done_articles
            for job in batches:
                seen.append(job.key)
                entry = writer.done.get(job.key)
                if entry is not None:
                    summary.add(entry)
                    summary.batches_skipped += 1
                    summary.articles_skipped += entry["articles"]
                    done_articles += entry["articles"]
                    report(True)
                    continue
                yield job

        jobs = todo(_read_ahead(iter_batches(articles, batch_size), workers))
        first = next(jobs, None)  # start no workers when every batch is done
        summary.workers = 0
        if first is not None:
            jobs = itertools.chain([first], jobs)
            if engine == "local":
                summary.workers = _run_local(jobs, config, workers, on_done)
            else:
                summary.workers = _run_dask(jobs, config, workers, scheduler, on_done)
        # A complete run: drop anything not made by this input (batches of an
        # earlier, interrupted run whose keys no longer occur).
        writer.finish(seen)
        if build_experts:
            summary.experts, summary.experts_note = build_experts_table(out_dir, fmt)
    summary.seconds = time.perf_counter() - start
    return summary


@contextlib.contextmanager
def _reporting_stops(writer: DatasetWriter, out_dir: str) -> Iterator[None]:
    """A run stopped early (a signal, a write error) says what it keeps. By
    the time an exception reaches here the engine has stopped its workers, so
    the unfinished parts can go."""
    try:
        yield
    except KeyboardInterrupt as exc:
        writer.discard_unfinished()
        signum = exc.signum if isinstance(exc, RunInterrupted) else signal.SIGINT
        raise RunInterrupted(signum, out_dir, writer.kept) from None
    except DatasetWriteError as exc:
        writer.discard_unfinished()
        raise RunWriteError(exc, out_dir, writer.kept) from exc
    except ClusterLost as exc:
        # Parts a task still writes on the cluster stay unfinished (not in
        # the manifest) and are redone by the next run.
        raise ClusterLost(
            f"{exc}; {kept_words(out_dir, writer.kept)}; run the same command again to resume once it is back"
        ) from None


def check_model(model: str | None = None) -> None:
    """Raise ``ModelNotFound`` here, in the driver, for a base model that is
    not installed (rather than in every worker as it starts)."""
    import configparser
    import json

    from extractor.pipeline import ModelNotFound, default_config_path

    name = model
    if not name:
        # Read the config without spaCy's loader: importing spaCy here would
        # cost the driver seconds for one string.
        cfg = configparser.ConfigParser(interpolation=None)
        cfg.read(default_config_path(), encoding="utf-8")
        name = json.loads(cfg["pipeline"]["base_model"])
    if Path(name).exists():
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelNotFound(name)


def _read_ahead(items: Iterator[BatchJob], size: int) -> Iterator[BatchJob]:
    """Read the input in a background thread, at most ``size`` batches
    ahead: ingest (HTML extraction, decoding) overlaps the workers' work
    instead of leaving them idle while the driver reads the next batch, and
    memory stays bounded. An exception in the reader is raised here."""
    import queue

    q: queue.Queue = queue.Queue(maxsize=max(1, size))
    stop = threading.Event()
    end = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def reader() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(end)
        except BaseException as exc:  # noqa: BLE001  (handed to the consumer)
            put(exc)

    thread = threading.Thread(target=reader, name="extractor-ingest", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is end:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def build_experts_table(out_dir: str | Path, fmt: str | None = None) -> tuple[int | None, str]:
    """Build the ``experts`` table across the whole dataset (when
    ``extractor.experts`` exists). Returns (rows, note)."""
    if importlib.util.find_spec("extractor.experts") is None:
        return None, "experts table not built: extractor.experts is not available"
    from extractor import experts

    try:
        # Part by part (a batch holds whole articles), and only the columns
        # experts are made of, so memory does not grow with the archive.
        acc = experts.ExpertsAccumulator()
        quote_parts = iter_table(out_dir, "quotes", ["article_id", "speaker", "speaker_type", "role", "affiliation"])
        article_parts = iter_table(out_dir, "articles", ["article_id", "published"])
        for quotes, articles in zip(quote_parts, article_parts, strict=True):
            acc.add(quotes.to_pandas(), articles.to_pandas())
        table = acc.table()
        write_table(out_dir, "experts", table, fmt)
    except Exception as exc:  # noqa: BLE001  (the dataset itself is written; say what failed)
        return None, f"experts table not built: {type(exc).__name__}: {exc}"
    return len(table), ""


def run_extract(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    fmt: str = "parquet",
    published: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    model: str | None = None,
    resume: bool = True,
    overwrite: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int | None = None,
    article_timeout: float | None = None,
    total: int | None = None,
    progress: Callable[[Progress], None] | None = None,
    stdin=None,
    triage: bool = True,
) -> RunSummary:
    """Read the articles in ``paths`` (files, folders, archives; ``-`` for
    standard input) and write the dataset into ``out_dir``."""
    from extractor.ingest import iter_articles
    from extractor.ingest.limits import IngestLimits

    limits = IngestLimits(max_chars=max_chars) if max_chars else IngestLimits()
    settings = {
        "inputs": [p if str(p) == "-" else str(Path(p).resolve()) for p in map(str, paths)],
        "published": published or "",
        "max_chars": limits.max_chars,
    }
    articles = iter_articles(list(paths), published=published, limits=limits, stdin=stdin)
    return run_articles(
        articles,
        out_dir,
        fmt=fmt,
        settings=settings,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        model=model,
        resume=resume,
        overwrite=overwrite,
        batch_size=batch_size,
        article_timeout=article_timeout,
        total=total,
        progress=progress,
        triage=triage,
    )
