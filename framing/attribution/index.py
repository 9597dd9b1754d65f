"""An article's attributions with lookups by position, shared by every reader of attributions
(quotation kinds, the voice of loaded terms).

Every query gives the same answer, in the same order, as a scan of the whole list
(see :mod:`framing.intervals`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable, Iterator, Sequence

from ..intervals import SpanIndex
from .extract import content_spans


class AttributionIndex:
    """An article's attributions with lookups by position (see :mod:`framing.intervals`).

    Every query gives the same answer, in the same order, as a scan of the whole list.
    """

    def __init__(self, attributions: Iterable[Any]) -> None:
        self.items: list[Any] = list(attributions)
        self.spans = [content_spans(a) for a in self.items]
        self.lengths = [sum(ce - cs for cs, ce in sp) for sp in self.spans]
        # content spans widened by the two characters a quotation mark may take
        self.content: SpanIndex[int] = SpanIndex((cs - 2, ce + 2, n) for n, sp in enumerate(self.spans) for cs, ce in sp)
        cues = sorted((cs, n) for n, a in enumerate(self.items) if (cs := a.cue_start) is not None)
        self.cue_starts = [c for c, _ in cues]
        self.cue_items = [n for _, n in cues]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def near(self, start: int, end: int | None = None) -> list[int]:
        """Indexes (ascending, once each) of attributions whose content may meet [start, end]."""
        return list(dict.fromkeys(self.content.candidates(start, end)))

    def covering(self, start: int, end: int) -> list[Any]:
        """Attributions whose content contains [start, end) (quotation marks at the edges allowed),
        shortest content first."""
        hits = [n for n in self.near(start) if any(cs - 2 <= start and end <= ce + 2 for cs, ce in self.spans[n])]
        hits.sort(key=lambda n: self.lengths[n])
        return [self.items[n] for n in hits]

    def with_cue_in(self, lo: int, hi: int) -> list[Any]:
        """Attributions whose cue starts in [lo, hi), in list order."""
        i, j = bisect_left(self.cue_starts, lo), bisect_left(self.cue_starts, hi)
        return [self.items[n] for n in sorted(self.cue_items[i:j])]


def as_index(attributions: Sequence[Any] | AttributionIndex) -> AttributionIndex:
    return attributions if isinstance(attributions, AttributionIndex) else AttributionIndex(attributions)
