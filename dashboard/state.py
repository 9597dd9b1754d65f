"""Per-user state: the loaded articles and the log of what loaded, in ``st.session_state``,
kept in the user's workspace on disk (:mod:`framing.workspace`).

Nothing here is module-level mutable state: every user session has its own articles. The
functions that change articles take the loader's :class:`~framing.ingest.LoadReport` and
never drop what is already loaded when an input is bad.

The session shows one project at a time: the bundled sample event (read-only, read from its
folder: :data:`SAMPLE_PROJECT`) or one of the user's projects in the workspace. Every change
(an import, an outlet name, a removal) is written to the workspace in one transaction before
the session shows it; a change made while the sample is open goes into a new project holding
a copy of the sample (the sample itself never changes). On a public server
(``FRAMING_PUBLIC_SERVER=1``) there is no workspace: nothing is written to disk and each
session only has its own articles. When the workspace cannot be opened or written (not a
database, locked, newer, read-only, disk full) the session goes on unsaved, with a notice
saying why (:func:`storage_notice`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, MutableMapping, Sequence, cast

import streamlit as st

from dashboard import settings
from framing.ingest import LoadReport, Problem, load_paths
from framing.model import Article
from framing.workspace import (CURRENT_PROJECT, Event, ImportItem, Project, Workspace, WorkspaceError,
                               WorkspaceInputError)

ROOT = Path(__file__).resolve().parents[1]
#: the bundled sample event; FRAMING_SAMPLE_DIR points the app at another folder (tests)
DEFAULT_SAMPLE_DIR = ROOT / "corpus" / "kazakhstan-2022-01"

ARTICLES = "fr_articles"        # dict[id, Article], in load order
LOG = "fr_load_log"             # list[LogEntry], newest batch first
LAST_BATCH = "fr_last_batch"    # list[LogEntry] of the latest load action
LAST_KIND = "fr_last_kind"      # what the latest load action was: "sample" or "user"
#: (load action number, ids of the articles the user's latest load action added): the views show
#: the event those articles belong to once, right after the load
LAST_ADDED = "fr_last_added"
SAMPLE_NOTICE = "fr_sample_notice"
SAMPLE_IDS = "fr_sample_ids"    # frozenset of the ids the sample event loaded
INITIALISED = "fr_initialised"
WORKSPACE = "fr_workspace"          # the session's open Workspace, or None (session only)
PROJECT = "fr_project"              # id of the open project; SAMPLE_PROJECT for the sample event
STORAGE_NOTICE = "fr_storage_notice"  # why this session is not saved (the workspace failed), or None
PROJECT_NOTICE = "fr_project_notice"  # what the last project change did, for the sidebar, or None
SETTINGS = "fr_settings"            # dict: the open project's settings (actor lists, thresholds, ...)
EVENTS = "fr_events"                # list[Event]: the events the user named in the open project
LEXICON = "fr_user_lexicon"         # str: the open project's user lexicon (CSV text; "" for none)
LEXICON_BOUND = "fr_user_lexicon_bound"  # dict[widget key, project id] the widget was filled for
#: the name the user lexicon is kept under in a project
LEXICON_NAME = "user-lexicon.csv"
#: the id of the read-only sample project (workspace project ids start at 1)
SAMPLE_PROJECT = 0
#: the name of the project a change to the sample goes into (numbered when taken)
NEW_PROJECT_NAME = "My project"
_NOT_ARTICLES = {"manifest.json"}
_NOT_ARTICLE_PREFIXES = ("readme", "license", "licence", "manifest")
LOG_LIMIT = 200


@dataclass(frozen=True)
class Input:
    """One input as the user gave it (for the workspace): how it came, its name, its bytes and
    what loading it gave."""

    kind: str
    name: str
    original: bytes | None
    report: LoadReport


@dataclass(frozen=True)
class LogEntry:
    """One line of the load log: ``ok`` (loaded), ``dup`` (skipped duplicate) or ``error``."""

    status: str
    source: str
    message: str

    @property
    def line(self) -> str:
        mark = {"ok": "✓", "dup": "↺", "warning": "!", "info": "ℹ"}.get(self.status, "✗")
        return f"{mark} {self.source} — {self.message}" if self.status in ("ok", "dup", "info") else f"{mark} {self.source}: {self.message}"


def sample_dir() -> Path:
    return Path(os.environ.get("FRAMING_SAMPLE_DIR") or DEFAULT_SAMPLE_DIR)


def sample_files(folder: Path) -> list[Path]:
    """The article files of a sample folder: those its manifest lists (in that order), else
    every file but the manifest, README and licence."""
    listed = [a.get("file") for a in read_manifest(folder).get("articles") or [] if isinstance(a, dict)]
    paths = [folder / f for f in listed if isinstance(f, str) and f and (folder / f).is_file()]
    if paths:
        return paths
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.name not in _NOT_ARTICLES and not p.name.lower().startswith(_NOT_ARTICLE_PREFIXES)
        and not p.name.startswith(".")
    )


def read_manifest(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_sample_report(folder: Path | None = None) -> tuple[LoadReport, dict[str, Any]]:
    """Load the sample event's articles and its manifest (``{}`` when there is none)."""
    folder = folder or sample_dir()
    if not folder.is_dir():
        return LoadReport(problems=[Problem(str(folder), "the sample event folder is missing; upload articles instead")]), {}
    report = safe_load(lambda: load_paths(sample_files(folder)), folder.name)
    return report.drop_duplicates(), read_manifest(folder)


