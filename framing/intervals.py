"""Find character spans near an offset without scanning every span of the article.

Analysers ask, for each of thousands of words, which attributions, quotations or
sentences contain or overlap it. Scanning every span each time is quadratic in the
article's length (a 1 MB transcript has tens of thousands of each). A
:class:`SpanIndex` files each span under the fixed-width buckets of text it touches;
a query reads only the buckets its own range touches, so each lookup costs about the
number of spans near it. Results are candidates in insertion order: callers apply their
exact test, so answers (and their order) equal those of the full scan.
"""

from __future__ import annotations

from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")

#: bucket width in characters (a few sentences)
BUCKET = 256


class SpanIndex(Generic[T]):
    """Items filed under the character range ``[lo, hi]`` (inclusive) each one touches."""

    def __init__(self, items: Iterable[tuple[int, int, T]] = (), bucket: int = BUCKET) -> None:
        self.bucket = bucket
        self._buckets: dict[int, list[int]] = {}
        self._items: list[T] = []
        for lo, hi, item in items:
            self.add(lo, hi, item)

    def __len__(self) -> int:
        return len(self._items)

    def add(self, lo: int, hi: int, item: T) -> None:
        """File ``item`` under every bucket of ``[min(lo, hi), max(lo, hi)]``."""
        if lo > hi:
            lo, hi = hi, lo
        n = len(self._items)
        self._items.append(item)
        b = self.bucket
        for k in range(lo // b, hi // b + 1):
            self._buckets.setdefault(k, []).append(n)

    def candidates(self, lo: int, hi: int | None = None) -> Iterator[T]:
        """Every item filed under a bucket of ``[lo, hi]`` (``hi`` defaults to ``lo``), once
        each, in insertion order: a superset of the items whose range meets ``[lo, hi]``."""
        hi = lo if hi is None else hi
        if lo > hi:
            lo, hi = hi, lo
        b = self.bucket
        first, last = lo // b, hi // b
        if first == last:
            found: Iterable[int] = self._buckets.get(first, ())
        else:
            seen: set[int] = set()
            for k in range(first, last + 1):
                seen.update(self._buckets.get(k, ()))
            found = sorted(seen)
        items = self._items
        for n in found:
            yield items[n]
