"""Shared helpers of the stance-marker tests: the markers of small articles of our own."""

from __future__ import annotations

from typing import Callable

import pytest

from framing.analysis import analyse_articles
from framing.model import Article
from framing.stance_markers import StanceMarker, StanceMarkers


def _analysed(body: str, title: str = "Test headline") -> StanceMarkers:
    [r] = analyse_articles([Article.create(title=title, body=body, outlet="Test Outlet", source="test")])
    result = r.results["stance_markers"]
    assert isinstance(result, StanceMarkers)
    return result


@pytest.fixture
def markers() -> Callable[..., list[StanceMarker]]:
    """``markers(body, title=...)``: the stance markers of a whole analysis of a small article."""
    return lambda body, title="Test headline": _analysed(body, title).markers


@pytest.fixture
def stance() -> Callable[..., StanceMarkers]:
    """``stance(body, title=...)``: the whole ``stance_markers`` result (markers and scores)."""
    return _analysed


@pytest.fixture
def find() -> Callable[[list[StanceMarker], str], StanceMarker]:
    """``find(found, text)``: the first marker with that text (fails naming what was found)."""

    def _find(found: list[StanceMarker], text: str) -> StanceMarker:
        hits = [m for m in found if m.text.lower() == text.lower()]
        assert hits, f"{text!r} not a stance marker; found: {[m.text for m in found]}"
        return hits[0]

    return _find
