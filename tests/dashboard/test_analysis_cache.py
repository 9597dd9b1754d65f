"""The dashboard's analysis cache remembers failures: a failing analysis runs once, not on every rerun."""

from __future__ import annotations

import streamlit as st

from framing.analysis import AnalysisFailure
from framing.model import Article


def test_a_failed_analysis_is_cached_and_not_repeated(monkeypatch) -> None:
    import dashboard.analysis as dash

    calls: list[str] = []

    def over_budget(articles, *args, failures=None, **kwargs):
        articles = list(articles)
        calls.append(articles[0].id)
        failures.append(AnalysisFailure(articles[0], "took longer than the time budget of 900 s per article"))
        return []

    monkeypatch.setattr(dash, "analyse_articles", over_budget)
    st.cache_data.clear()
    article = Article.create(title="Too long", body="A body.", outlet="X", source="long.txt")
    first = dash._analysis_json(article.id, article.outlet, "fp", article)
    second = dash._analysis_json(article.id, article.outlet, "fp", article)
    assert first == second == {dash.FAILED: "took longer than the time budget of 900 s per article"}
    assert calls == [article.id]
    st.cache_data.clear()


def test_an_exception_in_an_analyser_is_cached_as_its_message(monkeypatch) -> None:
    import dashboard.analysis as dash

    calls: list[int] = []

    def exploding(articles, *args, **kwargs):
        calls.append(1)
        raise RuntimeError("analyser exploded")

    monkeypatch.setattr(dash, "analyse_articles", exploding)
    st.cache_data.clear()
    article = Article.create(title="Bad", body="A body.", outlet="Y", source="bad.txt")
    for _ in range(3):
        assert dash._analysis_json(article.id, article.outlet, "fp", article) == {dash.FAILED: "RuntimeError: analyser exploded"}
    assert calls == [1]
    st.cache_data.clear()


def test_warm_up_loads_what_an_upload_needs_and_steps_aside_for_a_session(monkeypatch):
    """The warm-up thread loads the pipeline and every analyser's data (the syllable dictionary
    among them); when a session starts analysing before it begins, it does not run at all."""
    import threading

    import dashboard.analysis as dash
    from framing.readability import _cmudict, syllables

    for name in ("_WARMED", "_WARM_BUSY", "_WARM_DONE"):
        monkeypatch.setattr(dash, name, threading.Event())
    _cmudict.cache_clear()
    syllables.cache_clear()  # the warm-up text's words may be known from an earlier test
    dash.warm_up(delay=0)
    assert dash._WARM_DONE.wait(120) and dash._WARM_BUSY.is_set()
    assert _cmudict.cache_info().currsize == 1
    # a session analysing first: the warm-up, woken later, does nothing
    for name in ("_WARMED", "_WARM_BUSY", "_WARM_DONE"):
        monkeypatch.setattr(dash, name, threading.Event())
    dash._WARM_DONE.set()            # what analyse() does when it finds no warm-up under way
    _cmudict.cache_clear()
    syllables.cache_clear()
    dash.warm_up(delay=0)
    threading.Event().wait(1.0)
    assert not dash._WARM_BUSY.is_set() and _cmudict.cache_info().currsize == 0
