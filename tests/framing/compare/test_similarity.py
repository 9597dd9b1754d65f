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
