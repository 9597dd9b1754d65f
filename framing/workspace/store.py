"""The workspace: one SQLite database (WAL mode, foreign keys on) holding a user's projects.

A project holds articles (the text as extracted, metadata, where each came from, and the
original bytes of the input it came from), the user's edits (outlet names, events and their
membership, settings such as actor lists and thresholds, user lexicons). Analysis results
are kept apart, keyed by (article id, outlet, analyser name, analyser fingerprint), so an
article analysed once is never parsed again, in any project, until an analyser changes
(:mod:`framing.workspace.results`).

Every import and every edit is one transaction (:meth:`Workspace.transaction`, ``BEGIN
IMMEDIATE`` … ``COMMIT``): it is applied whole or not at all, also when the process is killed
half-way. Commits are synchronous (``synchronous=FULL``): a committed import survives a crash.

Problems the user can cause (a file that is not a workspace, one in use by another program,
one from a newer framing, a read-only folder or a full disk) raise :class:`WorkspaceError`
with a message naming the file and saying what to do; mistakes in what the user typed (an
empty or taken project name) raise :class:`WorkspaceInputError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..model import Article, Paragraph, article_id
from . import schema
from .location import HOME_ENV, database_path

#: meta key of the project open when the dashboard last ran
CURRENT_PROJECT = "current_project"
#: setting keys the dashboard and the library share (values are JSON)
ACTORS = "actors"
THRESHOLD = "threshold"

_MOVE = f"choose another workspace with --workspace PATH or {HOME_ENV}"


class WorkspaceError(Exception):
    """The workspace cannot be opened or written; ``str()`` is the message for the user."""

    def __init__(self, path: Path, problem: str, advice: str) -> None:
        super().__init__(f"The workspace {path} {problem}: {advice}.")
        self.path = path
        self.problem = problem


class WorkspaceInputError(ValueError):
    """Something the user typed cannot be stored (an empty or taken name); the message says why."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def storage_error(path: Path, exc: BaseException) -> WorkspaceError:
    """The user's message for an exception raised while opening or writing the database."""
    if isinstance(exc, WorkspaceError):
        return exc
    if isinstance(exc, schema.NewerSchema):
        return WorkspaceError(path, f"was written by a newer version of framing (workspace format {exc.found}; "
                                    f"this version reads up to {schema.SCHEMA_VERSION})",
                              f"upgrade framing, or {_MOVE}")
    if isinstance(exc, schema.NotAWorkspace):
        return WorkspaceError(path, "is an SQLite database of another program, not a framing workspace",
                              f"{_MOVE}; the file was not changed")
    text = str(exc).lower()
    if isinstance(exc, sqlite3.Error):
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            return WorkspaceError(path, "is not a framing workspace, or it is damaged",
                                  f"move the file away (nothing was written to it) or {_MOVE}")
        if "locked" in text or "busy" in text:
            return WorkspaceError(path, "is in use by another program (locked)",
                                  f"close the other framing dashboard or command using it and try again, or {_MOVE}")
        if "readonly" in text or "read-only" in text:
            return WorkspaceError(path, "cannot be written (the file or its folder is read-only)",
                                  f"make it writable, or {_MOVE}")
        if "full" in text:
            return WorkspaceError(path, "cannot be written: the disk is full",
                                  "free some space and try again; what was saved before is intact")
        if "unable to open" in text:
            return WorkspaceError(path, "cannot be opened (the folder is missing, not writable or not a folder)",
                                  f"check the path, or {_MOVE}")
        if "disk i/o" in text:
            return WorkspaceError(path, "could not be written (a disk error)",
                                  f"check the disk and try again, or {_MOVE}")
        return WorkspaceError(path, f"could not be used ({exc})", f"try again, or {_MOVE}")
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return WorkspaceError(path, f"cannot be created or opened ({reason})", f"check the folder, or {_MOVE}")
    return WorkspaceError(path, f"could not be used ({type(exc).__name__}: {exc})", f"try again, or {_MOVE}")


@dataclass(frozen=True)
class Project:
    id: int
    name: str
    created: str
    updated: str
    article_count: int = 0


@dataclass(frozen=True)
class ImportItem:
    """One input as the user gave it and the articles read from it.

    ``kind``: how it came (``upload``, ``paste``, ``url``, ``file``, ``sample``); ``name``: the
    file name or address; ``original``: the bytes as given (None when there are none to keep).
    """

    kind: str
    name: str
    articles: Sequence[Article]
    original: bytes | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """What one :class:`ImportItem` added: the ids stored, and the articles skipped as duplicates."""

    import_id: int
    added: list[str] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)


