"""Events: which articles tell the same story (clustering, user assignment, merged names)."""

from __future__ import annotations

import pathlib
from framing.compare import events_from_assignment, group_events
from framing.compare.common import merge_names


def test_mixed_upload_splits_into_the_two_events(analyses, by_story) -> None:
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


# -- grouping that splits like an editor's (our own two related stories: tests/framing/data/events) --

import dataclasses  # noqa: E402

import pytest  # noqa: E402

from framing.analysis import ArticleAnalysis, analyse_articles  # noqa: E402
from framing.compare.events import (  # noqa: E402
    DATE_GAP_PENALTY, DEFAULT_THRESHOLD, SAME_OUTLET_PENALTY, article_features, pair_distances,
)
from framing.ingest import load_paths  # noqa: E402

HARBOUR = pathlib.Path(__file__).resolve().parents[1] / "data" / "events"


@pytest.fixture(scope="module")
def harbour() -> list[ArticleAnalysis]:
    """Two stories at one port in one week (a dock strike, a ferry fire), three outlets each."""
    report = load_paths(sorted(HARBOUR.glob("*.txt")))
    assert not report.problems and len(report.articles) == 6
    return analyse_articles(report.articles)


def _story(a: ArticleAnalysis) -> str:
    return pathlib.Path(a.article.source or "").name.split("-")[0]


def test_related_stories_on_one_topic_stay_apart_and_each_story_together(harbour) -> None:
    events = group_events(harbour)
    stories = sorted(sorted(_story(a) for a in harbour if a.article.id in e.article_ids) for e in events)
    assert stories == [["dock"] * 3, ["ferry"] * 3]


def _as(a: ArticleAnalysis, **changes: str | None) -> ArticleAnalysis:
    return ArticleAnalysis(dataclasses.replace(a.article, **changes), a.results)


def test_two_articles_of_one_outlet_are_further_apart_by_the_outlet_prior(harbour) -> None:
    a, b = harbour[0], harbour[1]  # two outlets' reports of the strike
    cross = pair_distances([a, b])[0, 1]
    same = pair_distances([a, _as(b, outlet=a.article.outlet)])[0, 1]
    assert same == pytest.approx(cross + SAME_OUTLET_PENALTY)


def test_reports_weeks_apart_are_further_apart_by_the_date_prior(harbour) -> None:
    a, b = harbour[0], harbour[1]
    near = pair_distances([a, _as(b, published="2026-04-20")])[0, 1]   # 6 days: no penalty
    far = pair_distances([a, _as(b, published="2026-05-20")])[0, 1]    # 36 days
    unknown = pair_distances([a, _as(b, published=None)])[0, 1]        # no date: no penalty
    assert near == pytest.approx(unknown) and far == pytest.approx(near + DATE_GAP_PENALTY)


def test_features_weigh_the_headline_and_carry_bigrams_and_figures(harbour) -> None:
    fire = next(a for a in harbour if a.article.outlet == "Harbour Gazette" and _story(a) == "ferry")
    feats = article_features(fire)
    assert feats.count("evacuation") > feats.count("coastguard")      # headline word vs body word, once each
    assert "engine room" in feats and "smoke inhalation" in feats      # adjacent lemmas
    assert any(f.startswith("num:") and f.endswith(":140") for f in feats)  # "140 passengers"


def test_an_article_with_no_words_is_an_event_of_its_own(harbour) -> None:
    blank = ArticleAnalysis(dataclasses.replace(harbour[0].article, id="blank", outlet="Elsewhere"), {})
    blank.article.text = ""
    events = group_events(list(harbour) + [blank], threshold=DEFAULT_THRESHOLD)
    assert ["blank"] in [e.article_ids for e in events]


def test_articles_naming_no_one_in_common_are_further_apart_by_the_entity_prior(harbour, monkeypatch) -> None:
    import importlib

    from framing.compare.events import ENTITY_DISJOINT_PENALTY

    events_module = importlib.import_module("framing.compare.events")

    strike = next(a for a in harbour if _story(a) == "dock")
    other = ArticleAnalysis(strike.article, dict(strike.results))
    content = other.results["content"]
    other.results["content"] = dataclasses.replace(
        content, entities=[dataclasses.replace(e, text=e.text[::-1], norm=e.norm[::-1]) for e in content.entities])
    other = _as(other, outlet="Another Outlet", id="other")
    with_prior = pair_distances([strike, other])[0, 1]
    monkeypatch.setattr(events_module, "ENTITY_DISJOINT_PENALTY", 0.0)
    assert with_prior == pytest.approx(pair_distances([strike, other])[0, 1] + ENTITY_DISJOINT_PENALTY)


def test_idf_is_shrunk_in_a_small_upload_so_shared_words_still_count() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from framing.compare.events import _idf_weighted

    docs = [["strike", "dock", "rota"], ["strike", "dock", "ship"], ["strike", "dock", "cargo"]]
    ours = _idf_weighted(docs)
    plain = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(docs)
    assert (ours @ ours.T).toarray()[0, 1] > (plain @ plain.T).toarray()[0, 1]
    big = docs + [[f"w{i}", f"v{i}"] for i in range(200)]  # a large upload keeps nearly the full idf
    ours_big, plain_big = _idf_weighted(big), TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(big)
    assert abs((ours_big @ ours_big.T).toarray()[0, 1] - (plain_big @ plain_big.T).toarray()[0, 1]) < 0.1


def test_an_events_name_depends_only_on_its_own_articles(analyses, by_story) -> None:
    flood = by_story(analyses, "flood")
    alone = group_events(flood)
    with_other = group_events(flood + by_story(analyses, "fuel"))
    ids = set(alone[0].article_ids)
    same = next(e for e in with_other if set(e.article_ids) == ids)
    assert len(alone) == 1 and same.name == alone[0].name
