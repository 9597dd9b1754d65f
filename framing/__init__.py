"""framing: media bias and framing analysis of news articles.

The library reads articles (see :mod:`framing.ingest`), parses each once with spaCy
(:mod:`framing.parse`) and runs the registered analysers (:mod:`framing.analysers`)
on it. Every score is backed by character spans into :attr:`framing.model.Article.text`.
"""

__version__ = "0.1.0"
