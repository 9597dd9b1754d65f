"""The Tone and Frames views through AppTest (each view alone), and the tone chart functions."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _app(view: str) -> None:
    import importlib

    BODIES = [
        ("Alpha Daily", "Police clear the square",
         "Police arrested dozens of protesters in Lindqvist Square after troops were deployed. "
         "Mayor Tomas Berg praised the police for their calm and professional work.\n\n"
         "Fuel prices doubled last week and the economy slowed, officials said. "
         "Mistakes were made, the mayor admitted."),
        ("Beta Post", "Protesters beaten",
         "Police brutally beat peaceful protesters and detained journalists, witnesses said. "
         "\"They attacked us without warning,\" said Ana Sol, a teacher.\n\n"
         "Berg blamed foreign agitators and the military patrols the streets."),
    ]

    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts" not in st.session_state:
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in BODIES]
        st.session_state["arts"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts"]
    importlib.import_module(f"dashboard.views.{view}").render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def test_tone_view_renders_arc_heatmap_and_cell_sentences():
    at = AppTest.from_function(_app, args=("tone",), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    specs = [c.proto.spec for c in at.get("vega_lite_chart")]
    assert any("Tone arc" in s for s in specs) and any("Tone toward each actor" in s for s in specs)
    actor = next(s for s in at.selectbox if s.key == "tone_actor")
    assert "police" in actor.options or "Police" in " ".join(actor.options)
    actor.set_value("police").run()
    outlet = next(s for s in at.selectbox if s.key == "tone_outlet")
    outlet.set_value("Beta Post").run()
    assert not at.exception
    html = "\n".join(e.proto.body for e in at.get("html"))
    assert "brutally beat" in html and "<mark" in html


def test_frames_view_renders_heatmap_and_highlights():
    at = AppTest.from_function(_app, args=("frames",), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    specs = [c.proto.spec for c in at.get("vega_lite_chart")]
    assert any("Policy frames by outlet" in s for s in specs)
    html = "\n".join(e.proto.body for e in at.get("html"))
    assert "hl-frame" in html


def test_clicked_cell_reads_streamlit_selection():
    from dashboard.views.tone import clicked_cell, sentences_html

    assert clicked_cell({"selection": {"cell": [{"actor_id": "police", "outlet": "A"}]}}) == ("police", "A")
    assert clicked_cell({"selection": {"cell": []}}) is None
    out = sentences_html([{"text": "<b>Police</b> came.", "start": 10, "end": 28, "mention_start": 13,
                           "mention_end": 19, "label": "neutral", "score": 0.0, "voice": "narrator"}])
    assert "&lt;b&gt;" in out and "<b>" not in out


def test_tone_table_writes_missing_tones_as_a_dash_and_puts_the_headline_last():
    from dashboard.views.tone import tone_table

    voice = [{"outlet": "Alpha", "title": "A long headline", "article_id": "a1", "mean": 0.1, "narrator": 0.1,
              "quoted": None, "headline": -0.5, "negative": 0.25, "neutral": 0.5, "positive": 0.25},
             {"outlet": "Beta", "title": "B", "article_id": "b1", "mean": -0.2, "narrator": -0.3,
              "quoted": 0.04, "headline": 0.0, "negative": 0.5, "neutral": 0.5, "positive": 0.0}]
    df = tone_table(voice)
    assert list(df.columns)[0] == "Outlet" and list(df.columns)[-1] == "Headline"
    assert df["Quotations"].tolist() == ["—", "+0.04"]
    assert df["Negative"].tolist() == ["25%", "50%"]
    assert "None" not in df.to_csv() and "nan" not in df.to_csv()


def test_actor_heatmap_and_mention_list_say_the_word_of_the_number():
    from dashboard.views.tone import sentences_html
    from framing.charts.tone import actor_heatmap
    from framing.compare.actor_tone import ActorOutletCell

    sentence = {"article_id": "a", "start": 0, "end": 20, "text": "Harbour Co. gave money.", "label": "neutral",
                "score": 0.35, "voice": "narrator", "mention_start": 0, "mention_end": 11}
    html = sentences_html([sentence])
    assert "positive (+0.35)" in html and "neutral" not in html   # the model's own class is not shown
    cell = ActorOutletCell(actor="Harbour Co.", actor_id="harbour-co", outlet="Valley Post", mentions=1,
                           mean_score=0.35, label="neutral", negative=0.0, neutral=1.0, positive=0.0,
                           sentences=[sentence])
    (values,) = [v for v in actor_heatmap([cell]).to_dict()["datasets"].values()]
    assert values[0]["label"] == "positive" and values[0]["positive"] == 1.0 and values[0]["neutral"] == 0.0
