"""The dashboard keeps the user's work in the workspace: restart, projects, public-server mode,
and a workspace that cannot be used (the app still starts, unsaved, and says why)."""

from __future__ import annotations

import pathlib
import sqlite3

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import state
from framing.ingest import load_bytes
from framing.workspace import SCHEMA_VERSION, Workspace

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")

UPLOAD = (
    "Outlet: Upload Gazette\nDate: 2022-01-09\n\n"
    "Volunteers clear mud from flooded river town streets\n\n"
    "Hundreds of volunteers from nearby villages spent Thursday clearing mud and debris from the streets "
    "of the river town, while engineers inspected the damaged bridge.\n"
).encode("utf-8")
SECOND = (
    "Outlet: Second Herald\n\nBridge reopens a week after the flood\n\n"
    "The bridge over the river reopened on Friday after engineers declared it safe, the council said.\n"
).encode("utf-8")


def start(view: str = "Sources", timeout: int = 120) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.session_state["dashboard_view"] = view
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at: AppTest, name: str, data: bytes) -> None:
    (up,) = at.sidebar.get("file_uploader")
    up.set_value((name, data, "text/plain"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def outlets(at: AppTest) -> list[str]:
    return [a.outlet for a in at.session_state["fr_articles"].values()]


def shown(elements) -> str:
    """The text of message elements as a reader sees it (without markdown's escapes)."""
    return " ".join(e.value.replace("\\", "") for e in elements)


def picker(at: AppTest):
    return next(s for s in at.sidebar.selectbox if s.label == "Open project")


def click(at: AppTest, label: str) -> None:
    next(b for b in at.sidebar.button if b.label == label).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def test_uploads_and_an_outlet_rename_survive_a_restart(use_sample, framing_home) -> None:
    at = start()
    upload(at, "gazette.txt", UPLOAD)
    gazette = load_bytes("gazette.txt", UPLOAD).articles[0]
    assert state.set_outlet(gazette.id, "The Upload Gazette", at.session_state)
    at.run()
    assert outlets(at) == ["The Upload Gazette"]  # the upload replaced the sample on screen
    # the sample stays as it was: the upload went into a new project (without the sample it replaced)
    assert "saved in a new project" in shown(at.sidebar.info) and "“My project”" in shown(at.sidebar.info)

    again = start()  # a new session on the same FRAMING_HOME: as after a server restart
    assert outlets(again) == ["The Upload Gazette"]
    assert picker(again).value == state.current_project(again.session_state).id  # type: ignore[union-attr]
    assert "My project" in picker(again).options
    with Workspace(framing_home) as ws:
        (project,) = ws.projects()
        assert [i.original for i in ws.imports(project.id) if i.kind == "upload"] == [UPLOAD]
        assert ws.loaded_outlet(project.id, gazette.id) == "Upload Gazette"
    # the sample project itself is unchanged
    picker(again).set_value(state.SAMPLE_PROJECT)
    again.run()
    assert outlets(again) == ["Alpha Daily", "Beta Post", "Gamma Times"]


def test_projects_are_created_renamed_switched_and_deleted(use_sample, framing_home) -> None:
    at = start()
    at.sidebar.text_input(key="fr_project_new_name").input("Flood coverage")
    click(at, "Create project")
    assert state.current_project(at.session_state).name == "Flood coverage"  # type: ignore[union-attr]
    assert outlets(at) == []
    upload(at, "second.txt", SECOND)
    assert outlets(at) == ["Second Herald"]

    # a taken name is refused with a message, nothing changes
    at.sidebar.text_input(key="fr_project_new_name").input("flood COVERAGE")
    click(at, "Create project")
    assert "already a project" in shown(at.sidebar.error)

    rename = next(t for t in at.sidebar.text_input if t.label == "Rename this project")
    rename.input("Flood, week one")
    click(at, "Rename project")
    assert state.current_project(at.session_state).name == "Flood, week one"  # type: ignore[union-attr]

    picker(at).set_value(state.SAMPLE_PROJECT)
    at.run()
    assert outlets(at) == ["Alpha Daily", "Beta Post", "Gamma Times"]
    flood = next(p for p in state.projects(at.session_state) if p.name == "Flood, week one")
    picker(at).set_value(flood.id)
    at.run()
    assert outlets(at) == ["Second Herald"]

    next(c for c in at.sidebar.checkbox if c.label.startswith("Yes, delete")).check()
    at.run()
    click(at, "Delete project")
    assert state.projects(at.session_state) == []
    assert outlets(at) == ["Alpha Daily", "Beta Post", "Gamma Times"]  # back on the sample
    assert start().session_state["fr_project"] == state.SAMPLE_PROJECT  # and it reopens there


def test_a_public_server_writes_nothing_and_keeps_sessions_apart(use_sample, framing_home, monkeypatch) -> None:
    monkeypatch.setenv("FRAMING_PUBLIC_SERVER", "1")
    at = start()
    upload(at, "gazette.txt", UPLOAD)
    gazette = load_bytes("gazette.txt", UPLOAD).articles[0]
    assert state.set_outlet(gazette.id, "Renamed", at.session_state)
    at.run()
    assert not at.exception and len(outlets(at)) == 1
    assert "Nothing is written to disk" in shown(at.sidebar.caption)
    assert not [s for s in at.sidebar.selectbox if s.label == "Open project"]
    other = start()  # another visitor
    assert outlets(other) == ["Alpha Daily", "Beta Post", "Gamma Times"]
    assert list(framing_home.iterdir()) == []


@pytest.mark.parametrize("make_bad, says", [
    (lambda db: db.write_bytes(b"these are my notes, not a database\n" * 100), "not a framing workspace"),
    (lambda db: _newer(db), "newer version of framing"),
])
def test_an_unusable_workspace_still_starts_unsaved_with_a_notice(use_sample, framing_home, make_bad, says) -> None:
    db = framing_home / "workspace.sqlite3"
    make_bad(db)
    before = db.read_bytes()
    at = start()
    assert not at.exception
    warning = shown(at.sidebar.warning)
    assert says in warning and "not saved" in warning
    upload(at, "gazette.txt", UPLOAD)  # the session goes on, in memory
    assert len(outlets(at)) == 1
    assert db.read_bytes() == before


def _newer(db: pathlib.Path) -> None:
    with Workspace(db.parent):
        pass
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def test_a_failing_write_falls_back_to_an_unsaved_session(use_sample, framing_home) -> None:
    at = start()
    ws = state.workspace(at.session_state)
    assert ws is not None
    ws._conn.execute(f"PRAGMA max_page_count = {ws._conn.execute('PRAGMA page_count').fetchone()[0]}")
    upload(at, "gazette.txt", UPLOAD * 300)  # the disk is "full"
    assert len(outlets(at)) == 1  # the upload is shown all the same
    assert "disk is full" in shown(at.sidebar.warning) and "not saved" in shown(at.sidebar.warning)


def test_analysis_results_are_kept_and_an_unchanged_article_is_not_parsed_after_a_restart(
        use_sample, framing_home, monkeypatch) -> None:
    import framing.analysis as analysis_module

    parsed: list[str] = []
    real = analysis_module.parse_articles

    def counting(articles, *args, **kwargs):
        for p in real(articles, *args, **kwargs):
            parsed.append(p.article.id)
            yield p

    monkeypatch.setattr(analysis_module, "parse_articles", counting)
    st.cache_data.clear()
    at = start()
    upload(at, "gazette.txt", UPLOAD)
    assert len(parsed) == 4
    st.cache_data.clear()  # the server restarts: its memory cache is gone
    again = start()
    assert not again.exception and len(outlets(again)) == 1
    assert len(parsed) == 4, "no article was parsed again: the results came from the workspace"
    with Workspace(framing_home) as ws:
        assert set(again.session_state["fr_articles"]) <= {k[0] for k in ws.result_keys()}


# --- the other edits, through dashboard.state on a plain dict as the session -------------

LEXICON = "term,category,note\nrampage,violence,describes unrest as senseless violence\n"


def test_settings_events_and_the_lexicon_are_kept_in_the_project(use_sample, framing_home) -> None:
    from framing.workspace import ACTORS, THRESHOLD, WorkspaceInputError

    s: dict = {}
    state.init(s)
    ids = list(s["fr_articles"])
    state.set_setting(THRESHOLD, 0.8, s)  # a change on the sample: a new project with a copy of it
    assert state.current_project(s).name == "My project"  # type: ignore[union-attr]
    state.set_setting(ACTORS, ["the mayor", "the council"], s)
    state.save_event("The flood", ids[:2], s)
    state.save_event("The cost", [ids[2], "not-loaded"], s)
    state.save_user_lexicon(LEXICON, s)
    with pytest.raises(WorkspaceInputError):
        state.save_event("  ", ids, s)

    again: dict = {}
    state.init(again)  # a restart
    assert state.setting(THRESHOLD, None, again) == 0.8
    assert state.setting(ACTORS, [], again) == ["the mayor", "the council"]
    assert [(e.name, e.article_ids) for e in state.events(again)] == [("The flood", tuple(ids[:2])),
                                                                      ("The cost", (ids[2],))]
    assert state.user_lexicon(again) == LEXICON
    state.bind_lexicon_text("lexicon_widget", again)
    assert again["lexicon_widget"] == LEXICON
    again["lexicon_widget"] = "typed by the user"
    state.bind_lexicon_text("lexicon_widget", again)  # same project: the typing is left alone
    assert again["lexicon_widget"] == "typed by the user"
    state.open_project(state.SAMPLE_PROJECT, again)  # the sample has none of these
    assert state.setting(THRESHOLD, None, again) is None and state.events(again) == []
    state.bind_lexicon_text("lexicon_widget", again)
    assert again["lexicon_widget"] == ""


def test_a_malformed_lexicon_is_not_kept(use_sample, framing_home) -> None:
    from framing.loaded_terms import LexiconError

    s: dict = {}
    state.init(s)
    with pytest.raises(LexiconError):
        state.save_user_lexicon("term,category,note\nrampage,no-such-category,x\n", s)
    assert state.user_lexicon(s) == "" and state.projects(s) == []  # nothing saved, no project made


def test_without_a_workspace_the_edits_live_in_the_session(use_sample, framing_home, monkeypatch) -> None:
    from framing.workspace import THRESHOLD

    monkeypatch.setenv("FRAMING_PUBLIC_SERVER", "1")
    s: dict = {}
    state.init(s)
    ids = list(s["fr_articles"])
    state.set_setting(THRESHOLD, 0.7, s)
    state.save_event("The flood", ids, s)
    state.save_event("Aftermath", ids[:1], s)
    state.save_user_lexicon(LEXICON, s)
    assert state.setting(THRESHOLD, None, s) == 0.7 and state.user_lexicon(s) == LEXICON
    assert {e.name: e.article_ids for e in state.events(s)} == {"The flood": tuple(ids[1:]), "Aftermath": (ids[0],)}
    assert list(framing_home.iterdir()) == []


def test_a_project_deleted_in_another_window_does_not_lose_the_next_change(use_sample, framing_home) -> None:
    first: dict = {}
    state.init(first)
    ids = list(first["fr_articles"])
    state.set_outlet(ids[0], "Alpha Renamed", first)  # makes "My project"
    other: dict = {}
    state.init(other)  # another window on the same project
    assert state.delete_project(other)
    state.remove({ids[1]}, first)  # the first window still shows the deleted project
    assert "deleted in another window" in (state.project_notice(first) or "")
    again: dict = {}
    state.init(again)
    assert [a.outlet for a in state.articles(again)] == ["Alpha Renamed", "Gamma Times"]
