"""One small event of our own (tests/framing/data/compare: the fuel-price story), analysed once,
with one outlet renamed to hostile text (a spreadsheet formula and HTML) to test safe files."""

from __future__ import annotations

import pathlib
import re
from html.parser import HTMLParser

import pytest

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.compare import EventComparison, compare_event
from framing.compare.events import Event
from framing.export.bundle import ComparisonExport
from framing.ingest import load_paths

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "compare"
#: an outlet name a user could type: a formula for spreadsheets and markup for browsers
HOSTILE_OUTLET = '=HYPERLINK("http://evil.example/","x")<script>alert(1)</script>'
HOSTILE_EVENT = "../../Fuel <b>prices</b> & \"protests\""
DATE = "2024-05-06"


@pytest.fixture(scope="session")
def fuel_files() -> list[pathlib.Path]:
    return sorted(DATA.glob("fuel-*.txt"))


@pytest.fixture(scope="session")
def fuel_analyses(fuel_files: list[pathlib.Path]) -> list[ArticleAnalysis]:
    report = load_paths(fuel_files)
    assert not report.problems and len(report.articles) == 3
    analyses = analyse_articles(report.articles)
    first = analyses[0]
    return [ArticleAnalysis(first.article.with_outlet(HOSTILE_OUTLET), first.results), *analyses[1:]]


@pytest.fixture(scope="session")
def fuel_comparison(fuel_analyses: list[ArticleAnalysis]) -> EventComparison:
    event = Event("event-1", HOSTILE_EVENT, [a.article.id for a in fuel_analyses])
    return compare_event(fuel_analyses, event)


@pytest.fixture(scope="session")
def fuel_export(fuel_comparison: EventComparison, fuel_analyses: list[ArticleAnalysis]) -> ComparisonExport:
    return ComparisonExport.build(fuel_comparison, fuel_analyses, date=DATE)


@pytest.fixture(scope="session")
def fuel_files_exported(fuel_export: ComparisonExport) -> dict[str, bytes]:
    """Every file of the export with PNG and CSV charts (the report always has the SVGs)."""
    return fuel_export.files(["png", "csv"])


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []   # (tag, attribute, value)
        self.script_sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data") and value is not None:
                self.refs.append((tag, name, value))
            if tag == "script" and name == "src":
                self.script_sources.append(value or "")


def external_references(page: str) -> list[str]:
    """Every src/href (and the like) of an HTML page that is not a ``data:`` URL or an in-page
    ``#`` link, plus every ``<script src>`` and any ``<link>`` to a stylesheet or font."""
    parser = _References()
    parser.feed(page)
    bad = [f"{tag} {name}={value[:80]}" for tag, name, value in parser.refs
           if not (value.startswith("data:") or value.startswith("#"))]
    bad += [f"script src={s}" for s in parser.script_sources]
    bad += [m.group(0) for m in re.finditer(r"<link\b[^>]*>", page)]
    bad += [m.group(0)[:120] for m in re.finditer(r"<script[^>]*>[^<]{0,200}(cdn\.|jsdelivr|unpkg)", page)]
    return bad


@pytest.fixture(scope="session")
def no_external_refs():
    """``no_external_refs(html)``: the page's references to anything outside it (must be empty)."""
    return external_references
