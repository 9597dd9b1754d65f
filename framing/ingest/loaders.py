"""Entry points: files, folders, URLs, uploaded bytes and pasted text, to articles and problems.

Every input is read on its own: whatever goes wrong with it becomes a :class:`Problem` naming
it (file, ``bundle.csv row 3``, ``archive.zip:member.txt``, URL), and the other inputs load.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path, PurePath
from typing import Callable, Iterable

from ..model import Article
from .archives import load_zip
from .bundles import load_bundle_bytes
from .common import too_large_message
from .encodings import Decoded, InputError, decode_bytes, file_signature, replaced_bytes_warning
from .html_pages import looks_like_html, parse_html_bytes, parse_html_text
from .report import IngestOptions, LoadReport, Problem
from .review import review_articles
from .text_files import parse_text_article
from .urls import fetch, is_url

TEXT_EXTENSIONS = {".txt": False, ".text": False, ".md": True, ".markdown": True, ".mdown": True}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
BUNDLE_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
                     ".parquet": "parquet"}
ARCHIVE_EXTENSIONS = {".zip"}
KNOWN_EXTENSIONS = set(TEXT_EXTENSIONS) | HTML_EXTENSIONS | set(BUNDLE_EXTENSIONS) | ARCHIVE_EXTENSIONS
#: files that folders hold without being articles; skipped without a word
_JUNK = {"thumbs.db", "desktop.ini", "icon\r"}
#: a folder's own documentation (README.md, MANIFEST.md, manifest.json, LICENSE): not articles
_FOLDER_DOCS = {"readme", "manifest", "license", "licence", "copying", "changelog"}


_DOCUMENTS = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF",
              ".pages": "Pages", ".epub": "EPUB", ".mht": "MHTML", ".mhtml": "MHTML", ".webarchive": "Safari web archive"}


def skipped_message(ext: str) -> str:
    """Why a file in a folder or archive was not read."""
    kind = _DOCUMENTS.get(ext.lower())
    if kind:
        return f"skipped: {kind} files are not read; save the article as .txt or .html (or paste its text)"
    return (f"skipped: {ext or 'a file without an extension'} is not an article file type "
            "(.txt, .md, .html, .csv, .jsonl, .json, .parquet, .zip)")


def known_extension(ext: str) -> bool:
    return ext.lower() in KNOWN_EXTENSIONS


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {msg[0]}" if msg else type(exc).__name__


def _guarded(name: str, work: Callable[[], LoadReport]) -> LoadReport:
    """Run ``work``; turn any error into a problem naming ``name`` (no traceback reaches a user)."""
    try:
        return work()
    except InputError as exc:
        return LoadReport(problems=[Problem(name, str(exc))])
    except MemoryError:
        return LoadReport(problems=[Problem(name, "could not be read: out of memory (the file is too large)")])
    except Exception as exc:  # noqa: BLE001 - the point: one bad input never stops the others
        return LoadReport(problems=[Problem(name, f"could not be read: {_one_line(exc)}")])


def _text_report(text: str, name: str, options: IngestOptions, *, markdown: bool | None,
                 outlet: str | None = None, metadata: dict | None = None, url: str | None = None) -> LoadReport:
    if len(text) > options.max_chars:
        raise InputError(too_large_message(f"{len(text):,} characters", options, needed_chars=len(text)))
    article, warnings = parse_text_article(text, name=name, options=options, outlet=outlet, markdown=markdown,
                                           metadata=metadata, url=url)
    return LoadReport([article], warnings)


def _check_text_size(size: int, options: IngestOptions) -> None:
    """A text of ``size`` bytes holds at least size/4 characters (UTF-8): reject it without decoding."""
    if size > 4 * options.max_chars + 4:
        raise InputError(too_large_message(f"{size / 1e6:,.1f} MB ({size:,} bytes)", options, needed_chars=size,
                                           file_bytes=size))


def _load_data(name: str, data: bytes, ext: str, options: IngestOptions) -> LoadReport:
    """Read one file's bytes by its extension (sniffing when the extension is unknown)."""
    ext = ext.lower()
    if not data:
        raise InputError("is empty: it holds no text")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError("is empty: it holds only blank space")
    if len(data) > options.max_bytes:
        raise InputError(f"is too large to read: {len(data):,} bytes, over the limit of {options.max_bytes:,} bytes "
                         "per file (IngestOptions.max_bytes)")
    if BUNDLE_EXTENSIONS.get(ext) == "parquet":
        return load_bundle_bytes(data, name=name, kind="parquet", options=options)
    signature = file_signature(data)
    if ext in ARCHIVE_EXTENSIONS:
        if signature is None or "zip" not in signature:
            raise InputError("is named .zip but " + (f"looks like {signature}" if signature else "is not a zip archive"))
        return load_zip(io.BytesIO(data), name=name, options=options, load_member=_member_loader(options),
                        known_extension=known_extension, skipped_message=skipped_message)
    if signature:
        hint = ""
        if signature == "a zip archive":
            hint = " (rename it to .zip to load the articles inside)"
        raise InputError(f"looks like {signature}{hint}: save the article as .txt or .html and load it again")
    if ext in HTML_EXTENSIONS:
        return _single(*parse_html_bytes(data, name=name, options=options))
    if ext in BUNDLE_EXTENSIONS:
        return load_bundle_bytes(data, name=name, kind=BUNDLE_EXTENSIONS[ext], options=options)
    _check_text_size(len(data), options)
    decoded = decode_bytes(data)
    text = decoded.text
    if looks_like_html(text):
        report = _single(*parse_html_text(text, name=name, options=options, metadata={"encoding": decoded.encoding}))
    elif ext not in TEXT_EXTENSIONS and not _looks_like_prose(text):
        raise InputError(f"is not a known article file type ({ext or 'no extension'}) and does not look like "
                         "article text: save the article as .txt or .html")
    else:
        report = _text_report(text, name, options, markdown=TEXT_EXTENSIONS.get(ext),
                              metadata={"encoding": decoded.encoding})
    return _with_decoding_warning(report, name, decoded)


