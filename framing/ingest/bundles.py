"""Bundles of many articles: CSV/TSV, JSON Lines, JSON, Parquet.

Columns (any case; spaces, ``_`` and ``-`` ignored, so ``publish_date`` = ``Publish Date``) are
matched through ``ALIASES``. Each row becomes an article or a problem naming the row; one bad row
never stops the others. Row numbers follow a spreadsheet: the header is row 1, so the first article
is row 2. JSON Lines are counted by line, JSON arrays by item, Parquet by row (from 1).
CSV, JSON Lines and Parquet are also read one row at a time (:func:`iter_csv`, :func:`iter_jsonl`,
:func:`iter_parquet`), as the batch command streams them.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any, Iterable, Iterator

from ..model import Article
from ..syntax import word_count
from .common import (build_article, check_nesting, clean_value, html_fragment_to_text, looks_like_html_fragment,
                     normalise_date)
from .encodings import InputError, decode_bytes, replaced_bytes_warning
from .outlets import outlet_from_filename, outlet_from_url, tidy_outlet
from .report import IngestOptions, LoadReport, Problem
from .text_files import parse_text_article

ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading"),
    "text": ("text", "content", "body", "article", "fulltext", "storytext", "maintext", "articletext",
             "articlebody", "bodytext"),
    "outlet": ("outlet", "medianame", "source", "publisher", "site", "sitename", "media", "sourcename",
               "publication", "outletname", "newspaper"),
    "url": ("url", "link", "articleurl", "storyurl", "href"),
    "date": ("date", "publishdate", "published", "publicationdate", "publishedat", "pubdate",
             "datepublished", "publishedon", "datetime"),
    "byline": ("byline", "author", "authors", "creator", "writer", "writers"),
    "media_url": ("mediaurl", "domain", "canonicaldomain", "sourcedomain"),
}
_ALIAS_OF = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
LIST_KEYS = ("articles", "data", "results", "items", "stories", "documents", "records")
MAX_ROW_ERRORS = 1000
_TRUNCATED = re.compile(r"\[\+\d+ chars\]\s*$")


def norm_key(key: Any) -> str:
    return re.sub(r"[\s_\-.]+", "", str(key).strip().lstrip("\ufeff").lower())


def _pick(record: dict[str, Any], field: str) -> Any:
    for alias in ALIASES[field]:
        if alias in record:
            value = record[alias]
            if clean_value(value) is not None or (field == "text" and isinstance(value, str) and value.strip()):
                return value
    return None


def article_from_record(record: dict[str, Any], *, source: str, bundle_name: str, options: IngestOptions):
    """One article from a bundle row (keys as in the file); :class:`InputError` when it is not one."""
    for key, value in record.items():
        if isinstance(value, (dict, list)):
            check_nesting(value, f"its {str(key)[:40]!r} field")
    rec = {norm_key(k): v for k, v in record.items()}
    text = _pick(rec, "text")
    if isinstance(text, list):
        text = "\n\n".join(str(t) for t in text if t)
    if text is None or not str(text).strip():
        raise InputError("has no article text (its text column is empty)")
    text = str(text)
    if looks_like_html_fragment(text):
        text = html_fragment_to_text(text)
    title = clean_value(_pick(rec, "title")) or ""
    url = clean_value(_pick(rec, "url"))
    outlet = (tidy_outlet(clean_value(_pick(rec, "outlet"))) or outlet_from_url(clean_value(_pick(rec, "media_url")))
              or outlet_from_url(url) or outlet_from_filename(bundle_name))
    used = {alias for f in ALIASES for alias in ALIASES[f]}
    extra = {str(k): v for k, v in record.items() if norm_key(k) not in used and not isinstance(v, (dict, list))}
    extra = {k: (str(v)[:500] if v is not None else None) for k, v in extra.items()}
    extra["format"] = "bundle"
    if _TRUNCATED.search(text[-40:]) and word_count(text) < 120:
        raise InputError("holds only the start of the article (the text ends with '[+N chars]', as news APIs "
                         "truncate it): load the article's URL or its full text instead")
    published, byline = _pick(rec, "date"), _pick(rec, "byline")
    if not title:
        # no headline column: read the text like a text file (its first line is the headline)
        article, _ = parse_text_article(text, name=source, options=options, outlet=outlet, url=url, metadata=extra)
        article.published = normalise_date(published) or article.published
        article.byline = clean_value(byline) or article.byline
        return article
    return build_article(title=title, body=text, outlet=outlet, source=source, options=options, url=url,
                         published=published, byline=byline, metadata=extra)


def record_item(record: Any, source: str, bundle_name: str, options: IngestOptions) -> Article | Problem:
    """One bundle row as an article, or the problem naming the row (one bad row never stops the others)."""
    try:
        if not isinstance(record, dict):
            raise InputError(f"is not an article object (found {type(record).__name__})")
        return article_from_record(record, source=source, bundle_name=bundle_name, options=options)
    except InputError as exc:
        return Problem(source, str(exc))
    except Exception as exc:  # noqa: BLE001 - one row never stops the others
        return Problem(source, f"could not be read: {_one_line(exc)}")


def _add(report: LoadReport, record: Any, source: str, bundle_name: str, options: IngestOptions) -> None:
    item = record_item(record, source, bundle_name, options)
    if isinstance(item, Problem):
        report.problems.append(item)
    else:
        report.articles.append(item)


def _collect(items: Iterable[Article | Problem]) -> LoadReport:
    report = LoadReport()
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            report.articles.append(item)
    return report


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {msg[0]}" if msg else type(exc).__name__


def _json_error(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "lists or objects are nested too deeply to read"
    return _one_line(exc)


def _missing_text_problem(name: str, headers: Iterable[str]) -> Problem:
    shown = ", ".join(h for h in headers if h)[:300]
    hint = ""
    if any(norm_key(h) in ("medianame", "mediaurl", "publishdate", "indexeddate", "storiesid") for h in headers):
        hint = (" This looks like a Media Cloud export, which often holds only titles and URLs: export the "
                "stories with their text, or pass the article URLs to load the pages from the web.")
    return Problem(name, "has no article texts: no text column (looked for "
                   + ", ".join(ALIASES["text"][:4]) + f"; found {shown})." + hint)


def _sniff_delimiter(first_line: str, default: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts.get(default, 0) else default


def load_csv(text: str, *, name: str, options: IngestOptions, delimiter: str = ",") -> LoadReport:
    return _collect(iter_csv(PhysicalLines(_PHYSICAL_LINE.findall(text)), name=name, options=options,
                             delimiter=delimiter))


def iter_csv(lines: "PhysicalLines", *, name: str, options: IngestOptions,
             delimiter: str = ",") -> Iterator[Article | Problem]:
    """The articles and problems of a CSV, row by row, in file order; ``lines`` are its physical
    lines, read on demand (a file of any size is read with a few rows in memory)."""
    first_line = (lines.get(0) or "").lstrip("\ufeff").split("\n", 1)[0]
    delimiter = _sniff_delimiter(first_line, delimiter)
    limit = max(options.max_chars + 1, 131072)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    problems: list[Problem] = []
    header: list[str] | None = None
    articles = rows_reported = 0
    for row_no, row in _csv_rows(lines, delimiter, name, problems):
        yield from problems
        rows_reported += len(problems)
        problems.clear()
        if header is None:
            if not any(c.strip() for c in row):
                continue
            header = [c.strip() for c in row]
            keys = {norm_key(h) for h in header}
            if not keys & set(ALIASES["text"]):
                yield _missing_text_problem(name, header)
                return
            continue
        source = f"{name} row {row_no}"
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            rows_reported += 1
            yield Problem(source, f"has {len(row)} fields but the header has {len(header)}: a "
                                  "field is missing or a comma is not quoted; the row was skipped")
            continue
        item = record_item(dict(zip(header, row)), source, name, options)
        if isinstance(item, Problem):
            rows_reported += 1
        else:
            articles += 1
        yield item
    yield from problems
    rows_reported += len(problems)
    if header is None:
        yield Problem(name, "is empty: it holds no header and no rows")
    elif not articles and not rows_reported:
        yield Problem(name, "holds a header but no rows")


class PhysicalLines:
    """The physical lines of a text (each with its line ending), read on demand from an iterable;
    lines before :meth:`forget_before`'s mark are dropped, so a long file is never held whole."""

    def __init__(self, source: Iterable[str]) -> None:
        self._source = iter(source)
        self._lines: list[str] = []
        self._base = 0

    def get(self, i: int) -> str | None:
        """Line ``i`` (from 0), or None past the end."""
        while i - self._base >= len(self._lines):
            line = next(self._source, None)
            if line is None:
                return None
            self._lines.append(line)
        return self._lines[i - self._base]

    def from_(self, i: int) -> Iterator[str]:
        while (line := self.get(i)) is not None:
            yield line
            i += 1

    def forget_before(self, i: int) -> None:
        drop = i - self._base
        if drop > 0:
            del self._lines[:drop]
            self._base = i


