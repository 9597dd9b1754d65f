"""Shared test helpers: build and parse small articles of our own."""

from __future__ import annotations

import pathlib

import pytest

from framing.model import Article
from framing.parse import ParsedArticle, parse_article

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "corpus" / "kazakhstan-2022-01"


def make_article(body: str, title: str = "Test headline", outlet: str = "Test Outlet") -> Article:
    return Article.create(title=title, body=body, outlet=outlet, source="test")


@pytest.fixture
def parsed():
    """``parsed(body, title=...)`` -> ParsedArticle of a small article."""

    def _parsed(body: str, title: str = "Test headline", outlet: str = "Test Outlet") -> ParsedArticle:
        return parse_article(make_article(body, title, outlet))

    return _parsed
