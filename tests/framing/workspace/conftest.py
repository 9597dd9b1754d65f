"""Workspace fixtures: a workspace in a temporary folder, and small articles of our own."""

from __future__ import annotations

import pathlib
from typing import Iterator

import pytest

from framing.model import Article
from framing.workspace import Workspace


def article(n: int, outlet: str = "Alpha Daily") -> Article:
    """A short invented article; ``n`` makes its text (and so its id) distinct."""
    return Article.create(
        title=f"River town report number {n}",
        body=(f"The river rose for the {n}th time this winter, officials said, and {n * 10} homes were "
              "flooded before the water fell again.\n\n\u201cWe are tired,\u201d said a shop owner."),
        outlet=outlet, source=f"report-{n}.txt", published="2022-01-05", metadata={"n": str(n)})


@pytest.fixture
def ws(tmp_path: pathlib.Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "home") as workspace:
        yield workspace
