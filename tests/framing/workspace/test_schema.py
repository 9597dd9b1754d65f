"""The schema is versioned (PRAGMA user_version) and migrates forward, from the first version on."""

from __future__ import annotations

import json
import sqlite3

import pytest

from framing.workspace import SCHEMA_VERSION, ImportItem, Workspace, WorkspaceError
from framing.workspace.schema import APPLICATION_ID, MIGRATIONS, migrate, schema_version

from .conftest import article


def make_v1(path) -> None:
    """A workspace as the first schema wrote it, with a project and an article in it (v1's own columns)."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    a = article(1)
    conn.execute("INSERT INTO projects(id, name, created, updated) VALUES (1, 'Old project', 't', 't')")
    conn.execute("INSERT INTO imports(id, project_id, kind, name, original, sha256, created) "
                 "VALUES (1, 1, 'upload', 'a.txt', x'6869', NULL, 't')")
    import hashlib

    conn.execute(
        "INSERT INTO articles(project_id, id, position, import_id, outlet, title, text, url, published, byline, source, "
        "paragraphs, metadata, text_sha256, added) VALUES (1, ?, 0, 1, 'Renamed by user', ?, ?, ?, ?, ?, ?, ?, ?, ?, 't')",
        (a.id, a.title, a.text, a.url, a.published, a.byline, a.source,
         json.dumps([[p.start, p.end, p.kind] for p in a.paragraphs]), json.dumps(a.metadata),
         hashlib.sha256(a.text.encode()).hexdigest()))
    conn.execute("INSERT INTO results VALUES (?, 'Renamed by user', 'counts', '1', '{}', 't')", (a.id,))
    assert schema_version(conn) == 1
    conn.close()


def test_versions_are_consecutive_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


def test_a_new_workspace_has_the_newest_schema(tmp_path) -> None:
    with Workspace(tmp_path) as ws:
        assert ws.schema_version == SCHEMA_VERSION and ws.migrated_from == 0
    conn = sqlite3.connect(tmp_path / "workspace.sqlite3")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_v1_workspace_migrates_with_its_data(tmp_path) -> None:
    db = tmp_path / "workspace.sqlite3"
    make_v1(db)
    with Workspace(tmp_path) as ws:
        assert ws.migrated_from == 1 and ws.schema_version == SCHEMA_VERSION
        (p,) = ws.projects()
        (a,) = ws.articles(p.id)
        expected = article(1)
        assert (a.id, a.title, a.text, a.paragraphs, a.metadata) == (expected.id, expected.title, expected.text,
                                                                    expected.paragraphs, expected.metadata)
        assert a.outlet == "Renamed by user"
        # v2: the outlet as loaded is filled from what v1 had, edits work on the old data
        assert ws.loaded_outlet(p.id, a.id) == "Renamed by user"
        ws.save_event(p.id, "Flood", [a.id])
        ws.import_items(p.id, [ImportItem("upload", "b.txt", [article(2)])])
        assert ws.result_json((a.id, "Renamed by user", "counts", "1")) == "{}"
        assert ws.check() == []
    with Workspace(tmp_path) as ws:  # opening again migrates nothing
        assert ws.migrated_from == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_old_version_intact(tmp_path, monkeypatch) -> None:
    from framing.workspace import schema

    db = tmp_path / "workspace.sqlite3"
    make_v1(db)
    broken = schema.Migration(2, "broken", MIGRATIONS[1].sql + "\nINSERT INTO no_such_table VALUES (1);\n")
    monkeypatch.setattr(schema, "MIGRATIONS", (MIGRATIONS[0], broken))
    conn = sqlite3.connect(db, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert schema_version(conn) == 1
    assert "loaded_outlet" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'events'").fetchone()[0] == 0
    conn.close()


def test_a_workspace_from_a_newer_framing_is_refused_untouched(tmp_path) -> None:
    db = tmp_path / "workspace.sqlite3"
    with Workspace(tmp_path):
        pass
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(WorkspaceError, match="newer version of framing") as err:
        Workspace(tmp_path)
    assert str(db) in str(err.value) and "upgrade framing" in str(err.value)
    assert db.read_bytes() == before


def test_another_programs_database_is_refused_untouched(tmp_path) -> None:
    db = tmp_path / "notes.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(WorkspaceError, match="another program"):
        Workspace(db)
    assert db.read_bytes() == before
