"""The Sources view through AppTest (the view alone): charts, speaker table, highlights, speaker filter."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _app() -> None:
    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from dashboard.views.sources import render
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts" not in st.session_state:
        bodies = [
            ("Alpha Daily", "Fares rise", '"Fares must rise," said Transport Minister Dan Roe. '
             "Officials said the network lost money."),
            ("Beta Post", "Fare protest", '"We cannot pay," said Lena Fox, a nurse. '
             "The minister claimed the rise was fair."),
        ]
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts"]
    render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def test_sources_view_renders_and_filters_by_speaker():
    at = AppTest.from_function(_app, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("vega_lite_chart")) == 2
    assert any("Speakers across outlets" in s.value for s in at.subheader)
    html = "\n".join(e.proto.body for e in at.get("html"))
    assert "hl-quote st-citizen" in html and "hl-quote st-official" in html
    pick = next(m for m in at.multiselect if m.key == "sources_speakers")
    pick.set_value(["lena-fox"]).run()
    assert not at.exception
    html = "\n".join(e.proto.body for e in at.get("html"))
    assert "hl-quote st-citizen" in html and "hl-quote st-official" not in html
