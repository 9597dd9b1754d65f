"""Helpers of the attribution tests: extract the attributions of a small article, pick one by content."""

from __future__ import annotations

from typing import Callable

import pytest

from framing.attribution import Attribution, extract_attributions


def _by_content(items: list[Attribution], fragment: str) -> Attribution:
    """The first attribution whose content contains ``fragment`` (case-insensitive)."""
    found = [a for a in items if fragment.lower() in a.content.lower()]
    assert found, f"no attribution with {fragment!r} in {[(a.speaker, a.content) for a in items]}"
    return found[0]


@pytest.fixture
def by_content() -> Callable[[list[Attribution], str], Attribution]:
    """``by_content(items, fragment)`` -> the first attribution whose content contains ``fragment``."""
    return _by_content


@pytest.fixture
def attrs(parsed):
    """``attrs(body, title=...)`` -> the attributions of a small article."""

    def _attrs(body: str, title: str = "Council meets on budget") -> list[Attribution]:
        return extract_attributions(parsed(body, title=title))

    return _attrs
