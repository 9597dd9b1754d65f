"""Per-article results written as they are done, to JSON Lines or Parquet, and read back to resume.

JSON Lines (``.jsonl``, ``.ndjson``, anything not ``.parquet``): one line per article, the object
``analyze --format json`` prints for it. Each batch is written and flushed as it comes back, so a
run that is killed keeps every finished line; a last line cut short by the kill is found when the
run is started again, removed, and its article analysed again.

Parquet (``.parquet``): a Parquet file is complete only once its footer is written, so results
first go to a JSON Lines journal beside it (``FILE.parquet.partial.jsonl``), written like the above;
when the run ends, the journal (and the rows of an earlier complete ``FILE``) become ``FILE``, one
row group at a time, and the journal is removed. Columns: the article facts and counts, and
``json``, the whole result object as JSON text (lossless: nested results do not fit a fixed schema).

Beside either, ``FILE.run.json`` names the framing version and each analyser's fingerprint: a run
resumed with other analysers (another lexicon, another version) is refused rather than mixing
results (:class:`ResumeRefused`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

from ..analysers import Analyser
from ..version import __version__

#: scalar columns of a Parquet result file (``json`` holds everything)
PARQUET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("outlet", "string"), ("title", "string"), ("url", "string"), ("published", "string"),
    ("source", "string"), ("byline", "string"), ("word_count", "int64"), ("sentence_count", "int64"),
    ("paragraph_count", "int64"), ("json", "string"))
#: rows per Parquet row group when the journal is turned into the file
ROW_GROUP_ROWS = 500


class ResumeRefused(Exception):
    """The output file cannot be resumed (other analysers, or it is not a result file); the message
    names the file and what to do."""


class ResultWriter(Protocol):
    path: Path
    #: article ids already in the output (skipped by the run)
    done: set[str]
    #: what was found and repaired when the file was opened (a cut last line), for the user
    notes: list[str]

    def write(self, lines: Iterable[tuple[str, str]]) -> None: ...

    def close(self, *, complete: bool) -> None: ...


def run_description(analysers: Iterable[Analyser]) -> dict[str, Any]:
    return {"framing": __version__, "analysers": {a.name: a.fingerprint() for a in analysers}}


def _check_run(path: Path, description: dict[str, Any], has_results: bool) -> None:
    sidecar = Path(f"{path}.run.json")
    if sidecar.exists() and has_results:
        try:
            before = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if before != description:
            raise ResumeRefused(
                f"{path} holds results of another run (framing version or analysers differ, e.g. another "
                f"--lexicon; see {sidecar}): resuming would mix them. Write to a new --out file, or delete "
                f"{path} and {sidecar} to start again")
    sidecar.write_text(json.dumps(description, indent=2) + "\n", encoding="utf-8")


def scan_jsonl(path: Path) -> tuple[set[str], list[str]]:
    """The article ids of a result file's complete lines, cutting off a last line left incomplete
    by an interrupted run (and notes saying so). A line that is not a result is an error."""
    ids: set[str] = set()
    notes: list[str] = []
    if not path.exists():
        return ids, notes
    good_end = 0
    with path.open("rb") as fh:
        offset = 0
        for number, raw in enumerate(fh, start=1):
            end = offset + len(raw)
            complete = raw.endswith(b"\n")
            try:
                data = json.loads(raw) if raw.strip() else None
            except ValueError:
                data = False
            if data is False or (data is not None and not complete):
                if fh.read(1) == b"":  # the last line: cut short by an interrupted run
                    notes.append(f"{path}: its last line was cut short (an interrupted run); it was removed and "
                                 "that article is analysed again")
                    break
                raise ResumeRefused(f"{path} line {number} is not a result line (not JSON): --out must name a file "
                                    "this command wrote, or a new file")
            if data is not None:
                if not isinstance(data, dict) or "id" not in data or "text" not in data:
                    raise ResumeRefused(f"{path} line {number} is not an article result: --out must name a file "
                                        "this command wrote, or a new file")
                ids.add(str(data["id"]))
            good_end = end
            offset = end
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return ids, notes


class JsonlWriter:
    """Appends result lines to a JSON Lines file, flushed after every batch."""

    def __init__(self, path: str | os.PathLike[str], analysers: Iterable[Analyser] | None = None) -> None:
        self.path = Path(path)
        self.done, self.notes = scan_jsonl(self.path)
        if analysers is not None:
            _check_run(self.path, run_description(analysers), bool(self.done))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a", encoding="utf-8", newline="\n")

    def write(self, lines: Iterable[tuple[str, str]]) -> None:
        for article_id, line in lines:
            self._fh.write(line + "\n")
            self.done.add(article_id)
        self._fh.flush()

    def close(self, *, complete: bool = True) -> None:
        self._fh.close()


def _parquet_schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in PARQUET_COLUMNS])


def parquet_row(line: str) -> dict[str, Any]:
    data = json.loads(line)
    row = {name: data.get(name) for name, _ in PARQUET_COLUMNS if name != "json"}
    row["json"] = line
    return row


def parquet_lines(path: str | os.PathLike[str]) -> Iterator[str]:
    """The result objects of a Parquet result file as JSON lines, one row group at a time."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=ROW_GROUP_ROWS, columns=["json"]):
        yield from (str(v) for v in batch.column(0).to_pylist())


class ParquetResultWriter:
    """Results to a JSON Lines journal, turned into the Parquet file when the run completes."""

    def __init__(self, path: str | os.PathLike[str], analysers: Iterable[Analyser] | None = None) -> None:
        self.path = Path(path)
        self.journal_path = Path(f"{self.path}.partial.jsonl")
        before: set[str] = set()
        if self.path.exists():
            try:
                before = {json.loads(line)["id"] for line in parquet_lines(self.path)}
            except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a file that is not Parquet
                raise ResumeRefused(f"{self.path} is not a result file this command wrote ({type(exc).__name__}: "
                                    f"{str(exc).splitlines()[0] if str(exc) else ''}): write to a new --out file") \
                    from None
        self.journal = JsonlWriter(self.journal_path)
        self.done = before | self.journal.done
        self.notes = self.journal.notes
        if analysers is not None:
            _check_run(self.path, run_description(analysers), bool(self.done))

    def write(self, lines: Iterable[tuple[str, str]]) -> None:
        lines = list(lines)
        self.journal.write(lines)
        self.done.update(i for i, _ in lines)

    def close(self, *, complete: bool = True) -> None:
        self.journal.close()
        if not complete:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _parquet_schema()
        tmp = Path(f"{self.path}.tmp")
        sources: list[Iterator[str]] = []
        if self.path.exists():
            sources.append(parquet_lines(self.path))
        sources.append(_journal_lines(self.journal_path))
        with pq.ParquetWriter(tmp, schema) as out:
            rows: list[dict[str, Any]] = []
            for source in sources:
                for line in source:
                    rows.append(parquet_row(line))
                    if len(rows) >= ROW_GROUP_ROWS:
                        out.write_table(pa.Table.from_pylist(rows, schema=schema))
                        rows = []
            if rows:
                out.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, self.path)
        self.journal_path.unlink()


def _journal_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line.rstrip("\n")


def open_writer(path: str | os.PathLike[str], analysers: Iterable[Analyser] | None = None) -> ResultWriter:
    """The writer for ``path`` by its extension: Parquet for ``.parquet``, else JSON Lines."""
    if str(path).lower().endswith(".parquet"):
        return ParquetResultWriter(path, analysers)
    return JsonlWriter(path, analysers)
