"""Stance-marker densities per 1,000 words by category, voice and position; the JSON round trip;
the pieces of a long article scored as one."""

from __future__ import annotations

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.analysers.stance_markers import ANALYSER
from framing.model import Article
from framing.stance_markers import StanceMarkers, score_markers


def test_densities_by_category_voice_and_narrator(stance):
    result = stance('The army reportedly withdrew. The minister claimed the city was calm. '
                    '"It is obviously over," said the mayor, Jon Vale.')
    s = result.scores
    assert s.total == 3 and s.words > 0
    assert s.by_category == {"booster": 1, "distancing_verb": 1, "hedge": 1}
    assert s.by_voice["narrator"] == 2 and s.by_voice["quoted"] == 1
    assert s.narrator_total == 2
    assert s.narrator_per_1000 == round(1000 * 2 / s.words, 2)
    assert s.by_category_per_1000["hedge"] == round(1000 / s.words, 2)
    assert s.narrator_by_category_per_1000 == {"distancing_verb": round(1000 / s.words, 2),
                                               "hedge": round(1000 / s.words, 2)}
    assert s.by_category_voice["booster"]["quoted"] == 1


def test_no_markers_no_words():
    s = score_markers([], 0)
    assert s.total == 0 and s.per_1000 == 0.0


def test_result_survives_the_json_round_trip():
    body = "The council allegedly lost the files, and the mayor admitted that the audit was late."
    [r] = analyse_articles([Article.create(title="Files", body=body, outlet="Test Outlet", source="test")])
    again = ArticleAnalysis.from_json(r.to_json())
    assert isinstance(again.results["stance_markers"], StanceMarkers)
    assert again.results["stance_markers"] == r.results["stance_markers"]
    assert [m["text"] for m in r.to_json()["stance_markers"]["markers"]] == ["allegedly", "admitted"]


def test_pieces_of_a_long_article_are_scored_as_one():
    para = "The convoy reportedly crossed the river. The general admitted that the bridge was lost."
    body = "\n\n".join([para] * 40)
    article = Article.create(title="River", body=body, outlet="Test Outlet", source="test")
    [whole] = analyse_articles([article])
    [pieces] = analyse_articles([article], piece_chars=1000)
    a, b = whole.results["stance_markers"], pieces.results["stance_markers"]
    assert [(m.start, m.category) for m in a.markers] == [(m.start, m.category) for m in b.markers]
    assert a.scores.total == b.scores.total == 80 and a.scores.words == b.scores.words


def test_summary_row_for_csv_and_table_output(stance):
    row = ANALYSER.summary_row(stance("The army reportedly withdrew."))
    assert row["stance_markers"] == 1 and row["stance_hedge"] == 1 and row["narrator_stance_per_1000"] > 0


def test_cli_csv_and_table_carry_the_stance_columns():
    from framing.cli import render

    [r] = analyse_articles([Article.create(title="Files", body="The council allegedly lost the files.",
                                           outlet="Test Outlet", source="test")])
    header = render([r], "csv").splitlines()[0].split(",")
    assert {"stance_markers", "stance_per_1000", "narrator_stance_per_1000", "stance_hedge"} <= set(header)
    assert "narrator_stance_per_1000" in render([r], "table").splitlines()[0]
