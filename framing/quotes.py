"""Quotation spans: where an article puts words between quotation marks.

:func:`find_quotes` is a pure function over the article text and its paragraphs. It is
used by the attribution analyser (direct speech) and by the loaded-language analyser
(scare quotes); its API is kept stable:

    find_quotes(text: str, paragraphs: list[Paragraph]) -> list[QuoteSpan]

Every :class:`QuoteSpan` gives character offsets into ``text``:

* ``start``/``end`` — the whole quotation, marks included (``text[start:end]`` starts with
  the opening mark and, when ``closed``, ends with the closing mark);
* ``inner_start``/``inner_end`` — the quoted words without the outer marks;
* ``parts`` — the inner stretches, one per paragraph, for a quotation that runs over
  paragraphs (news style: a paragraph opens a quote without closing it and the next
  paragraph re-opens it with a quotation mark); a one-paragraph quote has one part;
* ``mark`` — ``"double"`` (``"..."`` or ``“...”``) or ``"single"`` (``‘...’`` or ``'...'``);
* ``closed`` — False when no closing mark was found (the quote then runs to the end of its
  paragraph); unbalanced marks never raise.

What is *not* a quotation mark: apostrophes in contractions and possessives (``it's``,
``Kazakhstan’s``, ``protesters’``), elisions (``’90s``, ``rock ’n’ roll``), feet and
inches (``5'10"``). Single marks delimit a quotation only when they open at a word start
and close at a word end; a single quotation nested in a double one is reported as its
own span (``depth`` 1).

Quotation marks that are not speech (scare quotes, titles) are still quotation spans:
deciding whether a span is someone's speech is the attribution analyser's job
(:func:`framing.attribution.quote_kinds.classify_quotes`).

:class:`QuotationIndex` is the one position index over an article's quotations, used by
attribution (over :class:`QuoteSpan`) and by loaded terms (over classified quotations).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Generic, Iterable, Iterator, Protocol, TypeVar

from .intervals import SpanIndex
from .model import Paragraph

DOUBLE_OPEN = "\u201c\u201e\u00ab"   # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"        # ” »
SINGLE_OPEN = "\u2018\u201a"        # ‘ ‚
SINGLE_CLOSE = "\u2019"              # ’
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE

#: characters after which an opening mark may stand (besides the start of a paragraph)
_BEFORE_OPEN = set(" \t\n([{\u2014\u2013-/:;,")
#: characters after which a closing mark may follow (besides the end of a paragraph)
_AFTER_CLOSE = set(" \t\n)]}.,;:!?\u2014\u2013-/") | set(DOUBLE_CLOSE) | {STRAIGHT_DOUBLE}
#: word-initial elisions written with an apostrophe: ’em, ’n’, ’tis, ’twas, ’cause, ’til
_ELISIONS = ("em ", "em.", "em,", "n ", "n'", "n\u2019", "tis", "twas", "cause ", "til ", "bout ", "round ")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation in ``text``; see the module docstring for the fields."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str = "double"
    closed: bool = True
    depth: int = 0
    parts: tuple[tuple[int, int], ...] = field(default=())

    def inner(self, text: str) -> str:
        """The quoted words (paragraph breaks and re-opening marks included when it spans paragraphs)."""
        return text[self.inner_start:self.inner_end]

    @property
    def multi_paragraph(self) -> bool:
        return len(self.parts) > 1


def _prev(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i > lo else ""


def _next(text: str, i: int, hi: int) -> str:
    return text[i + 1] if i + 1 < hi else ""


def is_apostrophe(text: str, i: int, lo: int = 0, hi: int | None = None) -> bool:
    """True when the single mark at ``text[i]`` is an apostrophe, not a quotation mark.

    Inside a word (``it's``), before a decade (``’90s``), a word-initial elision (``’em``),
    or a plural possessive (``protesters’ rights``: after ``s`` and before a lower-case word).
    The plural-possessive case is ambiguous with a closing quote; callers that have an open
    single quotation re-check it (see :func:`find_quotes`).
    """
    hi = len(text) if hi is None else hi
    p, n = _prev(text, i, lo), _next(text, i, hi)
    if p.isalnum() and n.isalnum():
        return True                       # it's, Kazakhstan's, rock'n'roll
    if n.isdigit() and not p.isalnum():
        rest = text[i + 1:i + 5]
        if len(rest) >= 3 and rest[:2].isdigit() and (rest[2] == "s" or not rest[2].isalnum()):
            return True                   # ’90s, '22
    if not p.isalnum() and text[i + 1:i + 6].lower().startswith(_ELISIONS):
        return True
    if p.isdigit() and not n.isalnum():
        return True                       # 5'10", 1990'
    return False


def _possessive_candidate(text: str, i: int, hi: int) -> bool:
    """``protesters’ rights``: an s-final word, the mark, a space and a lower-case word."""
    return _prev(text, i, 0) in ("s", "S") and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower() and i + 2 < hi


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """Candidate marks in ``text[lo:hi]`` as (offset, family, role) with role open|close|either."""
    out: list[tuple[int, str, str]] = []
    for i in range(lo, hi):
        c = text[i]
        if c not in ALL_MARKS:
            continue
        p, n = _prev(text, i, lo), _next(text, i, hi)
        can_open = (p == "" or p in _BEFORE_OPEN or p in DOUBLE_OPEN or p in SINGLE_OPEN or p == STRAIGHT_DOUBLE) and n not in ("", " ", "\n", "\t")
        can_close = p not in ("", " ", "\n", "\t") and (n == "" or n in _AFTER_CLOSE or n in SINGLE_CLOSE or n == STRAIGHT_SINGLE)
        if c in DOUBLE_OPEN:
            out.append((i, "double", "open"))
        elif c in DOUBLE_CLOSE:
            out.append((i, "double", "close"))
        elif c == STRAIGHT_DOUBLE:
            if p.isdigit() and not can_open:
                continue                  # 10" (inches)
            out.append((i, "double", "open" if can_open and not can_close else "close" if can_close and not can_open else "either"))
        else:  # single marks
            if is_apostrophe(text, i, lo, hi):
                continue
            if c in SINGLE_OPEN:
                if can_open:
                    out.append((i, "single", "open"))
            elif can_open and not can_close:
                out.append((i, "single", "open"))
            elif can_close:
                out.append((i, "single", "close"))
    return out


def _paragraph_quotes(text: str, lo: int, hi: int) -> tuple[list[QuoteSpan], int | None]:
    """Quotes of one paragraph; also the offset of a double quote left open at its end."""
    quotes: list[QuoteSpan] = []
    open_double: int | None = None
    open_single: int | None = None
    inner_double: int | None = None    # a double quotation inside a curly single one (British style)
    for i, family, role in _marks(text, lo, hi):
        if family == "double" and open_single is not None and open_double is None and text[open_single] in SINGLE_OPEN:
            # ‘She asked me, “Will he read it?” I did not know.’: in British style the single
            # marks are the outer ones and a double quotation inside them is nested
            if inner_double is None:
                if role in ("open", "either"):
                    inner_double = i
            elif role in ("close", "either"):
                quotes.append(QuoteSpan(inner_double, i + 1, inner_double + 1, i, "double", True, 1,
                                        ((inner_double + 1, i),)))
                inner_double = None
            continue
        if family == "double":
            if open_double is None:
                if role in ("open", "either"):
                    open_double, open_single = i, None
                continue                  # a stray closing mark: ignored
            if role == "open" and text[i] != STRAIGHT_DOUBLE:
                # a new curly opener while one is open: the first was never closed
                quotes.append(_unclosed(open_double, i, "double", 0, text))
                open_double, open_single = i, None
                continue
            if open_single is not None:
                open_single = None        # a nested single quote left open: drop it
            quotes.append(QuoteSpan(open_double, i + 1, open_double + 1, i, "double", True, 0, ((open_double + 1, i),)))
            open_double = None
        else:
            depth = 1 if open_double is not None else 0
            if open_single is None:
                if role == "open":
                    open_single = i
                continue
            if role == "close":
                if _possessive_candidate(text, i, hi) and _later_single_close(text, i + 1, hi):
                    continue              # protesters’ rights inside ‘...’: an apostrophe
                quotes.append(QuoteSpan(open_single, i + 1, open_single + 1, i, "single", True, depth, ((open_single + 1, i),)))
                open_single = inner_double = None
    if open_single is not None and open_double is None and open_single == lo and text[lo] in SINGLE_OPEN:
        return quotes, open_single        # a paragraph opening with ‘ left open: British style's
                                          # quotation running on into the next paragraph
    # otherwise an unmatched single mark is most likely an apostrophe
    return quotes, open_double


def _later_single_close(text: str, i: int, hi: int) -> bool:
    return any(role == "close" and fam == "single" for _, fam, role in _marks(text, i, hi))


def _unclosed(start: int, end: int, mark: str, depth: int, text: str) -> QuoteSpan:
    end = _rstrip(text, start + 1, end)
    return QuoteSpan(start, end, start + 1, end, mark, False, depth, ((start + 1, end),))


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _opens_with_quote(text: str, p: Paragraph, mark: str = "double") -> bool:
    c = text[p.start:p.start + 1]
    if mark == "single":
        return c != "" and c in SINGLE_OPEN
    return c != "" and (c in DOUBLE_OPEN or c == STRAIGHT_DOUBLE)


def find_quotes(text: str, paragraphs: list[Paragraph] | None = None) -> list[QuoteSpan]:
    """Every quotation in ``text``, in text order (nested single quotes after their parent).

    ``paragraphs`` are the article's paragraph spans (``article.paragraphs``); with none,
    the whole text is one paragraph. A double quotation left open at the end of a paragraph
    continues into the next paragraph when that paragraph opens with a quotation mark;
    otherwise it ends, ``closed=False``, at the end of its paragraph.
    """
    if not text:
        return []
    paras = list(paragraphs) if paragraphs else [Paragraph(0, len(text))]
    out: list[QuoteSpan] = []
    carry: QuoteSpan | None = None   # an open multi-paragraph quotation being built
    for k, p in enumerate(paras):
        lo, hi = max(0, p.start), min(len(text), p.end)
        if lo >= hi:
            continue
        quotes, open_at = _paragraph_quotes(text, lo, hi)
        open_mark = "single" if open_at is not None and text[open_at] in SINGLE_OPEN else "double"
        if carry is not None:
            # this paragraph opens with a quotation mark (checked below): its first quote
            # continues the carried one
            first = quotes[0] if quotes and quotes[0].start == lo and quotes[0].depth == 0 \
                and quotes[0].mark == carry.mark else None
            if first is not None:
                quotes = quotes[1:]
                out.append(QuoteSpan(carry.start, first.end, carry.inner_start, first.inner_end, carry.mark, True, 0,
                                     carry.parts + first.parts))
                carry = None
            elif open_at == lo and open_mark == carry.mark:
                carry = QuoteSpan(carry.start, hi, carry.inner_start, hi, carry.mark, False, 0,
                                  carry.parts + ((lo + 1, _rstrip(text, lo + 1, hi)),))
                open_at = None
            else:
                out.append(carry)
                carry = None
        out.extend(quotes)
        if open_at is not None:
            end = _rstrip(text, open_at + 1, hi)
            pending = QuoteSpan(open_at, end, open_at + 1, end, open_mark, False, 0, ((open_at + 1, end),))
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and _opens_with_quote(text, nxt, open_mark):
                carry = pending
            else:
                out.append(pending)
        if carry is not None and (k + 1 >= len(paras) or not _opens_with_quote(text, paras[k + 1], carry.mark)):
            out.append(carry)
            carry = None
    if carry is not None:
        out.append(carry)
    out.sort(key=lambda q: (q.start, q.depth))
    return out


def inside_quote(quotes: list[QuoteSpan], offset: int) -> QuoteSpan | None:
    """The outermost quotation whose inner text contains ``offset`` (None when outside all)."""
    best: QuoteSpan | None = None
    for q in quotes:
        if any(a <= offset < b for a, b in q.parts):
            if best is None or q.depth < best.depth:
                best = q
    return best


class Quotation(Protocol):
    """What the index reads of a quotation: its span with marks and its inner words."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def inner_start(self) -> int: ...
    @property
    def inner_end(self) -> int: ...


Q = TypeVar("Q", bound=Quotation)


class QuotationIndex(Generic[Q]):
    """An article's quotations (in text order) with lookups by position: each query gives the
    same answer, in the same order, as a scan of the whole list (see :mod:`framing.intervals`)."""

    def __init__(self, quotes: Iterable[Q]) -> None:
        self.items: list[Q] = list(quotes)
        self.starts = [q.start for q in self.items]
        # by position (marks included, and inner words): lookups read only the nearby quotations
        self.outer: SpanIndex[Q] = SpanIndex((q.start, q.end, q) for q in self.items)
        self.inner: SpanIndex[Q] = SpanIndex((q.inner_start, q.inner_end, q) for q in self.items)

    def __iter__(self) -> Iterator[Q]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def inside(self, offset: int) -> Q | None:
        """The quotation (marks included) containing ``offset``; top-level quotations never overlap."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.items[i].start <= offset < self.items[i].end:
            return self.items[i]
        return None

    def next_after(self, offset: int) -> Q | None:
        """The first quotation starting at or after ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.items[i] if i < len(self.items) else None

    def containing(self, start: int, end: int) -> Iterator[Q]:
        """Quotations whose inner words contain [start, end), in list order."""
        return (q for q in self.inner.candidates(start) if q.inner_start <= start and end <= q.inner_end)
