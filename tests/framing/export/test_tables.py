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
                # never a bare cell; the cell naming it (alone, or first in a list) is neutralised
                assert HOSTILE_OUTLET not in row
                assert any(cell.startswith("'" + HOSTILE_OUTLET) for cell in row), row




def test_stance_markers_table_beside_loaded_language():
    from framing.analysis import analyse_articles
    from framing.charts.language import stance_rows
    from framing.compare import compare_event
    from framing.model import Article

    analyses = analyse_articles([
        Article.create(title="Port strike", outlet="Doubting Daily", source="test", body=(
            "The port authority claimed the strike was illegal. Its chief allegedly hid the report.")),
        Article.create(title="Port strike", outlet="Plain Post", source="test", body=(
            "The port authority admitted that the strike was legal.")),
    ])
    tables = {t.name: t for t in comparison_tables(compare_event(analyses, with_labels=False), analyses)}
    rows = stance_rows(analyses)
    assert {(r["outlet"], r["category"]) for r in rows if r["count"]} == {
        ("Doubting Daily", "distancing_verb"), ("Doubting Daily", "hedge"), ("Plain Post", "concession_verb")}
    # every outlet has a row (0 included) in every category some outlet uses
    assert {(r["outlet"], r["category"]) for r in rows} == {
        (o, c) for o in ("Doubting Daily", "Plain Post") for c in ("distancing_verb", "hedge", "concession_verb")}
    header, *cells = rows_of(tables["stance-markers"].csv())
    assert header[:2] == ["Outlet", "Category"] and len(cells) == len(rows)
    assert not any("(id)" in h for h in header)  # ids only in the JSON
    assert {r[header.index("Category")] for r in cells} == {"Distancing verb", "Hedge", "Concession verb"}
    assert "loaded-language" in tables or not any(a.results["loaded_terms"] for a in analyses)
