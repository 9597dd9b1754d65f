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


def test_scorecard_gives_each_outlets_stance_density_in_its_own_voice() -> None:
    from framing.analysis import analyse_articles
    from framing.model import Article

    doubtful = Article.create(title="Port strike", outlet="Doubting Daily", source="test", body=(
        "The port authority claimed the strike was illegal. Its chief allegedly hid the report. "
        '"The union will obviously lose," said one trader.'))
    plain = Article.create(title="Port strike", outlet="Plain Post", source="test", body=(
        "The port authority said the strike was illegal. Its chief kept the report."))
    analyses = analyse_articles([doubtful, plain])
    rows = {r.outlet: r for r in compare_event(analyses, with_labels=False).scorecard}
    words = analyses[0].results["stance_markers"].scores.words
    # claimed and allegedly are the outlet's; "obviously" is the trader's, not counted here
    assert rows["Doubting Daily"].narrator_stance_per_1000 == round(1000 * 2 / words, 3)
    assert rows["Doubting Daily"].narrator_stance_by_category == {
        "distancing_verb": round(1000 / words, 3), "hedge": round(1000 / words, 3)}
    assert rows["Plain Post"].narrator_stance_per_1000 == 0.0
    bare = [ArticleAnalysis(a.article, {"content": a.results["content"]}) for a in analyses]
    assert compare_event(bare, with_labels=False).scorecard[0].narrator_stance_per_1000 is None


def test_scorecard_shows_every_speaker_type_typed_once_per_event() -> None:
    from framing.analysis import analyse_articles
    from framing.attribution import SPEAKER_TYPES
    from framing.model import Article

    bodies = [
        ("Alpha", "Vote", "GOP chairman Michael Steele said the party would win. Talk radio host Ana Ruiz said "
         "the race was close. Mara Quill said she had not decided."),
        ("Beta", "Vote", "\u201cWe will win,\u201d Steele said. Columnist Ana Ruiz wrote that the race was close."),
    ]
    analyses = analyse_articles([Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies])
    rows = {r.outlet: r for r in compare_event(analyses, with_labels=False).scorecard}
    for r in rows.values():
        assert r.type_shares is not None and list(r.type_shares) == list(SPEAKER_TYPES)
        assert abs(sum(r.type_shares.values()) - 1) < 1e-3
    # Beta says nothing of Steele: the role Alpha gives types him political in Beta too
    assert rows["Beta"].political_share == 0.5 and rows["Beta"].media_share == 0.5
    assert rows["Alpha"].political_share == rows["Alpha"].media_share == rows["Alpha"].unknown_share
    assert rows["Alpha"].citizen_share == 0.0 and rows["Alpha"].official_share == 0.0
