"""Cross-outlet comparison on our own two small events (tests/framing/data/compare)."""

from __future__ import annotations

import json
import pathlib
from collections import Counter

import pytest

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.compare import compare_all, compare_event, events_from_assignment, group_events
from framing.compare.common import merge_names
from framing.compare.omissions import ONLY_ONE_OMITS, ONLY_ONE_REPORTS
from framing.compare.vocabulary import log_odds_z
from framing.ingest import load_paths

DATA = pathlib.Path(__file__).parent / "data" / "compare"


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    report = load_paths(sorted(DATA.glob("*.txt")))
    assert not report.problems and len(report.articles) == 6
    return analyse_articles(report.articles)


def by_story(analyses, story):
    return [a for a in analyses if pathlib.Path(a.article.source).name.startswith(story)]


def test_mixed_upload_splits_into_the_two_events(analyses) -> None:
    # interleave the stories so order cannot decide
    mixed = [a for pair in zip(by_story(analyses, "flood"), by_story(analyses, "fuel")) for a in pair]
    events = group_events(mixed)
    assert len(events) == 2
    got = sorted(sorted(pathlib.Path(a.article.source).name.split("-")[0] for a in mixed if a.article.id in e.article_ids)
                 for e in events)
    assert got == [["flood"] * 3, ["fuel"] * 3]
    names = " ".join(e.name for e in events)
    assert "Aln" in names or "Bellmere" in names
    assert "Port Selin" in names or "Karvenia" in names


def test_a_very_low_threshold_keeps_every_article_apart(analyses) -> None:
    assert len(group_events(analyses, threshold=0.05)) == 6


def test_user_assignment_and_names(analyses) -> None:
    ids = [a.article.id for a in analyses]
    assignment = {ids[0]: "a", ids[1]: "a", ids[2]: "b"}
    events = events_from_assignment(analyses, assignment, names={"a": "My story"})
    assert events[0].id == "a" and events[0].name == "My story" and events[0].article_ids == ids[:2]
    assert len(events) == 2 + 3  # unassigned articles get their own events


def test_merge_names_surnames_and_acronyms() -> None:
    canon = merge_names(["tokayev", "kassym jomart tokayev", "csto", "collective security treaty organization",
                         "smith", "john smith", "jane smith"])
    assert canon["tokayev"] == "kassym jomart tokayev"
    assert canon["csto"] == "collective security treaty organization"
    assert canon["smith"] == "smith"  # ambiguous: not merged


def test_log_odds_prefers_words_one_side_uses_more() -> None:
    a, b = Counter({"rioter": 6, "police": 5, "city": 5}), Counter({"protester": 6, "police": 5, "city": 5})
    res = log_odds_z(a, b, a + b, alpha0=0.2 * 32)
    assert res["rioter"][1] > 1.96 > abs(res["police"][1])


@pytest.fixture(scope="module")
def fuel(analyses):
    return compare_event(by_story(analyses, "fuel"))


def test_distinctive_terms_with_evidence(fuel) -> None:
    vocab = {v.outlet: v for v in fuel.vocabulary}
    assert set(vocab) == {"Daily Courier", "State Herald", "Citizen Voice"}
    herald = [t.term for t in vocab["State Herald"].distinctive]
    assert herald[0] == "rioter"
    assert "demonstrator" in [t.term for t in vocab["Citizen Voice"].distinctive]
    for v in fuel.vocabulary:
        assert len(v.distinctive) >= 3
        for t in v.distinctive:
            assert t.significant == (t.z >= 1.96) and t.count >= 2 and t.evidence
            for ev in t.evidence:
                assert ev.outlet == v.outlet
                assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end + 1
                assert ev.sentence[ev.start - ev.sentence_start:ev.end - ev.sentence_start] == ev.text
                assert len(ev.text.split()) == t.ngram or "-" in ev.text


def test_omission_matrix_numbers_voices_claims(fuel) -> None:
    items = fuel.omissions.items
    deaths = [it for it in items if it.kind == "number" and it.category == "deaths"]
    assert deaths and set(deaths[0].reported_by) == {"Daily Courier", "Citizen Voice"}
    assert deaths[0].flag == ONLY_ONE_OMITS and deaths[0].omitted_by == ["State Herald"]
    arrests = [it for it in items if it.kind == "number" and it.category == "arrests"]
    assert arrests and set(arrests[0].reported_by) == {"Daily Courier", "Citizen Voice"}  # "about 400" ≈ "more than 400"
    injured = [it for it in items if it.kind == "number" and it.category == "injured"]
    assert any(it.reported_by == ["State Herald"] and it.flag == ONLY_ONE_REPORTS for it in injured)
    entities = {it.label: it for it in items if it.kind == "entity"}
    varek = next(it for label, it in entities.items() if "Varek" in label)
    assert set(varek.reported_by) == {"Daily Courier", "State Herald"}
    claims = [it for it in items if it.kind == "claim"]
    assert claims and all(len(it.reported_by) >= 2 for it in claims)
    for it in items:
        for outlet, evs in it.evidence.items():
            assert outlet in it.reported_by and evs
        assert set(it.reported_by) | set(it.omitted_by) == set(fuel.outlets)


def test_similarity_shares(fuel) -> None:
    sim = fuel.similarity
    n = len(sim.article_ids)
    assert n == 3 and all(sim.matrix[i][i] == 1.0 for i in range(n))
    assert all(0 < sim.matrix[0][j] < 1 for j in (1, 2))
    for o in sim.articles:
        assert o.shared + o.unique == o.sentences > 0
        assert len(o.unique_sentences) == o.unique
        assert o.shared > 0  # the three reports share some sentences


def test_scorecard_rows_and_missing_analysers(fuel, analyses) -> None:
    rows = {r.outlet: r for r in fuel.scorecard}
    assert rows["State Herald"].words and rows["State Herald"].numbers_reported >= 1
    # without any analyser but content, the other columns are None, not a crash
    bare = [ArticleAnalysis(a.article, {"content": a.results["content"]}) for a in by_story(analyses, "flood")]
    cmp = compare_event(bare, with_labels=False)
    row = cmp.scorecard[0]
    assert row.tone is None and row.official_share is None and row.reading_grade is None
    assert any("did not run" in n for n in cmp.notes)


def test_comparison_round_trips_through_json(analyses) -> None:
    comps = compare_all(analyses)
    data = json.loads(json.dumps([c.to_json() for c in comps]))
    assert len(data) == 2
    assert {"event", "outlets", "scorecard", "vocabulary", "omissions", "similarity", "labels", "notes"} <= set(data[0])
    # from analyses reloaded from the analyse JSON too
    reloaded = [ArticleAnalysis.from_json(json.loads(json.dumps(a.to_json()))) for a in analyses]
    again = compare_all(reloaded)
    assert [c.event.article_ids for c in again] == [c.event.article_ids for c in comps]


def test_cli_compare_table_and_json(capsys) -> None:
    from framing.cli import main

    assert main(["compare", str(DATA), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["events"]) == 2
    assert main(["compare", str(DATA / "fuel-state-herald.txt"), str(DATA / "fuel-daily-courier.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Scorecard" in out and "Omission matrix" in out and "State Herald" in out


def test_cli_compare_reports_bad_input(tmp_path, capsys) -> None:
    from framing.cli import main

    assert main(["compare", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
