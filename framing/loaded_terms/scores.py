"""Density of loaded language in one article: counts per 1,000 words by category, voice and position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .terms import LoadedTerm
from .voice import VOICES

POSITIONS = ("headline", "lede", "body")


@dataclass
class LanguageScores:
    """Counts of ``loaded_terms`` of one article and their density per 1,000 words (headline + body)."""

    words: int
    total: int
    per_1000: float
    narrator_total: int
    narrator_per_1000: float
    by_category: dict[str, int] = field(default_factory=dict)
    by_category_per_1000: dict[str, float] = field(default_factory=dict)
    by_voice: dict[str, int] = field(default_factory=dict)
    by_voice_per_1000: dict[str, float] = field(default_factory=dict)
    by_category_voice: dict[str, dict[str, int]] = field(default_factory=dict)
    by_position: dict[str, int] = field(default_factory=dict)
    narrator_by_position: dict[str, int] = field(default_factory=dict)


def per_1000(n: int, words: int) -> float:
    """``n`` per 1,000 of ``words``, to two decimals (0 for no words)."""
    return round(1000.0 * n / words, 2) if words else 0.0


@dataclass
class SpanCounts:
    """Counts of categorised, voiced spans (loaded terms, stance markers) of one article."""

    by_category: dict[str, int]
    narrator_by_category: dict[str, int]
    by_voice: dict[str, int]
    by_category_voice: dict[str, dict[str, int]]
    by_position: dict[str, int]
    narrator_by_position: dict[str, int]


def count_spans(items: Iterable[Any]) -> SpanCounts:
    """Count items with ``category``, ``voice`` and ``position`` by each and by category × voice;
    the narrator's apart by category and by position."""
    c = SpanCounts({}, {}, {v: 0 for v in VOICES}, {}, {p: 0 for p in POSITIONS}, {p: 0 for p in POSITIONS})
    for t in items:
        c.by_category[t.category] = c.by_category.get(t.category, 0) + 1
        c.by_voice[t.voice] = c.by_voice.get(t.voice, 0) + 1
        c.by_category_voice.setdefault(t.category, {v: 0 for v in VOICES})[t.voice] += 1
        c.by_position[t.position] = c.by_position.get(t.position, 0) + 1
        if t.voice == "narrator":
            c.narrator_by_category[t.category] = c.narrator_by_category.get(t.category, 0) + 1
            c.narrator_by_position[t.position] = c.narrator_by_position.get(t.position, 0) + 1
    return c


def score_terms(terms: list[LoadedTerm], words: int) -> LanguageScores:
    """The scores of an article's loaded terms, for an article of ``words`` words."""
    c = count_spans(terms)
    by_cat, by_voice, by_cv, by_pos, nar_pos = (c.by_category, c.by_voice, c.by_category_voice, c.by_position,
                                                c.narrator_by_position)
    narrator = by_voice.get("narrator", 0)
    return LanguageScores(
        words=words, total=len(terms), per_1000=per_1000(len(terms), words),
        narrator_total=narrator, narrator_per_1000=per_1000(narrator, words),
        by_category=dict(sorted(by_cat.items())),
        by_category_per_1000={c: per_1000(n, words) for c, n in sorted(by_cat.items())},
        by_voice=by_voice, by_voice_per_1000={v: per_1000(n, words) for v, n in by_voice.items()},
        by_category_voice=dict(sorted(by_cv.items())), by_position=by_pos, narrator_by_position=nar_pos,
    )
