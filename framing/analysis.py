"""Run the registered analysers over articles, with results cached per article.

The cache is any mutable mapping supplied by the caller (a dict, a Streamlit cache, later
a SQLite store), keyed by ``(article id, outlet, analyser name, analyser fingerprint)``
(the outlet is in the key because attribution reads it: an outlet citing itself is no
source). A fully cached article is not even parsed again.

Bounds (see ``docs/limits.md``): a text longer than :data:`~framing.parse.CHUNK_CHARS` is
parsed and analysed one piece at a time and the pieces' results are merged by each analyser
(:mod:`framing.pieces`), so memory follows the piece, not the article; an article that takes
longer than its time budget, or runs out of memory, is named in an :class:`AnalysisFailure`
and left out, and the others are analysed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import threading
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, MutableMapping, Sequence, TypeVar

from .analysers import Analyser, default_analysers
from .analysers.base import cache_fingerprints
from .model import Article
from .parse import CHUNK_CHARS, ParsedArticle, parse_articles, parse_pieces
from .pieces import shift_spans
from .serialise import from_jsonable, to_jsonable

#: the article fields that open every JSON object, in this order
ARTICLE_KEYS = ("id", "outlet", "title", "url", "published", "source", "byline")
#: analyser keys in the order they are written (others follow, in dependency order)
KEY_ORDER = ("attributions", "sources", "findings", "loaded_terms", "language", "stance_markers", "tone", "actor_tone", "readability", "frames")

CacheKey = tuple[str, str, str, str]
T = TypeVar("T")

#: seconds one article may take (parse and every analyser): twice what the largest text
#: accepted by default (5,000,000 characters) took on a busy shared 2-core machine (14 min)
DEFAULT_TIME_BUDGET = 1800.0


@dataclass(frozen=True)
class AnalysisFailure:
    """An article that could not be analysed, and why (a sentence for the user)."""

    article: Article
    message: str

    def __str__(self) -> str:
        return f"{self.article.source or self.article.title or self.article.id}: {self.message}"


class _OverBudget(Exception):
    pass


class _Deadline:
    """The time left for one article, checked between analysers and between pieces."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise _OverBudget()


@dataclass
class ArticleAnalysis:
    """One article and every analyser's result for it, by analyser name."""

    article: Article
    results: dict[str, Any] = field(default_factory=dict)

    def to_json(self, analysers: Sequence[Analyser] | None = None) -> dict[str, Any]:
        analysers = default_analysers() if analysers is None else analysers
        a = self.article
        out: dict[str, Any] = {k: getattr(a, k) for k in ARTICLE_KEYS}
        # flattened results (the counts) first, then one key per analyser
        rank = {name: i for i, name in enumerate(KEY_ORDER)}
        ordered = sorted(analysers, key=lambda an: (not an.flatten, rank.get(an.name, len(rank))))
        for analyser in ordered:
            if analyser.name not in self.results:
                continue
            value = to_jsonable(self.results[analyser.name])
            if analyser.flatten:
                out.update(value)
            else:
                out[analyser.name] = value
        out["text"] = a.text
        out["metadata"] = dict(a.metadata)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], analysers: Sequence[Analyser] | None = None) -> "ArticleAnalysis":
        """Inverse of :meth:`to_json` (the article's paragraphs are re-derived from its text)."""
        from .model import Paragraph, split_paragraphs

        analysers = default_analysers() if analysers is None else analysers
        text = data["text"]
        facts: dict[str, Any] = {k: data.get(k) for k in ARTICLE_KEYS}
        article = Article(
            **facts,
            text=text,
            paragraphs=split_paragraphs(text, len(data.get("title") or "")),
            metadata=dict(data.get("metadata") or {}),
        )
        if "paragraphs" in data:
            article.paragraphs = [Paragraph(p["start"], p["end"], p["kind"]) for p in data["paragraphs"]]
        results: dict[str, Any] = {}
        for analyser in analysers:
            if analyser.flatten:
                names = [f.name for f in dataclasses.fields(analyser.result_type)]
                if all(n in data for n in names):
                    results[analyser.name] = from_jsonable(analyser.result_type, {n: data[n] for n in names})
            elif analyser.name in data:
                results[analyser.name] = from_jsonable(analyser.result_type, data[analyser.name])
        return cls(article, results)


