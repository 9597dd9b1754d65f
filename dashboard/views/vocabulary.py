"""Vocabulary: each outlet's distinctive terms against the rest of the coverage, with their sentences."""

from __future__ import annotations

import streamlit as st

from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import choose_event, comparison, evidence_html, picked
from framing.charts.compare import distinctive_terms_chart

PICK = "vocabulary_term"


def render(data: AnalysedSet) -> None:
    chosen = choose_event(data, "vocabulary")
    if chosen is None:
        return
    event, members = chosen
    cmp = comparison(event, members)
    vocab = [v for v in cmp["vocabulary"] if v["distinctive"]]
    if len(cmp["outlets"]) < 2 or not vocab:
        st.info("Distinctive vocabulary needs at least two outlets with enough text to compare.")
        return
    st.caption("Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): words and "
               "two-word phrases each outlet uses more than the other outlets. Faded bars: z below 1.96 "
               "(shown because the event is small). Click a bar to read its sentences.")
    state = st.altair_chart(distinctive_terms_chart(vocab), theme=None, on_select="rerun", key=f"{PICK}_chart")
    key = picked(state)
    options = [f"{v['outlet']}|{t['term']}" for v in vocab for t in v["distinctive"]]
    if key in options:
        st.session_state[PICK] = key
    choice = st.selectbox("Term", options, key=PICK, format_func=lambda k: f"{k.split('|')[1]} — {k.split('|')[0]}")
    outlet, term = choice.split("|", 1)
    t = next(t for v in vocab if v["outlet"] == outlet for t in v["distinctive"] if t["term"] == term)
    st.markdown(f"**{term}** — {t['count']} uses in {outlet}, {t['count_rest']} in the other outlets (z = {t['z']:.2f})")
    st.html(evidence_html(t["evidence"]))
