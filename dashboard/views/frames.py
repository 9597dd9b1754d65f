"""Frames: policy frames × outlets (cue words on hover), each article's frames and its text
with the cue words highlighted."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import export_controls
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from framing.analysis import result_of
from framing.charts.frames import frame_highlights, frame_legend, frame_rows, frames_heatmap
from framing.frames import MIN_DISTINCT_CUES, Frames
from framing.highlight import legend_html, render_article_html

KEY = "frames"


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
    chart = frames_heatmap(rows)
    st.altair_chart(chart, theme=None)
    export_controls.chart_export(chart, "frames", export_controls.loaded_context(analyses), key=f"{KEY}_export")
    export_controls.table_export(rows, "frames", key=f"{KEY}_table_csv", label="⤓ Frames by outlet as CSV")
    st.caption(f"The 15 frame dimensions of the Media Frames Corpus codebook (Boydstun et al. 2014), found with "
               f"this project's cue lexicon: a frame counts in a paragraph when {MIN_DISTINCT_CUES} or more "
               "different cue words of it occur there. Colour: the frame's share of the outlet's counted cues. "
               "Hover a cell for the cue words.")

    by_id = {a.article.id: a for a in analyses}
    aid = st.selectbox("Article", list(by_id), key=f"{KEY}_article",
                       format_func=lambda i: f"{by_id[i].article.outlet}: {by_id[i].article.title[:60]}")
    a = by_id[aid]
    f = frames[aid]
    st.markdown(f"**Primary frame:** {md_escape(f.primary_label)}"
                + (f" · secondary: {md_escape(f.secondary)}" if f.secondary else ""))
    if f.scores:
        scores = pd.DataFrame([{"frame": s.label, "paragraphs": s.paragraphs, "score": s.score,
                                "share": s.share, "cues": ", ".join(s.cues)} for s in f.scores])
        st.dataframe(scores, hide_index=True, width="stretch")
        export_controls.table_export(scores, f"frames-{a.article.outlet}", key=f"{KEY}_scores_csv")
    present = [s.frame for s in f.scores]
    labels = {s.frame: s.label for s in f.scores}
    shown = st.multiselect("Highlight frames", present, default=present[:3], format_func=lambda x: labels.get(x, x),
                           key=f"{KEY}_shown_{aid}")
    st.html(legend_html(frame_legend(shown)))
    with st.container(height=520, border=True):
        st.html(render_article_html(a.article.text, a.article.paragraphs, frame_highlights(f, shown)))
