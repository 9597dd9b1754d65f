"""Analysis for the dashboard, cached per article and analyser version.

``st.cache_data`` is shared by every session, so it is bounded (``max_entries``) and keyed
by the article id (a hash of its text) plus the analysers' fingerprints: a user only ever
gets back the analysis of exactly the text they loaded. The cached value is the JSON dict
of :meth:`ArticleAnalysis.to_json` (plain data); :func:`analyse` rebuilds result objects
and puts the session's own :class:`Article` (with its corrected outlet name) back in.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Sequence

import streamlit as st

from dashboard import state
from dashboard.text import md_escape
from framing.analysers import default_analysers
from framing.analysers.base import cache_fingerprints
import framing.analysis as framing_analysis
from framing.analysis import AnalysisFailure, ArticleAnalysis, analyse_articles
from framing.batch.engines import WARM_UP_TEXT
from framing.charts.theme import outlet_colours
from framing.model import Article
from framing.nlp import load_pipeline
from framing.workspace import ResultStore, Workspace, WorkspaceError

#: shared by every session: keep it small (an analysis is ~100x its text in JSON)
CACHE_ENTRIES = 200


#: seconds an analysis waits for a running warm-up to finish (it loads what the analysis needs)
WARM_UP_WAIT = 120.0
#: the text the warm-up analyses (written for it; never shown, never cached)
WARM_UP_TITLE = "Council opens the new bridge"
WARM_UP_BODY = WARM_UP_TEXT  # the one the batch workers analyse when they start
#: held while the pipeline loads, so the warm-up thread and a session never load it twice at once
_PIPELINE_LOCK = threading.Lock()
_WARMED = threading.Event()        # the warm-up thread was started
_WARM_BUSY = threading.Event()     # ... is loading (a session that analyses now waits for it: the
                                   # loaders are cached but not locked, and two threads running them
                                   # at once would load everything twice)
_WARM_DONE = threading.Event()     # ... has finished, or will not run (a session analysed first)
_WARM_STATE = threading.Lock()


@st.cache_resource(show_spinner="Loading the English language model…")
def pipeline() -> Any:
    """The spaCy pipeline, loaded once per process (read-only, shared)."""
    with _PIPELINE_LOCK:
        return load_pipeline()


def warm_up(delay: float = 0.5) -> None:
    """Once per server process, after the first page: load in a background thread what the first
    page did not need (the spaCy pipeline and analysers, scikit-learn for comparisons), so the
    first upload or comparison does not wait for them. ``delay``: seconds to leave the server to
    send the page first (the browser draws it on the other core; an upload right after the first
    page, as the benchmark makes, otherwise paid these loads itself: the first page no longer does)."""
    if _WARMED.is_set():
        return
    _WARMED.set()

    def run() -> None:
        time.sleep(delay)
        with _WARM_STATE:
            if _WARM_DONE.is_set():  # a session started analysing first: it loads what it needs
                return
            _WARM_BUSY.set()
        try:
            _load_everything()
        except Exception:  # noqa: BLE001 - a warm-up only: the session loads what it needs itself
            pass
        finally:
            _WARM_DONE.set()

    threading.Thread(target=run, name="framing-warm-up", daemon=True).start()


def _load_everything() -> None:
    """What a first upload or comparison needs: the spaCy pipeline, every analyser's data (one short
    text of our own through them: their lexicons, models and word lists, the syllable dictionary
    taking seconds) and scikit-learn for the comparisons."""
    with _PIPELINE_LOCK:
        load_pipeline()
    framing_analysis.analyse_articles([Article.create(title=WARM_UP_TITLE, body=WARM_UP_BODY, outlet="Warm-up")])
    import sklearn.feature_extraction.text  # noqa: F401 - the comparison's TF-IDF
    import framing.compare.events  # noqa: F401


def prepare_server(sample: Sequence[Article] = ()) -> None:
    """Before the server answers anyone (``dashboard/serve.py``'s start-up): load everything
    :func:`warm_up` would load after the first page, and decode the analyses of ``sample`` (the
    bundled event's articles) kept on disk, analysing and keeping those not there yet, so the first
    page computes and decodes nothing. The background warm-up then has nothing left to do."""
    with _WARM_STATE:
        _WARMED.set()
        _WARM_BUSY.set()
    try:
        _load_everything()
    finally:
        _WARM_DONE.set()
    fp = analysers_fingerprint()
    missing = []
    for a in sample:
        stored = _read_disk(a, fp)
        if stored is not None:
            _remember_ready(a, fp, stored, ArticleAnalysis.from_json(stored))
        else:
            missing.append(a)
    fresh: dict[str, ArticleAnalysis] = {}
    for start in range(0, len(missing), BATCH):  # not on disk yet (a first server): analysed and kept
        chunk = missing[start:start + BATCH]
        for a, value in zip(chunk, _analyse_batch(chunk, fresh)):
            _write_disk(a, fp, value)
            if a.id in fresh:
                _remember_ready(a, fp, value, fresh[a.id])


#: worker processes that analyse uploads beside this one (``FRAMING_DASHBOARD_WORKERS``; default:
#: the cores when there are two or more). Started by :func:`start_workers` (``dashboard/serve.py``'s
#: start-up); without them (``streamlit run dashboard/app.py``, tests) everything is analysed here.
WORKERS_ENV = "FRAMING_DASHBOARD_WORKERS"
#: fewer new articles than this are analysed in this process (a pool round trip would cost more)
POOL_MIN = 4
#: articles per task sent to a worker (small: the last tasks of a batch end close together)
POOL_CHUNK = 2
_POOL: Any = None
_POOL_LOCK = threading.Lock()


def worker_count() -> int:
    """How many worker processes to start: ``FRAMING_DASHBOARD_WORKERS`` if set (0: none), else the
    cores this process may use when there are at least two, else none."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            return 0
    from framing.batch.engines import default_workers

    cores = default_workers()
    return cores if cores >= 2 else 0


def start_workers(workers: int | None = None) -> int:
    """Start the worker processes (each loads the language model once, in the background);
    returns how many. A failure leaves the analysis in this process."""
    global _POOL
    workers = worker_count() if workers is None else workers
    if workers < 1:
        return 0
    with _POOL_LOCK:
        if _POOL is None:
            try:
                from framing.batch.engines import AnalysisSettings, ProcessEngine

                _POOL = ProcessEngine(AnalysisSettings(), workers)
            except Exception:  # noqa: BLE001 - no pool: analysed here
                _POOL = None
                return 0
        return int(_POOL.workers)


def wait_for_workers(timeout: float = 120.0) -> bool:
    """Wait until the worker processes have loaded what they need (a server's start-up: they
    would otherwise load on the first page's cores); True when there are none or they are ready."""
    with _POOL_LOCK:
        pool = _POOL
    return True if pool is None else bool(pool.wait_ready(timeout))


def stop_workers() -> None:
    global _POOL
    with _POOL_LOCK:
        pool, _POOL = _POOL, None
    if pool is not None:
        pool.close(wait=False)


def _pool_batches(articles: Sequence[Article], workspace: Workspace | None,
                  on_done: Any = None) -> list[dict[str, Any]] | None:
    """Analyses of ``articles`` as JSON by the worker processes, in order (a failure as
    ``{FAILED: message}``), kept in ``workspace`` like :func:`_analyse_batch` keeps them;
    ``on_done(n)`` after each task with the articles done so far. None when there are no workers or
    they failed (the caller analyses here instead)."""
    with _POOL_LOCK:
        pool = _POOL
    if pool is None:
        return None
    chunks = [list(articles[i:i + POOL_CHUNK]) for i in range(0, len(articles), POOL_CHUNK)]
    values: dict[str, dict[str, Any]] = {}
    reasons: dict[str, str] = {}
    done = 0
    try:
        for result in pool.map_window(list(enumerate(chunks)), window=2 * pool.workers):
            for article_id, line in result.lines:
                values[article_id] = json.loads(line)
            reasons.update(dict(result.failed))
            done += len(result.lines) + len(result.failed)
            if on_done is not None:
                on_done(done)
    except Exception:  # noqa: BLE001 - a broken pool (a worker killed): analysed here from now on
        stop_workers()
        return None
    if workspace is not None:
        try:
            store = ResultStore(workspace)
            for value in values.values():
                store.put_article_json(value)
            store.flush()
        except WorkspaceError:
            pass  # not kept on disk this time; the analysis itself is fine
    return [values[a.id] if a.id in values else {FAILED: reasons.get(a.id, "the analysis gave no result")}
            for a in articles]


def _stored_in(workspace: Workspace | None, articles: Sequence[Article], fp_by_name: dict[str, str]) -> set[str]:
    """Ids of ``articles`` whose every result the workspace already holds (read, not analysed)."""
    if workspace is None:
        return set()
    try:
        store = ResultStore(workspace)
        return {a.id for a in articles if all((a.id, a.outlet, name, fp) in store for name, fp in fp_by_name.items())}
    except WorkspaceError:
        return set()


def analysers_fingerprint() -> str:
    """Every default analyser's fingerprint, one string (the cache keys' part that changes with the
    analysers). Kept per set of analyser objects: the defaults are built once per process and never
    change, and hashing the lexicon on every call cost a tenth of a first page."""
    analysers = default_analysers()
    key = tuple(id(a) for a in analysers)
    known = _FINGERPRINTS.get(key)
    if known is None:
        known = _FINGERPRINTS[key] = "|".join(f"{a.name}={a.fingerprint()}" for a in analysers)
    return known


_FINGERPRINTS: dict[tuple[int, ...], str] = {}


#: the key of a cached analysis that failed: its message (a failure is cached like a result,
#: so a rerun does not repeat an analysis that ran out of time or memory)
FAILED = "__failed__"
#: articles analysed together (one spaCy batch) between two updates of the progress bar
BATCH = 4
#: analyses this process has put in the cache: (article id, outlet, fingerprint). A hint only
#: (hashes, no user text): it lets a batch skip articles already cached; a wrong hint costs time,
#: never a wrong result, since every value is then read through the cache itself.
_CACHED: set[tuple[str, str, str]] = set()
_CACHED_LIMIT = 4 * CACHE_ENTRIES
#: analyses this process has decoded, shared by every session like the cache above (same keys:
#: a session only gets back the analysis of exactly the text it loaded): (article id, outlet,
#: fingerprint) -> (the JSON, the decoded results). A session gets its own :class:`ArticleAnalysis`
#: and JSON dict around them (with its own article), so decoding an article's JSON is done once
#: per process, not once per session; the result objects inside are never changed by a view.
_READY: "collections.OrderedDict[tuple[str, str, str], tuple[dict[str, Any], ArticleAnalysis]]" = \
    collections.OrderedDict()
_READY_LOCK = threading.Lock()


def _remember_ready(a: Article, fp: str, data: dict[str, Any], analysis: ArticleAnalysis) -> None:
    if FAILED in data:
        return
    with _READY_LOCK:
        _READY[(a.id, a.outlet, fp)] = (data, analysis)
        _READY.move_to_end((a.id, a.outlet, fp))
        while len(_READY) > CACHE_ENTRIES:
            _READY.popitem(last=False)


def _ready(a: Article, fp: str) -> tuple[dict[str, Any], ArticleAnalysis] | None:
    """This session's own JSON row and analysis of ``a``, from what this process decoded before."""
    with _READY_LOCK:
        hit = _READY.get((a.id, a.outlet, fp))
    if hit is None:
        return None
    data = dict(hit[0])
    for k in ("outlet", "title", "url", "published", "byline", "source"):
        data[k] = getattr(a, k)
    return data, ArticleAnalysis(a, dict(hit[1].results))


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def _analysis_json(article_id: str, outlet: str, fingerprint: str, _article: Article,
                   _computed: dict[str, Any] | None = None) -> dict[str, Any]:
    """One article's analysis as JSON, or ``{FAILED: message}``; ``_article`` is not hashed (its id
    and outlet stand for it: the outlet is part of the key because attribution reads it, e.g. an
    outlet citing itself). ``_computed``: the value, when a batch has just computed it."""
    if _computed is not None:
        return _computed
    return _analyse_batch([_article], workspace=state.workspace())[0]


def _analyse_batch(articles: Sequence[Article], fresh: dict[str, ArticleAnalysis] | None = None,
                   workspace: Workspace | None = None) -> list[dict[str, Any]]:
    """Analyses of ``articles`` (one spaCy batch) as JSON, a failure as ``{FAILED: message}``;
    ``fresh`` receives the analysis objects themselves (so this run need not decode the JSON).
    With a ``workspace``, results are read from and written to it (keyed by article, outlet and
    analyser fingerprint), so after a restart an unchanged article is not parsed again."""
    failures: list[AnalysisFailure] = []
    store = ResultStore(workspace) if workspace is not None else None
    try:
        try:
            analyses = analyse_articles(list(articles), cache=store, failures=failures)
        except WorkspaceError:  # the workspace failed: analyse without it (the session says so elsewhere)
            store, failures = None, []
            analyses = analyse_articles(list(articles), failures=failures)
    except Exception as exc:  # noqa: BLE001 - remembered and shown as a message, never a traceback
        return [{FAILED: f"{type(exc).__name__}: {exc}"} for _ in articles]
    if store is not None:
        try:
            store.flush()
        except WorkspaceError:
            pass  # not kept on disk this time; the analysis itself is fine
    done = {x.article.id: x for x in analyses}
    if fresh is not None:
        fresh.update(done)
    failed = {f.article.id: f.message for f in failures}
    return [done[a.id].to_json() if a.id in done else {FAILED: failed.get(a.id, "the analysis gave no result")}
            for a in articles]


@dataclass
class AnalysedSet:
    """What every view gets: the articles shown, their analyses and JSON rows.

    ``colours``: outlet -> colour for every loaded outlet (the same on every page); ``event``:
    the chosen event when the loaded articles were grouped (the views show its articles);
    ``loaded``: how many articles are loaded in all; ``blind``: outlet letters in blind mode."""

    articles: list[Article]
    analyses: list[ArticleAnalysis]
    rows: list[dict[str, Any]] = field(default_factory=list)
    colours: dict[str, str] = field(default_factory=dict)
    event: Any = None
    loaded: int = 0
    blind: bool = False

    def by_id(self, article_id: str) -> ArticleAnalysis | None:
        return next((x for x in self.analyses if x.article.id == article_id), None)

    def row(self, article_id: str) -> dict[str, Any] | None:
        return next((r for r in self.rows if r.get("id") == article_id), None)

    def subset(self, article_ids: Sequence[str], event: Any = None) -> "AnalysedSet":
        keep = set(article_ids)
        return AnalysedSet([a for a in self.articles if a.id in keep],
                           [x for x in self.analyses if x.article.id in keep],
                           [r for r in self.rows if r.get("id") in keep],
                           dict(self.colours), event, self.loaded or len(self.articles), self.blind)


#: this session's last analysed set, reused while the loaded articles are the same (a rerun then
#: rebuilds nothing: no cache copy, no JSON decoding)
SESSION_SET = "fr_analysed_set"


def _label(a: Article) -> str:
    title = a.title or a.source or "an article"
    return title if len(title) <= 60 else title[:59] + "…"


def disk_cache_dir() -> Path:
    """Where analyses of the bundled sample are kept between server runs (``FRAMING_CACHE_DIR``,
    default ``~/.cache/framing/dashboard``). Only project data goes there, never a user's upload."""
    return Path(os.environ.get("FRAMING_CACHE_DIR") or Path.home() / ".cache" / "framing" / "dashboard")


def _disk_path(a: Article, fp: str) -> Path:
    digest = hashlib.sha256(f"{a.id}|{a.outlet}|{fp}".encode("utf-8")).hexdigest()[:40]
    return disk_cache_dir() / f"{digest}.json"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of framing's code and data files: a result kept on disk that is not an analyser's
    (an event's comparison) is read back only while the code that made it is the same."""
    package = Path(__file__).resolve().parents[1] / "framing"
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".toml", ".json", ".csv",
                                                                                    ".txt")):
        digest.update(str(path.relative_to(package)).encode("utf-8"))
        try:
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:20]