def _single(article: Article, warnings: list[Problem]) -> LoadReport:
    return LoadReport([article], list(warnings))


def _with_decoding_warning(report: LoadReport, name: str, decoded: Decoded) -> LoadReport:
    warning = replaced_bytes_warning(decoded)
    if warning:
        report.problems.insert(0, Problem(name, warning, "warning"))
    return report


def _looks_like_prose(text: str) -> bool:
    sample = text[:20_000]
    letters = sum(c.isalpha() for c in sample)
    spaces = sum(c.isspace() for c in sample)
    return bool(sample.strip()) and letters / len(sample) > 0.5 and spaces / len(sample) > 0.05


def _member_loader(options: IngestOptions) -> Callable[[str, bytes, str], LoadReport]:
    def load(member: str, data: bytes, ext: str) -> LoadReport:
        return _guarded(member, lambda: _load_data(member, data, ext, options))

    return load


def load_text(text: str, *, name: str = "pasted text", outlet: str | None = None,
              options: IngestOptions = IngestOptions(), markdown: bool = False) -> LoadReport:
    """One pasted article: optional metadata lines, then headline, then body (HTML is read as a page).

    Pasted text is plain text: ``**``, ``__`` or ``[x](y)`` stay as written (``window.__x``
    is not emphasis) unless ``markdown`` says the text is Markdown."""

    def work() -> LoadReport:
        if looks_like_html(text):
            if len(text) > options.max_bytes:
                raise InputError(too_large_message(f"{len(text):,} characters", options, needed_chars=len(text),
                                                   file_bytes=len(text)))
            return _single(*parse_html_text(text, name=name, options=options, outlet=outlet))
        return _text_report(text, name, options, markdown=markdown, outlet=outlet)

    return review_articles(_guarded(name, work))


def load_bytes(name: str, data: bytes, *, options: IngestOptions = IngestOptions()) -> LoadReport:
    """One uploaded file (any supported type, by its name's extension)."""
    ext = PurePath(name).suffix
    return review_articles(_guarded(name, lambda: _load_data(name, data, ext, options))).drop_duplicates()


def load_url(url: str, *, options: IngestOptions = IngestOptions()) -> LoadReport:
    """Fetch one article page (under the URL policy of :mod:`.url_policy`).

    A response without a Content-Type is sniffed like a file without an extension: a known
    binary format is refused, an HTML page is read as one, article text as text, anything else refused.
    """
    return review_articles(_load_url(url, options))


def _load_url(url: str, options: IngestOptions) -> LoadReport:
    def work() -> LoadReport:
        page = fetch(url, options)
        ctype = page.content_type
        if ctype is None:
            signature = file_signature(page.data)
            if signature:
                raise InputError(f"is not a web page: the server sent no content type and the answer looks like "
                                 f"{signature}; give the address of the article's HTML page")
            try:
                decoded = decode_bytes(page.data)
            except InputError:
                decoded = None
            if decoded is None or not (looks_like_html(decoded.text) or _looks_like_prose(decoded.text)):
                raise InputError("is not a web page: the server sent no content type and the answer does not "
                                 "look like HTML or article text; give the address of the article's HTML page")
            ctype = "text/html" if looks_like_html(decoded.text) else "text/plain"
        return read_page(url, page.data, content_type=ctype, charset=page.charset, final_url=page.url,
                         options=options)

    return _guarded(url, work)


