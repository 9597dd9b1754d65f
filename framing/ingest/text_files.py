"""Plain-text and Markdown articles.

Layout read (every part optional, see docs/ingestion.md):

* YAML front matter between ``---`` lines, or metadata lines at the top (``Title:``, ``Outlet:``,
  ``Source:``, ``Date:``, ``URL:``, ``By:``, ``Author:``; any case);
* navigation lines, such as a breadcrumb ``News / More / Russia``, and page furniture
  ("Skip to content", "Advertisement") before the headline: skipped;
* the headline: the first remaining non-empty line (unless a ``Title`` was given);
* optional lines right after the headline: a byline (``By Name``), a date, or a dateline of
  parts joined by ``|`` (``Valley Courier | 14 March 2023``, ``By Jane Smith | March 14, 2023``);
* the body: everything after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Article
from .common import build_article, clean_value, normalise_date
from .encodings import InputError, repair_mojibake
from .outlets import outlet_from_filename, outlet_from_url, tidy_outlet
from .report import IngestOptions, Problem

# metadata keys (lower case, spaces/underscores/dashes removed) -> field
FIELD_KEYS: dict[str, str] = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "sitename": "outlet",
    "media": "outlet", "medianame": "outlet", "publication": "outlet",
    "date": "date", "published": "date", "publishdate": "date", "publicationdate": "date",
    "publishedat": "date", "datepublished": "date", "pubdate": "date",
    "url": "url", "link": "url", "sourceurl": "url", "canonicalurl": "url",
    "by": "byline", "byline": "byline", "author": "byline", "authors": "byline", "writer": "byline",
}
_META_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,20}?)\s*:\s*(.*?)\s*$")

_NAV_SEPARATORS = re.compile(r"\s*(?:/|\||>|»|›|·|•|::|→)\s*")
_BOILERPLATE = re.compile(
    r"^(?:skip to (?:main )?content|advertisement|advert|menu|main menu|home|search|share|share this(?: article)?|"
    r"print|listen(?: to this article)?|sign in|log ?in|subscribe|close|toggle navigation|"
    r"follow us|trending|breaking news|read more|more|latest|cookies?|accept(?: all)?(?: cookies)?)\W*$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s+([^\W\d_][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[^\W\d_][\w.'’-]*){0,6})"
                     r"\s*(?:[,|–—-].{0,80})?$", re.I)


def is_navigation_line(line: str) -> bool:
    """A breadcrumb or menu line: short segments joined by ``/``, ``|``, ``>``, ``»``, ... or a UI label."""
    s = line.strip()
    if not s:
        return False
    if _BOILERPLATE.match(s):
        return True
    if re.search(r"[.!?\"“”]$", s) or "://" in s:
        return False
    parts = [p for p in _NAV_SEPARATORS.split(s) if p.strip()]
    seps = _NAV_SEPARATORS.findall(s)
    if len(parts) < 2 or not seps:
        return False
    sizes = [len(p.split()) for p in parts]
    if any(len(p) > 30 for p in parts):
        return False
    if len(parts) >= 3:
        return max(sizes) <= 3
    # two segments: a short pair like "News / Russia" (with spaced separators: "AC/DC" is a name)
    return max(sizes) <= 2 and any(sep != sep.strip() for sep in seps)


# --- Markdown ----------------------------------------------------------------------------------

_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?m)^ {0,3}(?:[-*_] *){3,}$"), ""),                        # horizontal rules
    (re.compile(r"(?m)^ {0,3}(?:=+|-+) *$"), ""),                             # setext underlines
    (re.compile(r"(?m)^ {0,3}\[[^\]]+\]:\s*\S+.*$"), ""),                    # reference link definitions
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),                             # images
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),           # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                           # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),                               # autolinks
    (re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$"), r"\1"),     # ATX headings
    (re.compile(r"(?m)^ {0,3}> ?"), ""),                                      # block quotes
    (re.compile(r"(?m)^```.*$|^~~~.*$"), ""),                                # code fences
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                      # inline code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                    # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),    # _italic_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),                           # strike-through
]


def strip_markdown(text: str) -> str:
    """Markdown to plain text: heading marks, emphasis, links (to their text), images removed."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def looks_like_markdown(text: str) -> bool:
    head = text[:5000]
    return bool(re.search(r"(?m)^#{1,6} \S", head) or re.search(r"\]\((?:https?://|/)", head)
                or re.search(r"\*\*\S[^*\n]*\S\*\*", head))


