"""``python -m framing export``: the same files as the dashboard, without it."""

from __future__ import annotations

import zipfile

import pytest

from framing.cli import main


def test_export_writes_charts_tables_report_and_zip(fuel_files, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", *map(str, fuel_files), "--out", str(out), "--formats", "svg,csv"]) == 0
    folders = [p for p in out.iterdir() if p.is_dir()]
    assert len(folders) == 1
    root = folders[0]
    assert (root / "report.html").stat().st_size > 0 and (root / "analysis.json").is_file()
    assert sorted(p.name for p in (root / "charts").glob("*.svg")) and not list((root / "charts").glob("*.png"))
    assert (root / "tables" / "scorecard.csv").is_file()
    archive = zipfile.ZipFile(out / f"{root.name}.zip")
    assert len(archive.namelist()) == sum(1 for p in root.rglob("*") if p.is_file())
    assert root.name in capsys.readouterr().out


def test_unknown_format_and_event_are_errors(fuel_files, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", str(fuel_files[0]), "--out", str(tmp_path), "--formats", "png,gif"])
    assert "gif" in capsys.readouterr().err
    assert main(["export", *map(str, fuel_files), "--out", str(tmp_path), "--event", "no such story"]) == 1