def result_of(analysis: ArticleAnalysis, name: str, kind: type[T]) -> T | None:
    """The result of analyser ``name`` for ``analysis`` (``None`` when it did not run).

    A result of another type than ``kind`` is an error (:class:`TypeError`): results are always
    the analysers' dataclasses, fresh or rebuilt by :meth:`ArticleAnalysis.from_json`.
    """
    value = analysis.results.get(name)
    if value is None:
        return None
    if not isinstance(value, kind):
        raise TypeError(f"result {name!r} of article {analysis.article.id!r}: expected {kind.__name__}, "
                        f"got {type(value).__name__}")
    return value


def list_result_of(analysis: ArticleAnalysis, name: str, item: type[T]) -> list[T] | None:
    """The result of an analyser that returns a list (``attributions``, ``loaded_terms``, ...),
    each element checked to be an ``item``; ``None`` when the analyser did not run."""
    value = result_of(analysis, name, list)
    if value is None:
        return None
    for x in value:
        if not isinstance(x, item):
            raise TypeError(f"result {name!r} of article {analysis.article.id!r}: expected a list of "
                            f"{item.__name__}, got one holding {type(x).__name__}")
    return value


def analyse_articles(
    articles: Iterable[Article],
    analysers: Sequence[Analyser] | None = None,
    cache: MutableMapping[CacheKey, Any] | None = None,
    *,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    failures: list[AnalysisFailure] | None = None,
    piece_chars: int = CHUNK_CHARS,
) -> list[ArticleAnalysis]:
    """Analyse each article with every analyser (in dependency order); input order is kept.

    ``time_budget``: seconds per article (None: no limit). An article over it, or out of
    memory, is left out of the list returned and described in ``failures`` (when not given,
    a warning names it). Texts longer than ``piece_chars`` are analysed piece by piece.
    """
    with _fewer_young_collections():
        return _analyse_articles(articles, analysers, cache, time_budget, failures, piece_chars)


def _analyse_articles(
    articles: Iterable[Article],
    analysers: Sequence[Analyser] | None,
    cache: MutableMapping[CacheKey, Any] | None,
    time_budget: float | None,
    failures: list[AnalysisFailure] | None,
    piece_chars: int,
) -> list[ArticleAnalysis]:
    analysers = default_analysers() if analysers is None else tuple(analysers)
    articles = list(articles)
    out = [ArticleAnalysis(a) for a in articles]
    failed: dict[int, str] = {}
    short: list[int] = []
    long: list[int] = []
    fingerprints = cache_fingerprints(analysers)
    for i, a in enumerate(articles):
        for an in analysers:
            key = (a.id, a.outlet, an.name, fingerprints[an.name])
            if cache is not None and key in cache:
                out[i].results[an.name] = cache[key]
        if len(out[i].results) < len(analysers):
            (short if len(a.text) <= piece_chars else long).append(i)
    for i, parsed in zip(short, parse_articles(articles[i] for i in short)):
        message = _guarded(lambda: _analyse_parsed(parsed, analysers, out[i].results, _Deadline(time_budget)),
                           time_budget)
        if message:
            failed[i] = message
        _freeze_loaded_data()
    for i in long:
        results = out[i].results
        message = _guarded(lambda: results.update(_analyse_in_pieces(articles[i], analysers, piece_chars,
                                                                     _Deadline(time_budget))), time_budget)
        if message:
            failed[i] = message
    for i in short + long:
        if cache is not None and i not in failed:
            a = articles[i]
            for an in analysers:
                cache[(a.id, a.outlet, an.name, fingerprints[an.name])] = out[i].results[an.name]
    for i, message in failed.items():
        failure = AnalysisFailure(articles[i], message)
        if failures is None:
            warnings.warn(f"not analysed: {failure}", stacklevel=3)  # the caller of analyse_articles
        else:
            failures.append(failure)
    return [analysis for i, analysis in enumerate(out) if i not in failed]