_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _csv_rows(lines: PhysicalLines, delimiter: str, name: str,
              problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """The CSV's records with their row numbers; broken quoting becomes a problem naming the row.

    Read strictly, so that a quote that opens a field and is never closed where the field ends
    (which would swallow the rows after it into one field) is caught: that row is reported and
    reading starts again on the next line of the file, so the rows it swallowed still load. A
    quoting slip that stays within one line (``"Headline" extra,...``) is read leniently, as before.
    """
    row_no = 0
    errors = 0
    start = 0
    while lines.get(start) is not None:
        reader = csv.reader(lines.from_(start), delimiter=delimiter, strict=True)
        while True:
            first = start + reader.line_num  # index of the physical line the next record starts on
            lines.forget_before(first)
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row_no += 1
                problem, resume = _broken_row(lines, first, start + reader.line_num, delimiter, exc)
                if problem is None:  # a slip within one line: read it leniently
                    lenient = next(csv.reader([lines.get(first) or ""], delimiter=delimiter))
                    yield row_no, lenient
                else:
                    errors += 1
                    problems.append(Problem(f"{name} row {row_no}", problem))
                    if errors >= MAX_ROW_ERRORS:
                        problems.append(Problem(name, f"stopped reading after {errors} broken rows"))
                        return
                start = resume
                break
            row_no += 1
            yield row_no, row


def _broken_row(lines: PhysicalLines, first: int, reached: int, delimiter: str, exc: csv.Error) -> tuple[str | None, int]:
    """Why the record starting on line index ``first`` is broken (None: only a slip within the line)
    and the line index to read on from."""
    try:
        lenient = csv.reader(lines.from_(first), delimiter=delimiter)
        next(lenient)
        spans = lenient.line_num
    except (csv.Error, StopIteration):
        spans = 0
    if spans == 1:
        return None, first + 1
    if spans > 1:
        last = first + spans
        return (f"has a quote (\") that opens a field on line {first + 1} of the file and is not closed where the "
                f"field ends: the field would run on to line {last} and swallow the rows there. This row was "
                "skipped and the lines after it were read as rows of their own; close the quote (a quote inside "
                "a quoted field is written twice: \"\") and load the file again"), first + 1
    return f"is not valid CSV ({exc}); the row was skipped", max(reached, first + 1)


def load_jsonl(text: str, *, name: str, options: IngestOptions) -> LoadReport:
    return _collect(iter_jsonl(text.lstrip("\ufeff").split("\n"), name=name, options=options))


def iter_jsonl(lines: Iterable[str], *, name: str, options: IngestOptions) -> Iterator[Article | Problem]:
    """The articles and problems of JSON Lines, line by line (``lines`` read on demand)."""
    errors = 0
    found = False
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        found = True
        source = f"{name} line {line_no}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            errors += 1
            yield Problem(source, f"is not valid JSON ({_json_error(exc)}); the line was skipped")
            if errors >= MAX_ROW_ERRORS:
                yield Problem(name, f"stopped reading after {errors} broken lines")
                break
            continue
        yield record_item(record, source, name, options)
    if not found:
        yield Problem(name, "is empty: it holds no JSON lines")


def load_json(text: str, *, name: str, options: IngestOptions) -> LoadReport:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError) as exc:
        stripped = text.strip()
        if stripped.startswith("{") and "\n{" in stripped:
            return load_jsonl(text, name=name, options=options)  # JSON Lines saved as .json
        raise InputError(f"is not valid JSON ({_json_error(exc)})") from None
    records: list[Any] | None = None
    label = "item"
    if isinstance(data, list):
        records = data
    elif isinstance(data, dict):
        keys = {norm_key(k): k for k in data}
        for key in LIST_KEYS:
            if key in keys and isinstance(data[keys[key]], list):
                records = data[keys[key]]
                label = f"{keys[key]} item"
                break
        if records is None:
            if set(keys) & set(ALIASES["text"]):
                report = LoadReport()
                _add(report, data, name, name, options)
                return report
            raise InputError("holds JSON but no articles: expected an article object (with a text field), a list "
                             "of them, or an object with an " + "/".join(LIST_KEYS[:3]) + " list")
    else:
        raise InputError("holds JSON but no articles: expected an object or a list of objects")
    report = LoadReport()
    if not records:
        report.problems.append(Problem(name, "holds an empty list of articles"))
    for i, record in enumerate(records, start=1):
        _add(report, record, f"{name} {label} {i}", name, options)
    return report


