"""Article similarity and each outlet's share of its own sentences."""

from __future__ import annotations


def test_similarity_shares(fuel) -> None:
    sim = fuel.similarity
    n = len(sim.article_ids)
    assert n == 3 and all(sim.matrix[i][i] == 1.0 for i in range(n))
    assert all(0 < sim.matrix[0][j] < 1 for j in (1, 2))
    for o in sim.articles:
        assert o.shared + o.unique == o.sentences > 0
        assert len(o.unique_sentences) == o.unique
        assert o.shared > 0  # the three reports share some sentences


def test_shared_sentences_are_the_ones_behind_each_shared_share(fuel, analyses, by_story) -> None:
    from framing.compare.similarity import SENTENCE_THRESHOLD, SentenceIndex, shared_sentences

    members = by_story(analyses, "fuel")
    index = SentenceIndex(members)
    ids = [a.article.id for a in members]
    for o in fuel.similarity.articles:
        pairs = shared_sentences(members, o.article_id, index=index)
        assert len(pairs) == o.shared > 0
        assert all(p.sentence.article_id == o.article_id != p.counterpart.article_id for p in pairs)
        assert all(p.cosine >= SENTENCE_THRESHOLD for p in pairs)
        assert [p.sentence.start for p in pairs] == sorted(p.sentence.start for p in pairs)
        own = {(e.start, e.end) for e in o.unique_sentences}
        assert not own & {(p.sentence.start, p.sentence.end) for p in pairs}  # shared and own never overlap
        # one pair's sentences: those said in that other article, each with its counterpart there
        by_pair = [p for other in ids if other != o.article_id
                   for p in shared_sentences(members, o.article_id, other, index=index)]
        assert {(p.sentence.start) for p in by_pair} == {p.sentence.start for p in pairs}
        for other in ids:
            if other != o.article_id:
                assert all(p.counterpart.article_id == other
                           for p in shared_sentences(members, o.article_id, other, index=index))
    assert shared_sentences(members, ids[0], ids[0]) == []      # an article with itself: none
    assert shared_sentences(members, "no-such-article") == []
