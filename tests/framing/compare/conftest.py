"""Our own two small events (tests/framing/data/compare: floods and fuel prices), analysed once."""

from __future__ import annotations

import pathlib

import pytest

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.compare import EventComparison, compare_event
from framing.ingest import load_paths

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "compare"


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
