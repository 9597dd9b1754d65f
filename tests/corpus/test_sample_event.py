"""The bundled sample event ``corpus/kazakhstan-2022-01``: format, manifest, loading.

The texts are illustrative articles written for this project (see the folder's MANIFEST.md).
These tests keep them loadable and keep the manifest, which the dashboard shows, in step
with the files.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest

from framing.ingest import load_paths

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "corpus" / "kazakhstan-2022-01"
ARTICLE_FILES = sorted(SAMPLE_DIR.glob("*.txt"))
META_KEYS = ("Outlet", "Date", "By", "URL")
WORD = re.compile(r"\w+(?:['’]\w+)*")
MIN_WORDS, MAX_WORDS = 400, 900


def split_file(path: Path) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, headline, body paragraphs) of a corpus file, by a deliberately simple parse."""
    text = path.read_text(encoding="utf-8")
    head, sep, rest = text.partition("\n\n")
    assert sep, f"{path.name}: no blank line after the metadata lines"
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        m = re.fullmatch(r"([A-Z][A-Za-z]*): (\S.*)", line)
        assert m, f"{path.name}: metadata line not in 'Key: value' form: {line!r}"
        assert m.group(1) not in meta, f"{path.name}: {m.group(1)} given twice"
        meta[m.group(1)] = m.group(2).strip()
    blocks = rest.strip("\n").split("\n\n")
    return meta, blocks[0], blocks[1:]


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((SAMPLE_DIR / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def manifest_by_file(manifest) -> dict[str, dict]:
    return {entry["file"]: entry for entry in manifest["articles"]}


def test_there_are_at_least_five_articles():
    assert len(ARTICLE_FILES) >= 5


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_metadata_lines_are_well_formed(path: Path):
    meta, headline, paragraphs = split_file(path)
    assert tuple(meta) == META_KEYS, f"{path.name}: metadata keys must be exactly {META_KEYS} in order"
    published = date.fromisoformat(meta["Date"])
    assert date(2022, 1, 1) <= published <= date(2022, 1, 31)
    url = urlparse(meta["URL"])
    assert url.scheme == "https"
    host = url.hostname or ""
    assert re.search(r"(^|\.)example\.(org|com)$", host), f"{path.name}: URL must use an invented example.org/.com host"
    assert meta["Outlet"] and meta["By"]
    assert headline and "\n" not in headline and not headline.startswith(META_KEYS)
    assert len(paragraphs) >= 8


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_paragraphs_are_separated_by_blank_lines(path: Path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\t" not in text and "\r" not in text
    _, _, paragraphs = split_file(path)
    for para in paragraphs:
        # one paragraph per block: no hard-wrapped lines and no stray blank-ish lines
        assert "\n" not in para, f"{path.name}: paragraph wrapped over lines: {para[:60]!r}"
        assert para == para.strip()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_length_is_within_range(path: Path):
    _, headline, paragraphs = split_file(path)
    words = len(WORD.findall(headline + "\n\n" + "\n\n".join(paragraphs)))
    assert MIN_WORDS <= words <= MAX_WORDS, f"{path.name}: {words} words"


def test_outlets_are_distinct():
    outlets = [split_file(p)[0]["Outlet"] for p in ARTICLE_FILES]
    assert len(set(outlets)) == len(outlets), outlets


def test_manifest_lists_every_file_and_only_those(manifest, manifest_by_file):
    listed = [entry["file"] for entry in manifest["articles"]]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert set(listed) == {p.name for p in ARTICLE_FILES}
    markdown = (SAMPLE_DIR / "MANIFEST.md").read_text(encoding="utf-8")
    for name in listed:
        assert f"`{name}`" in markdown, f"MANIFEST.md does not list {name}"


def test_manifest_has_event_title_and_notice(manifest):
    assert manifest["event"] == SAMPLE_DIR.name
    assert manifest["title"].strip()
    notice = manifest["notice"]
    assert notice.startswith("Illustrative texts written for this tool")
    assert "not real publications" in notice and "invented" in notice
    for entry in manifest["articles"]:
        assert entry["outlet"].strip() and entry["slant"].strip()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_manifest_agrees_with_file_header(path: Path, manifest_by_file):
    meta, _, _ = split_file(path)
    entry = manifest_by_file[path.name]
    assert entry["outlet"] == meta["Outlet"]
    assert entry.get("date", meta["Date"]) == meta["Date"]


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_quote_style_matches_manifest(path: Path, manifest_by_file):
    """Curly files use only curly quotes and apostrophes; straight files only straight ones."""
    text = path.read_text(encoding="utf-8")
    style = manifest_by_file[path.name]["quotes"]
    curly = sum(text.count(c) for c in "“”‘’")
    straight = text.count('"') + text.count("'")
    if style == "curly":
        assert curly > 0 and straight == 0
        # every opening mark is closed, except where a quote runs on into the next paragraph
        assert text.count("“") == text.count("”") + _continued(text), f"{path.name}: unbalanced curly quotes"
    else:
        assert style == "straight"
        assert straight > 0 and curly == 0
        assert text.count('"') % 2 == 0, f"{path.name}: odd number of straight double quotes"


def _continued(text: str) -> int:
    """Paragraphs that reopen a quote continued from the previous paragraph (no closing mark there)."""
    count = 0
    paragraphs = text.split("\n\n")
    for prev, para in zip(paragraphs, paragraphs[1:]):
        if para.startswith("“") and prev.count("“") > prev.count("”"):
            count += 1
    return count


def test_every_file_loads_through_the_loader(manifest_by_file):
    report = load_paths(ARTICLE_FILES)
    errors = [str(p) for p in report.problems if p.kind == "error"]
    assert not errors, errors
    assert len(report.articles) == len(ARTICLE_FILES)
    for article in report.articles:
        assert len(article.text) > 2000


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_loader_reads_outlet_headline_and_date(path: Path, manifest_by_file):
    report = load_paths([path])
    [article] = report.articles
    meta, headline, _ = split_file(path)
    assert article.outlet == manifest_by_file[path.name]["outlet"]
    assert article.title == headline
    assert article.published == meta["Date"]
    assert article.url == meta["URL"]
    assert "Outlet:" not in article.text and meta["URL"] not in article.text


def test_loading_the_folder_gives_exactly_the_articles(manifest_by_file):
    """The folder as a user passes it: manifest and MANIFEST.md are not read as articles."""
    report = load_paths([SAMPLE_DIR])
    assert not [str(p) for p in report.problems], "loading the folder reported problems"
    assert sorted(a.outlet for a in report.articles) == sorted(e["outlet"] for e in manifest_by_file.values())
    assert sorted(Path(a.source).name for a in report.articles) == sorted(manifest_by_file)
