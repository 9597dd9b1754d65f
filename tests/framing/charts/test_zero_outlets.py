"""Every outlet of a comparison keeps its row, bar or cell in each chart, 0 included: an outlet
that uses none of a category's words, no stance markers or no frame cues shows 0, never vanishes."""

from __future__ import annotations

import pytest

from framing.analysis import analyse_articles
from framing.charts.frames import frame_rows, frames_heatmap
from framing.charts.language import VOICES, language_chart, language_rows, stance_rows
from framing.model import Article

#: test texts written for this test: one outlet full of judgement words, one flat report
LOADED = ("The regime's thugs stormed the square, a brutal crackdown that critics claimed was clearly a massacre. "
          "The minister slammed the protesters as extremists and vowed a ruthless response to the chaos.")
FLAT = ("The meeting began at nine. Twelve people attended and the notes were read aloud. "
        "The next meeting is on Tuesday at the same hall on the corner of the street.")


@pytest.fixture(scope="module")
def analyses():
    return analyse_articles([
        Article.create(title="Square cleared", body=LOADED, outlet="Loud Daily", source="t1"),
        Article.create(title="Meeting held", body=FLAT, outlet="Quiet Weekly", source="t2"),
    ])


def test_an_outlet_without_loaded_terms_keeps_a_zero_row_in_every_category_and_voice(analyses):
    rows = language_rows(analyses)
    assert {r["outlet"] for r in rows} == {"Loud Daily", "Quiet Weekly"}
    quiet = [r for r in rows if r["outlet"] == "Quiet Weekly"]
    categories = {r["category"] for r in rows}
    assert categories and {(r["category"], r["voice"]) for r in quiet} == {(c, v) for c in categories for v in VOICES}
    assert all(r["count"] == 0 and r["per_1000"] == 0.0 for r in quiet)
    assert any(r["count"] > 0 for r in rows if r["outlet"] == "Loud Daily")
    # the chart's data holds both outlets: a band each
    spec = language_chart(rows).to_dict()
    values = next(iter(spec["datasets"].values()))
    assert {v["outlet"] for v in values} == {"Loud Daily", "Quiet Weekly"}


def test_an_outlet_without_stance_markers_keeps_its_zero_rows(analyses):
    rows = stance_rows(analyses)
    assert {r["outlet"] for r in rows} == {"Loud Daily", "Quiet Weekly"}
    assert all(r["count"] == 0 for r in rows if r["outlet"] == "Quiet Weekly")


def test_an_outlet_without_frame_cues_keeps_its_column_at_zero(analyses):
    rows = frame_rows(analyses)
    loud = {r["frame"] for r in rows if r["outlet"] == "Loud Daily" and r["score"]}
    assert loud  # the loaded text uses some frame
    quiet = {r["frame"]: r for r in rows if r["outlet"] == "Quiet Weekly"}
    assert loud <= set(quiet)  # every frame the other outlet uses has a cell here
    assert all(quiet[f]["share"] == 0.0 for f in loud if not quiet[f]["score"])
    values = next(iter(frames_heatmap(rows).to_dict()["datasets"].values()))
    assert {v["outlet"] for v in values} == {"Loud Daily", "Quiet Weekly"}
