"""Running the analysers: lossless JSON of an analysis, and the result cache."""

from __future__ import annotations

import json

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
