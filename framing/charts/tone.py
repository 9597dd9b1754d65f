"""Tone charts: the tone arc of each article, the actor × outlet heatmap, readability numbers.

Pure functions: analyses (``ArticleAnalysis`` objects) in, rows or Altair charts out.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import altair as alt
import pandas as pd

from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..compare.actor_tone import ActorOutletCell, actor_outlet_matrix
from ..compare.identity import event_identities
from ..highlight import Highlight, LegendItem
from ..readability import Readability
from ..tone.actors import ActorTone
from ..tone.sentences import Tone, label_of
from .layout import (
    FACET_MIN_HEIGHT,
    chart_title,
    LEVEL_COLUMNS, band_height, column_label_angle, interpolate, label_width, legend_args, short_label,
    spread_positions, text_colour_on,
)
from .theme import apply_theme, outlet_scale

#: diverging scale for tone scores (blue positive, orange-red negative: colour-blind safe),
#: RGB-interpolated so the text on a cell can be given the colour that contrasts with it
TONE_DOMAIN = (-1.0, 0.0, 1.0)
TONE_RANGE = ("#D55E00", "#f7f7f7", "#0072B2")
TONE_SCALE = alt.Scale(domain=list(TONE_DOMAIN), range=list(TONE_RANGE), interpolate="rgb")
TOOLTIP_CHARS = 240
#: the tone arc's plot height (px) and the least distance of two end labels (in tone units: a
#: 13 px line of 11 px text over the 2 units of the axis)
ARC_HEIGHT = 320
ARC_LABEL_GAP = 2 * 13 / ARC_HEIGHT
#: sentences of room right of the longest article's end, where the end labels start
ARC_LABEL_PAD = 0.6

READABILITY_METRICS = {
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog": "SMOG",
    "dale_chall": "Dale–Chall",
    "mean_sentence_length": "Words per sentence",
    "passive_share": "Sentences with a passive",
    "agentless_share": "Sentences with an agentless passive",
}


def tone_word(score: float | None) -> str:
    """The one rule for a tone word, applied to the number shown beside it everywhere (sentences,
    mentions, cells): VADER's band (:func:`framing.tone.sentences.label_of`), ≥ +0.05 "positive",
    ≤ −0.05 "negative", "neutral" between; a mention's tone word is never its model's class
    when the number says otherwise ("neutral (+0.35)").

    >>> tone_word(0.35), tone_word(0.28), tone_word(0.02), tone_word(-0.79), tone_word(None)
    ('positive', 'positive', 'neutral', 'negative', 'neutral')
    """
    return label_of(float(score)) if score is not None else "neutral"


def _shares(scores: Sequence[float]) -> tuple[float, float]:
    """(negative share, positive share) of ``scores`` under :func:`tone_word`."""
    words = [tone_word(x) for x in scores]
    n = len(words) or 1
    return words.count("negative") / n, words.count("positive") / n


def _short(text: str, n: int = TOOLTIP_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def tone_arc_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per body sentence: outlet, article, sentence number, compound, the sentence."""
    rows = []
    for a in analyses:
        tone = result_of(a, "tone", Tone)
        if tone is None:
            continue
        text = a.article.text
        k = 0
        for s in tone.sentences:
            if s.in_headline:
                continue
            k += 1
            rows.append({
                "outlet": a.article.outlet,
                "article_id": a.article.id,
                "article": f"{a.article.outlet}: {a.article.title[:50]}",
                "sentence": k,
                "compound": s.compound,
                "label": s.label,
                "narrator": s.narrator_compound,
                "quoted": bool(s.quoted),
                "text": _short(text[s.start:s.end]),
                "start": s.start,
                "end": s.end,
            })
    return rows


