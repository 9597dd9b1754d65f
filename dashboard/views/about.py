"""About: what the tool measures, a ready-to-cite methods paragraph and the BibTeX entry."""

from __future__ import annotations

import streamlit as st

from dashboard import export_controls
from dashboard.analysis import AnalysedSet


def render(data: AnalysedSet) -> None:
    st.markdown("Every chart has an **⤓ Export chart** menu (PNG, SVG, PDF, interactive HTML, Vega-Lite JSON "
                "and its data), every table a CSV download, and the Overview tab downloads the whole comparison "
                "as one ZIP with an offline HTML report. The command line does the same: "
                "`python -m framing export PATH... --out DIR`.")
    export_controls.methods_section()
