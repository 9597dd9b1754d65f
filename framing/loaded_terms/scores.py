"""Density of loaded language in one article: counts per 1,000 words by category, voice and position."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def score_terms(terms: list[LoadedTerm], words: int) -> LanguageScores:
    """The scores of an article's loaded terms, for an article of ``words`` words."""
    by_cat: dict[str, int] = {}
    by_voice = {v: 0 for v in VOICES}
    by_cv: dict[str, dict[str, int]] = {}
    by_pos = {p: 0 for p in POSITIONS}
    nar_pos = {p: 0 for p in POSITIONS}
    for t in terms:
        by_cat[t.category] = by_cat.get(t.category, 0) + 1
        by_voice[t.voice] = by_voice.get(t.voice, 0) + 1
        by_cv.setdefault(t.category, {v: 0 for v in VOICES})[t.voice] += 1
        by_pos[t.position] = by_pos.get(t.position, 0) + 1
        if t.voice == "narrator":
            nar_pos[t.position] = nar_pos.get(t.position, 0) + 1
    narrator = by_voice.get("narrator", 0)
    return LanguageScores(
        words=words, total=len(terms), per_1000=per_1000(len(terms), words),
        narrator_total=narrator, narrator_per_1000=per_1000(narrator, words),
        by_category=dict(sorted(by_cat.items())),
        by_category_per_1000={c: per_1000(n, words) for c, n in sorted(by_cat.items())},
        by_voice=by_voice, by_voice_per_1000={v: per_1000(n, words) for v, n in by_voice.items()},
        by_category_voice=dict(sorted(by_cv.items())), by_position=by_pos, narrator_by_position=nar_pos,
    )
