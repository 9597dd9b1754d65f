"""Linked evidence for the readability numbers and the similarity charts: each mark's words, and
the Tone and Coverage views showing them for a clicked mark (AppTest, with the click's state set)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

#: texts written for these tests
BODIES = [
    ("Alpha Daily", "Bridge reopens after repairs",
     "The bridge was reopened on Monday by the council. Mistakes were made during the first repairs, "
     "and the work was delayed.\n\n"
     "Engineers said the reinforcement of the foundations required extraordinary coordination between "
     "several independent contractors, the authorities and the national infrastructure agency.\n\n"
     "Traffic was light on the first day, the council said."),
    ("Beta Post", "Bridge open again",
     "The council opened the bridge on Monday. Engineers said the work took longer than planned.\n\n"
     "Drivers were pleased. Traffic was light on the first day, the council said."),
]


def _analyses():
    from framing.analysis import analyse_articles
    from framing.model import Article

    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in BODIES]
    return arts, analyse_articles(arts)


def test_readability_spans_are_the_words_and_clauses_the_numbers_count():
    from dashboard.evidence import spans_for

    _, analyses = _analyses()
    what, evs = spans_for("readability:agentless_share", "Alpha Daily", analyses)
    texts = [e.text for e in evs]
    assert "not say who acted" in what
    assert any("Mistakes were made" in t for t in texts) and any("work was delayed" in t for t in texts)
    assert not any("reopened" in t for t in texts)  # "reopened ... by the council" names who acted
    _, passives = spans_for("readability:passive_share", "Alpha Daily", analyses)
    assert any("reopened" in e.text for e in passives) and len(passives) > len(evs)
    _, long_words = spans_for("readability:smog", "Alpha Daily", analyses)
    words = {e.text for e in long_words}
    assert {"extraordinary", "coordination", "independent", "infrastructure"} <= words
    assert not words & {"bridge", "Monday", "light", "Traffic"}
    assert all(e.start >= analyses[0].article.body_start for e in long_words)  # the formulas read the body
    _, fog = spans_for("readability:gunning_fog", "Alpha Daily", analyses)
    assert "Monday" not in {e.text for e in fog}
    _, longest = spans_for("readability:mean_sentence_length", "Alpha Daily", analyses)
    assert any("extraordinary coordination" in e.text for e in longest)
    assert not any(e.text.startswith("Bridge reopens") for e in longest)  # the headline is not the body
    _, difficult = spans_for("readability:dale_chall", "Beta Post", analyses)
    assert {"council", "Engineers"} & {e.text for e in difficult} and "the" not in {e.text for e in difficult}


def _view(view: str, pick_key: str, pick: tuple[str, str], bodies: list, by_article: bool = False) -> None:
    import importlib

    import streamlit as st

    from dashboard.analysis import AnalysedSet
    from framing.analysis import analyse_articles
    from framing.model import Article

    if "arts" not in st.session_state:
        arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
        st.session_state["arts"] = (arts, analyse_articles(arts))
    arts, analyses = st.session_state["arts"]
    ids = {a.outlet: a.id for a in arts}
    # what a click on the mark sets: (outlet, measure), or for a pair of articles their ids
    st.session_state[pick_key] = tuple(ids[x] for x in pick) if by_article else pick
    data = AnalysedSet(arts, analyses, [a.to_json() for a in analyses])
    importlib.import_module(f"dashboard.views.{view}").render(data)


def test_a_readability_bar_shows_its_words_in_the_tone_view():
    at = AppTest.from_function(_view, args=("tone", "tone_readability_pick", ("Alpha Daily", "agentless_share"), BODIES),
                               default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    text = "\n".join(m.value for m in at.markdown)
    assert "Alpha Daily · Sentences with an agentless passive" in text
    html = "\n".join(e.proto.body for e in at.get("html") if "fr-evidence" in e.proto.body)
    assert "<mark" in html and "Mistakes were made" in html
    spec = next(c.proto.spec for c in at.get("vega_lite_chart") if "Flesch" in c.proto.spec)
    assert '"mark_key"' in spec and '"pick"' in spec


def test_a_similarity_cell_shows_the_sentences_the_two_articles_share():
    at = AppTest.from_function(_view, args=("coverage", "coverage_similarity_pick", ("Alpha Daily", "Beta Post"), BODIES, True),
                               default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    text = "\n".join(m.value for m in at.markdown)
    assert "sentences said in both" in text
    html = "\n".join(e.proto.body for e in at.get("html") if "fr-evidence" in e.proto.body)
    # "Traffic was light on the first day" is said in both: the sentence comes with its counterpart
    assert html.count("Traffic was light on the first day") >= 2 and "Alpha Daily" in html and "Beta Post" in html


def test_scorecard_reading_grade_and_own_sentences_lead_to_their_words():
    from dashboard.evidence import spans_for
    from framing.compare import compare_event

    _, analyses = _analyses()
    cmp = compare_event(analyses)
    what, grade = spans_for("reading_grade", "Alpha Daily", analyses, cmp)
    assert "three or more syllables" in what and "extraordinary" in {e.text for e in grade}
    what, own = spans_for("unique_share", "Alpha Daily", analyses, cmp)
    overlap = next(o for o in cmp.similarity.articles if o.outlet == "Alpha Daily")
    assert "no other article" in what and len(own) == overlap.unique > 0
    assert not any("Traffic was light on the first day" in e.sentence for e in own)  # said in both


def test_spans_of_one_sentence_are_marked_in_one_block():
    from dashboard.evidence import snippets_html
    from framing.compare.common import Evidence

    sentence = "Officials <said> the extraordinary coordination worked."
    def ev(article: str, word: str, at: int = 0) -> Evidence:
        start = at + sentence.index(word)
        return Evidence(article, "Alpha & Co", start, start + len(word), word, at, at + len(sentence), sentence)

    html = snippets_html([ev("a1", "extraordinary"), ev("a1", "coordination"), ev("a1", "extraordinary coordination"),
                          ev("a2", "Officials")])
    blocks = html.split('class="fr-evidence"')[1:]
    assert len(blocks) == 2                                   # one per sentence (a2's is another article's)
    assert blocks[0].count("<mark") == 2 and "extraordinary</mark>" in blocks[0]  # overlapping spans: no nesting
    assert "&lt;said&gt;" in html and "Alpha &amp; Co" in html and "<said>" not in html
    assert "2 more sentences" in snippets_html([ev(f"a{i}", "Officials") for i in range(5)], limit=3)