def tone_arc_chart(rows: Sequence[Mapping[str, Any]], *, colours: Mapping[str, str] | None = None,
                   width: int | str = "container") -> alt.LayerChart:
    """Sentence-by-sentence VADER compound per article (one line each, the outlet named at its
    end and in the legend), the sentence on hover; click a point to pick it (``key`` =
    article id|start)."""
    df = pd.DataFrame(list(rows), columns=["outlet", "article_id", "article", "sentence", "compound", "label",
                                           "narrator", "quoted", "text", "start", "end"])
    df["key"] = [f"{a}|{s}" for a, s in zip(df["article_id"], df["start"])]
    df["outlet_label"] = [short_label(o, 24) for o in df["outlet"]]
    colour = alt.Color("outlet:N", scale=outlet_scale(df["outlet"], colours), title="Outlet",
                       legend=alt.Legend(**legend_args(list(dict.fromkeys(df["outlet"])))))
    x_domain = [1, float(df["sentence"].max()) + ARC_LABEL_PAD] if len(df) else None
    base = alt.Chart(df).encode(
        x=alt.X("sentence:Q", title="Sentence (body, in order)", axis=alt.Axis(tickMinStep=1),
                scale=alt.Scale(domain=x_domain, nice=False) if x_domain else alt.Scale()),
        y=alt.Y("compound:Q", title="Tone (VADER compound)", scale=alt.Scale(domain=[-1, 1])),
        color=colour,
        detail="article_id:N",
    )
    band = alt.Chart(pd.DataFrame({"lo": [-0.05], "hi": [0.05]})).mark_rect(color="#e6e8eb", opacity=0.6).encode(
        y="lo:Q", y2="hi:Q")
    lines = base.mark_line(opacity=0.6, strokeWidth=1.5)
    pick = alt.selection_point(name="pick", fields=["key"], on="click")
    # each line's outlet right of every line's end (never on another article's points: articles
    # differ in length), the labels pushed apart where lines end close together, a dotted leader
    # from the line's last point to its label
    last = df.sort_values("sentence").groupby("article_id", sort=False).tail(1)
    label_y = spread_positions(list(last["compound"]), ARC_LABEL_GAP, -1.0, 1.0)
    label_x = float(df["sentence"].max()) + ARC_LABEL_PAD if len(df) else 0.0
    end_rows = last.assign(label_y=label_y, label_x=label_x)[
        ["outlet", "article_id", "sentence", "compound", "label_x", "label_y", "outlet_label"]]
    x_scale = alt.Scale(domain=[1, label_x], nice=False) if len(df) else alt.Scale()
    ends = alt.Chart(end_rows).mark_text(align="left", dx=4, fontSize=11).encode(
        x=alt.X("label_x:Q", scale=x_scale), y=alt.Y("label_y:Q", scale=alt.Scale(domain=[-1, 1])), color=colour,
        text="outlet_label:N")
    leaders = alt.Chart(end_rows).mark_rule(strokeDash=[2, 2], opacity=0.5).encode(
        x=alt.X("sentence:Q", scale=x_scale), x2="label_x:Q", y=alt.Y("compound:Q", scale=alt.Scale(domain=[-1, 1])),
        y2="label_y:Q", color=colour)
    points = base.mark_circle(size=45).encode(
        tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("article:N", title="Article"),
                 alt.Tooltip("sentence:Q", title="Sentence"),
                 alt.Tooltip("compound:Q", title="Tone", format="+.2f"), alt.Tooltip("label:N", title="Label"),
                 alt.Tooltip("quoted:N", title="Has quoted words"), alt.Tooltip("text:N", title="Text")],
    ).add_params(pick)
    chart = (band + lines + leaders + points + ends).properties(
        width=width, height=ARC_HEIGHT, title=alt.TitleParams(**chart_title("Tone arc", "Each sentence's tone, article by article · click a point")))
    return apply_theme(chart)


def actor_rows(analyses: Sequence[ArticleAnalysis], min_mentions: int = 2, top: int = 15) -> list[ActorOutletCell]:
    """Actor × outlet cells for the ``top`` actors by mentions (actors with ``min_mentions``+ overall)."""
    items = [(a.article.id, a.article.outlet, a.article.text, list_result_of(a, "actor_tone", ActorTone) or [])
             for a in analyses]
    cells = actor_outlet_matrix(items, identities=event_identities(analyses))
    totals: dict[str, int] = {}
    for c in cells:
        totals[c.actor_id] = totals.get(c.actor_id, 0) + c.mentions
    keep = [k for k, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if n >= min_mentions][:top]
    keep_set = set(keep)
    return [c for c in cells if c.actor_id in keep_set]