# --- metadata ------------------------------------------------------------------------------------

def _key(raw: str) -> str:
    return re.sub(r"[\s_-]+", "", raw.lower())


@dataclass
class Header:
    fields: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _front_matter(lines: list[str], header: Header) -> int:
    """Parse a ``---`` YAML block at the top; return the index of the first line after it."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:
                import yaml

                data = yaml.safe_load(block)
            except Exception as exc:  # noqa: BLE001 - any YAML error is the user's to fix
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                header.warnings.append(f"front matter (the --- block at the top) is not valid YAML ({first}); "
                                       "it was skipped")
                return i + 1
            if isinstance(data, dict):
                for k, v in data.items():
                    fname = FIELD_KEYS.get(_key(str(k)))
                    if fname and fname not in header.fields and clean_value(v):
                        header.fields[fname] = v
                    elif not fname:
                        header.extra[str(k)] = v
            elif data is not None:
                header.warnings.append("front matter (the --- block at the top) is not a list of key: value "
                                       "lines; it was skipped")
            return i + 1
    return 0


def _metadata_lines(lines: list[str], start: int, header: Header) -> int:
    i = start
    found = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = _META_LINE.match(line)
        fname = FIELD_KEYS.get(_key(m.group(1))) if m else None
        if m is None or not fname or fname in header.fields:
            break
        value = m.group(2)
        if fname == "title" and not value:
            break
        if value:
            header.fields[fname] = value
        found += 1
        i += 1
    return i if found else start


# --- the article -----------------------------------------------------------------------------

_PARAGRAPH_LIKE_WORDS = 40
_DATE_PREFIX = re.compile(r"^(?:published|updated|posted|last updated|first published)(?: on)?\s*:?\s*", re.I)


def _split_lines_into_paragraphs(body: str) -> str:
    """One paragraph per line (no blank lines at all, lines ending sentences): make blank-line breaks."""
    if "\n\n" in body.strip():
        return body
    lines = [l for l in body.split("\n") if l.strip()]
    if len(lines) < 2:
        return body
    ending = sum(1 for l in lines if re.search(r"[.!?:\"”’)]\s*$", l))
    if ending >= 0.6 * len(lines):
        return "\n\n".join(lines)
    return body


_READ_TIME = re.compile(r"^\d+\s*(?:-|\s)?\s*min(?:ute)?s?\.?\s+read$", re.I)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$", re.I)
_DATELINE_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s*\|\s*")


def _looks_like_name(part: str) -> bool:
    """An outlet's name: a few words, starting with a capital, not a sentence."""
    words = part.split()
    return (0 < len(words) <= 6 and part[0].isupper() and not re.search(r"[.!?:;,\"“”]$", part)
            and not re.search(r"\d{3,}", part))


