"""``python -m framing analyze PATH... --out FILE``: the streaming, parallel, resumable batch run.

Without ``--out``, ``analyze`` prints every result to standard output as before (all of them at
once: ``csv`` and ``table`` need every row before the first line). With it, inputs are streamed,
analysed on ``--workers`` processes (default: every core) or a Dask cluster
(``--engine dask --scheduler ADDRESS``), and each result is written to ``FILE`` (JSON Lines, or
Parquet for ``.parquet``) as it is done; rerunning the same command skips what ``FILE`` holds.
Progress, problems and the summary go to standard error; standard output stays empty.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..safe_text import terminal_safe


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("batch runs (with --out)")
    group.add_argument("--out", metavar="FILE",
                       help="write one result per article to FILE as each is done (JSON Lines; Parquet for "
                            ".parquet), streaming the inputs; rerun the same command to resume")
    group.add_argument("--workers", type=int, metavar="N",
                       help="processes analysing at once (default: every core; 0: in this process)")
    group.add_argument("--engine", choices=("local", "dask"), help="where to analyse: local processes (default) "
                       "or a Dask cluster (--scheduler)")
    group.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://10.0.0.5:8786")
    group.add_argument("--batch-size", type=int, default=None, metavar="N",
                       help="articles sent to a worker at a time (default: 8)")
    group.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")


def wants_batch(args: Any) -> bool:
    return bool(args.out)


def usage_error(args: Any) -> str | None:
    """Why the batch options given cannot be used together, or None."""
    batch_only = [flag for flag, value in (("--workers", args.workers), ("--engine", args.engine),
                                           ("--scheduler", args.scheduler), ("--batch-size", args.batch_size))
                  if value is not None]
    if not args.out:
        if batch_only:
            return f"{', '.join(batch_only)} need --out FILE (batch runs write their results to a file)"
        return None
    if args.format is not None:
        return ("--format is for results printed to standard output; --out writes JSON Lines (or Parquet for a "
                ".parquet file): leave out --format")
    if args.engine == "dask" and not args.scheduler:
        return "--engine dask needs --scheduler ADDRESS (the address `dask scheduler` prints)"
    if args.scheduler and args.engine != "dask":
        return "--scheduler is for --engine dask"
    if args.workers is not None and args.workers < 0:
        return "--workers must be 0 or more"
    if args.batch_size is not None and args.batch_size < 1:
        return "--batch-size must be 1 or more"
    return None


def _say(text: str) -> str:
    return terminal_safe(f"framing: {text}", one_line=True)


def run(args: Any) -> int:
    from ..analysers import AnalysisOptions, build_analysers
    from ..ingest import IngestOptions
    from ..ingest.urls import fetch_options
    from ..loaded_terms import LexiconError, load_lexicon
    from .engines import AnalysisSettings, Engine, InProcessEngine, ProcessEngine, default_workers
    from .progress import Progress
    from .readers import estimate_count, stream_inputs
    from .runner import DEFAULT_BATCH_SIZE, run_batch
    from .writers import ResumeRefused, open_writer

    try:
        options = AnalysisOptions(lexicon=load_lexicon(args.lexicon) if args.lexicon else None,
                                  loaded_threshold=getattr(args, "loaded_threshold", None))
    except LexiconError as exc:
        print(_say(f"lexicon {exc}"), file=sys.stderr)
        return 2
    settings = AnalysisSettings(options, args.time_budget or None)
    try:
        writer = open_writer(args.out, build_analysers(options))
    except ResumeRefused as exc:
        print(_say(str(exc)), file=sys.stderr)
        return 2
    except OSError as exc:
        print(_say(f"{args.out}: cannot be written ({exc.strerror or exc}): choose another --out file"),
              file=sys.stderr)
        return 2
    progress = Progress(None if args.no_progress else estimate_count(args.paths), enabled=not args.no_progress)
    for note in writer.notes:
        progress.message(_say(note))
    engine: Engine
    try:
        if args.engine == "dask":
            from .dask_engine import DaskEngine

            engine = DaskEngine(settings, args.scheduler)
        elif args.workers == 0:
            engine = InProcessEngine(settings)
        else:
            engine = ProcessEngine(settings, args.workers or default_workers())
    except (OSError, TimeoutError) as exc:
        progress.close()
        writer.close(complete=False)
        print(_say(f"cannot reach the Dask scheduler {args.scheduler} ({exc}): start it with `dask scheduler` "
                   "and give the address it prints"), file=sys.stderr)
        return 2
    own = [args.out, f"{args.out}.run.json", f"{args.out}.partial.jsonl", f"{args.out}.tmp"]
    items = stream_inputs(args.paths, fetch_options(args, IngestOptions(max_chars=args.max_chars)), leave_out=own)
    complete = False
    resume = f"every result written so far is in {args.out}; run the same command again to go on where it stopped"
    try:
        summary = run_batch(items, engine, writer, batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                            progress=progress, report=lambda text: progress.message(_say(text)))
        complete = True
    except KeyboardInterrupt:
        progress.close()
        print(_say(f"interrupted: {resume}"), file=sys.stderr)
        return 130
    except BrokenProcessPool:
        progress.close()
        print(_say(f"a worker process died (out of memory? try fewer --workers or a lower --max-chars): {resume}"),
              file=sys.stderr)
        return 1
    finally:
        engine.close(wait=complete)
        writer.close(complete=complete)
    progress.close()
    rate = f"{summary.analysed / summary.seconds:,.2f} articles/s, {summary.words / summary.seconds:,.0f} words/s" \
        if summary.seconds > 0 and summary.analysed else ""
    parts = [f"{summary.analysed:,} article{'s' if summary.analysed != 1 else ''} analysed"
             + (f" ({summary.words:,} words in {summary.seconds:,.0f} s: {rate})" if rate else "")]
    if summary.skipped:
        parts.append(f"{summary.skipped:,} already in {args.out} skipped")
    if summary.failed:
        parts.append(f"{summary.failed:,} left out (named above)")
    print(_say(", ".join(parts) + f"; results in {args.out}"), file=sys.stderr)
    if not summary.analysed and not summary.skipped:
        print("framing: no article could be loaded from the inputs given", file=sys.stderr)
        return 1
    return 0
