"""Saved web pages: main text and metadata through trafilatura, offline."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..model import Article
from ..syntax import word_count
from .common import build_article, check_length, clean_value
from .encodings import InputError, declared_html_charset, decode_bytes, repair_mojibake
from .outlets import outlet_from_filename, outlet_from_url, tidy_outlet
from .report import IngestOptions

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


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
                     declared: str | None = None, outlet: str | None = None) -> Article:
    decoded = decode_bytes(data, declared or declared_html_charset(data))
    return parse_html_text(decoded.text, name=name, options=options, url=url, outlet=outlet,
                           metadata={"encoding": decoded.encoding})


def parse_html_text(html: str, *, name: str, options: IngestOptions, url: str | None = None,
                    outlet: str | None = None, metadata: dict[str, Any] | None = None) -> Article:
    """One article from an HTML page; :class:`InputError` when it holds no article text."""
    import trafilatura

    html = repair_mojibake(_XML_DECL.sub("", html, count=1))
    if not html.strip():
        raise InputError("is empty: it holds no text")
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
    title = clean_value(doc.title) or ""
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
    return build_article(title=title, body=text, outlet=outlet_name, source=name, options=options,
                         url=page_url, published=doc.date, byline=doc.author, metadata=meta)
