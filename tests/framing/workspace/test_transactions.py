"""Every import and edit is one transaction: an exception half-way leaves nothing of it."""

from __future__ import annotations

import pytest

from framing.workspace import ImportItem, Workspace

from .conftest import article


class Boom(Exception):
    pass


class ExplodingArticles(list):  # type: ignore[type-arg]
    """A list of articles that raises after yielding ``after`` of them (a loader failing mid-import)."""

    def __init__(self, items, after: int) -> None:
        super().__init__(items)
        self.after = after

    def __iter__(self):
        for i, a in enumerate(super().__iter__()):
            if i == self.after:
                raise Boom("the loader failed half-way")
            yield a


def test_an_exception_mid_import_rolls_the_whole_import_back(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    ws.import_items(p.id, [ImportItem("upload", "first.txt", [article(1)])])
    items = [ImportItem("upload", "ok.txt", [article(2)]),
             ImportItem("upload", "bad.csv", ExplodingArticles([article(3), article(4), article(5)], after=2))]
    with pytest.raises(Boom):
        ws.import_items(p.id, items)
    assert [a.id for a in ws.articles(p.id)] == [article(1).id]  # neither ok.txt nor the first rows of bad.csv
    assert [i.name for i in ws.imports(p.id)] == ["first.txt"]
    # and the workspace takes the next import as usual
    ws.import_items(p.id, [ImportItem("upload", "again.txt", [article(2)])])
    assert len(ws.articles(p.id)) == 2


def test_several_edits_in_one_transaction_are_kept_or_dropped_together(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1), article(2)])])
    with pytest.raises(Boom):
        with ws.transaction():
            ws.rename_outlet(p.id, article(1).id, "Renamed")
            ws.remove_articles(p.id, [article(2).id])
            ws.create_project("Made inside")
            raise Boom()
    assert [(a.id, a.outlet) for a in ws.articles(p.id)] == [(article(1).id, "Alpha Daily"),
                                                            (article(2).id, "Alpha Daily")]
    assert [x.name for x in ws.projects()] == ["Flood"]
    with ws.transaction():
        ws.rename_outlet(p.id, article(1).id, "Renamed")
        ws.remove_articles(p.id, [article(2).id])
    assert [(a.id, a.outlet) for a in ws.articles(p.id)] == [(article(1).id, "Renamed")]


def test_a_second_connection_sees_only_committed_work(ws: Workspace) -> None:
    p = ws.create_project("Flood")
    with Workspace(ws.path) as other:
        with ws.transaction():
            ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)])])
            assert other.article_count(p.id) == 0  # not committed yet
        assert other.article_count(p.id) == 1
