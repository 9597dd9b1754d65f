"""Shared pieces: dates, size and length checks, building the Article."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from ..model import Article
from ..syntax import word_count
from .boilerplate import remove_boilerplate
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


def limit_that_admits(size: int) -> int:
    """A round limit of at least ``size``: ``size`` rounded up to two significant digits."""
    if size < 100:
        return size
    step = 10 ** (len(str(size)) - 2)
    return -(-size // step) * step


def too_large_message(size: str, options: IngestOptions, *, needed_chars: int, file_bytes: int | None = None) -> str:
    """The message for an article over ``options.max_chars``.

    ``needed_chars`` is a limit that would admit it (its length, or its size in bytes when it was
    not decoded: a text has no more characters than bytes). A file over ``options.max_bytes`` is
    never read whole, so no ``--max-chars`` value can help it; the message says so.
    """
    head = f"is too large: {size}, more than the limit of {options.max_chars:,} characters of text per article"
    if file_bytes is not None and file_bytes > options.max_bytes:
        return (f"{head}, and over the {options.max_bytes:,} bytes read from any one file, so no --max-chars value "
                "can help. Split it into one file per article (a bundle such as .csv or .jsonl holds many), or in "
                "Python raise both limits: IngestOptions(max_bytes=..., max_chars=...)")
    suggestion = limit_that_admits(max(needed_chars, options.max_chars + 1))
    return (f"{head}. If it really is one article, raise the limit (command line: --max-chars {suggestion}; "
            f"Python: IngestOptions(max_chars={suggestion}))")


def check_length(text: str, options: IngestOptions) -> None:
    if len(text) > options.max_chars:
        raise InputError(too_large_message(f"{len(text):,} characters", options, needed_chars=len(text)))


#: deepest nesting of lists and objects read in a metadata value (an author list of lists, ...)
MAX_NESTING = 20


def nesting_depth(value: Any, limit: int = MAX_NESTING) -> int:
    """How deeply lists and objects nest in ``value`` (0 for a plain value), counted without
    recursion; counting stops just past ``limit``."""
    depth = 0
    level = [value]
    while depth <= limit:
        containers = [v for v in level if isinstance(v, (dict, list, tuple))]
        if not containers:
            break
        depth += 1
        level = [child for c in containers for child in (c.values() if isinstance(c, dict) else c)]
    return depth


def check_nesting(value: Any, what: str) -> None:
    """Refuse a value nested past :data:`MAX_NESTING` (it is no name, date or title)."""
    if nesting_depth(value) > MAX_NESTING:
        raise InputError(f"has {what} nested more than {MAX_NESTING} levels deep (lists or objects inside each "
                         "other): it should be text, or a list of names; fix that field and load it again")


def clean_value(value: Any) -> str | None:
    """A metadata value as one line of text: lists joined, dicts by their name, blanks to None."""
    if value is None:
        return None
    if isinstance(value, (dict, list, tuple)):
        check_nesting(value, "a value")
    return _clean_value(value)


def _clean_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        for key in ("name", "title", "value", "id"):
            if value.get(key):
                return _clean_value(value[key])
        return None
    if isinstance(value, (list, tuple)):
        parts = [_clean_value(v) for v in value]
        joined = ", ".join(p for p in parts if p)
        return joined or None
    s = re.sub(r"\s+", " ", str(value)).strip()
    return s or None


def build_article(*, title: str, body: str, outlet: str, source: str, options: IngestOptions,
                  url: str | None = None, published: Any = None, byline: str | None = None,
                  metadata: dict[str, Any] | None = None) -> Article:
    """Check an article's length and build it; raise :class:`InputError` for what is not an article.

    Site boilerplate lines are removed from the body; ``metadata`` then records them under
    ``removed_boilerplate`` (and long lines that only start like boilerplate under
    ``kept_boilerplate``), from which the loader makes its warnings.
    """
    check_length(title + body, options)
    title = title or ""
    meta_in = dict(metadata or {})
    cleaned = remove_boilerplate(body)
    body = cleaned.body
    if cleaned.removed:
        meta_in["removed_boilerplate"] = " | ".join(line for _, line in cleaned.removed)
    if cleaned.kept:
        meta_in["kept_boilerplate"] = " | ".join(line for _, line in cleaned.kept)
    if not body.strip() or (title and body.strip() == title.strip()):
        if title:
            raise InputError("has a headline but no body text after it: it is not an article")
        raise InputError("is empty: it holds no text")
    words = word_count(title) + word_count(body)
    if words < options.min_words:
        raise InputError(f"is too short to be an article: {words} words (at least {options.min_words} are needed)")
    meta = {k: s for k, v in meta_in.items() if (s := clean_value(v))}
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
