"""Read articles one at a time from files, folders, bundles, zips and URLs (bounded memory).

:func:`stream_inputs` yields, in input order, each :class:`~framing.model.Article` that loads and
each :class:`~framing.ingest.Problem` (error, warning, duplicate) as soon as it is found, with the
same messages as :func:`framing.ingest.load_paths`. What is held in memory at once:

* CSV/TSV, JSON Lines and Parquet files: a few rows (a Parquet batch of 256 rows), whatever the
  file's size; their UTF-8 text is decoded as it is read. These files are not held to
  ``IngestOptions.max_bytes`` (each article still is to ``max_chars``). A CSV or JSON Lines file
  whose start is not UTF-8 is read whole, as ``load_paths`` reads it (and with its size limit);
* a ``.zip``: one member at a time;
* any other file (``.txt``, ``.html``, a ``.json`` array) and a URL: that one input.

Exact duplicates are skipped and reported as ``load_paths`` does; the ids seen so far are kept (16
characters each).
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from ..ingest import IngestOptions, LoadReport, Problem
from ..ingest.archives import iter_zip
from ..ingest.bundles import PhysicalLines, iter_csv, iter_jsonl, iter_parquet
from ..ingest.encodings import Decoded, InputError, replaced_bytes_warning, repair_mojibake
from ..ingest.loaders import (expand_folder, guarded, known_extension, load_file, load_url_unreviewed,
                              member_loader, skipped_message)
from ..ingest.review import review_articles
from ..ingest.urls import is_url
from ..model import Article

#: bundles read row by row: extension -> kind
STREAMED = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
#: bytes looked at to decide how a streamed text bundle is decoded
HEAD_BYTES = 65536

_REPLACE_COUNTING = "framing-count-replaced"


class _Replaced:
    """Bytes replaced by U+FFFD while a streamed file is decoded (one file is read at a time)."""

    count = 0


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _Replaced.count += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error(_REPLACE_COUNTING, _count_and_replace)


def stream_inputs(paths: Iterable[str | Path], options: IngestOptions = IngestOptions(), *,
                  leave_out: Iterable[str | Path] = ()) -> Iterator[Article | Problem]:
    """Each article and each problem of ``paths`` (files, folders, bundles, zips, URLs), in order.

    ``leave_out``: files never read, even inside a folder given (the run's own output file).

    >>> items = list(stream_inputs(["corpus/kazakhstan-2022-01", "missing.txt"]))
    >>> [type(x).__name__ for x in items]
    ['Article', 'Article', 'Article', 'Article', 'Article', 'Article', 'Problem']
    """
    seen: dict[str, str] = {}
    skip = {Path(p).resolve() for p in leave_out}
    for fragment in _fragments(paths, options, skip):
        review_articles(fragment)
        yield from fragment.problems
        for article in fragment.articles:
            if article.id in seen:
                yield Problem(article.source, f"exact duplicate of {seen[article.id]}; skipped", "duplicate")
            else:
                seen[article.id] = article.source
                yield article


def _fragments(paths: Iterable[str | Path], options: IngestOptions, skip: set[Path]) -> Iterator[LoadReport]:
    for p in paths:
        if isinstance(p, str) and is_url(p):
            yield load_url_unreviewed(p.strip(), options)
            continue
        path = Path(p)
        try:
            if path.is_dir():
                report = LoadReport()
                files = expand_folder(path, report)
                if not files:
                    report.problems.append(Problem(str(path), "holds no article files (.txt, .md, .html, .csv, "
                                                   ".jsonl, .json, .parquet, .zip)"))
                yield report
                for f in files:
                    if f.resolve() not in skip:
                        yield from _file_fragments(f, options)
            elif path.is_file():
                if path.resolve() in skip:
                    yield LoadReport(problems=[Problem(str(path), "is the output file of this run: not read as an "
                                                                  "input", "warning")])
                else:
                    yield from _file_fragments(path, options)
            elif path.exists():
                yield LoadReport(problems=[Problem(str(path), "is not a regular file or folder")])
            else:
                hint = " (a web address needs http:// or https:// in front)" if str(p).startswith("www.") else ""
                yield LoadReport(problems=[Problem(str(path), f"does not exist{hint}")])
        except OSError as exc:
            yield LoadReport(problems=[Problem(str(path), f"could not be read: {exc.strerror or exc}")])


def _file_fragments(path: Path, options: IngestOptions) -> Iterator[LoadReport]:
    ext = path.suffix.lower()
    name = str(path)
    if ext in STREAMED:
        yield from _guarded_stream(name, lambda: _bundle_rows(path, STREAMED[ext], options))
    elif ext == ".zip" and zipfile.is_zipfile(path):
        yield from _guarded_stream(name, lambda: iter_zip(name, name=name, options=options,
                                                          load_member=member_loader(options),
                                                          known_extension=known_extension,
                                                          skipped_message=skipped_message))
    else:
        yield load_file(path, options)


def _guarded_stream(name: str, start: Callable[[], Iterable[LoadReport]]) -> Iterator[LoadReport]:
    """The reports of a streamed input; an error while reading it becomes a problem naming it
    (the rows before it have been yielded already)."""
    try:
        for part in start():
            yield part
    except InputError as exc:
        yield LoadReport(problems=[Problem(name, str(exc))])
    except MemoryError:
        yield LoadReport(problems=[Problem(name, "could not be read: out of memory")])
    except Exception as exc:  # noqa: BLE001 - one bad input never stops the others
        yield guarded(name, lambda: _reraise(exc))


def _reraise(exc: Exception) -> LoadReport:
    raise exc


def _bundle_rows(path: Path, kind: str, options: IngestOptions) -> Iterator[LoadReport]:
    name = str(path)
    if path.stat().st_size == 0:
        raise InputError("is empty: it holds no text")
    if kind == "parquet":
        items: Iterable[Article | Problem] = iter_parquet(str(path), name=name, options=options)
        for item in items:
            yield _one(item)
        return
    with path.open("rb") as fh:
        encoding = _streamable_encoding(fh.read(HEAD_BYTES))
        if encoding is None:  # not UTF-8 at the start: the whole-file reader guesses the encoding
            yield load_file(path, options)
            return
        fh.seek(0)
        _Replaced.count = 0
        if kind == "jsonl":
            items = iter_jsonl(_jsonl_lines(fh, encoding), name=name, options=options)
        else:
            text = io.TextIOWrapper(fh, encoding=encoding, errors=_REPLACE_COUNTING, newline="")
            items = iter_csv(PhysicalLines(repair_mojibake(line) for line in text), name=name, options=options,
                             delimiter="\t" if kind == "tsv" else ",")
        for item in items:
            yield _one(item)
        warning = replaced_bytes_warning(Decoded("", "utf-8", _Replaced.count))
        if warning:
            yield LoadReport(problems=[Problem(name, warning, "warning")])


def _one(item: Article | Problem) -> LoadReport:
    return LoadReport(problems=[item]) if isinstance(item, Problem) else LoadReport(articles=[item])


def _jsonl_lines(fh: IO[bytes], encoding: str) -> Iterator[str]:
    """Lines split at ``\\n`` only (as ``load_jsonl`` splits), each decoded on its own."""
    first = True
    for raw in fh:
        line = raw.decode(encoding if first else "utf-8", errors=_REPLACE_COUNTING)
        first = False
        yield repair_mojibake(line.rstrip("\n"))


def _streamable_encoding(head: bytes) -> str | None:
    """``utf-8-sig`` or ``utf-8`` when the file's start is UTF-8 (cut at its last line break, so no
    character is cut), else None."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if b"\x00" in head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    cut = head.rfind(b"\n")
    sample = head if cut < 0 or len(head) < HEAD_BYTES else head[:cut + 1]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def estimate_count(paths: Iterable[str | Path]) -> int:
    """About how many articles ``paths`` hold, read quickly (for the time left): a line per JSON Lines
    record, a record per CSV row, Parquet's row count, one per other file, zip member or URL."""
    total = 0
    for p in paths:
        if isinstance(p, str) and is_url(p):
            total += 1
            continue
        path = Path(p)
        try:
            if path.is_dir():
                files = expand_folder(path, LoadReport())
                total += sum(_file_estimate(f) for f in files)
            elif path.is_file():
                total += _file_estimate(path)
        except OSError:
            continue
    return total


def _file_estimate(path: Path) -> int:
    ext = path.suffix.lower()
    try:
        if STREAMED.get(ext) == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(str(path)).metadata.num_rows)
        if STREAMED.get(ext) == "jsonl":
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if STREAMED.get(ext) in ("csv", "tsv"):
            import csv

            csv.field_size_limit(max(csv.field_size_limit(), 1 << 27))
            with path.open(encoding="utf-8", errors="replace", newline="") as text:
                return max(0, sum(1 for _ in csv.reader(text, delimiter="\t" if ext == ".tsv" else ",")) - 1)
        if ext == ".zip":
            import zipfile

            with zipfile.ZipFile(path) as zf:
                return sum(1 for i in zf.infolist() if not i.is_dir() and known_extension(Path(i.filename).suffix))
    except Exception:  # noqa: BLE001 - only an estimate: the reader reports what is wrong with the file
        return 1
    return 1