def read_page(name: str, data: bytes, *, content_type: str, charset: str | None, final_url: str,
              options: IngestOptions) -> LoadReport:
    """A fetched answer as an article: a web page, or text (an HTML answer sent as text is read as a page)."""
    if content_type.startswith("text/html") or content_type == "application/xhtml+xml":
        return _single(*parse_html_bytes(data, name=name, options=options, url=final_url, declared=charset))
    decoded = decode_bytes(data, charset)
    if looks_like_html(decoded.text):
        article, warnings = parse_html_text(decoded.text, name=name, options=options, url=final_url,
                                            metadata={"encoding": decoded.encoding})
        report = _single(article, warnings)
        report.warn(name, f"the server called the page {content_type or 'nothing'} (or gave no content type), but it "
                          "is an HTML page: it was read as a web page")
    else:
        report = _text_report(decoded.text, name, options, markdown=content_type == "text/markdown", url=final_url)
    return _with_decoding_warning(report, name, decoded)


def _load_file(path: Path, options: IngestOptions) -> LoadReport:
    name = str(path)

    def work() -> LoadReport:
        size = path.stat().st_size
        ext = path.suffix.lower()
        if size == 0:
            raise InputError("is empty: it holds no text")
        if ext in ARCHIVE_EXTENSIONS:
            if not zipfile.is_zipfile(path):
                with path.open("rb") as fh:
                    signature = file_signature(fh.read(4096))
                raise InputError("is named .zip but " + (f"looks like {signature}" if signature else
                                                          "is not a zip archive"))
            return load_zip(str(path), name=name, options=options, load_member=_member_loader(options),
                            known_extension=known_extension, skipped_message=skipped_message)
        if size > options.max_bytes:
            if ext in TEXT_EXTENSIONS or ext not in KNOWN_EXTENSIONS:
                _check_text_size(size, options)
            raise InputError(f"is too large to read: {size:,} bytes, over the limit of {options.max_bytes:,} bytes "
                             "per file (IngestOptions.max_bytes)")
        if ext in TEXT_EXTENSIONS:
            _check_text_size(size, options)
        with path.open("rb") as fh:
            data = fh.read(options.max_bytes + 1)
        return _load_data(name, data, ext, options)

    return _guarded(name, work)


def _expand_dir(folder: Path, report: LoadReport) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        for fname in sorted(names):
            if fname.startswith(".") or fname.lower() in _JUNK or Path(fname).stem.lower() in _FOLDER_DOCS:
                continue
            p = Path(root) / fname
            if known_extension(p.suffix):
                files.append(p)
            else:
                report.problems.append(Problem(str(p), skipped_message(p.suffix), "warning"))
    return files


def load_paths(paths: Iterable[str | Path], *, options: IngestOptions = IngestOptions()) -> LoadReport:
    """Files, folders (recursively, sorted; hidden files skipped) and http(s) URLs."""
    report = LoadReport()
    for p in paths:
        if isinstance(p, str) and is_url(p):
            report.extend(_load_url(p.strip(), options))
            continue
        path = Path(p)
        try:
            if path.is_dir():
                files = _expand_dir(path, report)
                if not files:
                    report.problems.append(Problem(str(path), "holds no article files (.txt, .md, .html, .csv, "
                                                   ".jsonl, .json, .parquet, .zip)"))
                for f in files:
                    report.extend(_load_file(f, options))
            elif path.is_file():
                report.extend(_load_file(path, options))
            elif path.exists():
                report.problems.append(Problem(str(path), "is not a regular file or folder"))
            else:
                hint = " (a web address needs http:// or https:// in front)" if str(p).startswith("www.") else ""
                report.problems.append(Problem(str(path), f"does not exist{hint}"))
        except OSError as exc:
            report.problems.append(Problem(str(path), f"could not be read: {exc.strerror or exc}"))
    return review_articles(report).drop_duplicates()


# the pieces the streaming batch reader (framing.batch.readers) reads inputs with, one at a time
load_file = _load_file
load_url_unreviewed = _load_url
expand_folder = _expand_dir
member_loader = _member_loader
guarded = _guarded