def safe_load(fn: Callable[[], LoadReport], source: str) -> LoadReport:
    """Run a loader; an unexpected exception becomes a Problem instead of breaking the app."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - user input must never crash the app
        return LoadReport(problems=[Problem(source, f"could not be read ({type(exc).__name__}: {exc}); check the file and try again")])


# --- session state ---------------------------------------------------------------------

def _state() -> MutableMapping[str, Any]:
    return cast(MutableMapping[str, Any], st.session_state)


def init(state: MutableMapping[str, Any] | None = None) -> None:
    """First run of a session: open the workspace and the project open last time (else the sample event)."""
    state = _state() if state is None else state
    if state.get(INITIALISED):
        return
    state[INITIALISED] = True
    state[ARTICLES] = {}
    state[LOG] = []
    state[PROJECT] = SAMPLE_PROJECT
    ws = _open_workspace(state)
    last = _saved(state, lambda w: w.meta(CURRENT_PROJECT)) if ws is not None else None
    if not (last and last.isdigit() and open_project(int(last), state)):
        _show_sample(state)


# --- the workspace and projects ----------------------------------------------------------

def _open_workspace(state: MutableMapping[str, Any]) -> Workspace | None:
    state[WORKSPACE] = None
    state[STORAGE_NOTICE] = None
    if settings.session_only():
        return None
    try:
        state[WORKSPACE] = Workspace(settings.workspace_location())
    except WorkspaceError as exc:
        state[STORAGE_NOTICE] = f"{exc} Until then this session is not saved: what you load is gone when it ends."
    return cast("Workspace | None", state[WORKSPACE])


def workspace(state: MutableMapping[str, Any] | None = None) -> Workspace | None:
    """The session's workspace, or None when nothing is saved (public server, or it failed)."""
    state = _state() if state is None else state
    return cast("Workspace | None", state.get(WORKSPACE))


def storage_notice(state: MutableMapping[str, Any] | None = None) -> str | None:
    """Why this session is not being saved, when the workspace could not be opened or written."""
    state = _state() if state is None else state
    return cast("str | None", state.get(STORAGE_NOTICE))


def project_notice(state: MutableMapping[str, Any] | None = None) -> str | None:
    state = _state() if state is None else state
    return cast("str | None", state.get(PROJECT_NOTICE))


def _fall_back(state: MutableMapping[str, Any], exc: WorkspaceError) -> None:
    """The workspace failed: keep the session going unsaved, and say why."""
    state[WORKSPACE] = None
    state[STORAGE_NOTICE] = (f"{exc} From now on this session is not saved: what you change is kept only "
                             "until you close the page.")


def _saved(state: MutableMapping[str, Any], fn: Callable[[Workspace], Any]) -> Any:
    """``fn(workspace)``, or None when there is no workspace or it failed (then the session falls back)."""
    ws = workspace(state)
    if ws is None:
        return None
    try:
        return fn(ws)
    except WorkspaceError as exc:
        _fall_back(state, exc)
        return None


def current_project(state: MutableMapping[str, Any] | None = None) -> Project | None:
    """The open project, or None while the (read-only) sample event is open."""
    state = _state() if state is None else state
    pid = int(state.get(PROJECT) or SAMPLE_PROJECT)
    return None if pid == SAMPLE_PROJECT else _saved(state, lambda w: w.project(pid))


def projects(state: MutableMapping[str, Any] | None = None) -> list[Project]:
    """The user's projects, by name (none when nothing is saved)."""
    state = _state() if state is None else state
    return list(_saved(state, lambda w: w.projects()) or [])


