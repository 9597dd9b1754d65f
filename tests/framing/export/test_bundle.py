"""The whole comparison as files and a ZIP: every part there, nothing outside the root."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from framing.export.bundle import UnsafePath, check_path, write_files, zip_bytes
from framing.export.charts import CHART_TITLES


def test_bundle_holds_charts_tables_analysis_and_report(fuel_files_exported, fuel_export):
    names = set(fuel_files_exported)
    for item in fuel_export.charts:
        assert {f"charts/{item.name}.png", f"charts/{item.name}.csv"} <= names
        assert f"charts/{item.name}.svg" not in names  # not asked for (the report has them inline)
    assert {"tables/scorecard.csv", "tables/coverage.csv", "analysis.json", "report.html", "methods.txt",
            "framing.bib"} <= names
    data = json.loads(fuel_files_exported["analysis.json"])
    assert data["comparison"]["outlets"] == list(fuel_export.context.outlets) and len(data["articles"]) == 3
    assert {c.name for c in fuel_export.charts} <= set(CHART_TITLES)


def test_zip_stays_inside_its_root_with_sanitised_names(fuel_files_exported, fuel_export):
    root = fuel_export.root
    assert root == "fuel-b-prices-b-protests"  # from "../../Fuel <b>prices</b> & \"protests\""
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes(fuel_files_exported, root)))
    names = archive.namelist()
    assert len(names) == len(fuel_files_exported)
    for name in names:
        assert name.startswith(root + "/") and ".." not in name.split("/") and "\\" not in name
        assert check_path(name) == name
    assert archive.testzip() is None


@pytest.mark.parametrize("path", ["../evil", "/etc/passwd", "a/../../b", "a\\b", "C:evil", ".hidden", "a//b", ""])
def test_unsafe_paths_are_refused(path, tmp_path):
    with pytest.raises(UnsafePath):
        check_path(path)
    with pytest.raises(UnsafePath):
        zip_bytes({path: b"x"}, "root")
    with pytest.raises(UnsafePath):
        write_files({path: b"x"}, tmp_path, "root")


def test_same_export_gives_the_same_zip(fuel_files_exported, fuel_export):
    assert zip_bytes(fuel_files_exported, fuel_export.root) == zip_bytes(dict(fuel_files_exported), fuel_export.root)
