"""Saved web pages: main text and metadata through trafilatura, offline."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..model import Article
from ..syntax import word_count
from .common import build_article, check_length, clean_value
from .encodings import InputError, declared_html_charset, decode_bytes, repair_mojibake, replaced_bytes_warning
from .outlets import outlet_from_filename, outlet_from_url, tidy_outlet
from .report import IngestOptions, Problem

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
#: script elements, except the JSON-LD blocks that hold the page's metadata (headline, author, date)
_SCRIPT = re.compile(r"(?is)<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>")
_MARKUP_IN_TITLE = re.compile(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]*>")
#: a body under this many words is "very short" when the page is over ``SHORT_BODY_RATIO`` times its size
SHORT_BODY_WORDS = 100
SHORT_BODY_RATIO = 100


def looks_like_html(text: str) -> bool:
    """A whole HTML page (not a text that mentions a tag)."""
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    if head.startswith("<?xml") and "<html" in text[:5000].lower():
        return True
    return bool(re.match(r"<(head|body|article|meta|title)\b", head))


def _paragraphs(text: str) -> str:
    """trafilatura gives one paragraph per line: make them blank-line separated."""
    lines = [l.strip() for l in text.split("\n")]
    return "\n\n".join(l for l in lines if l)


def parse_html_bytes(data: bytes, *, name: str, options: IngestOptions, url: str | None = None,
                     declared: str | None = None, outlet: str | None = None) -> tuple[Article, list[Problem]]:
    decoded = decode_bytes(data, declared or declared_html_charset(data))
    article, warnings = parse_html_text(decoded.text, name=name, options=options, url=url, outlet=outlet,
                                        metadata={"encoding": decoded.encoding})
    replaced = replaced_bytes_warning(decoded)
    return article, ([Problem(name, replaced, "warning")] if replaced else []) + warnings


def clean_title(title: str) -> str:
    """A headline without markup: script and style elements (with their text) and tags removed."""
    if "<" not in title:
        return title
    return re.sub(r"\s+", " ", _MARKUP_IN_TITLE.sub(" ", title)).strip()


def parse_html_text(html: str, *, name: str, options: IngestOptions, url: str | None = None,
                    outlet: str | None = None, metadata: dict[str, Any] | None = None
                    ) -> tuple[Article, list[Problem]]:
    """One article from an HTML page, with warnings; :class:`InputError` when it holds no article text."""
    import trafilatura

    html = repair_mojibake(_XML_DECL.sub("", html, count=1))
    if not html.strip():
        raise InputError("is empty: it holds no text")
    page_chars = len(html)
    html = _SCRIPT.sub(" ", html)
    for logger in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    doc: Any = None  # trafilatura's Document (attributes read with getattr: it may lack some)
    for favor_recall in (False, True):
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False, favor_recall=favor_recall)
        if doc is not None and (getattr(doc, "text", None) or "").strip():
            break
    text = _paragraphs(getattr(doc, "text", None) or "") if doc is not None else ""
    if word_count(text) < options.min_words:
        found = f" (only {word_count(text)} words of text)" if text else ""
        raise InputError(f"holds no article text that could be found{found}: it may be a page of links, a login "
                         "or cookie wall, or a page built by JavaScript; open it in a browser, copy the article "
                         "into a .txt file and load that")
    check_length(text, options)
    title = clean_title(clean_value(doc.title) or "")
    if not title:
        first = text.split("\n\n", 1)[0]
        if len(first.split()) <= 25:
            title = first
    page_url = clean_value(getattr(doc, "url", None)) or url
    outlet_name = (outlet or tidy_outlet(clean_value(doc.sitename)) or outlet_from_url(page_url)
                   or outlet_from_filename(name))
    meta: dict[str, Any] = dict(metadata or {})
    meta["format"] = "html"
    for key in ("description", "language", "categories", "tags", "hostname"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = value
    article = build_article(title=title, body=text, outlet=outlet_name, source=name, options=options,
                            url=page_url, published=doc.date, byline=doc.author, metadata=meta)
    return article, short_body_warnings(name, text, page_chars)


def short_body_warnings(name: str, text: str, page_chars: int) -> list[Problem]:
    """A warning when the text found is very short for the size of the page (a caption or a teaser
    of a page built by JavaScript, say)."""
    words = word_count(text)
    if words >= SHORT_BODY_WORDS or page_chars < SHORT_BODY_RATIO * max(len(text), 1):
        return []
    return [Problem(name, f"the article text found is very short for the page: {words} words in a page of "
                    f"{page_chars:,} characters; it may be only a caption or teaser of a page built by JavaScript "
                    "or behind a wall. Check it, or open the page in a browser, copy the article into a .txt "
                    "file and load that", "warning")]
