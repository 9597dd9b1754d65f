"""Projects and their articles: create, rename, delete; import, rename an outlet, remove, clear."""

from __future__ import annotations

import pytest

from framing.workspace import ImportItem, Workspace, WorkspaceInputError

from .conftest import article


def test_projects_are_created_renamed_and_deleted(ws: Workspace) -> None:
    a = ws.create_project("Flood coverage")
    b = ws.create_project("  Election   night ")
    assert [p.name for p in ws.projects()] == ["Election night", "Flood coverage"]
    assert ws.rename_project(a.id, "Flood, week one").name == "Flood, week one"
    assert ws.delete_project(b.id) is True
    assert [p.name for p in ws.projects()] == ["Flood, week one"]
    assert ws.delete_project(b.id) is False


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_project_name_must_be_given_and_short(ws: Workspace, name: str) -> None:
    with pytest.raises(WorkspaceInputError):
        ws.create_project(name)
    assert ws.projects() == []


def test_project_names_are_unique_whatever_the_case(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    q = ws.create_project("Drought")
    with pytest.raises(WorkspaceInputError, match="already a project"):
        ws.create_project("FLOOD")
    with pytest.raises(WorkspaceInputError, match="already a project"):
        ws.rename_project(q.id, "flood")
    assert ws.rename_project(p.id, "FLOOD").name == "FLOOD"  # its own name in another case is fine
    assert ws.unique_name("Drought") == "Drought 2"
    assert ws.unique_name("Storm") == "Storm"


def test_imported_articles_come_back_as_they_were(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    arts = [article(1), article(2, "Beta Post")]
    original = b"Outlet: Alpha Daily\n\nRiver town report...\n"
    (outcome,) = ws.import_items(p.id, [ImportItem("upload", "reports.csv", arts, original)])
    assert outcome.added == [a.id for a in arts] and outcome.duplicates == []
    assert ws.articles(p.id) == arts  # every field, paragraphs and metadata included
    (stored,) = ws.imports(p.id)
    assert (stored.kind, stored.name, stored.original) == ("upload", "reports.csv", original)
    assert ws.project(p.id).article_count == 2  # type: ignore[union-attr]


def test_duplicates_are_skipped_and_reported(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)])])
    (outcome,) = ws.import_items(p.id, [ImportItem("upload", "b.csv", [article(1), article(2), article(2)])])
    assert outcome.added == [article(2).id]
    assert [a.id for a in outcome.duplicates] == [article(1).id, article(2).id]
    assert [a.id for a in ws.articles(p.id)] == [article(1).id, article(2).id]


def test_projects_hold_their_own_articles(ws: Workspace) -> None:
    p, q = ws.create_project("P"), ws.create_project("Q")
    ws.import_items(p.id, [ImportItem("paste", "pasted text", [article(1)])])
    ws.import_items(q.id, [ImportItem("paste", "pasted text", [article(1), article(2)])])
    ws.rename_outlet(q.id, article(1).id, "Renamed in Q")
    assert [a.outlet for a in ws.articles(p.id)] == ["Alpha Daily"]
    assert [a.outlet for a in ws.articles(q.id)] == ["Renamed in Q", "Alpha Daily"]
    ws.delete_project(q.id)
    assert len(ws.articles(p.id)) == 1 and ws.article_count() == 1


def test_an_outlet_rename_keeps_the_outlet_as_loaded(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    a = article(1)
    ws.import_items(p.id, [ImportItem("upload", "a.txt", [a])])
    assert ws.rename_outlet(p.id, a.id, "  Alpha Daily News ") is True
    assert ws.rename_outlet(p.id, a.id, "Alpha Daily News") is False  # no change
    assert ws.rename_outlet(p.id, a.id, "   ") is False                # an empty name is no name
    assert ws.articles(p.id)[0].outlet == "Alpha Daily News"
    assert ws.loaded_outlet(p.id, a.id) == "Alpha Daily"


def test_remove_and_clear(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)]), ImportItem("upload", "b.txt", [article(2)])])
    assert ws.remove_articles(p.id, [article(1).id, "no-such-id"]) == 1
    assert [i.name for i in ws.imports(p.id)] == ["b.txt"]  # an input none of whose articles is left goes too
    assert ws.clear_articles(p.id) == 1
    assert ws.articles(p.id) == [] and ws.imports(p.id) == []
    assert [x.name for x in ws.projects()] == ["Flood"]


def test_importing_into_a_deleted_project_is_refused(ws: Workspace) -> None:
    p = ws.create_project("Gone")
    ws.delete_project(p.id)
    with pytest.raises(WorkspaceInputError, match="no project"):
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)])])
    assert ws.article_count() == 0


def test_everything_is_still_there_after_reopening(tmp_path) -> None:
    with Workspace(tmp_path) as ws:
        p = ws.create_project("Flood")
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1), article(2)], b"raw")])
        ws.rename_outlet(p.id, article(2).id, "Beta Post")
        ws.set_meta("current_project", str(p.id))
    with Workspace(tmp_path) as ws:
        assert ws.meta("current_project") == str(p.id)
        assert [(a.id, a.outlet) for a in ws.articles(p.id)] == [(article(1).id, "Alpha Daily"),
                                                                (article(2).id, "Beta Post")]
        assert ws.imports(p.id)[0].original == b"raw"
        assert ws.check() == []
