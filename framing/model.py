"""The article model: what every analyser reads and every result points into.

An :class:`Article` holds its full text as one string, ``text``: the headline, a blank
line, then the body. Every span in this project (paragraphs, sentences, quotes, loaded
terms) is a pair of character offsets into that string, so the UI can always highlight
the words behind a number.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

HEADLINE = "headline"
BODY = "body"


@dataclass(frozen=True)
class Span:
    """A stretch of :attr:`Article.text`, ``text[start:end]``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the article; ``kind`` is ``"headline"`` for the headline."""

    start: int
    end: int
    kind: str = BODY


def normalise_text(text: str) -> str:
    """Normalise line endings, Unicode form and stray whitespace; keep paragraph breaks.

    Curly quotes and dashes are kept: they carry meaning (quotes vs apostrophes).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u200b", "")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def outlet_initials(outlet: str) -> str:
    """The initials an outlet signs with ("Global Press Wire" -> "GPW", "The Harbour Post" ->
    "HP"): its capitalised words' first letters, "The" dropped; "" for a one-word name."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", outlet) if w[:1].isupper()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def article_id(title: str, body: str) -> str:
    """Stable id: a hash of the normalised headline and body (whitespace-insensitive)."""
    canon = re.sub(r"\s+", " ", f"{title}\n{body}").strip().casefold()
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]


def split_paragraphs(text: str, headline_end: int) -> list[Paragraph]:
    """Paragraph spans: the headline, then body blocks separated by blank lines.

    A body block whose lines are all short and unpunctuated is still one paragraph; single
    line breaks inside a block are kept as part of it.
    """
    paragraphs: list[Paragraph] = []
    if headline_end > 0:
        paragraphs.append(Paragraph(0, headline_end, HEADLINE))
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        if m.end() <= headline_end:
            continue
        start = max(m.start(), headline_end)
        chunk = text[start:m.end()]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            paragraphs.append(Paragraph(start + lead, m.end(), BODY))
    return paragraphs


@dataclass
class Article:
    """One news article. Build it with :meth:`Article.create`."""

    id: str
    outlet: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None
    byline: str | None = None
    source: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        *,
        title: str,
        body: str,
        outlet: str = "",
        url: str | None = None,
        published: str | None = None,
        byline: str | None = None,
        source: str = "",
        metadata: dict[str, str] | None = None,
    ) -> "Article":
        """Normalise headline and body, lay them out as ``headline\\n\\nbody``, split paragraphs."""
        title = re.sub(r"\s+", " ", normalise_text(title or "")).strip()
        body = normalise_text(body or "")
        if title and body.startswith(title):
            body = body[len(title):].lstrip()
        text = f"{title}\n\n{body}" if title else body
        return cls(
            id=article_id(title, body),
            outlet=(outlet or "").strip() or "Unknown outlet",
            title=title,
            text=text,
            url=url or None,
            published=published or None,
            byline=byline or None,
            source=source,
            paragraphs=split_paragraphs(text, len(title)),
            metadata=dict(metadata or {}),
        )

    @property
    def headline(self) -> Span:
        return Span(0, len(self.title))

    @property
    def body_start(self) -> int:
        return len(self.title) + 2 if self.title else 0

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    def with_outlet(self, outlet: str) -> "Article":
        """A copy with another outlet name (the id, from the text, stays the same)."""
        data = self.to_dict()
        data["outlet"] = outlet.strip() or self.outlet
        return Article.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        data = dict(data)
        data["paragraphs"] = [Paragraph(**p) for p in data.get("paragraphs", [])]
        return cls(**data)
