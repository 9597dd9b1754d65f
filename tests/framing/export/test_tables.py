"""Tables as CSV: human column names, id columns where ids matter, formula-safe cells."""

from __future__ import annotations

import csv
import io

from framing.export.tables import comparison_tables

from .conftest import HOSTILE_OUTLET


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_scorecard_csv_has_human_names_and_no_ids(fuel_comparison, fuel_analyses):
    tables = {t.name: t for t in comparison_tables(fuel_comparison, fuel_analyses)}
    header, *rows = rows_of(tables["scorecard"].csv())
    assert header[:3] == ["Outlet", "Articles", "Words"]
    assert "Main frame" in header and "Official %" in header
    assert not any("(id)" in h or h.endswith(" id") or h == "Id" for h in header)
    frames = {r[header.index("Main frame")] for r in rows}
    assert frames and all("_" not in f for f in frames)
    # the ids are still there for programs
    headers, _ = tables["scorecard"].human(with_ids=True)
    assert "Main frame (id)" in headers


def test_no_table_csv_has_an_id_column(fuel_comparison, fuel_analyses):
    for table in comparison_tables(fuel_comparison, fuel_analyses):
        header, *_ = rows_of(table.csv())
        assert not any("(id)" in h or h.lower().endswith(" id") or h == "Id" for h in header), (table.name, header)


def test_hostile_outlet_names_are_neutralised(fuel_comparison, fuel_analyses):
    for table in comparison_tables(fuel_comparison, fuel_analyses):
        for row in rows_of(table.csv()):
            assert not any(cell.startswith(("=", "+", "@")) for cell in row), table.name
            if any(HOSTILE_OUTLET in cell for cell in row):
                assert "'" + HOSTILE_OUTLET in row
