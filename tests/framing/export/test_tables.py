"""Tables as CSV: human column names, id columns where ids matter, formula-safe cells."""

from __future__ import annotations

import csv
import io

from framing.export.tables import comparison_tables

from .conftest import HOSTILE_OUTLET


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_scorecard_csv_has_human_names_and_the_frame_id(fuel_comparison, fuel_analyses):
    tables = {t.name: t for t in comparison_tables(fuel_comparison, fuel_analyses)}
    header, *rows = rows_of(tables["scorecard"].csv())
    assert header[:3] == ["Outlet", "Articles", "Words"]
    assert "Main frame" in header and "Main frame (id)" in header and "Official %" in header
    frame_ids = {r[header.index("Main frame (id)")] for r in rows}
    assert all("_" not in r[header.index("Main frame")] for r in rows) and frame_ids


def test_hostile_outlet_names_are_neutralised(fuel_comparison, fuel_analyses):
    for table in comparison_tables(fuel_comparison, fuel_analyses):
        for row in rows_of(table.csv()):
            assert not any(cell.startswith(("=", "+", "@")) for cell in row), table.name
            if any(HOSTILE_OUTLET in cell for cell in row):
                # never a bare cell; the cell naming it (alone, or first in a list) is neutralised
                assert HOSTILE_OUTLET not in row
                assert any(cell.startswith("'" + HOSTILE_OUTLET) for cell in row), row
