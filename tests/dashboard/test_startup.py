"""A server started with ``streamlit run dashboard/serve.py`` prepares before it answers: the first
page decodes nothing and loads nothing, and a batch of uploads is analysed by worker processes
with the same results as in the server's own process."""

from __future__ import annotations

import pathlib

import pytest
import streamlit as st

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_streamlit_finds_the_prepared_app_in_serve_py() -> None:
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "dashboard" / "serve.py")
    assert found.is_asgi_app and found.import_string is not None and found.import_string.endswith(":app")


@pytest.fixture
def fresh_process_caches(monkeypatch, tmp_path):
    import collections
    import threading

    import dashboard.analysis as dash
    from dashboard.views import compare_common

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("FRAMING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(dash, "_READY", collections.OrderedDict())
    monkeypatch.setattr(dash, "_CACHED", set())
    for name in ("_WARMED", "_WARM_BUSY", "_WARM_DONE"):
        monkeypatch.setattr(dash, name, threading.Event())
    monkeypatch.setattr(compare_common, "_DECODED_SAMPLE", {})
    st.cache_data.clear()
    yield dash
    st.cache_data.clear()


def test_a_prepared_server_opens_the_sample_without_decoding_or_analysing(use_sample, fresh_process_caches,
                                                                       monkeypatch) -> None:
    """After :func:`dashboard.startup.prepare` (which analyses the sample once and keeps it on disk,
    as a first server does), the first page neither analyses nor decodes an analysis: both are made
    to fail here, and the page still shows every view's tab without an error."""
    from streamlit.testing.v1 import AppTest

    import dashboard.analysis as dash
    from dashboard import startup
    from framing.analysis import ArticleAnalysis

    monkeypatch.setattr(dash, "start_workers", lambda workers=None: 0)  # the pool is tested below
    startup.prepare()
    assert len(dash._READY) == 3  # the fixture sample's three articles, decoded
    assert list((pathlib.Path(dash.disk_cache_dir())).glob("*.json")), "the sample's analyses were kept on disk"

    def refuse(*args, **kwargs):
        raise AssertionError("the first page analysed or decoded an article")

    monkeypatch.setattr(dash, "_analyse_batch", refuse)
    monkeypatch.setattr(ArticleAnalysis, "from_json", classmethod(refuse))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert "3 articles" in " ".join(x.value for x in at.markdown) + " ".join(x.label for x in at.expander)


def test_sessions_get_their_own_analysis_objects_around_the_shared_results(fresh_process_caches) -> None:
    from framing.analysis import ArticleAnalysis, analyse_articles
    from framing.model import Article

    dash = fresh_process_caches
    a = Article.create(title="Ferry service resumes", body="The ferry sailed again on Monday, the operator said.",
                       outlet="Harbour News")
    analysis = analyse_articles([a])[0]
    fp = dash.analysers_fingerprint()
    dash._remember_ready(a, fp, analysis.to_json(), analysis)
    first, second = dash._ready(a, fp), dash._ready(a, fp)
    assert first is not None and second is not None
    assert first[1] is not second[1] and first[1].results is not second[1].results
    assert first[1].results == analysis.results and first[0] == analysis.to_json()
    first[1].article = Article.create(title="Other", body="Other text.", outlet="Other")
    first[0]["outlet"] = "Changed by one session"
    again = dash._ready(a, fp)
    assert again is not None and again[1].article is a and again[0]["outlet"] == "Harbour News"
    renamed = Article.create(title=a.title, body=a.body, outlet="Renamed Outlet")
    assert dash._ready(renamed, fp) is None  # another outlet name is another key (attribution reads it)
    assert isinstance(again[1], ArticleAnalysis)


def test_uploads_analysed_by_worker_processes_equal_those_analysed_here(fresh_process_caches, tmp_path) -> None:
    """The pool's answers (JSON from another process) are the in-process analyses, and they are kept
    in the workspace as the in-process path keeps them (a restart reads them back, nothing parsed)."""
    from framing.analysers import default_analysers
    from framing.analysers.base import cache_fingerprints
    from framing.model import Article
    from framing.workspace import ResultStore, Workspace

    dash = fresh_process_caches
    articles = [Article.create(title=f"Bridge report {i}", outlet=f"Outlet {i % 3}",
                               body=(f"The council closed the bridge for the {i}th time, officials said. "
                                     "\u201cIt is a disgrace,\u201d a resident told reporters, and critics "
                                     "claimed the repairs were a reckless waste of money."))
                for i in range(5)]
    assert dash.wait_for_workers(1) is True  # no workers: nothing to wait for
    assert dash.start_workers(1) == 1
    try:
        assert dash.wait_for_workers(120) is True
        with Workspace(tmp_path / "ws") as ws:
            pooled = dash._pool_batches(articles, ws, None)
            store = ResultStore(ws)
            fps = cache_fingerprints(default_analysers())
            assert dash._stored_in(ws, articles, fps) == {a.id for a in articles}
            assert all((a.id, a.outlet, name, fp) in store for a in articles for name, fp in fps.items())
        here = dash._analyse_batch(articles)
        assert pooled == here
    finally:
        dash.stop_workers()
    assert dash._pool_batches(articles, None, None) is None  # no workers: the caller analyses here


def test_start_up_decodes_the_kept_comparisons_of_this_code_only(fresh_process_caches) -> None:
    import json

    from dashboard.views import compare_common
    from framing.analysis import analyse_articles
    from framing.compare import compare_event
    from framing.compare.events import Event
    from framing.model import Article

    dash = fresh_process_caches
    arts = [Article.create(title=f"Ferry report {i}", outlet=f"Outlet {i}",
                           body=f"The ferry sailed again on Monday for the {i}th time, the operator said.")
            for i in range(2)]
    analyses = analyse_articles(arts)
    event = Event("event", "Ferry", [a.id for a in arts])
    key = json.dumps(["comparison", [(a.id, a.outlet) for a in arts], event.id, event.name,
                      dash.analysers_fingerprint(), dash.code_fingerprint()])
    stale = key.replace(dash.code_fingerprint(), "0" * 20)
    for k in (key, stale):
        dash.write_disk_value(k, compare_event(analyses, event).to_json())
    dash._write_disk(arts[0], dash.analysers_fingerprint(), analyses[0].to_json())  # an analysis beside them
    assert compare_common.preload_sample_comparisons() == 1
    assert key in compare_common._DECODED_SAMPLE and stale not in compare_common._DECODED_SAMPLE