@dataclass(frozen=True)
class Event:
    """An event (a story several outlets covered) named by the user, and its articles."""

    id: int
    name: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class StoredLexicon:
    name: str
    content: str
    updated: str


@dataclass(frozen=True)
class StoredImport:
    id: int
    kind: str
    name: str
    original: bytes | None
    sha256: str | None
    created: str


class Workspace:
    """An open workspace database. Thread-safe (one connection behind a lock); close it with
    :meth:`close` or use it as a context manager.

    >>> import tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> with Workspace(tmp.name) as ws:
    ...     p = ws.create_project("Flood coverage")
    ...     [x.name for x in ws.projects()]
    ['Flood coverage']
    >>> tmp.cleanup()
    """

    def __init__(self, location: str | os.PathLike[str] | None = None, *, timeout: float = 5.0) -> None:
        self.path = database_path(location)
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(self.path, exc) from None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            schema.check_readable(conn)  # before anything writes to the file (WAL mode does)
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            self.migrated_from = schema.migrate(conn)
        except (sqlite3.Error, schema.NewerSchema, schema.NotAWorkspace) as exc:
            conn.close()
            raise storage_error(self.path, exc) from None
        self._conn = conn

    # --- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._reading() as conn:
            return schema.schema_version(conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything done inside is committed together, or, on any exception,
        nothing is. Nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise storage_error(self.path, exc) from None
            self._depth = 1
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise storage_error(self.path, exc) from None
                raise
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise storage_error(self.path, exc) from None

    # --- meta -------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # --- projects ---------------------------------------------------------------------------

    def projects(self) -> list[Project]:
        """Every project, by name."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT p.id, p.name, p.created, p.updated, "
                "(SELECT count(*) FROM articles a WHERE a.project_id = p.id) "
                "FROM projects p ORDER BY p.name COLLATE NOCASE, p.id").fetchall()
        return [Project(*row) for row in rows]

    def project(self, project_id: int) -> Project | None:
        return next((p for p in self.projects() if p.id == project_id), None)

    def _check_name(self, conn: sqlite3.Connection, name: str, project_id: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise WorkspaceInputError("A project needs a name: type one.")
        if len(name) > 120:
            raise WorkspaceInputError("A project name can be at most 120 characters long.")
        row = conn.execute("SELECT id FROM projects WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row is not None and row[0] != project_id:
            raise WorkspaceInputError(f"There is already a project named “{name}”: choose another name.")
        return name

    def unique_name(self, base: str) -> str:
        """``base``, or ``base 2``, ``base 3``… whichever no project has yet."""
        taken = {p.name.casefold() for p in self.projects()}
        if base.casefold() not in taken:
            return base
        n = 2
        while f"{base} {n}".casefold() in taken:
            n += 1
        return f"{base} {n}"

    def create_project(self, name: str) -> Project:
        with self.transaction() as conn:
            name = self._check_name(conn, name)
            now = _now()
            cur = conn.execute("INSERT INTO projects(name, created, updated) VALUES (?, ?, ?)", (name, now, now))
            project_id = int(cur.lastrowid or 0)
        return Project(project_id, name, now, now, 0)

    def rename_project(self, project_id: int, name: str) -> Project:
        with self.transaction() as conn:
            self._require_project(conn, project_id)
            name = self._check_name(conn, name, project_id)
            conn.execute("UPDATE projects SET name = ?, updated = ? WHERE id = ?", (name, _now(), project_id))
        project = self.project(project_id)
        assert project is not None
        return project

    def delete_project(self, project_id: int) -> bool:
        """Delete a project with everything in it (articles, imports, edits); results no other
        project's article uses go too."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM projects WHERE id = ?", (project_id,)).rowcount
            if gone:
                self._prune_results(conn)
                if self.meta(CURRENT_PROJECT) == str(project_id):
                    conn.execute("DELETE FROM meta WHERE key = ?", (CURRENT_PROJECT,))
        return bool(gone)

    def _require_project(self, conn: sqlite3.Connection, project_id: int) -> None:
        if conn.execute("SELECT 1 FROM projects WHERE id = ?", (project_id,)).fetchone() is None:
            raise WorkspaceInputError(f"There is no project {project_id} in this workspace (was it deleted?).")

    def _touch(self, conn: sqlite3.Connection, project_id: int) -> None:
        conn.execute("UPDATE projects SET updated = ? WHERE id = ?", (_now(), project_id))

    # --- articles ---------------------------------------------------------------------------

    def import_items(self, project_id: int, items: Iterable[ImportItem]) -> list[ImportOutcome]:
        """Store inputs and their articles in a project, in one transaction; an article already
        in the project (same id) is skipped and reported as a duplicate."""
        outcomes: list[ImportOutcome] = []
        with self.transaction() as conn:
            self._require_project(conn, project_id)
            have = {row[0] for row in conn.execute("SELECT id FROM articles WHERE project_id = ?", (project_id,))}
            position = int(conn.execute("SELECT coalesce(max(position), -1) + 1 FROM articles WHERE project_id = ?",
                                        (project_id,)).fetchone()[0])
            now = _now()
            for item in items:
                cur = conn.execute(
                    "INSERT INTO imports(project_id, kind, name, original, sha256, created) VALUES (?, ?, ?, ?, ?, ?)",
                    (project_id, item.kind, item.name, item.original,
                     None if item.original is None else _sha256(item.original), now))
                outcome = ImportOutcome(int(cur.lastrowid or 0))
                for a in item.articles:
                    if a.id in have:
                        outcome.duplicates.append(a)
                        continue
                    conn.execute(
                        "INSERT INTO articles(project_id, id, position, import_id, outlet, loaded_outlet, title, text, "
                        "url, published, byline, source, paragraphs, metadata, text_sha256, added) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (project_id, a.id, position, outcome.import_id, a.outlet, a.outlet, a.title, a.text, a.url,
                         a.published, a.byline, a.source,
                         json.dumps([[p.start, p.end, p.kind] for p in a.paragraphs]),
                         json.dumps(a.metadata, ensure_ascii=False), _sha256(a.text.encode("utf-8")), now))
                    have.add(a.id)
                    outcome.added.append(a.id)
                    position += 1
                outcomes.append(outcome)
            self._touch(conn, project_id)
        return outcomes

    _ARTICLE_COLUMNS = "id, outlet, title, text, url, published, byline, source, paragraphs, metadata"

    @staticmethod
    def _article(row: Sequence[Any]) -> Article:
        aid, outlet, title, text, url, published, byline, source, paragraphs, metadata = row
        return Article(id=aid, outlet=outlet, title=title, text=text, url=url, published=published, byline=byline,
                       source=source, paragraphs=[Paragraph(int(s), int(e), str(k)) for s, e, k in json.loads(paragraphs)],
                       metadata=dict(json.loads(metadata)))

    def articles(self, project_id: int) -> list[Article]:
        """The project's articles in the order they were added, with the outlet names the user set."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE project_id = ? ORDER BY position",
                                (project_id,)).fetchall()
        return [self._article(r) for r in rows]

    def article_count(self, project_id: int | None = None) -> int:
        with self._reading() as conn:
            if project_id is None:
                return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
            return int(conn.execute("SELECT count(*) FROM articles WHERE project_id = ?", (project_id,)).fetchone()[0])

    def loaded_outlet(self, project_id: int, article_id: str) -> str | None:
        """The outlet name as the article was loaded (before any rename)."""
        with self._reading() as conn:
            row = conn.execute("SELECT loaded_outlet FROM articles WHERE project_id = ? AND id = ?",
                               (project_id, article_id)).fetchone()
        return None if row is None else row[0]

    def rename_outlet(self, project_id: int, article_id: str, outlet: str) -> bool:
        """Set an article's outlet name; returns whether anything changed."""
        outlet = outlet.strip()
        if not outlet:
            return False
        with self.transaction() as conn:
            changed = conn.execute("UPDATE articles SET outlet = ? WHERE project_id = ? AND id = ? AND outlet != ?",
                                   (outlet, project_id, article_id, outlet)).rowcount
            if changed:
                self._touch(conn, project_id)
        return bool(changed)

    def remove_articles(self, project_id: int, article_ids: Iterable[str]) -> int:
        ids = list(article_ids)
        with self.transaction() as conn:
            removed = sum(conn.execute("DELETE FROM articles WHERE project_id = ? AND id = ?",
                                       (project_id, aid)).rowcount for aid in ids)
            conn.execute("DELETE FROM imports WHERE project_id = ? AND NOT EXISTS "
                         "(SELECT 1 FROM articles a WHERE a.import_id = imports.id)", (project_id,))
            if removed:
                self._touch(conn, project_id)
        return removed

    def clear_articles(self, project_id: int) -> int:
        """Remove every article and input of a project (its settings and lexicons stay)."""
        with self.transaction() as conn:
            removed = conn.execute("DELETE FROM articles WHERE project_id = ?", (project_id,)).rowcount
            conn.execute("DELETE FROM imports WHERE project_id = ?", (project_id,))
            conn.execute("DELETE FROM events WHERE project_id = ?", (project_id,))
            self._prune_results(conn)
            self._touch(conn, project_id)
        return removed

    def imports(self, project_id: int) -> list[StoredImport]:
        """The inputs of a project as the user gave them (original bytes included), oldest first."""
        with self._reading() as conn:
            rows = conn.execute("SELECT id, kind, name, original, sha256, created FROM imports "
                                "WHERE project_id = ? ORDER BY id", (project_id,)).fetchall()
        return [StoredImport(*row) for row in rows]

    # --- events -----------------------------------------------------------------------------

    def events(self, project_id: int) -> list[Event]:
        with self._reading() as conn:
            events = conn.execute("SELECT id, name FROM events WHERE project_id = ? ORDER BY position, id",
                                  (project_id,)).fetchall()
            members = conn.execute(
                "SELECT ea.event_id, ea.article_id FROM event_articles ea JOIN articles a "
                "ON a.project_id = ea.project_id AND a.id = ea.article_id WHERE ea.project_id = ? ORDER BY a.position",
                (project_id,)).fetchall()
        by_event: dict[int, list[str]] = {}
        for event_id, aid in members:
            by_event.setdefault(event_id, []).append(aid)
        return [Event(eid, name, tuple(by_event.get(eid, []))) for eid, name in events]

    def save_event(self, project_id: int, name: str, article_ids: Iterable[str]) -> Event:
        """Create the event ``name`` (or replace its membership): its articles leave any other event."""
        name = " ".join(name.split())
        if not name:
            raise WorkspaceInputError("An event needs a name: type one.")
        ids = list(dict.fromkeys(article_ids))
        with self.transaction() as conn:
            self._require_project(conn, project_id)
            row = conn.execute("SELECT id FROM events WHERE project_id = ? AND name = ?", (project_id, name)).fetchone()
            if row is None:
                position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM events WHERE project_id = ?",
                                        (project_id,)).fetchone()[0]
                event_id = int(conn.execute("INSERT INTO events(project_id, name, position) VALUES (?, ?, ?)",
                                            (project_id, name, position)).lastrowid or 0)
            else:
                event_id = int(row[0])
            conn.execute("DELETE FROM event_articles WHERE event_id = ?", (event_id,))
            for aid in ids:
                if conn.execute("SELECT 1 FROM articles WHERE project_id = ? AND id = ?", (project_id, aid)).fetchone() is None:
                    raise WorkspaceInputError(f"Article {aid} is not in this project: the event was not saved.")
                conn.execute("INSERT INTO event_articles(event_id, project_id, article_id) VALUES (?, ?, ?) "
                             "ON CONFLICT(project_id, article_id) DO UPDATE SET event_id = excluded.event_id",
                             (event_id, project_id, aid))
            self._touch(conn, project_id)
        return next(e for e in self.events(project_id) if e.id == event_id)

    def rename_event(self, project_id: int, event_id: int, name: str) -> bool:
        name = " ".join(name.split())
        if not name:
            raise WorkspaceInputError("An event needs a name: type one.")
        with self.transaction() as conn:
            clash = conn.execute("SELECT id FROM events WHERE project_id = ? AND name = ? AND id != ?",
                                 (project_id, name, event_id)).fetchone()
            if clash is not None:
                raise WorkspaceInputError(f"There is already an event named “{name}” in this project.")
            changed = conn.execute("UPDATE events SET name = ? WHERE project_id = ? AND id = ?",
                                   (name, project_id, event_id)).rowcount
        return bool(changed)

    def delete_event(self, project_id: int, event_id: int) -> bool:
        with self.transaction() as conn:
            return bool(conn.execute("DELETE FROM events WHERE project_id = ? AND id = ?",
                                     (project_id, event_id)).rowcount)

    # --- settings and lexicons --------------------------------------------------------------

    def setting(self, project_id: int, key: str, default: Any = None) -> Any:
        """A project setting (any JSON value): e.g. :data:`ACTORS` (a list of names), :data:`THRESHOLD`."""
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE project_id = ? AND key = ?", (project_id, key)).fetchone()
        return default if row is None else json.loads(row[0])

    def settings(self, project_id: int) -> dict[str, Any]:
        """Every setting of a project, by key."""
        with self._reading() as conn:
            rows = conn.execute("SELECT key, value FROM settings WHERE project_id = ? ORDER BY key", (project_id,)).fetchall()
        return {k: json.loads(v) for k, v in rows}

    def set_setting(self, project_id: int, key: str, value: Any) -> None:
        """Store a setting (``None`` removes it); the value must be plain JSON."""
        with self.transaction() as conn:
            self._require_project(conn, project_id)
            if value is None:
                conn.execute("DELETE FROM settings WHERE project_id = ? AND key = ?", (project_id, key))
            else:
                conn.execute("INSERT INTO settings(project_id, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT(project_id, key) DO UPDATE SET value = excluded.value",
                             (project_id, key, json.dumps(value, ensure_ascii=False)))
            self._touch(conn, project_id)

    def lexicons(self, project_id: int) -> list[StoredLexicon]:
        with self._reading() as conn:
            rows = conn.execute("SELECT name, content, updated FROM lexicons WHERE project_id = ? ORDER BY name",
                                (project_id,)).fetchall()
        return [StoredLexicon(*row) for row in rows]

    def save_lexicon(self, project_id: int, name: str, content: str) -> StoredLexicon:
        """Store a user lexicon (CSV or TOML text, format from ``name``'s ending) after checking
        that it reads: a malformed one raises :class:`~framing.loaded_terms.LexiconError` naming the line."""
        from ..loaded_terms import parse_user_lexicon

        parse_user_lexicon(content, name)
        now = _now()
        with self.transaction() as conn:
            self._require_project(conn, project_id)
            conn.execute("INSERT INTO lexicons(project_id, name, content, updated) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(project_id, name) DO UPDATE SET content = excluded.content, updated = excluded.updated",
                         (project_id, name, content, now))
            self._touch(conn, project_id)
        return StoredLexicon(name, content, now)

    def delete_lexicon(self, project_id: int, name: str) -> bool:
        with self.transaction() as conn:
            return bool(conn.execute("DELETE FROM lexicons WHERE project_id = ? AND name = ?",
                                     (project_id, name)).rowcount)

    # --- analysis results (see framing.workspace.results) -----------------------------------

    def result_json(self, key: tuple[str, str, str, str]) -> str | None:
        """The stored JSON of one result, keyed (article id, outlet, analyser, fingerprint)."""
        with self._reading() as conn:
            row = conn.execute("SELECT result FROM results WHERE article_id = ? AND outlet = ? AND analyser = ? "
                               "AND fingerprint = ?", key).fetchone()
        return None if row is None else str(row[0])

    def save_result_json(self, items: Iterable[tuple[tuple[str, str, str, str], str]]) -> None:
        """Store results (key, JSON text), all in one transaction."""
        now = _now()
        with self.transaction() as conn:
            conn.executemany("INSERT INTO results(article_id, outlet, analyser, fingerprint, result, created) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET result = excluded.result, "
                             "created = excluded.created", [(*key, text, now) for key, text in items])

    def delete_result(self, key: tuple[str, str, str, str]) -> bool:
        with self.transaction() as conn:
            return bool(conn.execute("DELETE FROM results WHERE article_id = ? AND outlet = ? AND analyser = ? "
                                     "AND fingerprint = ?", key).rowcount)

    def result_keys(self) -> list[tuple[str, str, str, str]]:
        with self._reading() as conn:
            return [tuple(r) for r in conn.execute(
                "SELECT article_id, outlet, analyser, fingerprint FROM results ORDER BY 1, 2, 3, 4")]

    @staticmethod
    def _prune_results(conn: sqlite3.Connection) -> None:
        """Drop results of (article, outlet) pairs no project holds any more."""
        conn.execute("DELETE FROM results WHERE NOT EXISTS (SELECT 1 FROM articles a "
                     "WHERE a.id = results.article_id AND a.outlet = results.outlet)")

    # --- checks -----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found (empty when all is well): SQLite's integrity and foreign-key checks,
        and every article's text against the hash stored with it and the id derived from it."""
        problems: list[str] = []
        with self._reading() as conn:
            problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
            for pid, aid, title, text, digest in conn.execute(
                    "SELECT project_id, id, title, text, text_sha256 FROM articles"):
                if _sha256(text.encode("utf-8")) != digest:
                    problems.append(f"project {pid}, article {aid}: its text does not match its stored hash")
                body = text[len(title) + 2:] if title else text
                if article_id(title, body) != aid:
                    problems.append(f"project {pid}, article {aid}: its id does not match its text")
        return problems


def open_workspace(location: str | os.PathLike[str] | None = None) -> Workspace:
    """Open (creating when needed) the workspace at ``location`` (see :func:`database_path`)."""
    return Workspace(location)
