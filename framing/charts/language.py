"""Loaded language charts and highlight colours (pure functions: data in, chart or spans out).

Stance markers (:mod:`framing.stance_markers`) are a layer of their own: other colours, the
``hl-stance`` class (a dashed underline, :mod:`framing.highlight`) and their own legend.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import altair as alt
import pandas as pd

from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..highlight import Highlight, LegendItem
from ..loaded_terms import LanguageScores, LoadedTerm
from ..stance_markers import StanceMarker, StanceMarkers
from .feature_words import scorer_reason
from .layout import FACET_MIN_HEIGHT, chart_title, band_height, label_width, legend_args, short_label
from .theme import apply_theme

VOICES = ("narrator", "quoted", "reported", "scare_quote")
VOICE_LABELS = {"narrator": "Narrator", "quoted": "Quoted", "reported": "Reported", "scare_quote": "Scare quotes"}
#: voice colours (Okabe–Ito: colour-blind safe)
VOICE_COLORS = {"narrator": "#D55E00", "quoted": "#0072B2", "reported": "#56B4E9", "scare_quote": "#E69F00"}

#: light backgrounds per category (Paul Tol's colour-blind-safe "light" and "pale" schemes),
#: readable with dark text; the category is also in the tooltip, so colour is never the only cue
CATEGORY_COLORS: dict[str, str] = {
    "pejorative_label": "#EE8866",
    "violence_intensifier": "#FFAABB",
    "repression_framing": "#DDAACC",
    "conspiracy_framing": "#BBCC33",
    "delegitimising": "#EEDD88",
    "euphemism": "#99DDFF",
    "hyperbole": "#FFCCCC",
    "emotional_appeal": "#DDCCEE",
    "praise": "#44BB99",
    "loaded_verb": "#CCDDAA",
    "scare_quote": "#FFEEAA",
}
OTHER_COLOR = "#E5E7EB"

#: stance-marker backgrounds (drawn with the ``hl-stance`` dashed underline, so they read as
#: another layer than loaded terms; the category is in the tooltip too)
STANCE_COLORS: dict[str, str] = {
    "hedge": "#D9D9D9",
    "booster": "#AEC7E8",
    "distancing_verb": "#C5B0D5",
    "endorsing_verb": "#98DF8A",
    "concession_verb": "#FFBB78",
    "sourcing": "#F0F0F0",
    "emphatic_verb": "#9EDAE5",
}
STANCE_OTHER_COLOR = "#E5E7EB"


def category_color(category: str) -> str:
    return CATEGORY_COLORS.get(category, OTHER_COLOR)


def loaded_term_highlights(terms: Iterable[LoadedTerm], categories: Iterable[str] | None = None,
                           voices: Iterable[str] | None = None,
                           labels: Mapping[str, str] | None = None) -> list[Highlight]:
    """Highlights for loaded terms, filtered by category and voice.

    The tooltip gives category, voice, speaker, the lexicon note (or the scorer's reason) and the
    learned scorer's probability with the features that raised it most.
    """
    cats = set(categories) if categories is not None else None
    vs = set(voices) if voices is not None else None
    labels = labels or {}
    out = []
    for t in terms:
        cat, voice = t.category, t.voice
        if (cats is not None and cat not in cats) or (vs is not None and voice not in vs):
            continue
        label = labels.get(cat, cat.replace("_", " "))
        speaker = t.speaker
        title = f"{label} · {VOICE_LABELS.get(voice, voice)}" + (f" ({speaker})" if speaker else "")
        why = term_reason(t)
        if why:
            title += f" — {why}"
        out.append(Highlight(t.start, t.end, css_class=f"hl-loaded lt-{cat} lv-{voice}",
                             title=title, label=label, color=category_color(cat)))
    return out


def is_scorer_term(t: LoadedTerm) -> bool:
    """Whether the learned word scorer (not a lexicon entry or a scare quote) flagged ``t``."""
    return t.rule.startswith("scorer:")


def term_reason(t: LoadedTerm) -> str:
    """Why ``t`` is loaded, in words: the lexicon entry's note, or, for a word the learned scorer
    flagged, its probability and the features that raised it most in plain words
    (:func:`.feature_words.scorer_reason`), never the features' ids; a lexicon term the scorer
    also rated gets its probability added."""
    if is_scorer_term(t):
        return scorer_reason(t.probability, [c.feature for c in t.evidence])
    why = t.note or ""
    if t.probability is not None:
        why += ("; " if why else "") + f"the learned scorer rates it {round(100 * t.probability)} % likely to carry a judgement"
    return why


def category_legend(categories: Iterable[str], labels: Mapping[str, str] | None = None) -> list[LegendItem]:
    labels = labels or {}
    return [LegendItem(f"lt-{c}", labels.get(c, c.replace("_", " ")), color=category_color(c)) for c in categories]


def stance_color(category: str) -> str:
    return STANCE_COLORS.get(category, STANCE_OTHER_COLOR)


def stance_marker_highlights(markers: Iterable[StanceMarker], categories: Iterable[str] | None = None,
                             voices: Iterable[str] | None = None,
                             labels: Mapping[str, str] | None = None) -> list[Highlight]:
    """Highlights for stance markers, filtered by category and voice (their own layer: class
    ``hl-stance``). The tooltip gives the category, voice, speaker, the entry or reporting verb
    that matched, and the entry's note."""
    cats = set(categories) if categories is not None else None
    vs = set(voices) if voices is not None else None
    labels = labels or {}
    out = []
    for m in markers:
        if (cats is not None and m.category not in cats) or (vs is not None and m.voice not in vs):
            continue
        label = labels.get(m.category, m.category.replace("_", " "))
        title = f"Stance marker: {label} · {VOICE_LABELS.get(m.voice, m.voice)}" + (f" ({m.speaker})" if m.speaker else "")
        title += f" · entry '{m.term}'" if m.term else ""
        if m.about_speaker:
            title += f" · about {m.about_speaker}'s words"
        if m.note:
            title += f" — {m.note}"
        out.append(Highlight(m.start, m.end, css_class=f"hl-stance sm-{m.category} lv-{m.voice}",
                             title=title, label=label, color=stance_color(m.category)))
    return out


def stance_legend(categories: Iterable[str], labels: Mapping[str, str] | None = None) -> list[LegendItem]:
    labels = labels or {}
    return [LegendItem(f"hl-stance sm-{c}", labels.get(c, c.replace("_", " ")), color=stance_color(c))
            for c in categories]


def stance_markers_of(analysis: ArticleAnalysis) -> list[StanceMarker]:
    """An analysis's stance markers (empty when the analyser did not run)."""
    result = result_of(analysis, "stance_markers", StanceMarkers)
    return list(result.markers) if result is not None else []


def stance_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per outlet × stance category × voice: count and density per 1,000 words."""
    words: dict[str, int] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for a in analyses:
        result = result_of(a, "stance_markers", StanceMarkers)
        if result is None:
            continue
        outlet = a.article.outlet
        words[outlet] = words.get(outlet, 0) + result.scores.words
        for m in result.markers:
            key = (outlet, m.category, m.voice)
            counts[key] = counts.get(key, 0) + 1
    return _density_rows(counts, words)


def _density_rows(counts: Mapping[tuple[str, str, str], int], words: Mapping[str, int]) -> list[dict[str, Any]]:
    """Rows per (outlet, category, voice), outlets in the order the analyses come (the palette's
    order, the same in every view), then category and voice. Dense: every outlet × every category
    found in any outlet × every voice, zeros included, so an outlet that uses none of a category's
    words (or none at all) keeps its bar at 0 in every chart and table instead of vanishing."""
    categories = sorted({cat for _, cat, _ in counts})
    voices = list(VOICES) + sorted({v for _, _, v in counts} - set(VOICES))
    rows = []
    for outlet, w in words.items():
        for cat in categories:
            for voice in voices:
                n = counts.get((outlet, cat, voice), 0)
                rows.append({"outlet": outlet, "category": cat, "voice": voice, "count": n, "words": w,
                             "per_1000": round(1000.0 * n / w, 2) if w else 0.0})
    return rows


def language_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per outlet × category × voice: count and density per 1,000 words (summed per outlet)."""
    words: dict[str, int] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for a in analyses:
        outlet = a.article.outlet
        lang = result_of(a, "language", LanguageScores)
        words[outlet] = words.get(outlet, 0) + (lang.words if lang is not None else 0)
        for t in list_result_of(a, "loaded_terms", LoadedTerm) or []:
            key = (outlet, t.category, t.voice)
            counts[key] = counts.get(key, 0) + 1
    return _density_rows(counts, words)


def language_chart(rows: Sequence[Mapping[str, Any]], labels: Mapping[str, str] | None = None,
                   *, width: int = 220) -> alt.FacetChart | alt.Chart:
    """Loaded terms per 1,000 words: one small panel per category, a stacked bar per outlet,
    split narrator / quoted / reported / scare quotes (``rows`` from :func:`language_rows`)."""
    labels = labels or {}
    data = pd.DataFrame.from_records(list(rows), columns=["outlet", "category", "voice", "count", "words", "per_1000"])
    data["category_label"] = [labels.get(c, str(c).replace("_", " ")) for c in data["category"]]
    data["voice_label"] = [VOICE_LABELS.get(v, v) for v in data["voice"]]
    outlets = list(dict.fromkeys(data["outlet"]))
    data["outlet_label"] = [short_label(o, 30) for o in data["outlet"]]
    label_px = min(210, label_width(list(dict.fromkeys(data["outlet_label"])) or ["outlet"], limit=30) + 8)
    data["key"] = [f"{o}|{c}|{v}" for o, c, v in zip(data["outlet"], data["category"], data["voice"])]
    pick = alt.selection_point(name="pick", fields=["key"], on="click")
    base = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("sum(per_1000):Q", title="Per 1,000 words"),
            y=alt.Y("outlet_label:N", title=None, sort=[short_label(o, 30) for o in outlets],
                    axis=alt.Axis(labelLimit=label_px)),
            color=alt.Color("voice_label:N", title="Voice",
                            scale=alt.Scale(domain=[VOICE_LABELS[v] for v in VOICES],
                                            range=[VOICE_COLORS[v] for v in VOICES]),
                            legend=alt.Legend(**{**legend_args([VOICE_LABELS[v] for v in VOICES]), "orient": "top"})),
            order=alt.Order("voice:N"),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("category_label:N", title="Category"),
                     alt.Tooltip("voice_label:N", title="Voice"), alt.Tooltip("count:Q", title="Terms"),
                     alt.Tooltip("per_1000:Q", title="Per 1,000 words", format=".1f")],
        )
        .add_params(pick)
        .properties(width=width, height=band_height(len(outlets), step=22, minimum=FACET_MIN_HEIGHT))
    )
    chart = base.facet(facet=alt.Facet("category_label:N", title=None, header=alt.Header(labelFontSize=12)),
                       columns=3).properties(
        title=alt.TitleParams(**chart_title("Loaded language", "Per 1,000 words, by category and voice · click a bar")))
    return apply_theme(chart)
