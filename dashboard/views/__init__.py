"""The dashboard's views, one tab each. To add a view, write ``dashboard/views/<name>.py``
with ``render(data: AnalysedSet) -> None`` and add ONE line to :data:`VIEWS` below.

A view reads :class:`dashboard.analysis.AnalysedSet` (the loaded articles, their
analyses and JSON rows), builds charts with ``framing.charts.*`` and renders article text
with ``framing.highlight`` (never user text through ``unsafe_allow_html``). Widget keys
should start with the view's module name so views never collide.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

#: (tab title, module name in dashboard.views), in tab order
VIEWS: list[tuple[str, str]] = [
    ("Overview", "overview"),
    ("Side by side", "side_by_side"),
    ("Vocabulary", "vocabulary"),
    ("Coverage", "coverage"),
    ("Language", "language"),
    ("Sources", "sources"),
    ("Tone", "tone"),
    ("Frames", "frames"),
    ("About", "about"),
]


@dataclass(frozen=True)
class View:
    title: str
    module: str

    def load(self) -> Callable[..., None]:
        """The view's ``render`` function (import errors propagate to the caller)."""
        mod = importlib.import_module(f"{__name__}.{self.module}")
        return mod.render


def views() -> list[View]:
    return [View(title, module) for title, module in VIEWS]
