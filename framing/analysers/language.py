"""Per-article scores of loaded language: density per 1,000 words by category, voice and position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Mapping

from ..loaded_terms import VOICES, LoadedTerm
from ..parse import ParsedArticle
from .base import BaseAnalyser
from .counts import is_word

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
    return round(1000.0 * n / words, 2) if words else 0.0


def score_terms(terms: list[LoadedTerm], words: int) -> LanguageScores:
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


class LanguageAnalyser(BaseAnalyser):
    name: ClassVar[str] = "language"
    version: ClassVar[str] = "1"
    depends_on: ClassVar[tuple[str, ...]] = ("loaded_terms",)
    result_type: ClassVar[type] = LanguageScores

    def __init__(self, loaded: Any = None) -> None:
        self._loaded = loaded

    def fingerprint(self) -> str:
        from .loaded_terms import ANALYSER as DEFAULT_LOADED

        return f"{self.version}:{(self._loaded or DEFAULT_LOADED).fingerprint()}"

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> LanguageScores:
        words = sum(1 for t in parsed.doc if is_word(t))
        return score_terms(list(prior.get("loaded_terms") or []), words)

    @staticmethod
    def summary_row(result: LanguageScores) -> dict[str, Any]:
        return {
            "loaded_per_1000": result.per_1000,
            "narrator_loaded_per_1000": result.narrator_per_1000,
            "headline_loaded": result.by_position.get("headline", 0),
        }


ANALYSER = LanguageAnalyser()
