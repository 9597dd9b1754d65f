"""Where the per-article analysis runs: this process, a pool of processes, or a Dask cluster.

Each engine takes numbered batches of articles and yields their :class:`BatchResult` in batch
order, with at most ``window`` batches in flight (sent and not yet handed back), so the
articles held at once are bounded whatever the input's size. Every batch is analysed by
:func:`analyse_batch`, which calls the public API (:func:`framing.api.analyse`) with analysers
built once per process (:func:`worker_analysers`: the spaCy pipeline and the lexicons load once
per worker, not per batch).
"""

from __future__ import annotations

import collections
import hashlib
import json
import multiprocessing
import os
import pickle
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Protocol

from ..analysers import Analyser, AnalysisOptions, build_analysers
from ..analysis import DEFAULT_TIME_BUDGET
from ..model import Article
from ..safe_text import json_controls_escaped

#: numbered batch: (index from 0, articles)
Batch = tuple[int, list[Article]]


@dataclass(frozen=True)
class AnalysisSettings:
    """What every worker needs to analyse as the caller would: the analysis options (a user lexicon
    travels loaded, so workers on other machines need no file) and the per-article time budget."""

    options: AnalysisOptions = AnalysisOptions()
    time_budget: float | None = DEFAULT_TIME_BUDGET

    def key(self) -> str:
        """Identifies the settings across processes (the analysers built for them are reused)."""
        return hashlib.sha256(pickle.dumps(self)).hexdigest()[:16]


@dataclass
class BatchResult:
    index: int
    #: (article id, the article's JSON as one line: what ``analyze --format json`` prints for it)
    lines: list[tuple[str, str]] = field(default_factory=list)
    #: words analysed (the ``word_count`` of each analysed article)
    words: int = 0
    #: one message per article left out (over the time budget, out of memory), naming it
    failures: list[str] = field(default_factory=list)
    #: the same, as (article id, the reason alone)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: the process that analysed the batch (``host:pid``)
    worker: str = ""


_BUILT: dict[str, tuple[Analyser, ...]] = {}
_BUILDING = threading.Lock()  # Dask runs tasks on threads: build once, not once per thread


def worker_analysers(settings: AnalysisSettings, key: str | None = None) -> tuple[Analyser, ...]:
    """The analysers for ``settings``, built once per process (and the spaCy pipeline loaded)."""
    key = key or settings.key()
    with _BUILDING:
        built = _BUILT.get(key)
        if built is None:
            from ..nlp import load_pipeline

            load_pipeline()
            _BUILT.clear()  # one set of settings per run: never keep two lexicons' analysers alive
            built = _BUILT[key] = build_analysers(settings.options)
    return built


def result_line(data: dict[str, Any]) -> str:
    """One article's JSON on one line (control characters escaped, as ``--format json`` writes them)."""
    return json_controls_escaped(json.dumps(data, ensure_ascii=False))


def analyse_batch(index: int, articles: list[Article], settings: AnalysisSettings,
                  key: str | None = None) -> BatchResult:
    """Analyse one batch with the public API; the results as JSON lines, in the batch's order."""
    import socket

    from ..analysis import AnalysisFailure
    from ..api import analyse

    analysers = worker_analysers(settings, key)
    failures: list[AnalysisFailure] = []
    analyses = analyse(articles, analysers=analysers, failures=failures, time_budget=settings.time_budget)
    result = BatchResult(index, worker=f"{socket.gethostname()}:{os.getpid()}")
    for analysis in analyses:
        data = analysis.to_json()
        result.lines.append((analysis.article.id, result_line(data)))
        result.words += int(data.get("word_count") or 0)
    result.failures = [str(f) for f in failures]
    result.failed = [(f.article.id, f.message) for f in failures]
    return result


class Engine(Protocol):
    #: how many batches run at once
    workers: int

    def map_window(self, batches: Iterable[Batch], window: int) -> Iterator[BatchResult]:
        """The results of ``batches`` in batch order, at most ``window`` batches sent and not yet yielded."""
        ...

    def close(self, *, wait: bool = True) -> None: ...


