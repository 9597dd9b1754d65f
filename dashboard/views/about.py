"""About: what the tool measures in plain words, how well each score was measured (data set,
figure, date) and its limits, the sources and licences, the methods paragraph and BibTeX."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import streamlit as st

from dashboard import export_controls
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from framing.export.methods import load_accuracy


SOURCES = (
    ("spaCy English pipeline (en_core_web_sm)", "MIT", "sentences, parse, names"),
    ("VADER sentiment lexicon (vaderSentiment)", "MIT", "sentence tone"),
    ("NewsMTSC (Hamborg & Donnay 2021)", "MIT", "training data of the tone-toward-actor model"),
    ("MBIC (Spinde et al. 2021)", "Apache-2.0", "cited for the loaded-language method; no sentences copied"),
    ("Media Frames Corpus codebook (Boydstun et al. 2014)", "published codebook", "the 15 frame dimensions"),
    ("textstat, CMUdict, pyphen", "MIT, BSD, LGPL/MPL", "readability formulas and syllables"),
    ("This project's lexicons (loaded terms, frame cues, label families)", "project's own", "written for this tool, a note per entry"),
)


@lru_cache(maxsize=1)
def accuracy() -> list[dict[str, Any]]:
    """The scores, their measurements and limits (``framing/data/accuracy.toml``, read as the
    methods paragraph reads it: :func:`framing.export.methods.load_accuracy`)."""
    return load_accuracy()


def render(data: AnalysedSet) -> None:
    st.subheader("What each score is, and how well it was measured")
    st.caption("Every number in this tool comes from words in the texts, with the rule or lexicon entry that "
               "produced it (hover a highlighted word). Below, beside each score: the data set it was measured "
               "on, the figure and the date, and what it gets wrong. Held-out sets were written without "
               "reading the code and nothing was tuned on them.")
    for score in accuracy():
        with st.container(border=True):
            st.markdown(f"**{md_escape(score['name'])}**")
            st.markdown(md_escape(score["method"]))
            for m in score.get("measured", []):
                st.markdown(f"- {md_escape(m['figure'])} — {md_escape(m['data'])} ({md_escape(m['date'])})")
            if score.get("limits"):
                st.caption("Limits: " + md_escape(score["limits"]))
    st.subheader("Sources and licences")
    st.dataframe([{"Source": s, "Licence": lic, "Used for": use} for s, lic, use in SOURCES], hide_index=True,
                 width="stretch")
    st.subheader("Export and citation")
    st.markdown("Every chart has an **⤓ Export chart** menu (PNG, SVG, PDF, interactive HTML, Vega-Lite JSON "
                "and its data), every table a CSV download, and the Overview tab downloads the whole comparison "
                "as one ZIP with an offline HTML report. The command line does the same: "
                "`python -m framing export PATH... --out DIR`.")
    export_controls.methods_section()
