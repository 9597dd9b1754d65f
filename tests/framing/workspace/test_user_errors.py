"""Workspaces users can get wrong: a file that is not a database, one in use, a full disk,
a read-only file, a path that cannot be a folder. Each gives a message naming the file and
saying what to do, and nothing already saved is lost."""

from __future__ import annotations

import sqlite3

import pytest

from framing.workspace import ImportItem, Workspace, WorkspaceError
from framing.workspace.store import storage_error

from .conftest import article


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 200)
    before = notes.read_bytes()
    with pytest.raises(WorkspaceError) as err:
        Workspace(notes)
    message = str(err.value)
    assert str(notes) in message and "not a framing workspace" in message and "--workspace" in message
    assert notes.read_bytes() == before


def test_a_damaged_database_is_reported(tmp_path) -> None:
    with Workspace(tmp_path) as ws:
        p = ws.create_project("Flood")
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(i) for i in range(30)])])
    db = tmp_path / "workspace.sqlite3"
    data = bytearray(db.read_bytes())
    data[0:16] = b"garbage garbage!"  # the header is gone
    db.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match="not a framing workspace, or it is damaged"):
        Workspace(tmp_path)


def test_a_workspace_in_use_by_another_process_says_so(tmp_path) -> None:
    with Workspace(tmp_path):
        pass
    holder = sqlite3.connect(tmp_path / "workspace.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with Workspace(tmp_path, timeout=0.2) as ws:
            with pytest.raises(WorkspaceError, match="in use by another program"):
                ws.create_project("Flood")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Workspace(tmp_path) as ws:  # once the other program is done, all is well
        ws.create_project("Flood")


def test_a_full_disk_fails_the_import_and_keeps_what_was_saved(tmp_path) -> None:
    with Workspace(tmp_path) as ws:
        p = ws.create_project("Flood")
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)])])
        pages = ws._conn.execute("PRAGMA page_count").fetchone()[0]
        ws._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file cannot grow: SQLITE_FULL
        with pytest.raises(WorkspaceError, match="disk is full") as err:
            ws.import_items(p.id, [ImportItem("upload", "big.csv", [article(i) for i in range(2, 400)], b"x" * 200_000)])
        assert "what was saved before is intact" in str(err.value)
        assert [a.id for a in ws.articles(p.id)] == [article(1).id]
        assert ws.check() == []


def test_a_read_only_database_is_reported(tmp_path) -> None:
    with Workspace(tmp_path):
        pass
    db = tmp_path / "workspace.sqlite3"
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raised:
        ro.execute("INSERT INTO meta VALUES ('k', 'v')")
    ro.close()
    message = str(storage_error(db, raised.value))
    assert str(db) in message and "read-only" in message and "make it writable" in message


def test_a_path_that_cannot_be_a_folder_is_reported(tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(WorkspaceError, match="cannot be created or opened"):
        Workspace(blocker / "framing-home")
