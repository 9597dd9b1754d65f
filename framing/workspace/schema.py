"""The workspace's database schema, versioned, with forward migrations.

The version is SQLite's ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as a
framing workspace (so another program's SQLite file is refused, not "migrated"). Each entry of
:data:`MIGRATIONS` takes the database from the version before it to its own version, in one
transaction with the version bump: a migration is applied whole or not at all. Never edit a
released migration; add the next one (and a test that migrates a database of the version before).

* v1 — projects, imports (the bytes as given), articles (the text as extracted, metadata,
  provenance) and analysis results keyed by (article id, outlet, analyser, fingerprint).
* v2 — the user's edits as their own data: the outlet as loaded is kept apart from the
  outlet the user set (``articles.loaded_outlet``); events and their membership; per-project
  settings (actor lists, thresholds); user lexicons.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

#: "FRMG": the file is a framing workspace
APPLICATION_ID = 0x46524D47


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "projects, imports, articles, analysis results", """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE projects (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
-- one input as the user gave it: an uploaded file, pasted text, a fetched address
CREATE TABLE imports (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    original   BLOB,
    sha256     TEXT,
    created    TEXT NOT NULL
);
CREATE INDEX imports_project ON imports(project_id);
CREATE TABLE articles (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    import_id  INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    outlet     TEXT NOT NULL,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    url        TEXT,
    published  TEXT,
    byline     TEXT,
    source     TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    metadata   TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    added      TEXT NOT NULL,
    PRIMARY KEY (project_id, id)
);
CREATE INDEX articles_import ON articles(import_id);
CREATE TABLE results (
    article_id  TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    analyser    TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    result      TEXT NOT NULL,
    created     TEXT NOT NULL,
    PRIMARY KEY (article_id, outlet, analyser, fingerprint)
);
"""),
    Migration(2, "user edits: outlet as loaded vs as set, events, settings, lexicons", """
ALTER TABLE articles ADD COLUMN loaded_outlet TEXT;
UPDATE articles SET loaded_outlet = outlet;
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL,
    UNIQUE (project_id, name)
);
-- an article belongs to at most one event of its project
CREATE TABLE event_articles (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (project_id, article_id),
    FOREIGN KEY (project_id, article_id) REFERENCES articles(project_id, id) ON DELETE CASCADE
);
CREATE INDEX event_articles_event ON event_articles(event_id);
CREATE TABLE settings (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (project_id, key)
);
CREATE TABLE lexicons (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    content    TEXT NOT NULL,
    updated    TEXT NOT NULL,
    PRIMARY KEY (project_id, name)
);
"""),
)

#: the version this code writes (and the newest it reads)
SCHEMA_VERSION = MIGRATIONS[-1].version


class NewerSchema(Exception):
    """The database was written by a newer framing (its schema version is above ours)."""

    def __init__(self, found: int) -> None:
        super().__init__(f"schema version {found}, newer than {SCHEMA_VERSION}")
        self.found = found


class NotAWorkspace(Exception):
    """An SQLite database of another program (tables, but not ours)."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_readable(conn: sqlite3.Connection) -> None:
    """Raise :class:`NotAWorkspace` for another program's database and :class:`NewerSchema`
    for one written by a newer framing; reads only."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id != APPLICATION_ID:
        tables = conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()[0]
        if app_id != 0 or tables:
            raise NotAWorkspace()
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise NewerSchema(found)


def statements(sql: str) -> list[str]:
    """The SQL statements of a script, one by one (``executescript`` would commit the transaction)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf.strip()[:60]!r}")
    return out


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target`` (default: the newest) and return the version it had.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Each step runs in its own
    ``BEGIN IMMEDIATE`` transaction that re-reads the version first, so two processes opening
    the same old workspace at once migrate it once. Raises :class:`NewerSchema` for a database
    newer than this code and :class:`NotAWorkspace` for another program's file.
    """
    check_readable(conn)
    found = schema_version(conn)
    for step in MIGRATIONS:
        if not found < step.version <= target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) < step.version:
                for statement in statements(step.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