def _load_edits(state: MutableMapping[str, Any], pid: int) -> None:
    """The open project's settings, events and lexicon into the session (empty for the sample)."""
    ws = workspace(state)
    edits = None
    if ws is not None and pid != SAMPLE_PROJECT:
        edits = _saved(state, lambda w: (w.settings(pid), w.events(pid),
                                         next((x.content for x in w.lexicons(pid) if x.name == LEXICON_NAME), "")))
    state[SETTINGS], state[EVENTS], state[LEXICON] = edits if edits is not None else ({}, [], "")


def _load_project(state: MutableMapping[str, Any], articles: Sequence[Article], pid: int) -> None:
    _load_edits(state, pid)
    sample_ids = frozenset(a.id for a in load_sample_report()[0].articles) if articles else frozenset()
    state[ARTICLES] = {a.id: a for a in articles}
    state[PROJECT] = pid
    state[SAMPLE_IDS] = sample_ids & {a.id for a in articles}
    notice = read_manifest(sample_dir()).get("notice")
    state[SAMPLE_NOTICE] = str(notice) if notice and state[SAMPLE_IDS] else None
    state[LOG] = []
    state[LAST_BATCH] = []
    state[LAST_KIND] = "project"


def open_project(project_id: int, state: MutableMapping[str, Any] | None = None) -> bool:
    """Show a project (:data:`SAMPLE_PROJECT`: the sample event) and remember it for the next start."""
    state = _state() if state is None else state
    state[PROJECT_NOTICE] = None
    if project_id == SAMPLE_PROJECT:
        _show_sample(state)
        _saved(state, lambda w: w.set_meta(CURRENT_PROJECT, None))
        return True
    articles = _saved(state, lambda w: w.articles(project_id) if w.project(project_id) else None)
    if articles is None:
        return False
    _load_project(state, articles, project_id)
    _saved(state, lambda w: w.set_meta(CURRENT_PROJECT, str(project_id)))
    return True


def create_project(name: str, state: MutableMapping[str, Any] | None = None) -> Project | None:
    """A new empty project, opened. Raises :class:`~framing.workspace.WorkspaceInputError` for a bad name."""
    state = _state() if state is None else state
    project = cast("Project | None", _saved(state, lambda w: w.create_project(name)))
    if project is not None:
        open_project(project.id, state)
        state[PROJECT_NOTICE] = f"Created the project “{project.name}”: add articles with the forms below."
    return project


def rename_project(name: str, state: MutableMapping[str, Any] | None = None) -> Project | None:
    """Rename the open project (the sample cannot be renamed)."""
    state = _state() if state is None else state
    pid = int(state.get(PROJECT) or SAMPLE_PROJECT)
    if pid == SAMPLE_PROJECT:
        return None
    return cast("Project | None", _saved(state, lambda w: w.rename_project(pid, name)))


def delete_project(state: MutableMapping[str, Any] | None = None) -> bool:
    """Delete the open project with its articles and edits, then show the sample event."""
    state = _state() if state is None else state
    pid = int(state.get(PROJECT) or SAMPLE_PROJECT)
    if pid == SAMPLE_PROJECT:
        return False
    project = current_project(state)
    if not _saved(state, lambda w: w.delete_project(pid)):
        return False
    open_project(SAMPLE_PROJECT, state)
    state[PROJECT_NOTICE] = f"Deleted the project “{project.name if project else pid}”."
    return True


