"""Vocabulary: each outlet's distinctive terms against the rest of the coverage, with their sentences."""

from __future__ import annotations

import streamlit as st

from dashboard import export_controls
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from dashboard.views.compare_common import choose_event, comparison, evidence_html, picked
from framing.charts.compare import distinctive_terms_chart

PICK = "vocabulary_term"


def render(data: AnalysedSet) -> None:
    chosen = choose_event(data, "vocabulary")
    if chosen is None:
        return
    event, members = chosen
    cmp = comparison(event, members)
    vocab = [v for v in cmp.vocabulary if v.distinctive]
    if len(cmp.outlets) < 2 or not vocab:
        st.info("Distinctive vocabulary needs at least two outlets with enough text to compare.")
        return
    st.caption("Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): words and "
               "two-word phrases each outlet uses more than the other outlets. Faded bars: z below 1.96 "
               "(shown because the event is small). Click a bar to read its sentences.")
    chart = distinctive_terms_chart(vocab, colours=data.colours)
    state = st.altair_chart(chart, theme=None, on_select="rerun", key=f"{PICK}_chart")
    export_controls.chart_export(chart, "distinctive-vocabulary", export_controls.context_for(event.name, cmp.outlets),
                                 key="vocabulary_export")
    # options are (outlet, term) tuples: outlet names and terms may hold any character
    found = {(v.outlet, t.term): t for v in vocab for t in v.distinctive}
    options = list(found)
    by_key = {f"{outlet}|{term}": (outlet, term) for outlet, term in options}  # the chart's key field
    key = picked(state)
    if key in by_key:
        st.session_state[PICK] = by_key[key]
    if st.session_state.get(PICK) not in found:
        st.session_state.pop(PICK, None)  # a pick from another event
    # option labels are plain text (not Markdown) in st.selectbox: no escaping there
    choice = st.selectbox("Term", options, key=PICK, format_func=lambda k: f"{k[1]} — {k[0]}")
    outlet, term = choice
    t = found[choice]
    st.markdown(f"**{md_escape(term)}** — {t.count} uses in {md_escape(outlet)}, {t.count_rest} in the "
                f"other outlets (z = {t.z:.2f})")
    st.html(evidence_html(t.evidence))
