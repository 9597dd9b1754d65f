"""The public Python API: load articles, analyse them, compare the outlets of each event.

The three calls the command line and the dashboard are built on (run from the repository's
root, where the bundled sample event lives):

>>> import framing
>>> report = framing.load(["corpus/kazakhstan-2022-01"])
>>> len(report.articles), len(report.problems)
(6, 0)
>>> analyses = framing.analyse(report.articles)
>>> [a.article.outlet for a in analyses][:2]
['National Steppe Broadcasting', 'Northline Wire']
>>> events = framing.compare(analyses)          # one event: six outlets on the same story
>>> [(row.outlet, row.narrator_loaded_per_1000, row.narrator_stance_per_1000) for row in events[0].scorecard][:2]
[('National Steppe Broadcasting', 7.519, 11.278), ('Northline Wire', 0.0, 3.509)]
>>> term = analyses[0].results["loaded_terms"][0]   # every score comes from words in the text
>>> analyses[0].article.text[term.start:term.end] == term.text
True

Every result is a dataclass that serialises to JSON without loss
(:meth:`framing.analysis.ArticleAnalysis.to_json`, :meth:`framing.compare.EventComparison.to_json`).
"""

from __future__ import annotations

import dataclasses
import os
from typing import Iterable, MutableMapping, Sequence

from .analysers import AnalysisOptions, Analyser, build_analysers
from .analysis import DEFAULT_TIME_BUDGET, AnalysisFailure, ArticleAnalysis, CacheKey, analyse_articles
from .compare import DEFAULT_THRESHOLD, EventComparison, compare_all
from .ingest import IngestOptions, LoadReport, load_paths
from .loaded_terms import Lexicon, load_lexicon
from .model import Article

PathLike = str | os.PathLike[str]


def load(inputs: PathLike | Iterable[PathLike], *, max_chars: int | None = None,
         options: IngestOptions | None = None) -> LoadReport:
    """Read articles from files, folders, bundles (``.csv``, ``.jsonl``, ``.json``), ``.zip`` files
    and ``http(s)://`` addresses.

    Nothing raises for bad input: each file, row or member that cannot be read becomes a
    :class:`~framing.ingest.Problem` in ``report.problems`` naming it and saying what to do.
    ``options``: every ingestion setting (:class:`~framing.ingest.IngestOptions`: size caps,
    URL fetching and its policy, e.g. ``allow_private_urls``); ``max_chars`` overrides its cap.

    >>> report = load("no/such/file.txt")
    >>> report.articles, [p.source for p in report.problems]
    ([], ['no/such/file.txt'])
    """
    paths = [os.fspath(inputs)] if isinstance(inputs, (str, os.PathLike)) else [os.fspath(p) for p in inputs]
    options = options or IngestOptions()
    if max_chars is not None:
        options = dataclasses.replace(options, max_chars=max_chars)
    return load_paths(paths, options=options)


def analyse(articles: Iterable[Article] | LoadReport, *, lexicon: PathLike | Lexicon | None = None,
            analysers: Sequence[Analyser] | None = None,
            cache: MutableMapping[CacheKey, object] | None = None,
            failures: list[AnalysisFailure] | None = None,
            time_budget: float | None = DEFAULT_TIME_BUDGET) -> list[ArticleAnalysis]:
    """Run every analyser on each article (input order kept).

    ``lexicon``: a user lexicon (a CSV or TOML file, or a loaded :class:`~framing.loaded_terms.Lexicon`)
    added to the built-in one; a malformed file raises :class:`~framing.loaded_terms.LexiconError`
    naming the file and line. ``analysers``: a set of analysers of your own (default: all of them,
    built with ``lexicon``). ``cache``: any mutable mapping; articles found there are not parsed again.
    ``failures``: a list that receives an :class:`~framing.analysis.AnalysisFailure` for each article
    left out (over its time budget, out of memory); without it, a warning names the article.
    ``time_budget``: seconds one article may take (None: no limit).
    """
    if isinstance(articles, LoadReport):
        articles = articles.articles
    if analysers is None:
        user = lexicon if isinstance(lexicon, Lexicon) or lexicon is None else load_lexicon(os.fspath(lexicon))
        analysers = build_analysers(AnalysisOptions(lexicon=user))
    return analyse_articles(articles, analysers, cache, failures=failures, time_budget=time_budget)


def compare(analyses: Sequence[ArticleAnalysis], *, threshold: float = DEFAULT_THRESHOLD) -> list[EventComparison]:
    """Group the analyses into events (articles about one story) and compare the outlets of each:
    scorecard, distinctive vocabulary, omissions, labels and similarity."""
    return compare_all(analyses, threshold)
