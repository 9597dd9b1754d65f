"""The Language view through AppTest (the view alone): chart, labels table, highlights, user lexicon."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _app() -> None:
    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from dashboard.views.language import render
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts" not in st.session_state:
        bodies = [
            ("Alpha Daily", "Flood response criticised", "The mayor insisted the response had been swift. "
             "Thugs looted shops, officials said."),
            ("Beta Post", "Residents clear mud", "Protesters and residents cleared mud. The mayor said the "
             "response had been swift."),
        ]
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts"]
    render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def bodies(at: AppTest) -> str:
    return "\n".join(e.proto.body for e in at.get("html"))


def test_language_view_renders_and_applies_user_lexicon():
    at = AppTest.from_function(_app, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("How each outlet names the same actors" in s.value for s in at.subheader)
    assert at.get("vega_lite_chart")
    assert "lt-pejorative_label lv-" in bodies(at)
    # stance markers: a layer of their own, with a legend of their own and a toggle
    assert "hl-stance sm-" in bodies(at)
    next(t for t in at.toggle if t.key == "language_stance").set_value(False).run()
    assert "hl-stance sm-" not in bodies(at)
    next(t for t in at.toggle if t.key == "language_stance").set_value(True).run()
    area = next(t for t in at.text_area if t.key == "language_text")
    area.set_value("term,category,direction\nswift,praise,sideways\n").run()
    assert not at.exception
    assert any("line 2" in e.value and "direction" in e.value for e in at.error)
    area = next(t for t in at.text_area if t.key == "language_text")
    area.set_value("term,category,action\n*,pejorative_label,disable\nswift,praise,add\n").run()
    assert not at.exception, [e.value for e in at.exception]
    html = bodies(at)
    assert "lt-pejorative_label lv-" not in html and "lt-praise lv-" in html


def test_uploaded_toml_lexicon_keeps_its_category_label():
    at = AppTest.from_function(_app, default_timeout=120)
    at.run()
    toml = ('[categories.resolve_framing]\nlabel = "Resolve under pressure"\n\n'
            '[[term]]\nterm = "swift"\ncategory = "resolve_framing"\nnote = "speed as resolve"\n').encode()
    (up,) = [u for u in at.get("file_uploader") if u.key == "language_upload"]
    up.set_value(("mine.toml", toml, "application/toml"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    area = next(t for t in at.text_area if t.key == "language_text")
    assert "swift,resolve_framing" in area.value  # the TOML's terms, as CSV in the editor
    cats = next(m for m in at.multiselect if m.key.startswith("language_cats_"))
    assert "resolve_framing" in cats.value
    assert "Resolve under pressure" in cats.options  # options are the labels (format_func)
    assert "Resolve framing" not in cats.options


def test_label_examples_start_just_before_the_label_so_the_table_shows_it():
    from dashboard.views.language import EXAMPLE_BEFORE, example_snippet

    text = ("On Tuesday the long-serving and widely criticised Energy Minister Dario Vel said the dam was safe, "
            "and engineers at the site disagreed.")
    cases = [("Dario Vel", "…Energy Minister Dario Vel said the dam was safe, and engineers at the site disagreed."),
             ("On Tuesday", "On Tuesday the long-serving and widely criticised Energy Minister…"),
             ("disagreed", "…at the site disagreed.")]
    for label, expected in cases:
        start = text.index(label)
        out = example_snippet(text, start, start + len(label))
        assert out == expected, out
        assert out.index(label) <= EXAMPLE_BEFORE + 1  # the label is near the start of the cell
    assert example_snippet("", 0, 0) == "" and example_snippet("abc", 5, 9) == ""


def _naming_app() -> None:
    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from dashboard.views.language import render
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts" not in st.session_state:
        bodies = [
            ("Harbour Wire", "President Dorin Palek meets protesters",
             "President Dorin Palek met protesters in Velm on Monday. Police said 40 protesters were detained."),
            ("Exile Review", "Palek sends troops",
             "The strongman Palek sent troops against rioters in Velm. Palek has ruled since 2015, and the "
             "strongman shows no sign of leaving."),
        ]
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts"]
    render(AnalysedSet(arts, analyses, [a.to_json() for a in analyses]))


def test_naming_comparison_puts_outlets_side_by_side_and_a_row_shows_its_words():
    at = AppTest.from_function(_naming_app, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (frame,) = [d for d in at.dataframe if list(d.value.columns)[:3] == ["Actor", "Form", "Kind"]]
    df = frame.value.copy()
    assert list(df.columns)[3:] == ["Harbour Wire", "Exile Review"]
    assert df["Actor"].iloc[0] and not df["Actor"].iloc[1]            # an actor's name on its first row only
    df["Actor"] = df["Actor"].replace("", None).ffill()
    palek = df[df["Actor"] == "Dorin Palek"].set_index("Form")
    assert palek.loc["President Dorin Palek", "Kind"] == "Title + name"
    assert palek.loc["President Dorin Palek", "Harbour Wire"] == "2" and palek.loc["President Dorin Palek", "Exile Review"] == ""
    assert palek.loc["strongman", "Kind"] == "Label · loaded" and palek.loc["strongman", "Exile Review"] == "2"
    crowd = df[df["Actor"] == "Crowds and protesters"].set_index("Form")
    assert crowd.loc["protester", "Harbour Wire"] == "3 (1 quoted)"      # "Police said 40 protesters ..."
    assert crowd.loc["rioter", "Kind"] == "Label · loaded"
    assert not any("_" in str(v) for v in df["Kind"])                  # human labels, no ids
    # one actor at a time
    next(s for s in at.selectbox if s.key == "language_naming_actor").set_value("Dorin Palek").run()
    (frame,) = [d for d in at.dataframe if list(d.value.columns)[:3] == ["Actor", "Form", "Kind"]]
    assert set(frame.value["Actor"]) == {"Dorin Palek", ""} and frame.value["Actor"].iloc[0] == "Dorin Palek"


def test_a_naming_cell_counts_uses_and_says_how_many_are_quoted():
    from dashboard.views.language import naming_cell
    from framing.compare.labels import ActorForm, FormUse

    assert naming_cell(None) == "" and naming_cell(ActorForm("x", "name", "surname")) == ""
    f = ActorForm("Palek", "name", "surname", count=3, voices={"narrator": 2, "quoted": 1, "reported": 0, "scare_quote": 0},
                  uses=[FormUse("a", 0, 5, "narrator")])
    assert naming_cell(f) == "3 (1 quoted)"
    f.voices = {"narrator": 2, "quoted": 0, "reported": 0, "scare_quote": 1}
    assert naming_cell(f) == "3"                # scare quotes are the outlet's own words


#: a text written for the own-words tests: sourcing ("according to") and loaded verbs ("dragged")
OWN_WORDS_BODY = ("Harbour Herald", "Thugs stormed the pier",
                  "According to the port authority, thugs dragged fishermen from their boats on Sunday. "
                  "The gang allegedly smashed the nets, and according to witnesses the mob then dragged crates "
                  "into the sea. The cruel attack shocked the village.")


def _own_words_analyses():
    from framing.analysis import analyse_articles
    from framing.model import Article

    o, t, b = OWN_WORDS_BODY
    return analyse_articles([Article.create(title=t, body=b, outlet=o, source="test")])


def test_own_words_lists_loaded_terms_and_stance_markers_apart_as_written():
    from dashboard.views.language import LOADED, STANCE, own_voice_rows, uses

    analyses = _own_words_analyses()
    loaded = {r["Term"]: r for voice in (True, False) for r in own_voice_rows(analyses, {}, voice, None, LOADED)["Harbour Herald"]}
    stance = {r["Term"]: r for voice in (True, False) for r in own_voice_rows(analyses, {}, voice, None, STANCE)["Harbour Herald"]}
    assert "according to" in stance and stance["according to"]["Uses"] == 2  # as written, both capitalisations
    assert "according to" not in loaded and "accord to" not in loaded and "accord to" not in stance
    assert "dragged" in loaded and "drag" not in loaded                      # the surface form, not the lemma
    assert "thugs" in loaded and "cruel" in loaded
    assert not set(loaded) & set(stance)
    own = own_voice_rows(analyses, {}, True, None, LOADED)["Harbour Herald"]
    assert uses(own) == sum(r["Uses"] for r in own) and all(r["Category"] != "Stance" for r in own)


def test_loaded_term_hover_and_reason_say_the_scorer_features_in_words():
    from dashboard.views.language import LOADED, own_voice_rows
    from framing.analysis import list_result_of
    from framing.charts.language import loaded_term_highlights
    from framing.loaded_terms import LoadedTerm

    analyses = _own_words_analyses()
    terms = list_result_of(analyses[0], "loaded_terms", LoadedTerm) or []
    scored = [t for t in terms if t.rule.startswith("scorer:")]
    assert scored and all(t.evidence for t in scored)
    titles = [h.title for h in loaded_term_highlights(terms)]
    rows = [r["Why"] for voice in (True, False) for r in own_voice_rows(analyses, {}, voice, None, LOADED)["Harbour Herald"]]
    ids = {c.feature for t in scored for c in t.evidence}
    for text in [*titles, *rows]:
        assert not any(i in text for i in ids if "_" in i or "=" in i), text   # no raw feature id
        assert "=" not in text and "narrator_" not in text and "vader_" not in text
    assert any("learned word scorer" in t and "likely to carry a judgement" in t for t in titles)
