import json

from framing.analysis import ArticleAnalysis, analyse_articles
from framing.analysers import BaseAnalyser, order_by_dependencies
from framing.model import Article

import pytest


def test_article_layout_and_stable_id():
    a = Article.create(title="  Big  news ", body="First para.\r\n\r\nSecond para line one.\nline two.", outlet="X")
    assert a.text == "Big news\n\nFirst para.\n\nSecond para line one.\nline two."
    assert a.headline.slice(a.text) == "Big news"
    kinds = [(p.kind, a.text[p.start:p.end]) for p in a.paragraphs]
    assert kinds == [("headline", "Big news"), ("body", "First para."), ("body", "Second para line one.\nline two.")]
    b = Article.create(title="Big news", body="First   para.\n\nSecond para line one. line two.", outlet="Y")
    assert a.id == b.id  # whitespace and outlet do not change the id
    c = Article.create(title="Big news", body="Another text.", outlet="X")
    assert c.id != a.id


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


def test_registry_orders_dependencies_and_rejects_cycles():
    def make(n, deps):
        return type(n, (BaseAnalyser,), {"name": n, "depends_on": deps})()

    order = [a.name for a in order_by_dependencies([make("b", ("a",)), make("a", ()), make("c", ("b",))])]
    assert order == ["a", "b", "c"]
    with pytest.raises(ValueError, match="cycle"):
        order_by_dependencies([make("x", ("y",)), make("y", ("x",))])
    with pytest.raises(ValueError, match="unknown"):
        order_by_dependencies([make("x", ("nope",))])


def test_long_article_is_parsed_in_pieces_with_the_same_offsets():
    from framing.parse import CHUNK_CHARS, parse_article, split_for_parsing

    para = "The minister said the protesters were rioters. Police responded with force. " * 40
    body = "\n\n".join([para] * (2 * CHUNK_CHARS // len(para) + 3))
    assert len(body) > 2 * CHUNK_CHARS
    pieces = split_for_parsing(body)
    assert "".join(pieces) == body and len(pieces) >= 3 and all(len(p) <= CHUNK_CHARS for p in pieces)
    a = Article.create(title="A long report", body=body, outlet="X")
    p = parse_article(a)
    assert p.doc.text == a.text
    last = p.sentences[-1]
    assert a.text[last.start:last.end] == "Police responded with force."
    assert all(not s.in_headline for s in p.sentences[1:])


def test_split_for_parsing_without_breaks_never_cuts_inside_a_word():
    from framing.parse import split_for_parsing

    text = "word " * 1000
    pieces = split_for_parsing(text, limit=333)
    assert "".join(pieces) == text and all(p.endswith(" ") for p in pieces[:-1])


def test_cache_is_keyed_by_outlet_too():
    """Attribution reads the outlet (an outlet citing itself is no source): a renamed outlet is re-analysed."""
    body = "Water bosses pocketed bonuses, the Beacon can reveal. The health minister said the firm had failed."
    cache: dict = {}
    [unknown] = analyse_articles([Article.create(title="T", body=body, outlet="Unknown outlet")], cache=cache)
    [beacon] = analyse_articles([Article.create(title="T", body=body, outlet="Beacon")], cache=cache)
    assert {k[1] for k in cache} == {"Unknown outlet", "Beacon"}
    speakers = [a.speaker for a in beacon.results["attributions"]]
    assert "Beacon" not in speakers and any("minister" in s for s in speakers)
