"""How much of each article is shared with the rest of the coverage, and how alike articles are.

Sentences are compared by TF-IDF cosine over their content-word lemmas (from the
``content`` analyser); a sentence with a counterpart at or above ``threshold`` in another
article is *shared*, otherwise it is the article's own (*unique*). Sentences with fewer than
``MIN_TERMS`` content words (datelines, "he said.") are left out of the shares. Articles
are compared by TF-IDF cosine over all their lemmas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..analysers.content import Content, Term
from ..analysis import ArticleAnalysis, result_of
from .common import Evidence, Sentences, make_evidence

#: sentence pairs at or above this cosine say the same thing (tuned on paraphrased news
#: sentences of our test events: paraphrases 0.35-0.7, unrelated sentences on one story < 0.3)
SENTENCE_THRESHOLD = 0.4
MIN_TERMS = 3


@dataclass
class SentenceRow:
    article: int      # index into the analyses
    sentence: int     # sentence index in the article
    start: int
    end: int
    lemmas: list[str]


def _terms(analysis: ArticleAnalysis) -> list[Term]:
    content = result_of(analysis, "content", Content)
    return content.terms if content is not None else []


class SentenceIndex:
    """Sentences of an event with their TF-IDF vectors and the sentence × sentence cosine."""

    def __init__(self, analyses: Sequence[ArticleAnalysis], min_terms: int = MIN_TERMS) -> None:
        self.analyses = list(analyses)
        self.sentences = {a.article.id: Sentences(a) for a in self.analyses}
        rows: list[SentenceRow] = []
        for ai, a in enumerate(self.analyses):
            by_sent: dict[int, list[Term]] = {}
            for t in _terms(a):
                by_sent.setdefault(t.sentence, []).append(t)
            spans = self.sentences[a.article.id]
            for si in sorted(by_sent):
                ts = by_sent[si]
                if len(ts) < min_terms or si < 0:
                    continue
                s0, s1 = spans.span(si) if si < len(spans.spans) else (ts[0].start, ts[-1].end)
                rows.append(SentenceRow(ai, si, s0, s1, [t.lemma for t in ts]))
        self.rows = rows
        self.outlets = [self.analyses[r.article].article.outlet for r in rows]
        self.row_article = np.array([r.article for r in rows], dtype=int)
        if rows:
            from sklearn.feature_extraction.text import TfidfVectorizer

            vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
            self.X = vec.fit_transform([r.lemmas for r in rows])
            self.sim = (self.X @ self.X.T).toarray()
        else:
            self.X = None
            self.sim = np.zeros((0, 0))

    def evidence(self, row: int) -> Evidence:
        r = self.rows[row]
        a = self.analyses[r.article]
        return make_evidence(a, self.sentences[a.article.id], r.start, r.end, r.sentence)


@dataclass
class ArticleOverlap:
    article_id: str
    outlet: str
    title: str
    sentences: int            # sentences compared (with ≥ MIN_TERMS content words)
    shared: int
    unique: int
    shared_share: float | None
    unique_share: float | None
    unique_sentences: list[Evidence] = field(default_factory=list)


@dataclass
class Similarity:
    article_ids: list[str]
    labels: list[str]
    matrix: list[list[float]]   # article × article cosine (1.0 on the diagonal)
    articles: list[ArticleOverlap] = field(default_factory=list)
    sentence_threshold: float = SENTENCE_THRESHOLD


def _article_matrix(analyses: Sequence[ArticleAnalysis]) -> np.ndarray:
    docs = [[t.lemma for t in _terms(a)] for a in analyses]
    if not any(docs):
        return np.eye(len(analyses))
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2").fit_transform(docs)
    m = (X @ X.T).toarray()
    np.fill_diagonal(m, 1.0)
    return m


def similarity(analyses: Sequence[ArticleAnalysis], index: SentenceIndex | None = None,
               threshold: float = SENTENCE_THRESHOLD) -> Similarity:
    analyses = list(analyses)
    index = index or SentenceIndex(analyses)
    m = _article_matrix(analyses)
    overlaps: list[ArticleOverlap] = []
    for ai, a in enumerate(analyses):
        rows = np.nonzero(index.row_article == ai)[0] if len(index.rows) else np.array([], dtype=int)
        others = index.row_article != ai if len(index.rows) else np.array([], dtype=bool)
        shared = unique = 0
        unique_ev: list[Evidence] = []
        for r in rows:
            best = float(index.sim[r, others].max()) if others.any() else 0.0
            if best >= threshold:
                shared += 1
            else:
                unique += 1
                unique_ev.append(index.evidence(int(r)))
        n = shared + unique
        overlaps.append(ArticleOverlap(a.article.id, a.article.outlet, a.article.title, n, shared, unique,
                                       round(shared / n, 4) if n else None, round(unique / n, 4) if n else None,
                                       unique_ev))
    labels = [f"{a.article.outlet}: {a.article.title[:40]}" for a in analyses]
    return Similarity([a.article.id for a in analyses], labels,
                      [[round(float(x), 4) for x in row] for row in m], overlaps, threshold)


@dataclass
class SharedSentence:
    """A sentence of one article said in another too: the sentence, its closest counterpart, their cosine."""

    sentence: Evidence
    counterpart: Evidence
    cosine: float


def shared_sentences(analyses: Sequence[ArticleAnalysis], article_id: str, other_id: str | None = None,
                     threshold: float = SENTENCE_THRESHOLD,
                     index: SentenceIndex | None = None) -> list[SharedSentence]:
    """The sentences of ``article_id`` with a counterpart at or above ``threshold`` in ``other_id``
    (None: in any other article), in text order, each with its closest counterpart there: the
    sentences behind an article's *shared* share (:func:`similarity`) and behind a pair's cell."""
    index = index or SentenceIndex(analyses)
    ids = [a.article.id for a in index.analyses]
    if article_id not in ids or not index.rows:
        return []
    ai = ids.index(article_id)
    if other_id is None:
        others = index.row_article != ai
    elif other_id in ids and other_id != article_id:
        others = index.row_article == ids.index(other_id)
    else:
        return []
    if not others.any():
        return []
    candidates = np.nonzero(others)[0]
    out: list[SharedSentence] = []
    for r in np.nonzero(index.row_article == ai)[0]:
        scores = index.sim[r, candidates]
        best = int(np.argmax(scores))
        if float(scores[best]) >= threshold:
            out.append(SharedSentence(index.evidence(int(r)), index.evidence(int(candidates[best])),
                                      round(float(scores[best]), 4)))
    return out
