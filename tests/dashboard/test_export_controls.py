"""Export controls through AppTest: beside every chart and table, the whole-comparison ZIP, the
About tab's methods paragraph; the bytes are made only on click (callables, not bytes)."""

from __future__ import annotations

import pathlib

import pytest
from streamlit.testing.v1 import AppTest

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def start(view: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["dashboard_view"] = view
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def labels(at: AppTest) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("view, least", [("Overview", 4), ("Coverage", 2), ("Tone", 2), ("Sources", 2)])
def test_every_chart_has_its_export_menu(use_sample, view, least):
    at = start(view)
    found = labels(at)
    charts = len(at.get("vega_lite_chart"))
    assert found.count("PNG (2×)") == charts >= least
    for fmt in ("SVG", "PDF", "HTML (interactive, offline)", "Vega-Lite JSON", "Data (CSV)", "Data (JSON)"):
        assert found.count(fmt) == charts


def test_overview_has_table_csv_and_whole_comparison(use_sample):
    at = start("Overview")
    found = labels(at)
    assert "⤓ Table as CSV" in found
    assert "Download ZIP (charts, tables, analysis JSON, HTML report)" in found
    # nothing was exported while drawing the page: the buttons carry deferred files
    assert all(b.proto.HasField("deferred_file_id") for b in at.get("download_button")
               if b.proto.label.startswith(("PNG", "Download ZIP")))


def test_about_tab_gives_the_methods_paragraph_and_bibtex(use_sample):
    at = start("About")
    methods = at.text_area(key="about_methods").value
    assert "Articles were analysed with framing" in methods and "macro-F1 0.656" in methods
    assert "@software{framing" in at.get("code")[0].proto.code_text
    assert "⤓ framing.bib" in labels(at)


def test_about_tab_shows_every_scores_measurements_and_its_limits(use_sample):
    import tomllib
    from pathlib import Path

    scores = tomllib.loads((Path(__file__).resolve().parents[2] / "framing" / "data" / "accuracy.toml").read_text())["score"]
    for score in scores:  # limits belong to the score, not to its last measurement
        assert score.get("limits") and score["measured"], score["name"]
        assert all(m.get("data") and m.get("figure") and m.get("date") for m in score["measured"]), score["name"]
    at = start("About")
    shown = " ".join(c.value for c in at.caption)
    assert shown.count("Limits: ") == len(scores)
    # the list and the methods paragraph say the same figures (one home), in plain words
    listed = " ".join(m.value for m in at.markdown)
    methods = at.text_area(key="about_methods").value
    cited = [m for s in scores for m in s["measured"] if m.get("cite")]
    from dashboard.text import md_escape

    assert cited and all(m["figure"] in methods and md_escape(m["figure"]) in listed for m in cited)
    everything = " ".join([listed, shown, methods])
    for internal in ("eval/", "holdout", "first run", "fourth pass", "before the", "actor_tone", "loaded_terms"):
        assert internal not in everything, internal
    import re
    assert not re.search(r"(\(\d{4}-\d\d-\d\d\)).{0,3}\1", everything)           # no doubled dates
    assert not re.search(r"on \d{4}-\d\d-\d\d.{0,40}\(\d{4}-\d\d-\d\d\)", everything)


def test_exported_charts_name_the_event_shown_not_all_loaded_articles():
    from types import SimpleNamespace

    from dashboard.export_controls import loaded_context

    analyses = [SimpleNamespace(article=SimpleNamespace(outlet=o)) for o in ("Alpha", "Beta", "Alpha")]
    event = SimpleNamespace(name="Flood in the river town")
    assert loaded_context(analyses, event).subtitle() == ["Flood in the river town", "2 outlets: Alpha, Beta"]
    assert loaded_context(analyses).event == "All loaded articles (3)"  # no event chosen
