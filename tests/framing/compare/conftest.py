"""Our own two small events (tests/framing/data/compare: floods and fuel prices), analysed once."""

from __future__ import annotations

import pathlib

import pytest

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.compare import EventComparison, compare_event
from framing.ingest import load_paths

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "compare"


def analysis_with_entities(title: str, body: str, names: list[tuple[str, str, int]],
                           outlet: str = "Outlet A") -> ArticleAnalysis:
    """An article whose only result is its entity mentions ``(text, label, occurrence)``: the
    n-th occurrence of text in the article."""
    from framing.analysers.content import Content, EntityMention, normalise_name
    from framing.model import Article

    article = Article.create(title=title, body=body, outlet=outlet)
    mentions = []
    for text, label, nth in names:
        start = -1
        for _ in range(nth + 1):
            start = article.text.index(text, start + 1)
        mentions.append(EntityMention(text, normalise_name(text), label, start, start + len(text), 0))
    return ArticleAnalysis(article, {"content": Content(entities=mentions)})


def articles_of(analyses: list[ArticleAnalysis], story: str) -> list[ArticleAnalysis]:
    return [a for a in analyses if pathlib.Path(a.article.source or "").name.startswith(story)]


@pytest.fixture(scope="session")
def compare_data() -> pathlib.Path:
    """The folder of the two events' articles."""
    return DATA


@pytest.fixture(scope="session")
def by_story():
    """``by_story(analyses, "fuel")``: the analyses of one story's articles (by file name)."""
    return articles_of


@pytest.fixture(scope="session")
def analyses() -> list[ArticleAnalysis]:
    report = load_paths(sorted(DATA.glob("*.txt")))
    assert not report.problems and len(report.articles) == 6
    return analyse_articles(report.articles)


@pytest.fixture(scope="session")
def fuel(analyses: list[ArticleAnalysis]) -> EventComparison:
    return compare_event(articles_of(analyses, "fuel"))
