"""What an exported chart carries: title, subtitle (event, outlets), footnote (versions, date), size."""

from __future__ import annotations

import altair as alt
import pandas as pd

from framing.charts.theme import apply_theme
from framing.export.context import SIZES, ExportContext, export_spec, lexicon_version
from framing.version import __version__

CONTEXT = ExportContext.of("Flood in the river town", ["Alpha Daily", "Beta Post"], date="2024-05-06")


def chart() -> alt.LayerChart:
    data = pd.DataFrame({"outlet": ["Alpha Daily", "Beta Post"], "value": [3, 5]})
    pick = alt.selection_point(name="pick", fields=["outlet"], on="click")
    base = alt.Chart(data).encode(x="value:Q", y="outlet:N")
    bars = base.mark_bar().encode(opacity=alt.condition(pick, alt.value(1.0), alt.value(0.4))).add_params(pick)
    return apply_theme((bars + base.mark_text()).properties(width="container", title="Chart's own title"))


def test_title_subtitle_and_footnote():
    spec = export_spec(chart(), title="Export title", context=CONTEXT)
    assert spec["title"]["text"] == "Export title"
    assert spec["title"]["subtitle"] == ["Flood in the river town", "2 outlets: Alpha Daily, Beta Post"]
    foot = " ".join(x["line"] for x in spec["vconcat"][-1]["data"]["values"])
    assert len(spec["vconcat"]) == 2  # the footnote is a view under the chart (and under its legend)
    # the chart keeps its legends (a concat would draw a shared legend under everything, footnote included)
    assert spec["resolve"]["legend"]["color"] == "independent"
    assert "color" not in spec["vconcat"][-1]["encoding"]
    assert f"framing {__version__}" in foot and lexicon_version() in foot and "spaCy" in foot
    assert "2024-05-06" in foot


def test_own_title_is_kept_without_an_export_title_and_selections_survive():
    spec = export_spec(chart(), context=CONTEXT)
    assert spec["title"]["text"] == "Chart's own title"
    assert [p["name"] for p in spec["params"]] == ["pick"]


def test_sizes_set_width_and_fonts():
    column = export_spec(chart(), context=CONTEXT, size="column")
    slide = export_spec(chart(), context=CONTEXT, size="slide")
    assert column["vconcat"][0]["width"] == SIZES["column"].width
    assert slide["vconcat"][0]["width"] == SIZES["slide"].width > SIZES["column"].width
    assert slide["config"]["axis"]["labelFontSize"] > column["config"]["axis"]["labelFontSize"]
    assert column["config"]["font"] == chart().to_dict()["config"]["font"]  # the theme's fonts travel
