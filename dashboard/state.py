"""Per-user state: the loaded articles and the log of what loaded, in ``st.session_state``.

Nothing here is module-level mutable state: every user session has its own articles. The
functions that change articles take the loader's :class:`~framing.ingest.LoadReport` and
never drop what is already loaded when an input is bad.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, MutableMapping, cast

import streamlit as st

from framing.ingest import LoadReport, Problem, load_paths
from framing.model import Article

ROOT = Path(__file__).resolve().parents[1]
#: the bundled sample event; FRAMING_SAMPLE_DIR points the app at another folder (tests)
DEFAULT_SAMPLE_DIR = ROOT / "corpus" / "kazakhstan-2022-01"

ARTICLES = "fr_articles"        # dict[id, Article], in load order
LOG = "fr_load_log"             # list[LogEntry], newest batch first
LAST_BATCH = "fr_last_batch"    # list[LogEntry] of the latest load action
LAST_KIND = "fr_last_kind"      # what the latest load action was: "sample" or "user"
SAMPLE_NOTICE = "fr_sample_notice"
SAMPLE_IDS = "fr_sample_ids"    # frozenset of the ids the sample event loaded
INITIALISED = "fr_initialised"
_NOT_ARTICLES = {"manifest.json"}
_NOT_ARTICLE_PREFIXES = ("readme", "license", "licence", "manifest")
LOG_LIMIT = 200


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
    """First run of a session: load the sample event."""
    state = _state() if state is None else state
    if state.get(INITIALISED):
        return
    state[INITIALISED] = True
    state[ARTICLES] = {}
    state[LOG] = []
    reset_to_sample(state)


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


def add_report(report: LoadReport, state: MutableMapping[str, Any] | None = None, *,
               kind: str = "user") -> list[LogEntry]:
    """Add a loader's articles (skipping duplicates of loaded ones); log and return each outcome."""
    state = _state() if state is None else state
    current: dict[str, Article] = dict(state.get(ARTICLES, {}))
    entries: list[LogEntry] = []
    sample_ids = set(state.get(SAMPLE_IDS, frozenset()))
    if kind == "user" and current and set(current) <= sample_ids and any(a.id not in current for a in report.articles):
        # the user's first new articles replace the sample event (one click brings it back); an
        # upload that is only the sample's own files, or only errors, leaves the sample as it is
        current = {}
        state[SAMPLE_IDS] = frozenset()
        state[SAMPLE_NOTICE] = None
        entries.append(LogEntry("info", "sample event", "replaced by your articles ("
                                "“Reset to the sample event” brings it back)"))
    report = report.drop_duplicates(set(current))
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
    return entries


def reset_to_sample(state: MutableMapping[str, Any] | None = None) -> list[LogEntry]:
    """Replace the loaded articles with the sample event."""
    state = _state() if state is None else state
    report, manifest = load_sample_report()
    state[ARTICLES] = {}
    state[LOG] = []
    notice = manifest.get("notice")
    state[SAMPLE_NOTICE] = str(notice) if notice else None
    state[SAMPLE_IDS] = frozenset(a.id for a in report.articles)
    return add_report(report, state, kind="sample")


def clear(state: MutableMapping[str, Any] | None = None) -> None:
    """Remove every article (start from an empty workspace)."""
    state = _state() if state is None else state
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
    current[article_id] = a.with_outlet(outlet)
    state[ARTICLES] = current
    return True


def remove(article_ids: set[str], state: MutableMapping[str, Any] | None = None) -> int:
    state = _state() if state is None else state
    current: dict[str, Article] = dict(state.get(ARTICLES, {}))
    n = len(current)
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