def actor_heatmap(cells: Sequence[ActorOutletCell], selection_name: str = "cell") -> alt.LayerChart:
    """Actors (rows) × outlets (columns), coloured by mean tone toward the actor; mentions as text.

    A point selection named ``selection_name`` on (actor_id, outlet) lets a dashboard list the
    sentences behind a clicked cell (``st.altair_chart(..., on_select="rerun")``).
    """
    def scores(c: ActorOutletCell) -> list[float]:
        return [float(x["score"]) for x in c.sentences if x.get("score") is not None] or [c.mean_score]

    df = pd.DataFrame([{
        "actor": c.actor, "actor_id": c.actor_id, "outlet": c.outlet, "mean_score": c.mean_score,
        "mentions": c.mentions, "label": tone_word(c.mean_score),
        "negative": _shares(scores(c))[0], "neutral": 1 - sum(_shares(scores(c))), "positive": _shares(scores(c))[1],
        "actor_label": short_label(c.actor, 32), "outlet_label": short_label(c.outlet, 24 if len({x.outlet for x in cells}) > 4 else 34),
        "text_colour": text_colour_on(interpolate(c.mean_score, TONE_DOMAIN, TONE_RANGE)),
    } for c in cells], columns=["actor", "actor_id", "outlet", "mean_score", "mentions", "label", "negative",
                                "neutral", "positive", "actor_label", "outlet_label", "text_colour"])
    order = list(df.groupby("actor_label")["mentions"].sum().sort_values(ascending=False).index) if len(df) else []
    outlets = list(dict.fromkeys(df["outlet_label"]))
    pick = alt.selection_point(name=selection_name, fields=["actor_id", "outlet"], on="click")
    base = alt.Chart(df).encode(
        x=alt.X("outlet_label:N", title=None, sort=outlets,
                axis=alt.Axis(orient="top", labelAngle=column_label_angle(len(outlets)), labelLimit=200)),
        y=alt.Y("actor_label:N", title=None, sort=order, axis=alt.Axis(labelLimit=260)),
    )
    rect = base.mark_rect(stroke="#ffffff").encode(
        color=alt.Color("mean_score:Q", scale=TONE_SCALE, title="Tone toward actor"),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.45)),
        tooltip=[alt.Tooltip("actor:N", title="Actor"), alt.Tooltip("outlet:N", title="Outlet"),
                 alt.Tooltip("mean_score:Q", title="Mean tone", format="+.2f"),
                 alt.Tooltip("label:N", title="Tone"), alt.Tooltip("mentions:Q", title="Mentions"),
                 alt.Tooltip("negative:Q", title="Negative share", format=".0%"),
                 alt.Tooltip("positive:Q", title="Positive share", format=".0%")],
    ).add_params(pick)
    text = base.mark_text(fontSize=11).encode(text="mentions:Q", color=alt.Color("text_colour:N", scale=None))
    step = max(56, label_width(outlets, limit=34) + 12) if len(outlets) <= LEVEL_COLUMNS else 28
    chart = (rect + text).resolve_scale(color="independent").properties(
        width=alt.Step(step), height=band_height(len(order), step=24),
        title=alt.TitleParams(**chart_title("Tone toward each actor", "By outlet · number = mentions · click a cell")))
    return apply_theme(chart)


def tone_voice_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """Per article: mean tone overall, in the outlet's own words, in quotations, of the headline."""
    rows = []
    for a in analyses:
        tone = result_of(a, "tone", Tone)
        if tone is None:
            continue
        d = tone.distribution
        rows.append({
            "outlet": a.article.outlet, "title": a.article.title, "article_id": a.article.id,
            "mean": tone.mean, "narrator": tone.narrator.mean,
            "quoted": tone.quoted.mean, "headline": tone.headline,
            "negative": d.negative, "neutral": d.neutral, "positive": d.positive,
        })
    return rows


