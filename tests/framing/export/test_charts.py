"""Every comparison chart exports in every format (the one test that renders all of them)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from framing.export.bundle import chart_item_files
from framing.export.formats import CHART_FORMATS


def test_every_chart_in_every_format(fuel_export):
    assert len(fuel_export.charts) >= 12
    for item in fuel_export.charts:
        files = chart_item_files(item, fuel_export.specs[item.name], [*CHART_FORMATS, "csv"])
        assert files[f"{item.name}.png"].startswith(b"\x89PNG"), item.name
        assert files[f"{item.name}.pdf"].startswith(b"%PDF-"), item.name
        ET.fromstring(files[f"{item.name}.svg"])
        assert json.loads(files[f"{item.name}.vl.json"])["title"]["text"] == item.title
        assert json.loads(files[f"{item.name}.data.json"]), item.name
        assert files[f"{item.name}.csv"].count(b"\n") >= 2, item.name
        assert b"vegaEmbed(" in files[f"{item.name}.html"]
