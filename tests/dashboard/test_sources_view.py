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


def _app_one_person_two_names() -> None:
    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from dashboard.views.sources import render
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts2" not in st.session_state:
        bodies = [
            ("Alpha Daily", "Fares rise", '"Fares must rise," said Transport Minister Daniel Roe.'),
            ("Gamma News", "Fare row", 'The row went on. "We will not back down," Dan Roe said on Monday.'),
        ]
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts2"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts2"]
    render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def test_one_person_named_two_ways_is_one_row_typed_once_and_every_type_is_charted():
    at = AppTest.from_function(_app_one_person_two_names, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    roe = table[table["Speaker"] == "Daniel Roe"]
    assert len(roe) == 1 and roe.iloc[0]["Alpha Daily"] == 1 and roe.iloc[0]["Gamma News"] == 1
    assert roe.iloc[0]["Type"] == "Official" and "Alpha Daily" in roe.iloc[0]["Type from"]
    assert "Dan Roe" in roe.iloc[0]["Also named"]
    spec = at.get("vega_lite_chart")[0].proto.spec
    for label in ("Official", "Political", "Civil society", "Expert", "Citizen", "Business", "Media", "Unknown",
                  "Other"):
        assert f'"{label}"' in spec, label
    pick = next(m for m in at.multiselect if m.key == "sources_speakers")
    pick.set_value(["daniel-roe"]).run()
    assert not at.exception
    html = "\n".join(e.proto.body for e in at.get("html"))
    assert html.count('<mark class="hl-quote') == 2      # the quote in each outlet


def _app_with_a_poll() -> None:
    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from dashboard.views.sources import render
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts3" not in st.session_state:
        bodies = [
            ("Alpha Daily", "Tunnel poll", "A Harmon Group poll found that 44 percent of residents backed the tunnel. "
             '"We are encouraged," said Mayor Ana Ruiz.'),
        ]
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts3"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts3"]
    render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def test_a_poll_is_listed_apart_from_the_speakers():
    at = AppTest.from_function(_app_with_a_poll, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    speakers, polls = at.dataframe[0].value, at.dataframe[1].value
    assert list(speakers["Speaker"]) == ["Ana Ruiz"]
    assert list(polls["Run by"]) == ["Harmon Group"] and "44 percent" in polls.iloc[0]["Found"]
    assert any("not counted as voices" in s.value for s in at.subheader)


def test_speaker_table_puts_the_counts_before_the_long_text():
    """At a 1,600 px window the per-outlet counts stay in view: long free text goes last."""
    from dashboard.views.sources import speaker_frame

    rows = [{"speaker": "Port authority", "type": "official", "type_evidence": "A News: the word “authority” " * 4,
             "aliases": ["the authority", "port officials"], "role": "", "anonymous": False,
             "counts": {"A News": 2, "B Post": 0}, "outlets": 1}]
    frame = speaker_frame(rows, ["A News", "B Post"])
    columns = list(frame.columns)
    assert columns[:5] == ["Speaker", "Type", "A News", "B Post", "Outlets"]
    assert columns[-1] == "Type from" and frame.iloc[0]["B Post"] == 0
