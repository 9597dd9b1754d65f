"""Chart and data formats: each file is what it says it is, opens offline, and is safe."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import altair as alt
import pandas as pd

from framing.charts.theme import apply_theme
from framing.export.context import ExportContext, export_spec
from framing.export.formats import CHART_FORMATS, chart_files, csv_bytes, safe_filename

CONTEXT = ExportContext.of("A test event", ["Alpha Daily", "Beta Post"], date="2024-05-06")


def small_chart(title: str = "Bars") -> alt.Chart:
    data = pd.DataFrame({"outlet": ["Alpha Daily", "Beta Post"], "value": [3, 5]})
    return apply_theme(alt.Chart(data, title=title).mark_bar().encode(x="value:Q", y="outlet:N")
                       .properties(width="container"))


def test_every_chart_format_is_valid(no_external_refs):
    files = chart_files(export_spec(small_chart(), context=CONTEXT), CHART_FORMATS)
    assert files["png"].startswith(b"\x89PNG\r\n\x1a\n")
    assert files["pdf"].startswith(b"%PDF-")
    svg = ET.fromstring(files["svg"])
    assert svg.tag.endswith("svg")
    assert "Alpha Daily" in files["svg"].decode("utf-8")
    spec = json.loads(files["json"])
    assert spec["title"]["text"] == "Bars" and "vconcat" in spec
    page = files["html"].decode("utf-8")
    assert no_external_refs(page) == []
    assert "vegaEmbed('#chart'" in page and "window.vegaEmbed" in page  # the library is inlined


def test_png_is_drawn_at_twice_the_size():
    files = chart_files(export_spec(small_chart(), context=CONTEXT), ["png", "svg"])
    width_png = int.from_bytes(files["png"][16:20], "big")
    width_svg = float(ET.fromstring(files["svg"]).attrib["width"])
    assert width_png == round(2 * width_svg)


def test_user_text_cannot_close_the_html_script():
    hostile = "</script><script>alert(1)</script>"
    page = chart_files(export_spec(small_chart(hostile), context=CONTEXT), ["html"])["html"].decode("utf-8")
    assert "<script>alert(1)" not in page
    assert "<title>&lt;/script&gt;" in page


def test_csv_neutralises_formula_cells():
    hostile = ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
    text = csv_bytes(["=header", "ok"], [[h, "plain"] for h in hostile] + [[-1, 2.5]]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["'=header", "ok"]
    assert [r[0] for r in rows[1:-1]] == ["'" + h for h in hostile]
    assert rows[-1] == ["-1", "2.5"]  # numbers are not formulas


def test_file_names_from_user_text_are_plain():
    assert safe_filename("../../etc/passwd") == "etc-passwd"
    assert safe_filename(".hidden") == "hidden"
    assert safe_filename("Café Zürich: 3/4 <b>") == "cafe-zurich-3-4-b"
    assert safe_filename("", "chart") == "chart"
    assert safe_filename("\u202e\u0000..") == "export"
    assert len(safe_filename("x" * 500)) <= 80
