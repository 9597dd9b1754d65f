"""Analysis for the dashboard, cached per article and analyser version.

``st.cache_data`` is shared by every session, so it is bounded (``max_entries``) and keyed
by the article id (a hash of its text) plus the analysers' fingerprints: a user only ever
gets back the analysis of exactly the text they loaded. The cached value is the JSON dict
of :meth:`ArticleAnalysis.to_json` (plain data); :func:`analyse` rebuilds result objects
and puts the session's own :class:`Article` (with its corrected outlet name) back in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import streamlit as st

from dashboard import state
from dashboard.text import md_escape
from framing.analysers import default_analysers
from framing.analysis import AnalysisFailure, ArticleAnalysis, analyse_articles
from framing.model import Article
from framing.nlp import load_pipeline
from framing.workspace import ResultStore, Workspace, WorkspaceError

#: shared by every session: keep it small (an analysis is ~100x its text in JSON)
CACHE_ENTRIES = 200


@st.cache_resource(show_spinner="Loading the English language model…")
def pipeline() -> Any:
    """The spaCy pipeline, loaded once per process (read-only, shared)."""
    return load_pipeline()


def analysers_fingerprint() -> str:
    return "|".join(f"{a.name}={a.fingerprint()}" for a in default_analysers())


#: the key of a cached analysis that failed: its message (a failure is cached like a result,
#: so a rerun does not repeat an analysis that ran out of time or memory)
FAILED = "__failed__"


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def _analysis_json(article_id: str, outlet: str, fingerprint: str, _article: Article,
                   _workspace: Workspace | None = None) -> dict[str, Any]:
    """One article's analysis as JSON, or ``{FAILED: message}``; ``_article`` is not hashed (its id
    and outlet stand for it: the outlet is part of the key because attribution reads it, e.g. an
    outlet citing itself). With a ``_workspace``, results are read from and written to it (keyed
    the same way, by analyser fingerprint), so after a restart an unchanged article is not parsed again."""
    failures: list[AnalysisFailure] = []
    store = ResultStore(_workspace) if _workspace is not None else None
    try:
        try:
            analyses = analyse_articles([_article], cache=store, failures=failures)
        except WorkspaceError:  # the workspace failed: analyse without it (the session says so elsewhere)
            store, failures = None, []
            analyses = analyse_articles([_article], failures=failures)
    except Exception as exc:  # noqa: BLE001 - remembered and shown as a message, never a traceback
        return {FAILED: f"{type(exc).__name__}: {exc}"}
    if store is not None:
        try:
            store.flush()
        except WorkspaceError:
            pass  # not kept on disk this time; the analysis itself is fine
    return analyses[0].to_json() if analyses else {FAILED: failures[0].message}


@dataclass
class AnalysedSet:
    """What every view gets: the loaded articles, their analyses, and JSON rows."""

    articles: list[Article]
    analyses: list[ArticleAnalysis]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def by_id(self, article_id: str) -> ArticleAnalysis | None:
        return next((x for x in self.analyses if x.article.id == article_id), None)

    def row(self, article_id: str) -> dict[str, Any] | None:
        return next((r for r in self.rows if r.get("id") == article_id), None)


def analyse(articles: Sequence[Article]) -> AnalysedSet:
    """Analyse the articles (cached), with a progress bar while anything is computed."""
    articles = list(articles)
    fp = analysers_fingerprint()
    analyses: list[ArticleAnalysis] = []
    rows: list[dict[str, Any]] = []
    failed: list[tuple[Article, str]] = []
    # progress only when this session has not seen these analyses yet (cache hits are instant)
    seen: set[tuple[str, str, str]] = st.session_state.setdefault("fr_analysed", set())
    todo = sum(1 for a in articles if (a.id, a.outlet, fp) not in seen)
    progress = None
    if todo:
        pipeline()
        progress = st.progress(0.0, text=f"Analysing {todo} article{'s' if todo != 1 else ''}…")
    for i, a in enumerate(articles):
        data = dict(_analysis_json(a.id, a.outlet, fp, a, state.workspace()))
        if FAILED in data:
            failed.append((a, str(data[FAILED])))
            continue
        for k in ("outlet", "title", "url", "published", "byline", "source"):
            data[k] = getattr(a, k)
        analysis = ArticleAnalysis.from_json(data)
        analysis.article = a
        analyses.append(analysis)
        rows.append(data)
        seen.add((a.id, a.outlet, fp))
        if progress is not None:
            progress.progress((i + 1) / len(articles), text=f"Analysing articles… {i + 1}/{len(articles)}")
    if progress is not None:
        progress.empty()
    for a, message in failed:
        st.error(f"Could not analyse “{md_escape(a.title or a.source)}” ({md_escape(a.outlet)}): "
                 f"{md_escape(message)}. It is left out of the views; remove it or load it again.")
    if failed:
        bad = {a.id for a, _ in failed}
        articles = [a for a in articles if a.id not in bad]
    return AnalysedSet(articles, analyses, rows)
