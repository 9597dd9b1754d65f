"""Results of the pieces of a long article, moved into the article's coordinates.

A text longer than :data:`framing.parse.CHUNK_CHARS` is analysed one piece at a time
(:func:`framing.parse.parse_pieces`): each piece is parsed and analysed as if it were the
whole text, its results are shifted by :func:`shift_spans` so that every offset and index
points into the whole article, and each analyser's ``merge`` joins the pieces' results
(lists concatenated, summaries recomputed from the joined lists).

The fields of result dataclasses follow one naming convention, which is what the shift reads:

* ``start``, ``end`` and any ``*_start`` / ``*_end``: a character offset into the text;
  ``content_parts``: a list of ``[start, end]`` pairs;
* ``sentence`` and ``sentence_index``: an index of a sentence of the article;
* ``paragraph``: an index into ``article.paragraphs``;
* ``index``: the index of the record itself, whose kind the class names in a class
  attribute ``SPAN_INDEX = "sentence"`` or ``"paragraph"`` (no attribute: not shifted).

Negative values and ``None`` are "none" markers and stay as they are.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

SENTENCE_FIELDS = frozenset({"sentence", "sentence_index"})
PARAGRAPH_FIELDS = frozenset({"paragraph"})
PAIR_FIELDS = frozenset({"content_parts"})


@dataclass(frozen=True)
class PieceOffsets:
    """Where a piece of a long article sits in the article: what its results are shifted by."""

    #: character offset of the piece's text in the article's text
    chars: int
    #: sentences of the article before the piece
    sentences: int
    #: index in ``article.paragraphs`` of the piece's first paragraph
    paragraphs: int


def _shifted(value: Any, by: int) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value + by
    return value


@functools.lru_cache(maxsize=None)
def _field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, kind) for every field of a dataclass: ``chars``, ``pairs``, ``sentences``,
    ``paragraphs`` (shifted) or ``nested`` (walked into)."""
    index_kind = getattr(cls, "SPAN_INDEX", None)
    out: list[tuple[str, str]] = []
    for f in dataclasses.fields(cls):
        name = f.name
        if name in ("start", "end") or name.endswith("_start") or name.endswith("_end"):
            out.append((name, "chars"))
        elif name in PAIR_FIELDS:
            out.append((name, "pairs"))
        elif name in SENTENCE_FIELDS or (name == "index" and index_kind == "sentence"):
            out.append((name, "sentences"))
        elif name in PARAGRAPH_FIELDS or (name == "index" and index_kind == "paragraph"):
            out.append((name, "paragraphs"))
        else:
            out.append((name, "nested"))
    return tuple(out)


def shift_spans(obj: Any, offsets: PieceOffsets) -> None:
    """Shift, in place, every offset and index in ``obj`` (dataclasses, lists, tuples and dict
    values, nested) from a piece's coordinates to the article's (see the module's conventions).

    >>> from framing.analysers.counts import SentenceSpan
    >>> s = SentenceSpan(index=0, start=5, end=9, paragraph=1, text="Yes.")
    >>> shift_spans([s], PieceOffsets(chars=100, sentences=7, paragraphs=3))
    >>> (s.index, s.start, s.end, s.paragraph)
    (7, 105, 109, 4)
    """
    seen: set[int] = set()
    stack: list[Any] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            if id(item) in seen:  # one object reachable twice is shifted once
                continue
            seen.add(id(item))
            for name, kind in _field_kinds(type(item)):
                value = getattr(item, name)
                if kind == "nested":
                    if isinstance(value, (list, tuple, dict)) or dataclasses.is_dataclass(value):
                        stack.append(value)
                    continue
                by = getattr(offsets, kind if kind != "pairs" else "chars")
                if not by:
                    continue
                if kind == "pairs":
                    object.__setattr__(item, name, [[_shifted(x, by) for x in pair] for pair in value])
                else:
                    object.__setattr__(item, name, _shifted(value, by))
