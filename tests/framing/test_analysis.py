"""Running the analysers: lossless JSON of an analysis, and the result cache."""

from __future__ import annotations

import json

import pytest

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.model import Article


def test_analysis_json_round_trip_is_lossless():
    a = Article.create(title="Fuel protests spread", body="Prices doubled on Sunday. Crowds gathered.\n\nPolice said 40 people were held.",
                       outlet="Wire", url="https://example.org/a", published="2022-01-04", byline="A. Writer", source="a.txt")
    [analysis] = analyse_articles([a])
    data = analysis.to_json()
    assert list(data)[:10] == ["id", "outlet", "title", "url", "published", "source", "byline",
                               "word_count", "sentence_count", "paragraph_count"]
    assert data["word_count"] == 12 and data["sentence_count"] == 3 and data["paragraph_count"] == 2
    assert [s["text"] for s in data["sentences"]] == ["Fuel protests spread", "Prices doubled on Sunday.", "Crowds gathered.", "Police said 40 people were held."]
    back = ArticleAnalysis.from_json(json.loads(json.dumps(data)))
    assert back.article == a
    assert back.results == analysis.results


def test_cache_skips_work_for_known_articles():
    a = Article.create(title="T", body="One sentence here.", outlet="O")
    cache: dict = {}
    first = analyse_articles([a], cache=cache)
    assert cache
    cache = {k: ("cached", v) for k, v in cache.items()}
    again = analyse_articles([a], cache=cache)
    assert all(isinstance(v, tuple) and v[0] == "cached" for v in again[0].results.values())
    assert first[0].article == again[0].article


def test_cache_is_keyed_by_outlet_too():
    """Attribution reads the outlet (an outlet citing itself is no source): a renamed outlet is re-analysed."""
    body = "Water bosses pocketed bonuses, the Beacon can reveal. The health minister said the firm had failed."
    cache: dict = {}
    [unknown] = analyse_articles([Article.create(title="T", body=body, outlet="Unknown outlet")], cache=cache)
    [beacon] = analyse_articles([Article.create(title="T", body=body, outlet="Beacon")], cache=cache)
    assert {k[1] for k in cache} == {"Unknown outlet", "Beacon"}
    speakers = [a.speaker for a in beacon.results["attributions"]]
    assert "Beacon" not in speakers and any("minister" in s for s in speakers)


def _typed_analysis() -> ArticleAnalysis:
    from framing.analysers.content import Content, Term

    article = Article.create(title="T", body="Fuel prices rose.", outlet="O")
    return ArticleAnalysis(article, {"content": Content(terms=[Term("fuel", 0, 4, 0, 1)]), "attributions": []})


def test_result_of_gives_the_typed_result_or_none_when_the_analyser_did_not_run():
    from framing.analysers.content import Content
    from framing.analysis import result_of
    from framing.frames import Frames

    analysis = _typed_analysis()
    content = result_of(analysis, "content", Content)
    assert content is not None and [t.lemma for t in content.terms] == ["fuel"]
    assert result_of(analysis, "frames", Frames) is None


def test_result_of_rejects_a_result_of_another_type():
    import pytest

    from framing.analysers.content import Content
    from framing.analysis import result_of
    from framing.serialise import to_jsonable
    from framing.tone.sentences import Tone

    analysis = _typed_analysis()
    with pytest.raises(TypeError, match="'content'.*expected Tone, got Content"):
        result_of(analysis, "content", Tone)
    analysis.results["content"] = to_jsonable(analysis.results["content"])  # JSON is converted at from_json, never read
    with pytest.raises(TypeError, match="expected Content, got dict"):
        result_of(analysis, "content", Content)


def test_list_result_of_checks_every_item():
    import pytest

    from framing.analysers.content import Term
    from framing.analysis import list_result_of
    from framing.attribution import Attribution

    analysis = _typed_analysis()
    assert list_result_of(analysis, "attributions", Attribution) == []
    assert list_result_of(analysis, "loaded_terms", Attribution) is None
    analysis.results["attributions"] = [Term("fuel", 0, 4, 0, 1)]
    with pytest.raises(TypeError, match="expected a list of Attribution, got one holding Term"):
        list_result_of(analysis, "attributions", Attribution)
    with pytest.raises(TypeError, match="expected list, got Content"):
        list_result_of(analysis, "content", Term)


def test_the_young_collection_threshold_is_raised_during_an_analysis_and_restored_after() -> None:
    import gc

    from framing.analysis import ANALYSIS_GC_THRESHOLD, _fewer_young_collections

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with _fewer_young_collections():
            assert gc.get_threshold() == (ANALYSIS_GC_THRESHOLD, 10, 10)
            with _fewer_young_collections():  # nested (or another thread's): restored by the last one out
                pass
            assert gc.get_threshold()[0] == ANALYSIS_GC_THRESHOLD
        assert gc.get_threshold() == (700, 10, 10)
        with pytest.raises(RuntimeError):
            with _fewer_young_collections():
                raise RuntimeError("an analyser failed")
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(50_000, 10, 10)  # a caller's higher threshold stays
        with _fewer_young_collections():
            assert gc.get_threshold()[0] == 50_000
        gc.set_threshold(0)  # automatic collection turned off stays off
        with _fewer_young_collections():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