def _persist(state: MutableMapping[str, Any], change: Callable[[Workspace, int], object]) -> None:
    """Write one change to the open project, in one transaction, before the session shows it.

    While the sample is open, the same transaction first creates a project holding a copy of
    the sample's articles, and the change goes there. When the write fails the session goes on
    unsaved (:func:`_fall_back`); the user's change is still applied to the session."""
    ws = workspace(state)
    if ws is None:
        return
    pid = int(state.get(PROJECT) or SAMPLE_PROJECT)
    created: Project | None = None
    gone = False
    try:
        with ws.transaction():
            if pid != SAMPLE_PROJECT and ws.project(pid) is None:  # deleted in another window
                pid, gone = SAMPLE_PROJECT, True
            if pid == SAMPLE_PROJECT:
                created = ws.create_project(ws.unique_name(NEW_PROJECT_NAME))
                copy = list(state.get(ARTICLES, {}).values())
                if copy:
                    ws.import_items(created.id, [ImportItem("sample", sample_dir().name, copy, None)])
                pid = created.id
            change(ws, pid)
            ws.set_meta(CURRENT_PROJECT, str(pid))
    except WorkspaceError as exc:
        _fall_back(state, exc)
        return
    except WorkspaceInputError as exc:  # the change does not fit what is saved: say so, keep the session's
        state[PROJECT_NOTICE] = f"{exc} The change is shown here but not saved."
        return
    state[PROJECT] = pid
    if created is not None and gone:
        state[PROJECT_NOTICE] = (f"The project you had open was deleted in another window, so your work went "
                                 f"into a new project, “{created.name}”.")
    elif created is not None:
        if state.get(ARTICLES):
            state[PROJECT_NOTICE] = (f"The sample event is read-only, so your change went into a new project, "
                                     f"“{created.name}”, with a copy of the sample. Rename it under Project.")
        else:  # the user's first articles replaced the sample: the project holds only them
            state[PROJECT_NOTICE] = f"Your articles are saved in a new project, “{created.name}”. Rename it under Project."


def articles(state: MutableMapping[str, Any] | None = None) -> list[Article]:
    state = _state() if state is None else state
    return list(state.get(ARTICLES, {}).values())


def article_ids(state: MutableMapping[str, Any] | None = None) -> set[str]:
    state = _state() if state is None else state
    return set(state.get(ARTICLES, {}))


def log(state: MutableMapping[str, Any] | None = None) -> list[LogEntry]:
    """Every load outcome of this session, newest first."""
    state = _state() if state is None else state
    return list(state.get(LOG, []))


def last_batch(state: MutableMapping[str, Any] | None = None) -> list[LogEntry]:
    """The outcomes of the latest load action (upload, paste, URL, reset)."""
    state = _state() if state is None else state
    return list(state.get(LAST_BATCH, []))


def last_batch_was_sample(state: MutableMapping[str, Any] | None = None) -> bool:
    state = _state() if state is None else state
    return state.get(LAST_KIND) == "sample"


def display_source(source: str) -> str:
    """A file's name without its folder (``/x/y/a.csv row 3`` -> ``a.csv row 3``)."""
    if source.startswith("/") or (len(source) > 2 and source[1] == ":" and source[2] in "\\/"):
        return Path(source).name
    return source


def _headline(a: Article) -> str:
    title = a.title or "(no headline)"
    return title if len(title) <= 90 else title[:89] + "…"


def add_inputs(inputs: Sequence[Input], state: MutableMapping[str, Any] | None = None) -> list[LogEntry]:
    """Add what several inputs loaded (one upload of many files), saved as one import."""
    report = LoadReport()
    for item in inputs:
        report.extend(item.report)
    return add_report(report, state, inputs=inputs)


def _import_items(articles: Sequence[Article], inputs: Sequence[Input] | None) -> list[ImportItem]:
    """The workspace's record of the inputs that gave ``articles`` (each article under the input it came from)."""
    wanted = {a.id: a for a in articles}
    items: list[ImportItem] = []
    for item in inputs or []:
        mine = [wanted.pop(a.id) for a in item.report.articles if a.id in wanted]
        items.append(ImportItem(item.kind, item.name, mine, item.original))
    if wanted:
        rest = list(wanted.values())
        sources = list(dict.fromkeys(a.source for a in rest if a.source))
        kind = "url" if sources and all(s.lower().startswith(("http://", "https://")) for s in sources) else "added"
        items.append(ImportItem(kind, ", ".join(sources)[:500] or "articles", rest, None))
    return items


