"""A batch run: articles streamed in, analysed by an engine, results written as they come back.

:func:`run_batch` pulls articles from an iterable (normally :func:`~framing.batch.readers.stream_inputs`)
only as fast as the engine takes them: at most ``window`` batches of ``batch_size`` articles are in
flight (read and not yet written), so memory does not grow with the input. Articles whose id the
writer already holds (an earlier run) are skipped; problems found while reading are handed to
``report`` as they are found.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..ingest import Problem
from ..model import Article
from .engines import Batch, Engine
from .progress import Progress
from .writers import ResultWriter

#: articles per batch sent to a worker (spaCy parses a batch together)
DEFAULT_BATCH_SIZE = 8


@dataclass
class BatchSummary:
    analysed: int = 0
    skipped: int = 0
    failed: int = 0
    problems: int = 0
    errors: int = 0
    words: int = 0
    seconds: float = 0.0
    #: the processes that analysed batches (``host:pid``)
    workers: set[str] = field(default_factory=set)
    #: most articles read and not yet written at any moment
    most_in_flight: int = 0


def run_batch(items: Iterable[Article | Problem], engine: Engine, writer: ResultWriter, *,
              batch_size: int = DEFAULT_BATCH_SIZE, window: int | None = None,
              progress: Progress | None = None, report: Callable[[str], None] | None = None) -> BatchSummary:
    """Analyse every article of ``items`` not already in ``writer`` and write its result.

    ``window``: batches in flight (default: twice the engine's workers). ``report`` receives each
    problem and each analysis failure as a line for the user.
    """
    summary = BatchSummary()
    window = window or 2 * engine.workers
    say = report or (lambda text: None)
    started = time.monotonic()
    read = 0

    def batches() -> Iterator[Batch]:
        nonlocal read
        batch: list[Article] = []
        index = 0
        for item in items:
            if isinstance(item, Problem):
                summary.problems += 1
                summary.errors += item.kind == "error"
                say(str(item))
                continue
            if item.id in writer.done:
                summary.skipped += 1
                if progress is not None:
                    progress.skip()
                continue
            batch.append(item)
            read += 1
            summary.most_in_flight = max(summary.most_in_flight, read - summary.analysed - summary.failed)
            if len(batch) >= batch_size:
                yield index, batch
                index += 1
                batch = []
        if batch:
            yield index, batch

    for result in engine.map_window(batches(), window):
        writer.write(result.lines)
        summary.analysed += len(result.lines)
        summary.failed += len(result.failures)
        summary.words += result.words
        summary.workers.add(result.worker)
        for failure in result.failures:
            say(failure)
        if progress is not None:
            progress.advance(len(result.lines) + len(result.failures), result.words)
    summary.seconds = time.monotonic() - started
    return summary
