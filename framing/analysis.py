"""Run the registered analysers over articles, with results cached per article.

The cache is any mutable mapping supplied by the caller (a dict, a Streamlit cache, later
a SQLite store), keyed by ``(article id, outlet, analyser name, analyser fingerprint)``
(the outlet is in the key because attribution reads it: an outlet citing itself is no
source). A fully cached article is not even parsed again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, MutableMapping, Sequence, TypeVar

from .analysers import Analyser, default_analysers
from .model import Article
from .parse import parse_articles
from .serialise import from_jsonable, to_jsonable

#: the article fields that open every JSON object, in this order
ARTICLE_KEYS = ("id", "outlet", "title", "url", "published", "source", "byline")
#: analyser keys in the order they are written (others follow, in dependency order)
KEY_ORDER = ("attributions", "sources", "loaded_terms", "language", "tone", "actor_tone", "readability", "frames")

CacheKey = tuple[str, str, str, str]
T = TypeVar("T")


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
) -> list[ArticleAnalysis]:
    """Analyse each article with every analyser (in dependency order); input order is kept."""
    analysers = default_analysers() if analysers is None else tuple(analysers)
    articles = list(articles)
    out = [ArticleAnalysis(a) for a in articles]
    todo: list[int] = []
    for i, a in enumerate(articles):
        for an in analysers:
            key = (a.id, a.outlet, an.name, an.fingerprint())
            if cache is not None and key in cache:
                out[i].results[an.name] = cache[key]
        if len(out[i].results) < len(analysers):
            todo.append(i)
    for i, parsed in zip(todo, parse_articles(articles[i] for i in todo)):
        results = out[i].results
        for an in analysers:
            if an.name in results:
                continue
            prior = {d: results[d] for d in an.depends_on}
            results[an.name] = an.analyse(parsed, prior)
            if cache is not None:
                cache[(parsed.article.id, parsed.article.outlet, an.name, an.fingerprint())] = results[an.name]
    return out