class InProcessEngine:
    """Everything in the calling process, one batch at a time (``--workers 0``; tests)."""

    workers = 1

    def __init__(self, settings: AnalysisSettings) -> None:
        self.settings = settings

    def map_window(self, batches: Iterable[Batch], window: int) -> Iterator[BatchResult]:
        for index, articles in batches:
            yield analyse_batch(index, articles, self.settings)

    def close(self, *, wait: bool = True) -> None:
        pass


def _start_worker(settings: AnalysisSettings, ready: Any = None, lifeline: Any = None) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    import signal
    import threading as _threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the calling process's to handle
    if lifeline is not None:
        _exit_with_caller(lifeline)
    worker_analysers(settings)
    _load_lazy_data(settings)
    if ready is not None:  # every worker starts work together, none takes all the first batches
        try:
            ready.wait(STARTUP_WAIT)
        except _threading.BrokenBarrierError:
            pass


def _exit_with_caller(lifeline: Any) -> None:
    """End this worker as soon as the calling process is gone, however it ended (SIGKILL too): the
    caller alone holds the writing end of ``lifeline`` and never writes, so the read sees the end
    of the pipe exactly when the caller's files are closed by its death."""

    def watch() -> None:
        try:
            lifeline.recv()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="framing-exit-with-caller", daemon=True).start()


#: a text of our own that a starting worker analyses (never written anywhere): the analysers load
#: their lexicons, models and word lists on first use, and the first real batch should not wait
WARM_UP_TEXT = ("The council opened the bridge on Monday, officials said. \u201cIt took years,\u201d the mayor told "
                "reporters, adding that 40 workers had been hired. Critics claimed the cost was too high.")


def _load_lazy_data(settings: AnalysisSettings) -> None:
    try:
        analyse_batch(-1, [Article.create(title="Warm-up", body=WARM_UP_TEXT, outlet="Warm-up")], settings)
    except Exception:  # noqa: BLE001 - a warm-up only: the first batch loads what it needs
        pass


#: seconds a started worker waits for the others to load the pipeline before it starts anyway
STARTUP_WAIT = 300.0


def _started() -> int:
    return os.getpid()


_WORKER_SETTINGS: AnalysisSettings | None = None


def _pool_task(index: int, articles: list[Article]) -> BatchResult:
    assert _WORKER_SETTINGS is not None, "the worker was started without its settings"
    return analyse_batch(index, articles, _WORKER_SETTINGS)


def start_method() -> str:
    """``forkserver`` where there is one (Linux), else ``spawn``: never a fork of a process that may
    hold threads (a Dask client, a Streamlit server)."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class ProcessEngine:
    """``workers`` processes on this machine, each loading the pipeline once when it starts."""

    def __init__(self, settings: AnalysisSettings, workers: int) -> None:
        self.workers = max(1, workers)
        context = multiprocessing.get_context(start_method())
        ready = context.Barrier(self.workers) if self.workers > 1 else None
        lifeline, self._lifeline = context.Pipe(duplex=False)  # the workers read; only this process writes
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                        initializer=_start_worker, initargs=(settings, ready, lifeline))
        # start every process now (the pool would start them one submission at a time)
        self._started = [self.pool.submit(_started) for _ in range(self.workers)]

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until every worker has loaded the pipeline and its analysers' data; False when
        ``timeout`` seconds pass first or a worker failed to start."""
        try:
            for started in self._started:
                started.result(timeout=timeout)
        except Exception:  # noqa: BLE001 - a timeout or a worker that died: not ready
            return False
        return True

    def map_window(self, batches: Iterable[Batch], window: int) -> Iterator[BatchResult]:
        pending: collections.deque[Future[BatchResult]] = collections.deque()
        source = iter(batches)
        for index, articles in source:
            pending.append(self.pool.submit(_pool_task, index, articles))
            if len(pending) >= max(1, window):
                break
        while pending:
            done = pending.popleft().result()
            nxt = next(source, None)
            if nxt is not None:
                pending.append(self.pool.submit(_pool_task, *nxt))
            yield done

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers; ``wait=False`` (an interrupted run) does not wait for running batches:
        the workers end by themselves once this process is gone."""
        self.pool.shutdown(wait=wait, cancel_futures=True)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
