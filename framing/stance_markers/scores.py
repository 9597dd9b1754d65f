"""Density of stance markers in one article: counts per 1,000 words by category, voice and position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..loaded_terms.scores import POSITIONS, count_spans, per_1000
from ..loaded_terms.voice import VOICES
from .markers import StanceMarker


@dataclass
class StanceScores:
    """Counts of an article's stance markers and their density per 1,000 words (headline + body)."""

    words: int
    total: int
    per_1000: float
    narrator_total: int
    narrator_per_1000: float
    by_category: dict[str, int] = field(default_factory=dict)
    by_category_per_1000: dict[str, float] = field(default_factory=dict)
    narrator_by_category_per_1000: dict[str, float] = field(default_factory=dict)
    by_voice: dict[str, int] = field(default_factory=dict)
    by_voice_per_1000: dict[str, float] = field(default_factory=dict)
    by_category_voice: dict[str, dict[str, int]] = field(default_factory=dict)
    by_position: dict[str, int] = field(default_factory=dict)


def score_markers(markers: Sequence[StanceMarker], words: int) -> StanceScores:
    """The scores of an article's stance markers, for an article of ``words`` words."""
    c = count_spans(markers)
    by_cat, nar_cat, by_voice, by_cv, by_pos = (c.by_category, c.narrator_by_category, c.by_voice,
                                                c.by_category_voice, c.by_position)
    narrator = by_voice.get("narrator", 0)
    return StanceScores(
        words=words, total=len(markers), per_1000=per_1000(len(markers), words),
        narrator_total=narrator, narrator_per_1000=per_1000(narrator, words),
        by_category=dict(sorted(by_cat.items())),
        by_category_per_1000={c: per_1000(n, words) for c, n in sorted(by_cat.items())},
        narrator_by_category_per_1000={c: per_1000(n, words) for c, n in sorted(nar_cat.items())},
        by_voice=by_voice, by_voice_per_1000={v: per_1000(n, words) for v, n in by_voice.items()},
        by_category_voice=dict(sorted(by_cv.items())), by_position=by_pos,
    )


@dataclass
class StanceMarkers:
    """The ``stance_markers`` result of one article: every marker and their densities."""

    markers: list[StanceMarker] = field(default_factory=list)
    scores: StanceScores = field(default_factory=lambda: score_markers([], 0))