def add_report(report: LoadReport, state: MutableMapping[str, Any] | None = None, *,
               kind: str = "user", inputs: Sequence[Input] | None = None) -> list[LogEntry]:
    """Add a loader's articles (skipping duplicates of loaded ones); log and return each outcome.

    The user's articles (``kind="user"``) are saved in the open project first (with the
    ``inputs`` they came from, original bytes included, when given)."""
    state = _state() if state is None else state
    current: dict[str, Article] = dict(state.get(ARTICLES, {}))
    entries: list[LogEntry] = []
    sample_ids = set(state.get(SAMPLE_IDS, frozenset()))
    if kind == "user" and current and set(current) <= sample_ids and any(a.id not in current for a in report.articles):
        # the user's first new articles replace the sample event (one click brings it back); an
        # upload that is only the sample's own files, or only errors, leaves the sample as it is
        current = {}
        state[ARTICLES] = {}  # so the new project the upload is saved in holds no copy of the sample
        state[SAMPLE_IDS] = frozenset()
        state[SAMPLE_NOTICE] = None
        state[LOG] = []  # the log tells what is loaded: the sample's lines go with it
        entries.append(LogEntry("info", "sample event", "replaced by your articles ("
                                "“Reset to the sample event” brings it back)"))
    report = report.drop_duplicates(set(current))
    if kind == "user" and report.articles:
        items = _import_items(report.articles, inputs)
        _persist(state, lambda ws, pid: ws.import_items(pid, items))
    for a in report.articles:
        current[a.id] = a
        entries.append(LogEntry("ok", display_source(a.source) or "article", f"{a.outlet} — {_headline(a)}"))
    for p in report.problems:
        status = "dup" if p.kind == "duplicate" else ("warning" if p.kind == "warning" else "error")
        entries.append(LogEntry(status, display_source(p.source), p.message))
    state[ARTICLES] = current
    state[LOG] = (entries + list(state.get(LOG, [])))[:LOG_LIMIT]
    state[LAST_BATCH] = entries
    state[LAST_KIND] = kind
    if kind == "user" and report.articles:
        number = int((state.get(LAST_ADDED) or (0, ()))[0]) + 1
        state[LAST_ADDED] = (number, tuple(a.id for a in report.articles))
    return entries


def last_added(state: MutableMapping[str, Any] | None = None) -> tuple[int, tuple[str, ...]]:
    """(number of the user's latest load action that added articles, their ids); (0, ()) before any."""
    state = _state() if state is None else state
    got = state.get(LAST_ADDED)
    return (int(got[0]), tuple(got[1])) if got else (0, ())


def reset_to_sample(state: MutableMapping[str, Any] | None = None) -> list[LogEntry]:
    """Show the sample event: open its read-only project (the user's projects stay as they are);
    with nothing saved, replace the loaded articles with it."""
    state = _state() if state is None else state
    had_project = int(state.get(PROJECT) or SAMPLE_PROJECT) != SAMPLE_PROJECT
    entries = _show_sample(state)
    state[PROJECT_NOTICE] = None
    if workspace(state) is not None:
        _saved(state, lambda w: w.set_meta(CURRENT_PROJECT, None))
        if had_project:
            state[PROJECT_NOTICE] = "Showing the sample event (read-only). Your projects are kept: pick one under Project."
    return entries


def _show_sample(state: MutableMapping[str, Any]) -> list[LogEntry]:
    state[PROJECT] = SAMPLE_PROJECT
    _load_edits(state, SAMPLE_PROJECT)
    report, manifest = load_sample_report()
    state[ARTICLES] = {}
    state[LOG] = []
    notice = manifest.get("notice")
    state[SAMPLE_NOTICE] = str(notice) if notice else None
    state[SAMPLE_IDS] = frozenset(a.id for a in report.articles)
    return add_report(report, state, kind="sample")


def clear(state: MutableMapping[str, Any] | None = None) -> None:
    """Remove every article of the open project (start empty; on the sample: in a new project)."""
    state = _state() if state is None else state
    _persist(state, lambda ws, pid: ws.clear_articles(pid))
    state[ARTICLES] = {}
    state[LOG] = []
    state[LAST_BATCH] = []
    state[SAMPLE_IDS] = frozenset()
    state[SAMPLE_NOTICE] = None


def set_outlet(article_id: str, outlet: str, state: MutableMapping[str, Any] | None = None) -> bool:
    """Correct an article's outlet name; returns whether anything changed."""
    state = _state() if state is None else state
    current: dict[str, Article] = dict(state.get(ARTICLES, {}))
    a = current.get(article_id)
    if a is None or not outlet.strip() or outlet.strip() == a.outlet:
        return False
    _persist(state, lambda ws, pid: ws.rename_outlet(pid, article_id, outlet))
    current[article_id] = a.with_outlet(outlet)
    state[ARTICLES] = current
    return True


def remove(article_ids: set[str], state: MutableMapping[str, Any] | None = None) -> int:
    state = _state() if state is None else state
    current: dict[str, Article] = dict(state.get(ARTICLES, {}))
    n = len(current)
    if article_ids & set(current):
        _persist(state, lambda ws, pid: ws.remove_articles(pid, sorted(article_ids & set(current))))
    state[ARTICLES] = {k: v for k, v in current.items() if k not in article_ids}
    return n - len(state[ARTICLES])


