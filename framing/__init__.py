"""framing: media bias and framing analysis of news articles.

The library reads articles (:mod:`framing.ingest`), parses each once with spaCy
(:mod:`framing.parse`) and runs the registered analysers (:mod:`framing.analysers`) on it;
:mod:`framing.compare` sets the outlets covering one event side by side. Every score is
backed by character spans into :attr:`framing.model.Article.text`.

The public API (see :mod:`framing.api` for a worked example)::

    import framing
    report = framing.load(["a.txt", "b.html", "export.csv"])   # articles + problems
    analyses = framing.analyse(report.articles, lexicon="my_terms.csv")
    for event in framing.compare(analyses):
        print(event.scorecard)
"""

from .analysis import ArticleAnalysis
from .api import analyse, compare, load
from .compare import EventComparison
from .ingest import LoadReport, Problem
from .model import Article
from .version import __version__

__all__ = ["Article", "ArticleAnalysis", "EventComparison", "LoadReport", "Problem", "__version__",
           "analyse", "compare", "load"]