def tone_voice_chart(rows: Sequence[Mapping[str, Any]], *, width: int | str = "container") -> alt.Chart:
    """Mean tone per outlet in the narrator's words vs inside quotations (two bars per outlet)."""
    long = []
    for r in rows:
        for voice in ("narrator", "quoted"):
            if r.get(voice) is not None:
                long.append({"outlet": r["outlet"], "outlet_label": short_label(r["outlet"], 32),
                             "voice": "Outlet's own words" if voice == "narrator" else "Quotations",
                             "tone": r[voice], "title": r["title"]})
    df = pd.DataFrame(long, columns=["outlet", "outlet_label", "voice", "tone", "title"])
    outlets = list(dict.fromkeys(df["outlet_label"]))
    chart = alt.Chart(df).mark_bar().encode(
        x=alt.X("mean(tone):Q", title="Mean sentence tone", scale=alt.Scale(domain=[-1, 1])),
        y=alt.Y("outlet_label:N", title=None, sort=outlets, axis=alt.Axis(labelLimit=240)),
        yOffset=alt.YOffset("voice:N", sort=["Outlet's own words", "Quotations"]),
        color=alt.Color("voice:N", scale=alt.Scale(domain=["Outlet's own words", "Quotations"],
                                                   range=["#D55E00", "#0072B2"]),
                        title="Words", legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("voice:N", title="Words"),
                 alt.Tooltip("mean(tone):Q", format="+.2f", title="Mean")],
    ).properties(height=band_height(len(outlets), step=40), width=width,
                 title=alt.TitleParams(**chart_title("Own words and quotations", "Tone in the outlet's own words and in what it quotes")))
    return apply_theme(chart)


def readability_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    rows = []
    for a in analyses:
        r = result_of(a, "readability", Readability)
        if r is None:
            continue
        for key, label in READABILITY_METRICS.items():
            value = getattr(r, key)  # every key is a float field of Readability
            if value is not None:
                rows.append({"outlet": a.article.outlet, "title": a.article.title, "metric": label,
                             "value": value, "key": key, "mark_key": f"{a.article.outlet}|{key}"})
    return rows


def readability_chart(rows: Sequence[Mapping[str, Any]], *, colours: Mapping[str, str] | None = None) -> alt.FacetChart:
    """One small bar chart per readability number (mean over an outlet's articles), the outlets
    named on the shared axis at the left of each row of panels. Click a bar to pick it
    (``mark_key`` = outlet|measure id)."""
    df = pd.DataFrame(list(rows), columns=["outlet", "title", "metric", "value", "key", "mark_key"])
    df["mark_key"] = [f"{o}|{k}" for o, k in zip(df["outlet"], df["key"])]
    df["outlet_label"] = [short_label(o, 24) for o in df["outlet"]]
    outlets = list(dict.fromkeys(df["outlet_label"]))
    pick = alt.selection_point(name="pick", fields=["mark_key"], on="click")
    chart = alt.Chart(df).mark_bar().encode(
        x=alt.X("mean(value):Q", title=None, axis=alt.Axis(tickCount=3, labelOverlap=True)),
        y=alt.Y("outlet_label:N", title=None, sort=outlets, axis=alt.Axis(labelLimit=200)),
        color=alt.Color("outlet:N", scale=outlet_scale(df["outlet"], colours), legend=None),
        detail=alt.Detail("mark_key:N"),
        facet=alt.Facet("metric:N", columns=4, title=None, sort=list(READABILITY_METRICS.values()),
                        header=alt.Header(labelFontSize=12, labelLimit=200)),
        tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("metric:N", title="Measure"),
                 alt.Tooltip("mean(value):Q", format=".2f", title="Mean")],
    ).add_params(pick).properties(width=150, height=band_height(len(outlets), step=20, minimum=FACET_MIN_HEIGHT)).resolve_scale(x="independent")
    return apply_theme(chart)


def tone_highlights(tone: Tone, min_abs: float = 0.05) -> list[Highlight]:
    """Sentence highlights by tone (positive / negative; neutral sentences are not marked)."""
    out = []
    for s in tone.sentences:
        c = s.compound
        if abs(c) < min_abs:
            continue
        words = ", ".join(f"{w.word} ({w.valence:+.1f})" for w in s.words[:4])
        word = tone_word(c)
        if word == "neutral":
            continue
        cls = f"hl-{word}"
        title = f"{word} ({c:+.2f})" + (f" — lexicon words: {words}" if words else "")
        out.append(Highlight(s.start, s.end, css_class=cls, title=title, label=word))
    return out


def tone_legend() -> list[LegendItem]:
    return [LegendItem("hl-negative", "Negative sentence"), LegendItem("hl-positive", "Positive sentence")]
