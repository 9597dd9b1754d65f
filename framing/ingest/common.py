"""Shared pieces: dates, size and length checks, building the Article."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from ..model import Article
from ..syntax import word_count
from .encodings import InputError
from .report import IngestOptions

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def normalise_date(value: Any, *, fuzzy: bool = True) -> str | None:
    """``YYYY-MM-DD`` when the date is parseable (``YYYY-MM`` when it has no day), else as written.

    ``fuzzy`` lets words around the date pass (``"Published 10 Jan 2022"``).
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:  # a Unix timestamp (seconds, or milliseconds as some exports give)
            ts = float(value) / (1000 if value > 1e11 else 1)
            return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return str(value)
    s = re.sub(r"\s+", " ", str(value)).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        try:
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))).date().isoformat()
        except ValueError:
            return s
    if len(s) > 80 or not re.search(r"\d", s):
        return s
    import warnings

    from dateutil import parser as dparser

    for fz in ((False, True) if fuzzy else (False,)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # e.g. "tzname EST identified but not understood"
                a = dparser.parse(s, default=datetime(2000, 1, 1), fuzzy=fz)
                b = dparser.parse(s, default=datetime(2001, 2, 2), fuzzy=fz)
        except (ValueError, OverflowError, TypeError):
            continue
        if a.year != b.year or a.month != b.month:
            return s  # no year or no month given: keep what was written
        if a.day != b.day:
            return f"{a.year:04d}-{a.month:02d}"
        return a.date().isoformat()
    return s


def too_large_message(size: str, options: IngestOptions) -> str:
    suggestion = max(options.max_chars * 2, 1)
    return (f"is too large: {size}, more than the limit of {options.max_chars:,} characters of text per article. "
            f"If it really is one article, raise the limit (command line: --max-chars {suggestion}; "
            f"Python: IngestOptions(max_chars=...))")


def check_length(text: str, options: IngestOptions) -> None:
    if len(text) > options.max_chars:
        raise InputError(too_large_message(f"{len(text):,} characters", options))


def clean_value(value: Any) -> str | None:
    """A metadata value as one line of text: lists joined, dicts by their name, blanks to None."""
    if value is None:
        return None
    if isinstance(value, dict):
        for key in ("name", "title", "value", "id"):
            if value.get(key):
                return clean_value(value[key])
        return None
    if isinstance(value, (list, tuple)):
        parts = [clean_value(v) for v in value]
        joined = ", ".join(p for p in parts if p)
        return joined or None
    s = re.sub(r"\s+", " ", str(value)).strip()
    return s or None


def build_article(*, title: str, body: str, outlet: str, source: str, options: IngestOptions,
                  url: str | None = None, published: Any = None, byline: str | None = None,
                  metadata: dict[str, Any] | None = None) -> Article:
    """Check an article's length and build it; raise :class:`InputError` for what is not an article."""
    check_length(title + body, options)
    title = title or ""
    if not body.strip() or (title and body.strip() == title.strip()):
        if title:
            raise InputError("has a headline but no body text after it: it is not an article")
        raise InputError("is empty: it holds no text")
    words = word_count(title) + word_count(body)
    if words < options.min_words:
        raise InputError(f"is too short to be an article: {words} words (at least {options.min_words} are needed)")
    meta = {k: s for k, v in (metadata or {}).items() if (s := clean_value(v))}
    return Article.create(
        title=title,
        body=body,
        outlet=outlet,
        url=clean_value(url),
        published=normalise_date(published),
        byline=clean_value(byline),
        source=source,
        metadata=meta,
    )


_BLOCK_TAGS = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/h[1-6]|/li|/blockquote|/tr)\s*>")
_P_OPEN = re.compile(r"(?i)<\s*(?:p|div|h[1-6]|li|blockquote|tr)(?:\s[^>]*)?>")


def looks_like_html_fragment(text: str) -> bool:
    return bool(re.search(r"(?i)<\s*(p|div|br|span|a|h[1-6]|em|strong)\b[^>]*>", text[:20_000]))


def html_fragment_to_text(text: str) -> str:
    """Text of an HTML fragment (as some exports store article bodies), paragraphs kept."""
    import html as htmlmod

    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = _BLOCK_TAGS.sub("\n\n", text)
    text = _P_OPEN.sub("\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return htmlmod.unescape(text)
