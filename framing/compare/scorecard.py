"""The outlet scorecard: one row per outlet combining every analysis.

Values are aggregated over an outlet's articles in the event (sums of counts, word-weighted
means). A column is ``None`` when the analyser behind it did not run (or found nothing to
measure, e.g. share of voice in an article that quotes nobody).

Share of voice is computed from the ``attributions`` list (each attribution is one voice
turn); when that is missing, the ``sources`` summary is used if it has shares by type.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from .common import get, outlet_order, result

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import ArticleAnalysis

VOICE_GROUPS = {
    "official": ("official", "government", "state", "police", "military", "security"),
    "civil_society": ("civil", "ngo", "rights", "expert", "academic", "union", "activist", "advocacy"),
    "citizen": ("citizen", "resident", "witness", "protester", "ordinary", "public", "eyewitness", "victim"),
}
DISTANCING = ("distancing", "distance", "doubt", "sceptical", "skeptical", "negative")


@dataclass
class ScorecardRow:
    outlet: str
    articles: int
    words: int | None
    narrator_loaded_per_1000: float | None
    voices: int | None                 # attributions (quotes and paraphrases)
    official_share: float | None
    civil_society_share: float | None
    citizen_share: float | None
    anonymous_share: float | None
    distancing_share: float | None
    tone: float | None
    primary_frame: str | None
    reading_grade: float | None
    numbers_reported: int | None = None
    numbers_only_here: int | None = None
    unique_share: float | None = None


def first(obj: Any, *keys: str) -> Any:
    for k in keys:
        v = get(obj, k)
        if v is not None:
            return v
    return None


def voice_group(speaker_type: str | None) -> str | None:
    t = (speaker_type or "").lower().replace("-", "_").replace(" ", "_")
    for group, cues in VOICE_GROUPS.items():
        if t == group or any(t.startswith(c) for c in cues):
            return group
    return None


def _attributions(a: "ArticleAnalysis") -> list[Any] | None:
    atts = result(a, "attributions")
    if atts is None:
        return None
    if isinstance(atts, list):
        return atts
    return list(first(atts, "attributions", "items") or [])


def _words(a: "ArticleAnalysis") -> int | None:
    v = get(result(a, "counts"), "word_count")
    if v is None:
        v = get(result(a, "language"), "words")
    return int(v) if v is not None else None


def _wmean(pairs: list[tuple[float | None, int]]) -> float | None:
    pairs = [(v, w) for v, w in pairs if v is not None]
    if not pairs:
        return None
    total = sum(max(w, 1) for _, w in pairs)
    return round(sum(float(v) * max(w, 1) for v, w in pairs) / total, 4)


def _sources_share(a: "ArticleAnalysis", group: str) -> float | None:
    src = result(a, "sources")
    shares = first(src, "share_by_type", "share_of_voice", "shares", "by_type_share")
    if not isinstance(shares, dict) or not shares:
        return None
    return round(sum(float(v) for k, v in shares.items() if voice_group(k) == group and v is not None), 4)


def outlet_row(outlet: str, articles: Sequence["ArticleAnalysis"]) -> ScorecardRow:
    words = [_words(a) for a in articles]
    total_words = sum(w for w in words if w is not None) if any(w is not None for w in words) else None
    # loaded language by the narrator (outside quotes), per 1,000 words
    lang = [result(a, "language") for a in articles]
    narrator = None
    if any(x is not None for x in lang):
        n_terms = sum(int(first(x, "narrator_total") or 0) for x in lang if x is not None)
        n_words = sum(int(first(x, "words") or 0) for x, a in zip(lang, articles) if x is not None)
        narrator = round(1000 * n_terms / n_words, 3) if n_words else None
    # voices
    atts_per = [_attributions(a) for a in articles]
    voices = shares = anon = dist = None
    if any(x is not None for x in atts_per):
        atts = [t for x in atts_per if x for t in x]
        voices = len(atts)
        if atts:
            groups = Counter(voice_group(get(t, "speaker_type")) for t in atts)
            shares = {g: round(groups[g] / len(atts), 4) for g in VOICE_GROUPS}
            anon = round(sum(1 for t in atts if get(t, "anonymous")) / len(atts), 4)
            with_verb = [t for t in atts if get(t, "verb_stance") is not None]
            dist = (round(sum(1 for t in with_verb if str(get(t, "verb_stance")).lower() in DISTANCING) / len(with_verb), 4)
                    if with_verb else None)
    elif any(result(a, "sources") is not None for a in articles):
        shares = {g: _wmean([(_sources_share(a, g), w or 0) for a, w in zip(articles, words)]) for g in VOICE_GROUPS}
        anon = _wmean([(first(result(a, "sources"), "anonymous_share"), w or 0) for a, w in zip(articles, words)])
    tone = _wmean([(first(result(a, "tone"), "mean", "mean_compound", "score"), w or 0) for a, w in zip(articles, words)])
    grade = _wmean([(first(result(a, "readability"), "grade", "grade_level", "fk_grade", "flesch_kincaid_grade"), w or 0)
                    for a, w in zip(articles, words)])
    frames = Counter()
    for a, w in zip(articles, words):
        f = first(result(a, "frames"), "primary", "primary_frame", "frame")
        if isinstance(f, dict):
            f = first(f, "name", "frame", "label")
        if f:
            frames[str(f)] += max(w or 0, 1)
    return ScorecardRow(
        outlet=outlet, articles=len(articles), words=total_words, narrator_loaded_per_1000=narrator,
        voices=voices, official_share=(shares or {}).get("official"),
        civil_society_share=(shares or {}).get("civil_society"), citizen_share=(shares or {}).get("citizen"),
        anonymous_share=anon, distancing_share=dist, tone=tone,
        primary_frame=frames.most_common(1)[0][0] if frames else None, reading_grade=grade,
    )


def scorecard(analyses: Sequence["ArticleAnalysis"]) -> list[ScorecardRow]:
    return [outlet_row(o, [a for a in analyses if a.article.outlet == o]) for o in outlet_order(analyses)]
