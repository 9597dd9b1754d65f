"""Per-article results read back from a batch run's output (``analyze --out FILE``).

``compare results.jsonl`` reads these instead of the texts: each result already holds what the
comparison reads (the ``content`` analyser's terms, entities and figures, attributions, loaded
terms, tone, frames, readability, and the text itself for the labels and the similarity), rebuilt
with :meth:`~framing.analysis.ArticleAnalysis.from_json`; nothing is parsed again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ..analysis import ArticleAnalysis
from ..ingest import Problem

#: keys every result object has (a bundle of articles to analyse has no ``content`` or counts)
RESULT_KEYS = ("id", "text", "word_count", "content")


def _is_result(data: Any) -> bool:
    return isinstance(data, dict) and all(k in data for k in RESULT_KEYS)


def is_result_file(path: str | Path) -> bool:
    """Whether ``path`` is a JSON Lines or Parquet file of results (its first record says so)."""
    p = Path(path)
    if not p.is_file():
        return False
    ext = p.suffix.lower()
    try:
        if ext == ".parquet":
            import pyarrow.parquet as pq

            names = pq.ParquetFile(str(p)).schema_arrow.names
            return "json" in names and "id" in names
        if ext in (".jsonl", ".ndjson"):
            with p.open("rb") as fh:
                for raw in fh:
                    if raw.strip():
                        return _is_result(json.loads(raw))
    except Exception:  # noqa: BLE001 - not a result file: it is read as articles, which reports what is wrong
        return False
    return False


def read_results(path: str | Path) -> Iterator[ArticleAnalysis | Problem]:
    """Each result of a result file as an :class:`ArticleAnalysis`; a line that is not one (a last
    line cut short by an interrupted run, say) becomes a problem naming it."""
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        from .writers import parquet_lines

        lines: Iterator[str] = parquet_lines(p)
        label = "row"
    else:
        lines = _text_lines(p)
        label = "line"
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            yield Problem(f"{p} {label} {number}", "is not a complete result (cut short by an interrupted run?); "
                                                   "skipped: rerun the batch command to redo it")
            continue
        if not _is_result(data):
            yield Problem(f"{p} {label} {number}", "is not an article result; skipped")
            continue
        yield ArticleAnalysis.from_json(data)


def _text_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        yield from fh
