"""Frames: policy frames × outlets (cue words on hover), each article's frames and its text
with the cue words highlighted."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import chart_view, evidence, export_controls, selection, tables
from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import picked
from dashboard.text import md_escape
from framing.analysis import result_of
from framing.charts.frames import frame_highlights, frame_labels, frame_legend, frame_rows, frames_heatmap
from framing.frames import MIN_DISTINCT_CUES, Frames
from framing.highlight import legend_html, render_article_html

KEY = "frames"


@st.fragment
def render_heatmap(data: AnalysedSet, analyses: list[Any], rows: list[dict[str, Any]]) -> None:
    """The frames × outlets heatmap and the cue words behind a clicked cell (a fragment: a click
    reruns this part only)."""
    chart, state = chart_view.show(lambda: frames_heatmap(rows), f"{KEY}_heatmap", chart_view.data_key(data),
                                   on_select="rerun")
    export_controls.chart_export(chart, "frames", export_controls.loaded_context(analyses, data.event), key=f"{KEY}_export")
    export_controls.table_export(rows, "frames", key=f"{KEY}_table_csv", label="⤓ Frames by outlet as CSV")
    st.caption(f"The 15 frame dimensions of the Media Frames Corpus codebook (Boydstun et al. 2014), found with "
               f"this project's cue lexicon: a frame counts in a paragraph when {MIN_DISTINCT_CUES} or more "
               "different cue words of it occur there. Colour: the frame's share of the outlet's counted cues. "
               "Hover a cell for the cue words; click it to read them in their sentences.")
    pick = evidence.outlet_pick(f"{KEY}_heatmap", picked(state), f"{KEY}_pick", {a.article.outlet for a in analyses})
    if pick:
        outlet, frame = pick
        what, evs = evidence.spans_for(f"frame:{frame}", outlet, analyses)
        with st.container(border=True):
            evidence.render(f"{outlet} · {frame_labels().get(frame, frame)}: {what}", evs)


def render(data: AnalysedSet) -> None:
    if not data.articles:
        st.info("No articles loaded. Upload files or paste an article in the sidebar, or reset to the sample.")
        return
    frames = {a.article.id: f for a in data.analyses if (f := result_of(a, "frames", Frames)) is not None}
    analyses = [a for a in data.analyses if a.article.id in frames]
    rows = frame_rows(analyses)
    if not rows:
        st.info("No policy frame has enough cue words in these articles.")
        return
    render_heatmap(data, analyses, rows)

    by_id = {a.article.id: a for a in analyses}
    aid = selection.choose_article(data, KEY)
    if aid not in by_id:
        return
    a = by_id[aid]
    f = frames[aid]
    st.markdown(f"**Main frame:** {md_escape(f.primary_label)}"
                + (f" · second: {md_escape(frame_labels().get(f.secondary, f.secondary))}" if f.secondary else ""))
    if f.scores:
        scores = pd.DataFrame([{"Frame": s.label, "Paragraphs": s.paragraphs, "Score": s.score,
                                "Share": s.share, "Cue words": ", ".join(s.cues)} for s in f.scores])
        tables.show(scores, width="stretch")
        export_controls.table_export(scores, f"frames-{a.article.outlet}", key=f"{KEY}_scores_csv")
    present = [s.frame for s in f.scores]
    labels = {s.frame: s.label for s in f.scores}
    shown = st.multiselect("Highlight frames", present, default=present[:3], format_func=lambda x: labels.get(x, x),
                           key=f"{KEY}_shown_{aid}")
    st.html(legend_html(frame_legend(shown)))
    with st.container(height=520, border=True):
        st.html(render_article_html(a.article.text, a.article.paragraphs, frame_highlights(f, shown)))
