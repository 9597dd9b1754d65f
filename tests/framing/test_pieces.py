"""Long texts analysed one piece at a time: the pieces' results, shifted into the article,
equal the analysis of the whole text, and only one piece's ``Doc`` is alive at a time.

A tiny piece size (``piece_chars``) makes a short article long, so this runs in seconds."""

from __future__ import annotations

import dataclasses
import gc
from typing import Any

import pytest
from spacy.tokens import Doc

from framing.analysis import AnalysisFailure, analyse_articles
from framing.model import Article
from framing.parse import parse_pieces
from framing.pieces import PieceOffsets, shift_spans

from .test_long_articles import BLOCK, SEP

PIECE = len(BLOCK) + 40  # one block and a little: a 5-block article is cut into 5 pieces


@pytest.fixture(scope="module")
def article() -> Article:
    return Article.create(title="Protests spread", body=SEP.join([BLOCK] * 5), outlet="Test Wire", source="test")


@pytest.fixture(scope="module")
def whole_and_pieces(article: Article) -> tuple[Any, Any]:
    whole, pieces = analyse_articles([article]), analyse_articles([article], piece_chars=PIECE)
    return whole[0].results, pieces[0].results


def test_the_article_is_cut_into_five_paragraph_aligned_pieces(article: Article) -> None:
    pieces = list(parse_pieces(article, PIECE))
    assert len(pieces) == 5
    assert "".join(p.parsed.text for p in pieces) == article.text
    assert all(p.parsed.text.endswith(SEP) for p in pieces[:-1])
    starts = [sum(len(q.parsed.text) for q in pieces[:k]) for k in range(len(pieces))]
    assert [p.offsets.chars for p in pieces] == starts
    assert [p.offsets.paragraphs for p in pieces] == [0, 6, 11, 16, 21]  # the headline, then 5 per block


def test_pieces_are_parsed_lazily_one_doc_alive_at_a_time(article: Article) -> None:
    def docs_alive() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, Doc))

    before = docs_alive()
    alive = []
    for piece in parse_pieces(article, PIECE):
        alive.append(docs_alive() - before)
        del piece
    assert alive == [1] * 5


@pytest.mark.parametrize("name", ["attributions", "loaded_terms", "tone", "counts", "frames", "language",
                                  "readability", "sources"])
def test_merged_pieces_equal_the_whole_text(whole_and_pieces: tuple[Any, Any], name: str) -> None:
    """Nothing in this article crosses a paragraph: every list, offset and recomputed summary
    is the whole text's (summaries are recomputed from the joined lists, not added)."""
    whole, pieces = whole_and_pieces
    assert pieces[name] == whole[name]


def test_content_and_actor_tone_keep_every_span(whole_and_pieces: tuple[Any, Any]) -> None:
    whole, pieces = whole_and_pieces
    key = lambda x: (x.lemma, x.start, x.end, x.sentence)  # noqa: E731 - pos is a relative counter
    assert [key(t) for t in pieces["content"].terms] == [key(t) for t in whole["content"].terms]
    assert pieces["content"].entities == whole["content"].entities
    assert pieces["content"].numbers == whole["content"].numbers
    spans = lambda r: sorted((a.actor_id, m.start, m.end, m.sentence_index) for a in r for m in a.items)  # noqa: E731
    assert spans(pieces["actor_tone"]) == spans(whole["actor_tone"])
    assert {a.actor_id: a.mentions for a in pieces["actor_tone"]} == {a.actor_id: a.mentions for a in whole["actor_tone"]}


def test_the_lede_is_the_first_three_body_sentences_of_the_article(whole_and_pieces: tuple[Any, Any]) -> None:
    _, pieces = whole_and_pieces
    positions = [s.position for s in pieces["tone"].sentences]
    assert positions[:4] == ["headline", "lede", "lede", "lede"] and set(positions[4:]) == {"body"}


def test_shift_moves_offsets_and_indexes_but_not_markers() -> None:
    from framing.attribution import Attribution

    fields = {f.name: f for f in dataclasses.fields(Attribution)}
    required: dict[str, Any] = {n: ("" if f.type in ("str", "str | None") else 0) for n, f in fields.items()
                                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    a = Attribution(**required)
    a.content_start, a.content_end, a.speaker_start, a.sentence_index = 10, 20, -1, 2
    a.content_parts = [[10, 12], [15, 20]]
    shift_spans([a], PieceOffsets(chars=1000, sentences=50, paragraphs=3))
    assert (a.content_start, a.content_end, a.speaker_start, a.sentence_index) == (1010, 1020, -1, 52)
    assert a.content_parts == [[1010, 1012], [1015, 1020]]


def test_an_article_over_its_time_budget_is_named_and_the_others_are_analysed(article: Article) -> None:
    short = Article.create(title="Calm day", body="Nothing happened. Residents said so.", outlet="B", source="b.txt")
    failures: list[AnalysisFailure] = []
    out = analyse_articles([article, short], time_budget=0.0, failures=failures)
    assert out == [] and [f.article for f in failures] == [article, short]
    assert "time budget of 0 s" in failures[0].message and str(failures[0]).startswith("test: ")
    assert [a.article for a in analyse_articles([article, short], time_budget=None)] == [article, short]


def test_a_failure_without_a_failures_list_is_a_warning_naming_the_article(article: Article) -> None:
    with pytest.warns(UserWarning, match="not analysed: test: took longer"):
        assert analyse_articles([article], time_budget=0.0, piece_chars=PIECE) == []
