"""A comparison as JSON (lossless) and on the command line (compare --format json|table)."""

from __future__ import annotations

import json

from framing.analysis import ArticleAnalysis
from framing.compare import compare_all


def test_comparison_round_trips_through_json(analyses) -> None:
    comps = compare_all(analyses)
    data = json.loads(json.dumps([c.to_json() for c in comps]))
    assert len(data) == 2
    assert {"event", "outlets", "scorecard", "vocabulary", "omissions", "similarity", "labels", "notes"} <= set(data[0])
    # from analyses reloaded from the analyse JSON too
    reloaded = [ArticleAnalysis.from_json(json.loads(json.dumps(a.to_json()))) for a in analyses]
    again = compare_all(reloaded)
    assert [c.event.article_ids for c in again] == [c.event.article_ids for c in comps]


def test_comparison_json_rebuilds_the_dataclasses_with_a_typed_labels_table(fuel) -> None:
    from framing.compare import EventComparison, LabelsTable
    from framing.serialise import from_jsonable

    data = json.loads(json.dumps(fuel.to_json()))
    back = from_jsonable(EventComparison, data)
    assert isinstance(back.labels, LabelsTable) and back.labels.actors
    assert back == fuel
    assert back.to_json() == data


def test_comparison_without_labels_has_none(analyses, by_story) -> None:
    from framing.compare import compare_event

    cmp = compare_event(by_story(analyses, "flood"), with_labels=False)
    assert cmp.labels is None and cmp.to_json()["labels"] is None


def test_cli_compare_table_and_json(capsys, compare_data) -> None:
    from framing.cli import main

    assert main(["compare", str(compare_data), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["events"]) == 2
    assert main(["compare", str(compare_data / "fuel-state-herald.txt"), str(compare_data / "fuel-daily-courier.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Scorecard" in out and "Omission matrix" in out and "State Herald" in out


def test_cli_compare_reports_bad_input(tmp_path, capsys) -> None:
    from framing.cli import main

    assert main(["compare", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
