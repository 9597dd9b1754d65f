"""The user's edits besides outlet names: events and their membership, settings, lexicons."""

from __future__ import annotations

import pytest

from framing.loaded_terms import LexiconError
from framing.workspace import ACTORS, THRESHOLD, ImportItem, Workspace, WorkspaceInputError

from .conftest import article


@pytest.fixture
def project(ws: Workspace) -> int:
    p = ws.create_project("Flood")
    ws.import_items(p.id, [ImportItem("upload", "a.csv", [article(i) for i in range(1, 5)])])
    return p.id


def test_events_are_named_and_hold_articles(ws: Workspace, project: int) -> None:
    ids = [a.id for a in ws.articles(project)]
    flood = ws.save_event(project, "The flood", ids[:3])
    cost = ws.save_event(project, "The cost", [ids[3]])
    assert [(e.name, e.article_ids) for e in ws.events(project)] == [("The flood", tuple(ids[:3])),
                                                                     ("The cost", (ids[3],))]
    # membership: an article moved into another event leaves the first
    ws.save_event(project, "The cost", [ids[2], ids[3]])
    assert {e.name: e.article_ids for e in ws.events(project)} == {"The flood": tuple(ids[:2]),
                                                                  "The cost": (ids[2], ids[3])}
    assert ws.rename_event(project, flood.id, "River flood") is True
    with pytest.raises(WorkspaceInputError, match="already an event"):
        ws.rename_event(project, cost.id, "River flood")
    ws.remove_articles(project, [ids[0]])  # a removed article leaves its event
    assert ws.events(project)[0].article_ids == (ids[1],)
    assert ws.delete_event(project, cost.id) is True
    assert [e.name for e in ws.events(project)] == ["River flood"]


def test_an_event_of_an_unknown_article_is_not_saved(ws: Workspace, project: int) -> None:
    ids = [a.id for a in ws.articles(project)]
    with pytest.raises(WorkspaceInputError, match="not in this project"):
        ws.save_event(project, "Half", [ids[0], "0000000000000000"])
    assert ws.events(project) == []  # the event row itself was rolled back too


def test_settings_hold_actor_lists_and_thresholds(ws: Workspace, project: int) -> None:
    assert ws.setting(project, ACTORS, []) == []
    ws.set_setting(project, ACTORS, ["the mayor", "the council", "résidents"])
    ws.set_setting(project, THRESHOLD, 0.8)
    assert ws.setting(project, ACTORS) == ["the mayor", "the council", "résidents"]
    assert ws.setting(project, THRESHOLD) == 0.8
    assert ws.settings(project) == {ACTORS: ["the mayor", "the council", "résidents"], THRESHOLD: 0.8}
    ws.set_setting(project, THRESHOLD, None)
    assert ws.setting(project, THRESHOLD, 0.87) == 0.87


def test_user_lexicons_are_checked_before_they_are_stored(ws: Workspace, project: int) -> None:
    good = "term,category,note\nrampage,violence,describes unrest as senseless violence\n"
    stored = ws.save_lexicon(project, "mine.csv", good)
    assert [(x.name, x.content) for x in ws.lexicons(project)] == [("mine.csv", good)] and stored.content == good
    with pytest.raises(LexiconError):
        ws.save_lexicon(project, "broken.csv", "term,category,note\nrampage,no-such-category,x\n")
    assert [x.name for x in ws.lexicons(project)] == ["mine.csv"]
    assert ws.delete_lexicon(project, "mine.csv") is True and ws.lexicons(project) == []


def test_deleting_a_project_deletes_its_edits(ws: Workspace, project: int) -> None:
    ids = [a.id for a in ws.articles(project)]
    ws.save_event(project, "The flood", ids)
    ws.set_setting(project, ACTORS, ["the mayor"])
    ws.delete_project(project)
    with ws.transaction() as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "imports", "events", "event_articles", "settings", "lexicons")]
    assert counts == [0] * 6