_FROZEN = False

#: the cyclic collector's young-generation threshold while articles are analysed (Python's
#: default is 700): the analysers make and drop many short-lived containers (spaCy ``Token``
#: objects, lists of them, feature dictionaries), and at 700 a young collection ran about every
#: millisecond, each walking containers that were about to be freed anyway; at 10,000 about one
#: in twenty-five runs, and the collector's share of the analysis CPU time fell from about 1.5 %
#: to about 0.7 % (30 sample articles). The reference cycles the analysis leaves are few (a
#: few dozen objects per article) and are collected as before, later.
ANALYSIS_GC_THRESHOLD = 10_000
_GC_LOCK = threading.Lock()
_GC_DEPTH = 0
_GC_SAVED: tuple[int, ...] | None = None


@contextlib.contextmanager
def _fewer_young_collections() -> Iterator[None]:
    """Raise the collector's young-generation threshold to :data:`ANALYSIS_GC_THRESHOLD` while
    the block runs, and restore it when the last such block (of any thread) ends. A threshold
    already higher, or automatic collection turned off (``gc.disable``, a threshold of 0), is
    left alone."""
    global _GC_DEPTH, _GC_SAVED
    with _GC_LOCK:
        _GC_DEPTH += 1
        if _GC_DEPTH == 1:
            current = gc.get_threshold()
            if gc.isenabled() and 0 < current[0] < ANALYSIS_GC_THRESHOLD:
                _GC_SAVED = current
                gc.set_threshold(ANALYSIS_GC_THRESHOLD, *current[1:])
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_DEPTH -= 1
            if _GC_DEPTH == 0 and _GC_SAVED is not None:
                gc.set_threshold(*_GC_SAVED)
                _GC_SAVED = None


def _freeze_loaded_data() -> None:
    """Once per process, after the first article analysed (which loads the lexicons, models and
    word lists, alive as long as the process): move every object then alive to the cyclic
    collector's permanent generation (``gc.freeze``), so the full collections during the analysis
    do not walk them again. Objects still referenced are unaffected; cyclic garbage alive at that
    moment would not be freed (a once-only, bounded cost)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()


def _guarded(run: Callable[[], object], time_budget: float | None) -> str:
    """Run ``run()``; the message for the user when the article is over budget or out of memory."""
    try:
        run()
    except _OverBudget:
        return (f"took longer than the time budget of {time_budget:g} s per article and is left out "
                "(split the article, or raise the budget: --time-budget)")
    except MemoryError:
        return ("ran out of memory and is left out (split the article, or lower --max-chars so that such "
                "texts are refused when they are loaded)")
    return ""


def _analyse_parsed(parsed: ParsedArticle, analysers: Sequence[Analyser], results: dict[str, Any],
                    deadline: _Deadline) -> None:
    """Every analyser missing from ``results`` on one parsed article."""
    for an in analysers:
        deadline.check()
        if an.name not in results:
            results[an.name] = an.analyse(parsed, {d: results[d] for d in an.depends_on})


def _analyse_in_pieces(article: Article, analysers: Sequence[Analyser], piece_chars: int,
                       deadline: _Deadline) -> dict[str, Any]:
    """Every analyser on a long article, one parsed piece alive at a time; each analyser's
    ``merge`` joins its pieces' results (shifted into the article's coordinates)."""
    parts: dict[str, list[Any]] = {an.name: [] for an in analysers}
    for piece in parse_pieces(article, piece_chars):
        results: dict[str, Any] = {}
        for an in analysers:
            deadline.check()
            results[an.name] = an.analyse_piece(piece.parsed, {d: results[d] for d in an.depends_on})
        shift_spans(list(results.values()), piece.offsets)
        for name, result in results.items():
            parts[name].append(result)
        del piece, results  # the piece's Doc goes before the next piece is parsed
    merged: dict[str, Any] = {}
    for an in analysers:
        deadline.check()
        merged[an.name] = an.merge(parts.pop(an.name), {d: merged[d] for d in an.depends_on}, article)
    return merged