def sample_count(state: MutableMapping[str, Any] | None = None) -> int:
    """How many of the loaded articles are the sample event's (uploads add to them, the
    outlet editor can remove them)."""
    state = _state() if state is None else state
    return len(state.get(SAMPLE_IDS, frozenset()) & article_ids(state))


def sample_ids(state: MutableMapping[str, Any] | None = None) -> frozenset[str]:
    """The ids of the sample event's articles (project data: their analyses may be kept on disk)."""
    state = _state() if state is None else state
    return frozenset(state.get(SAMPLE_IDS, frozenset()))


def sample_notice(state: MutableMapping[str, Any] | None = None) -> str | None:
    """The sample's notice, while any of its articles is loaded."""
    state = _state() if state is None else state
    return state.get(SAMPLE_NOTICE) if sample_count(state) else None


# --- the user's other edits: settings, events, the user lexicon ---------------------------
# Each is saved in the open project like an outlet name (on the sample: in a new project with a
# copy of it); with nothing saved it lives in the session.

def setting(key: str, default: Any = None, state: MutableMapping[str, Any] | None = None) -> Any:
    """A setting of the open project (``framing.workspace.ACTORS``, ``THRESHOLD``, ... : JSON values)."""
    state = _state() if state is None else state
    return dict(state.get(SETTINGS) or {}).get(key, default)


def set_setting(key: str, value: Any, state: MutableMapping[str, Any] | None = None) -> None:
    """Change a setting of the open project (``None`` removes it)."""
    state = _state() if state is None else state
    current = dict(state.get(SETTINGS) or {})
    if current.get(key) == value:
        return
    _persist(state, lambda ws, pid: ws.set_setting(pid, key, value))
    if value is None:
        current.pop(key, None)
    else:
        current[key] = value
    state[SETTINGS] = current


def events(state: MutableMapping[str, Any] | None = None) -> list[Event]:
    """The events the user named in the open project, with their articles."""
    state = _state() if state is None else state
    return list(state.get(EVENTS) or [])


def save_event(name: str, members: Sequence[str], state: MutableMapping[str, Any] | None = None) -> None:
    """Name an event and set its articles (they leave any other event). Raises
    :class:`~framing.workspace.WorkspaceInputError` for an empty name."""
    state = _state() if state is None else state
    name = " ".join(name.split())
    if not name:
        raise WorkspaceInputError("An event needs a name: type one.")
    loaded = article_ids(state)
    ids = tuple(dict.fromkeys(i for i in members if i in loaded))
    _persist(state, lambda ws, pid: ws.save_event(pid, name, ids))
    saved = _saved(state, lambda w: w.events(int(state[PROJECT]))) if int(state.get(PROJECT) or 0) else None
    if saved is not None:
        state[EVENTS] = saved
        return
    others = [Event(e.id, e.name, tuple(a for a in e.article_ids if a not in ids)) for e in events(state) if e.name != name]
    state[EVENTS] = others + [Event(len(others) + 1, name, ids)]


def user_lexicon(state: MutableMapping[str, Any] | None = None) -> str:
    """The open project's user lexicon (CSV text), "" when it has none."""
    state = _state() if state is None else state
    return str(state.get(LEXICON) or "")


def save_user_lexicon(text: str, state: MutableMapping[str, Any] | None = None) -> None:
    """Keep the user lexicon (checked first: a malformed one raises
    :class:`~framing.loaded_terms.LexiconError`); empty text removes it."""
    state = _state() if state is None else state
    text = text if text.strip() else ""
    if text == user_lexicon(state):
        return
    if text:
        from framing.loaded_terms import parse_user_lexicon

        parse_user_lexicon(text, LEXICON_NAME)
        _persist(state, lambda ws, pid: ws.save_lexicon(pid, LEXICON_NAME, text))
    else:
        _persist(state, lambda ws, pid: ws.delete_lexicon(pid, LEXICON_NAME))
    state[LEXICON] = text


def bind_lexicon_text(key: str, state: MutableMapping[str, Any] | None = None) -> None:
    """Before a lexicon text widget with ``key`` is drawn: fill it with the open project's lexicon
    whenever the project changed since it was filled (the user's typing is left alone otherwise)."""
    state = _state() if state is None else state
    bound: dict[str, int] = dict(state.get(LEXICON_BOUND) or {})
    pid = int(state.get(PROJECT) or SAMPLE_PROJECT)
    if bound.get(key) != pid:
        state[key] = user_lexicon(state)
        bound[key] = pid
        state[LEXICON_BOUND] = bound
