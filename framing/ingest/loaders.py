"""Minimal loaders (plain text only); the full set of formats is built on this interface."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..model import Article
from .report import IngestOptions, LoadReport, Problem


def load_text(text: str, *, name: str = "pasted text", outlet: str | None = None,
              options: IngestOptions = IngestOptions()) -> LoadReport:
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return LoadReport(problems=[Problem(name, "is empty: it holds no text")])
    return LoadReport([Article.create(title=lines[0], body="\n".join(text.splitlines()[1:]), outlet=outlet or Path(name).stem, source=name)])


def load_bytes(name: str, data: bytes, *, options: IngestOptions = IngestOptions()) -> LoadReport:
    return load_text(data.decode("utf-8-sig"), name=name, options=options)


def load_paths(paths: Iterable[str | Path], *, options: IngestOptions = IngestOptions()) -> LoadReport:
    report = LoadReport()
    for p in paths:
        path = Path(p)
        report.extend(load_bytes(str(path), path.read_bytes(), options=options))
    return report.drop_duplicates()