def dateline_parts(line: str) -> tuple[str | None, str | None, str | None] | None:
    """``(byline, date, outlet)`` of a line such as ``Valley Courier | 14 March 2023`` or
    ``By Jane Smith | Updated March 14, 2023 | 5 min read``; None when the line is not one.

    Parts are split on ``|`` or a spaced ``·``, ``•``, ``—``, ``–``; one must be a date or a byline,
    the others a byline, a date, an outlet name, a clock time or a reading time.
    """
    parts = [p.strip() for p in _DATELINE_SEPARATORS.split(line) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return None
    byline = date = outlet = None
    for part in parts:
        m = _BYLINE.match(part)
        if date is None and _is_date_line(part):
            date = part
        elif byline is None and m and len(part.split()) <= 8:
            byline = m.group(1)
        elif _CLOCK.match(part) or _READ_TIME.match(part):
            continue
        elif outlet is None and _looks_like_name(part):
            outlet = part
        else:
            return None
    if date is None and byline is None:
        return None
    return byline, date, outlet


def _has_extension(name: str) -> bool:
    """A file or member name ("a.txt", "x.zip:b.md"), not a label such as "pasted text"."""
    return bool(re.search(r"\.[A-Za-z0-9]{1,9}$", name.rsplit("/", 1)[-1]))


def _is_date_line(line: str) -> bool:
    """A line holding only a date ("Updated 10 January 2022, 14:05 GMT")."""
    if len(line.split()) > 9 or not re.search(r"\d{4}", line):
        return False
    iso = normalise_date(_DATE_PREFIX.sub("", line.strip()), fuzzy=False)
    return bool(iso and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", iso))


def parse_text_article(text: str, *, name: str, options: IngestOptions, outlet: str | None = None,
                       markdown: bool | None = None, url: str | None = None,
                       metadata: dict[str, Any] | None = None) -> tuple[Article, list[Problem]]:
    """One article from text; raise :class:`InputError` when it is not one. Returns warnings too."""
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    if not text.strip():
        raise InputError("is empty: it holds no text")
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    header = Header()
    start = _front_matter(lines, header)
    start = _metadata_lines(lines, start, header)
    rest = "\n".join(lines[start:])
    if markdown is None:
        markdown = looks_like_markdown(rest)
    if markdown:
        rest = strip_markdown(rest)
        for k in ("title", "byline", "outlet"):
            if isinstance(header.fields.get(k), str):
                header.fields[k] = strip_markdown(header.fields[k])
    body_lines = rest.split("\n")
    dropped: list[str] = []
    title = clean_value(header.fields.get("title")) or ""
    date = header.fields.get("date")
    page_url = clean_value(header.fields.get("url")) or url
    warnings: list[str] = list(header.warnings)
    i = 0
    if not title:
        while i < len(body_lines):
            line = body_lines[i].strip()
            if not line:
                i += 1
                continue
            if is_navigation_line(line):
                dropped.append(line)
                i += 1
                continue
            if re.fullmatch(r"https?://\S+", line):
                page_url = page_url or line
                dropped.append(line)
                i += 1
                continue
            if _is_date_line(line):
                date = date or line
                dropped.append(line)
                i += 1
                continue
            break
        if i < len(body_lines):
            candidate = body_lines[i].strip()
            if len(candidate.split()) > _PARAGRAPH_LIKE_WORDS:
                warnings.append("no headline found: the first line is a whole paragraph; the article has no "
                                "headline (put the headline on the first line, or a 'Title:' line at the top)")
            else:
                title = candidate
                i += 1
    byline = clean_value(header.fields.get("byline"))
    line_outlet: str | None = None
    # the lines right under the headline: byline, dateline, "5 min read", share buttons
    seen = 0
    while i < len(body_lines) and seen < 4:
        line = body_lines[i].strip()
        if not line:
            i += 1
            continue
        seen += 1
        m = _BYLINE.match(line)
        parts = dateline_parts(line)
        if parts is not None:
            byline = byline or parts[0]
            date = date or parts[1]
            line_outlet = line_outlet or parts[2]
        elif m and len(line.split()) <= 14 and not byline:
            byline = m.group(1)
        elif _is_date_line(line):
            date = date or line
        elif is_navigation_line(line) or _READ_TIME.match(line):
            pass
        else:
            break
        dropped.append(line)
        i += 1
    body = "\n".join(body_lines[i:])
    body = _split_lines_into_paragraphs(body)
    outlet_name = (outlet or tidy_outlet(clean_value(header.fields.get("outlet"))) or tidy_outlet(line_outlet)
                   or outlet_from_url(page_url) or (outlet_from_filename(name) if _has_extension(name) else ""))
    meta: dict[str, Any] = dict(metadata or {})
    meta["format"] = meta.get("format") or ("markdown" if markdown else "text")
    if dropped:
        meta["skipped_lines"] = " | ".join(dropped)
    for k, v in header.extra.items():
        meta.setdefault(k, v)
    article = build_article(title=title, body=body, outlet=outlet_name, source=name, options=options,
                            url=page_url, published=date, byline=byline, metadata=meta)
    return article, [Problem(name, w, "warning") for w in warnings]