def read_disk_value(key: str) -> dict[str, Any] | None:
    """A JSON object kept on disk under ``key`` (project data only: the sample's), or None."""
    path = disk_cache_dir() / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("value"), dict) else None


def write_disk_value(key: str, value: dict[str, Any]) -> None:
    """Keep ``value`` on disk under ``key`` (a read-only home: not kept, nothing else)."""
    path = disk_cache_dir() / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": key, "value": value}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def _read_disk(a: Article, fp: str) -> dict[str, Any] | None:
    try:
        data = json.loads(_disk_path(a, fp).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("id") == a.id and FAILED not in data else None


def _write_disk(a: Article, fp: str, value: dict[str, Any]) -> None:
    if FAILED in value:
        return
    path = _disk_path(a, fp)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:  # a read-only home: the sample is analysed again next time, nothing else
        pass


def analyse(articles: Sequence[Article], *, hide_names: bool = False,
            persist: Collection[str] = ()) -> AnalysedSet:
    """Analyse the articles (cached), with a progress bar naming each article while anything is
    computed. ``hide_names``: the progress bar says "article 3" instead of the headline (blind mode).
    ``persist``: ids of articles whose analyses are also kept on disk (the bundled sample's, so a
    new server opens on it without loading the language model)."""
    articles = list(articles)
    fp = analysers_fingerprint()
    key = (tuple((a.id, a.outlet) for a in articles), fp)
    kept = st.session_state.get(SESSION_SET)
    if kept is not None and kept[0] == key:
        result: AnalysedSet = kept[1]
        _show_failures(kept[2])
        return result
    ready = {a.id: hit for a in articles if (hit := _ready(a, fp)) is not None}
    todo = [a for a in articles if a.id not in ready and (a.id, a.outlet, fp) not in _CACHED]
    for a in [a for a in todo if a.id in persist]:
        stored = _read_disk(a, fp)
        if stored is not None:
            _analysis_json(a.id, a.outlet, fp, a, stored)
            _CACHED.add((a.id, a.outlet, fp))
    todo = [a for a in todo if (a.id, a.outlet, fp) not in _CACHED]
    fresh: dict[str, ArticleAnalysis] = {}
    if todo:
        with _WARM_STATE:
            busy = _WARM_BUSY.is_set()
            if not busy:
                _WARM_DONE.set()  # a warm-up not begun yet will not run
        if busy:
            _WARM_DONE.wait(timeout=WARM_UP_WAIT)
        pipeline()
        progress = st.progress(0.0, text=f"Analysing {len(todo)} article{'s' if len(todo) != 1 else ''}…")
        workspace = state.workspace()
        pooled = [a for a in todo if a.id not in _stored_in(workspace, todo, cache_fingerprints(default_analysers()))
                  ] if _POOL is not None else []
        if len(pooled) >= POOL_MIN:
            def advance(n: int) -> None:
                progress.progress(min(1.0, n / len(todo)), text=f"Analysing {len(pooled)} articles in "
                                                                f"{_POOL.workers if _POOL else 1} processes ({n} of "
                                                                f"{len(pooled)} done)…")

            values = _pool_batches(pooled, workspace, advance)
            if values is not None:
                for a, value in zip(pooled, values):
                    _keep(a, fp, value, a.id in persist)
                todo = [a for a in todo if (a.id, a.outlet, fp) not in _CACHED]
        for start in range(0, len(todo), BATCH):
            chunk = todo[start:start + BATCH]
            first = f"article {articles.index(chunk[0]) + 1}" if hide_names else f"“{_label(chunk[0])}”"
            more = f" and {len(chunk) - 1} more" if len(chunk) > 1 else ""
            progress.progress(start / len(todo), text=f"Analysing {first}{more} ({start + 1}–{start + len(chunk)} "
                                                      f"of {len(todo)})…")
            for a, value in zip(chunk, _analyse_batch(chunk, fresh, workspace)):
                _keep(a, fp, value, a.id in persist)
        progress.empty()
    analyses: list[ArticleAnalysis] = []
    rows: list[dict[str, Any]] = []
    failed: list[tuple[str, str]] = []
    for a in articles:
        if a.id in ready:
            data, analysis = ready[a.id]
            analyses.append(analysis)
            rows.append(data)
            continue
        data = dict(_analysis_json(a.id, a.outlet, fp, a))
        _CACHED.add((a.id, a.outlet, fp))
        if FAILED in data:
            failed.append((_label(a) if not hide_names else f"article {articles.index(a) + 1}", str(data[FAILED])))
            continue
        for k in ("outlet", "title", "url", "published", "byline", "source"):
            data[k] = getattr(a, k)
        analysis = fresh.get(a.id) or ArticleAnalysis.from_json(data)
        _remember_ready(a, fp, dict(data), ArticleAnalysis(a, dict(analysis.results)))
        analysis.article = a
        analyses.append(analysis)
        rows.append(data)
    bad = {a.id for a in articles} - {x.article.id for x in analyses}
    shown = [a for a in articles if a.id not in bad]
    result = AnalysedSet(shown, analyses, rows, outlet_colours(a.outlet for a in articles), None, len(articles))
    st.session_state[SESSION_SET] = (key, result, failed)
    _show_failures(failed)
    return result


def _keep(a: Article, fp: str, value: dict[str, Any], on_disk: bool) -> None:
    """A just-computed analysis (or failure) into the shared cache, and on disk when it is the sample's."""
    _analysis_json(a.id, a.outlet, fp, a, value)
    if on_disk:
        _write_disk(a, fp, value)
    if len(_CACHED) > _CACHED_LIMIT:
        _CACHED.clear()
    _CACHED.add((a.id, a.outlet, fp))


def _show_failures(failed: Sequence[tuple[str, str]]) -> None:
    for name, message in failed:
        st.error(f"Could not analyse “{md_escape(name)}”: {md_escape(message)}. It is left out of the views; "
                 "remove it or load it again.")
