"""The HTML report: every section, offline, escaped, and a print stylesheet."""

from __future__ import annotations

import re

from .conftest import HOSTILE_EVENT, HOSTILE_OUTLET


def report(files: dict[str, bytes]) -> str:
    return files["report.html"].decode("utf-8")


def test_report_has_every_section(fuel_files_exported, fuel_export):
    page = report(fuel_files_exported)
    for section in ("scorecard", "differences", "charts", "texts", "methods"):
        assert f'<section id="{section}">' in page
    assert page.count("<figure>") == len(fuel_export.charts)
    assert 'class="fr-legend"' in page and "<mark" in page  # texts with highlights and a legend
    assert "@software{" in page


def test_report_opens_offline(fuel_files_exported, no_external_refs):
    page = report(fuel_files_exported)
    assert no_external_refs(page) == []
    assert "<script" not in page  # charts are SVG images: nothing to run
    assert re.findall(r'<img [^>]*src="data:image/svg\+xml;base64,', page)


def test_user_text_is_escaped(fuel_files_exported):
    page = report(fuel_files_exported)
    assert HOSTILE_OUTLET not in page and "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>prices</b>" not in page and "&lt;b&gt;prices&lt;/b&gt;" in page
    assert HOSTILE_EVENT not in page


def test_print_stylesheet_breaks_sections_and_keeps_charts_whole(fuel_files_exported):
    page = report(fuel_files_exported)
    media = page[page.index("@media print"):]
    assert "section{break-before:page" in media
    assert re.search(r"figure[^{]*\{break-inside:avoid", page)
    assert "@page{margin:" in page and "size:" not in page.split("@page", 1)[1].split("}", 1)[0]  # fits A4 and Letter
