"""The outlet scorecard, also when analysers did not run."""

from __future__ import annotations

from framing.analysis import ArticleAnalysis
from framing.compare import compare_event


def test_scorecard_rows_and_missing_analysers(fuel, analyses, by_story) -> None:
    rows = {r.outlet: r for r in fuel.scorecard}
    assert rows["State Herald"].words and rows["State Herald"].numbers_reported >= 1
    # without any analyser but content, the other columns are None, not a crash
    bare = [ArticleAnalysis(a.article, {"content": a.results["content"]}) for a in by_story(analyses, "flood")]
    cmp = compare_event(bare, with_labels=False)
    row = cmp.scorecard[0]
    assert row.tone is None and row.official_share is None and row.reading_grade is None
    assert any("did not run" in n for n in cmp.notes)