def iter_parquet(file: Any, *, name: str, options: IngestOptions,
                 batch_rows: int = 256) -> Iterator[Article | Problem]:
    """The articles and problems of a Parquet file (a path or a binary file object), ``batch_rows``
    rows in memory at a time; rows are counted from 1 (Parquet has no header row)."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file)
        columns = parquet.schema_arrow.names
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a file that is not Parquet
        raise InputError(f"is not a readable Parquet file ({_one_line(exc)}): check the file, or export the "
                         "articles as .csv or .jsonl") from None
    if not {norm_key(c) for c in columns} & set(ALIASES["text"]):
        yield _missing_text_problem(name, columns)
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=batch_rows):
        for record in batch.to_pylist():
            row += 1
            yield record_item(record, f"{name} row {row}", name, options)
    if not row:
        yield Problem(name, "holds no rows")


def load_bundle_bytes(data: bytes, *, name: str, kind: str, options: IngestOptions) -> LoadReport:
    """Decode and read a bundle; ``kind`` is "csv", "tsv", "jsonl", "json" or "parquet"."""
    if kind == "parquet":
        import io

        return _collect(iter_parquet(io.BytesIO(data), name=name, options=options))
    decoded = decode_bytes(data)
    text = decoded.text
    if not text.strip():
        raise InputError("is empty: it holds no text")
    if kind in ("csv", "tsv"):
        report = load_csv(text, name=name, options=options, delimiter="\t" if kind == "tsv" else ",")
    elif kind == "jsonl":
        report = load_jsonl(text, name=name, options=options)
    else:
        report = load_json(text, name=name, options=options)
    warning = replaced_bytes_warning(decoded)
    if warning:
        report.problems.insert(0, Problem(name, warning, "warning"))
    return report
