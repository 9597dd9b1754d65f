"""The same per-article analysis on a Dask cluster (``analyze --engine dask --scheduler ADDRESS``).

Workers load the pipeline once: a worker plugin (:class:`LoadPipeline`) builds the analysers when
a worker joins, and :func:`~framing.batch.engines.worker_analysers` keeps them for every later
batch. The settings (analysis options with a loaded user lexicon, the time budget) are scattered to
every worker once. Articles travel in batches; results come back as they finish
(``distributed.as_completed``) and are handed to the writer in batch order, at most ``window``
batches in flight. Every machine needs framing installed (``pip install .``), the same version.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from distributed import WorkerPlugin

from .engines import AnalysisSettings, Batch, BatchResult, analyse_batch, worker_analysers


class LoadPipeline(WorkerPlugin):
    """Worker plugin: load the spaCy pipeline and build the analysers when a worker starts."""

    name = "framing-load-pipeline"

    def __init__(self, settings: AnalysisSettings, key: str) -> None:
        self.settings = settings
        self.key = key

    async def setup(self, worker: Any) -> None:
        # loading spaCy takes seconds: off the worker's event loop, which must keep answering the scheduler
        import asyncio

        await asyncio.get_running_loop().run_in_executor(None, worker_analysers, self.settings, self.key)


def _dask_task(index: int, articles: list[Any], settings: AnalysisSettings, key: str) -> BatchResult:
    return analyse_batch(index, articles, settings, key)


class DaskEngine:
    """Batches sent to the workers of a Dask scheduler (an address, or a ``distributed.Client``)."""

    def __init__(self, settings: AnalysisSettings, scheduler: Any) -> None:
        from distributed import Client

        self._own_client = not isinstance(scheduler, Client)
        self.client = Client(scheduler) if self._own_client else scheduler
        self.key = settings.key()
        self.client.register_plugin(LoadPipeline(settings, self.key))
        self.settings = self.client.scatter(settings, broadcast=True)
        threads = self.client.nthreads()
        self.workers = max(1, sum(threads.values()))

    def map_window(self, batches: Iterable[Batch], window: int) -> Iterator[BatchResult]:
        from distributed import as_completed

        source = iter(batches)
        finished: dict[int, BatchResult] = {}
        following = 0
        running = as_completed()
        in_flight = 0

        def send() -> bool:
            nonlocal in_flight
            nxt = next(source, None)
            if nxt is None:
                return False
            running.add(self.client.submit(_dask_task, nxt[0], nxt[1], self.settings, self.key, pure=False))
            in_flight += 1
            return True

        while in_flight < max(1, window) and send():
            pass
        for future in running:
            result: BatchResult = future.result()
            future.release()
            finished[result.index] = result
            while following in finished:
                in_flight -= 1
                yield finished.pop(following)
                following += 1
            # keep the window full: results waiting for an earlier batch count as in flight
            while in_flight < max(1, window) and send():
                pass

    def close(self, *, wait: bool = True) -> None:
        if self._own_client:
            self.client.close()
