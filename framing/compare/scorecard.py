"""The outlet scorecard: one row per outlet combining every analysis.

Values are aggregated over an outlet's articles in the event (sums of counts, word-weighted
means). A column is ``None`` when the analyser behind it did not run (or found nothing to
measure, e.g. share of voice in an article that quotes nobody).

Share of voice is computed from the ``attributions`` list (each attribution is one voice
turn), one share per speaker type (``type_shares``: official, political, civil society, expert,
citizen, business, media, unknown, other), each speaker typed once per event
(:func:`framing.compare.identity.event_identities`: a role one outlet gives types the speaker in
every outlet); when the attributions are missing, only the anonymous share is taken from the
``sources`` summary.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from ..analysers.counts import Counts
from ..analysers.sources import Sources
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution
from ..frames import Frames
from ..loaded_terms import LanguageScores
from ..readability import Readability
from ..tone.sentences import Tone
from ..attribution import SPEAKER_TYPES
from .common import outlet_order
from .identity import EventIdentities, speaker_identities
from ..stance_markers import StanceMarkers

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
    political_share: float | None = None
    expert_share: float | None = None
    business_share: float | None = None
    media_share: float | None = None
    unknown_share: float | None = None
    other_share: float | None = None
    #: speaker type -> share of the outlet's attributions (every type of SPEAKER_TYPES; None: no attributions)
    type_shares: dict[str, float] | None = None
    #: stance markers (hedges, boosters, distancing/endorsing/concession verbs) in the outlet's own
    #: voice per 1,000 words, in all and by category (``None`` / empty: the analyser did not run)
    narrator_stance_per_1000: float | None = None
    narrator_stance_by_category: dict[str, float] = field(default_factory=dict)


def event_type(attribution: Attribution, article_id: str, identities: EventIdentities | None) -> str:
    """The speaker's type in the event (the type of its identity), else the article's own."""
    if identities is not None:
        ident = identities.identity_of(article_id, attribution.speaker_id)
        if ident is not None:
            return ident.speaker_type
    return attribution.speaker_type or "unknown"


def _words(a: ArticleAnalysis) -> int | None:
    counts = result_of(a, "counts", Counts)
    if counts is not None:
        return counts.word_count
    language = result_of(a, "language", LanguageScores)
    return language.words if language is not None else None


def _wmean(pairs: list[tuple[float | None, int]]) -> float | None:
    known = [(v, w) for v, w in pairs if v is not None]
    if not known:
        return None
    total = sum(max(w, 1) for _, w in known)
    return round(sum(float(v) * max(w, 1) for v, w in known) / total, 4)


def outlet_row(outlet: str, articles: Sequence[ArticleAnalysis],
               identities: EventIdentities | None = None) -> ScorecardRow:
    words = [_words(a) for a in articles]
    total_words = sum(w for w in words if w is not None) if any(w is not None for w in words) else None
    # loaded language by the narrator (outside quotes), per 1,000 words
    lang = [x for x in (result_of(a, "language", LanguageScores) for a in articles) if x is not None]
    narrator = None
    if lang:
        n_terms = sum(x.narrator_total for x in lang)
        n_words = sum(x.words for x in lang)
        narrator = round(1000 * n_terms / n_words, 3) if n_words else None
    # voices
    stance, stance_by_category = _stance_densities(articles)
    atts_per = [(a.article.id, list_result_of(a, "attributions", Attribution)) for a in articles]
    voices = anon = dist = None
    shares: dict[str, float] | None = None
    if any(x is not None for _, x in atts_per):
        typed = [(t, event_type(t, aid, identities)) for aid, x in atts_per if x for t in x]
        atts = [t for t, _ in typed]
        voices = len(atts)
        if atts:
            counts = Counter(typ for _, typ in typed)
            shares = {t: round(counts[t] / len(atts), 4) for t in SPEAKER_TYPES}
            anon = round(sum(1 for t in atts if t.anonymous) / len(atts), 4)
            dist = round(sum(1 for t in atts if t.verb_stance.lower() in DISTANCING) / len(atts), 4)
    else:
        sources = [result_of(a, "sources", Sources) for a in articles]
        if any(x is not None for x in sources):
            anon = _wmean([(x.anonymous_share if x is not None else None, w or 0) for x, w in zip(sources, words)])
    tones = [result_of(a, "tone", Tone) for a in articles]
    tone = _wmean([(x.mean if x is not None else None, w or 0) for x, w in zip(tones, words)])
    grades = [result_of(a, "readability", Readability) for a in articles]
    grade = _wmean([(x.flesch_kincaid_grade if x is not None else None, w or 0) for x, w in zip(grades, words)])
    frames: Counter[str] = Counter()
    for a, w in zip(articles, words):
        f = result_of(a, "frames", Frames)
        if f is not None and f.primary:
            frames[f.primary] += max(w or 0, 1)
    return ScorecardRow(
        outlet=outlet, articles=len(articles), words=total_words, narrator_loaded_per_1000=narrator,
        voices=voices, official_share=_of(shares, "official"),
        civil_society_share=_of(shares, "civil_society"), citizen_share=_of(shares, "citizen"),
        anonymous_share=anon, distancing_share=dist, tone=tone,
        primary_frame=frames.most_common(1)[0][0] if frames else None, reading_grade=grade,
        political_share=_of(shares, "political"), expert_share=_of(shares, "expert"),
        business_share=_of(shares, "business"), media_share=_of(shares, "media"),
        unknown_share=_of(shares, "unknown"), other_share=_of(shares, "other"), type_shares=shares,
        narrator_stance_per_1000=stance, narrator_stance_by_category=stance_by_category,
    )


def _of(shares: dict[str, float] | None, speaker_type: str) -> float | None:
    return shares.get(speaker_type, 0.0) if shares is not None else None


def _stance_densities(articles: Sequence[ArticleAnalysis]) -> tuple[float | None, dict[str, float]]:
    """Narrator stance markers per 1,000 words over an outlet's articles, in all and by category."""
    results = [x for x in (result_of(a, "stance_markers", StanceMarkers) for a in articles) if x is not None]
    words = sum(x.scores.words for x in results)
    if not results or not words:
        return None, {}
    by_category: Counter[str] = Counter(m.category for x in results for m in x.markers if m.voice == "narrator")
    total = sum(by_category.values())
    return round(1000 * total / words, 3), {c: round(1000 * n / words, 3) for c, n in sorted(by_category.items())}


def scorecard(analyses: Sequence[ArticleAnalysis], identities: EventIdentities | None = None) -> list[ScorecardRow]:
    """One row per outlet; speakers typed once per event (``identities``, computed when not given)."""
    if identities is None:
        identities = speaker_identities(analyses)
    return [outlet_row(o, [a for a in analyses if a.article.outlet == o], identities) for o in outlet_order(analyses)]
