"""Frame charts: frames × outlets heatmap with the cue words on hover; cue highlights.

Pure functions: analyses (``ArticleAnalysis`` objects) in, rows or Altair charts out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping, Sequence

import altair as alt
import pandas as pd

from ..analysis import ArticleAnalysis, result_of
from ..frames import FRAME_ORDER, Frames, load_labels
from ..highlight import Highlight, LegendItem
from .layout import chart_title, LEVEL_COLUMNS, column_label_angle, band_height, interpolate, label_width, short_label, text_colour_on
from .theme import PALETTE, apply_theme

#: light to dark blue (RGB-interpolated, so a cell's text colour can be chosen for contrast)
SEQUENTIAL = ("#f7fbff", "#08306b")

TOP_CUES = 10


def frame_labels() -> dict[str, str]:
    """Frame id -> label (read without the cue lexicon's tokenizer)."""
    return dict(load_labels())


def frame_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per outlet × frame: score (distinct cues over counting paragraphs), share of the
    outlet's frame score, paragraphs, articles where it is primary, and the commonest cue words."""
    labels = frame_labels()
    score: Counter[tuple[str, str]] = Counter()
    paragraphs: Counter[tuple[str, str]] = Counter()
    primary: Counter[tuple[str, str]] = Counter()
    cues: dict[tuple[str, str], Counter[str]] = {}
    articles: Counter[str] = Counter()
    for a in analyses:
        f = result_of(a, "frames", Frames)
        if f is None:
            continue
        outlet = a.article.outlet
        articles[outlet] += 1
        primary[(outlet, f.primary)] += 1
        for s in f.scores:
            key = (outlet, s.frame)
            score[key] += s.score
            paragraphs[key] += s.paragraphs
        for h in f.cues:
            if h.counted:
                cues.setdefault((outlet, h.frame), Counter())[h.text.lower()] += 1
    totals: Counter[str] = Counter()
    for (outlet, _), v in score.items():
        totals[outlet] += v
    # every frame some outlet uses gets a cell in every outlet (0 included): an outlet whose
    # articles use none of them keeps its column instead of vanishing from the heatmap
    used = {f for (_, f), v in score.items() if v} | {f for (_, f), v in primary.items() if v}
    rows = []
    for outlet in articles:
        for frame in FRAME_ORDER:
            key = (outlet, frame)
            if frame not in used:
                continue
            words = ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in cues.get(key, Counter()).most_common(TOP_CUES))
            rows.append({
                "outlet": outlet, "frame": frame, "label": labels.get(frame, frame),
                "score": score[key], "share": round(score[key] / totals[outlet], 4) if totals[outlet] else 0.0,
                "paragraphs": paragraphs[key], "primary": primary[key], "articles": articles[outlet],
                "cues": words,
            })
    return rows


def frames_heatmap(rows: Sequence[Mapping[str, Any]]) -> alt.LayerChart:
    """Frames (rows, codebook order) × outlets: colour = share of the outlet's frame cues;
    the number = articles where the frame is primary; the cue words on hover."""
    df = pd.DataFrame(list(rows), columns=["outlet", "frame", "label", "score", "share", "paragraphs", "primary",
                                           "articles", "cues"])
    labels = frame_labels()
    order = [labels.get(f, f) for f in FRAME_ORDER]
    top = max(0.01, float(df["share"].max() or 0)) if len(df) else 0.01
    df["outlet_label"] = [short_label(o, 24 if df["outlet"].nunique() > 4 else 34) for o in df["outlet"]]
    df["text_colour"] = [text_colour_on(interpolate(float(v), [0, top], SEQUENTIAL)) for v in df["share"]]
    df["key"] = [f"{o}|{f}" for o, f in zip(df["outlet"], df["frame"])]
    outlets = list(dict.fromkeys(df["outlet_label"]))
    shown = [x for x in order if x in set(df["label"])]
    pick = alt.selection_point(name="pick", fields=["key"], on="click")
    base = alt.Chart(df).encode(
        x=alt.X("outlet_label:N", title=None, sort=outlets,
                axis=alt.Axis(orient="top", labelAngle=column_label_angle(len(outlets)), labelLimit=200)),
        y=alt.Y("label:N", title=None, sort=order, axis=alt.Axis(labelLimit=260)),
    )
    rect = base.mark_rect(stroke="#ffffff").encode(
        color=alt.Color("share:Q", scale=alt.Scale(domain=[0, top], range=list(SEQUENTIAL), interpolate="rgb"),
                        title="Share of frame cues"),
        tooltip=[alt.Tooltip("label:N", title="Frame"), alt.Tooltip("outlet:N", title="Outlet"),
                 alt.Tooltip("share:Q", title="Share", format=".0%"), alt.Tooltip("paragraphs:Q", title="Paragraphs"),
                 alt.Tooltip("primary:Q", title="Primary in articles"), alt.Tooltip("cues:N", title="Cue words")],
    ).add_params(pick)
    text = base.transform_filter("datum.primary > 0").mark_text(fontSize=11).encode(
        text="primary:Q", color=alt.Color("text_colour:N", scale=None))
    step = max(64, label_width(outlets, limit=34) + 12) if len(outlets) <= LEVEL_COLUMNS else 30
    chart = (rect + text).resolve_scale(color="independent").properties(
        width=alt.Step(step), height=band_height(len(shown), step=24),
        title=alt.TitleParams(**chart_title("Policy frames by outlet", "Number = articles where the frame is primary · click a cell")))
    return apply_theme(chart)


def frame_color(frame: str) -> str:
    i = FRAME_ORDER.index(frame) if frame in FRAME_ORDER else len(FRAME_ORDER) - 1
    light = ("#fde68a", "#bfdbfe", "#fecaca", "#bbf7d0", "#e9d5ff", "#fed7aa", "#a5f3fc", "#e5e7eb",
             "#fbcfe8", "#d9f99d", "#c7d2fe", "#fef08a", "#99f6e4", "#fca5a5", "#f3f4f6")
    return light[i % len(light)]


def frame_highlights(frames: Frames, only: Sequence[str] | None = None, counted_only: bool = True) -> list[Highlight]:
    """Cue-word highlights (the frame, the lexicon entry and its family on hover)."""
    labels = frame_labels()
    keep = set(only) if only is not None else None
    out = []
    for h in frames.cues:
        frame = h.frame
        if (keep is not None and frame not in keep) or (counted_only and not h.counted):
            continue
        title = f"{labels.get(frame, frame)} — cue '{h.cue}' ({h.family})"
        out.append(Highlight(h.start, h.end, css_class=f"hl-frame fr-{frame}", title=title,
                             label=labels.get(frame, frame), color=frame_color(frame)))
    return out


def frame_legend(frames: Sequence[str]) -> list[LegendItem]:
    labels = frame_labels()
    return [LegendItem(f"fr-{f}", labels.get(f, f), color=frame_color(f)) for f in frames]


__all__ = ["frame_rows", "frames_heatmap", "frame_highlights", "frame_legend", "frame_color", "PALETTE"]
