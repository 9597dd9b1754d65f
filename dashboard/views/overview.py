"""Overview: the outlet scorecard and the charts that tell an event's story at a glance."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import export_controls
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from dashboard.views.compare_common import choose_event, comparison, evidence_html
from framing.charts.compare import outlet_metric_chart, shared_text_chart, voice_share_chart
from framing.compare import LabelsTable, ScorecardRow
from framing.export.labels import SCORECARD_COLUMNS as COLUMNS, SCORECARD_PERCENT as PERCENT


def scorecard_frame(rows: list[ScorecardRow]) -> pd.DataFrame:
    df = pd.DataFrame.from_records([dataclasses.asdict(r) for r in rows], columns=list(COLUMNS))
    for c in PERCENT:
        df[c] = [None if v is None or v != v else round(100 * v) for v in df[c]]
    return df.rename(columns={k: v + (" %" if k in PERCENT else "") for k, v in COLUMNS.items()})


def crowd_label_rows(labels: LabelsTable | None, actor: str = "crowds") -> list[dict[str, Any]]:
    """One row per outlet: the words it uses for ``actor`` (most used first), with counts and voices."""
    if labels is None:
        return []
    family = next((a for a in labels.actors if a.actor == actor), None)
    if family is None:
        return []
    rows = []
    for outlet in labels.outlets:
        used = sorted(family.by_outlet.get(outlet, []), key=lambda x: -x.count)
        own = [u for u in used if u.voices.get("narrator", 0) or u.voices.get("scare_quote", 0)]
        rows.append({
            "Outlet": outlet,
            "Words used (count)": ", ".join(f"{u.label} ({u.count})" for u in used) or "—",
            "In its own voice": ", ".join(
                f"{u.label}" + (" (in scare quotes)" if u.voices.get("scare_quote") else "") for u in own) or "—",
        })
    return rows


def render_crowd_labels(labels: LabelsTable | None) -> None:
    rows = crowd_label_rows(labels)
    if not rows:
        return
    st.markdown("**How each outlet names the crowds**")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    export_controls.table_export(rows, "crowd-labels", key="overview_crowds_csv")
    st.caption("From the labels table (Language tab): every word is counted with whose voice it is in — "
               "the outlet's own, a quotation, reported speech or scare quotes.")


def render(data: AnalysedSet) -> None:
    chosen = choose_event(data, "overview")
    if chosen is None:
        return
    event, members = chosen
    cmp = comparison(event, members)
    st.subheader(md_escape(event.name))
    if len(cmp.outlets) < 2:
        st.info("This event has articles from one outlet only: add another outlet's report to compare.")
    scorecard = scorecard_frame(cmp.scorecard)
    st.dataframe(scorecard, hide_index=True, width="stretch")
    export_controls.table_export(scorecard, "scorecard", key="overview_scorecard_csv")
    export_controls.comparison_export(cmp, members, key="overview_bundle")
    context = export_controls.context_for(event.name, cmp.outlets)
    for note in cmp.notes:
        st.caption(md_escape(note))
    card = cmp.scorecard
    left, right = st.columns(2)
    with left:
        if any(r.official_share is not None for r in card):
            chart = voice_share_chart(card)
            st.altair_chart(chart, theme=None, width="stretch")
            export_controls.chart_export(chart, "voices-by-type", context, key="overview_voices_export")
        chart = outlet_metric_chart(card, "numbers_reported", "Figures reported (deaths, arrests, troops, prices…)",
                                    "figures", fmt="d")
        st.altair_chart(chart, theme=None, width="stretch")
        export_controls.chart_export(chart, "figures-reported", context, key="overview_figures_export")
    with right:
        if any(r.narrator_loaded_per_1000 is not None for r in card):
            chart = outlet_metric_chart(card, "narrator_loaded_per_1000", "Loaded terms in the outlet's own voice",
                                        "per 1,000 words")
            st.altair_chart(chart, theme=None, width="stretch")
            export_controls.chart_export(chart, "loaded-terms-per-1000", context, key="overview_loaded_export")
        chart = shared_text_chart(cmp.similarity)
        st.altair_chart(chart, theme=None, width="stretch")
        export_controls.chart_export(chart, "shared-sentences", context, key="overview_shared_export")
    render_crowd_labels(cmp.labels)
    # the facts that stand out, each one click from its words
    flagged = [it for it in cmp.omissions.items if it.flag and it.kind in ("number", "voice")]
    if flagged:
        st.markdown("**Figures and voices that stand out**")
        for it in flagged[:12]:
            who = ", ".join(it.reported_by) if it.flag == "only_one_reports" else ", ".join(it.omitted_by)
            what = "only" if it.flag == "only_one_reports" else "all but"
            with st.expander(md_escape(f"{it.label} — {what} {who}")):
                st.html(evidence_html([e for evs in it.evidence.values() for e in evs]))
