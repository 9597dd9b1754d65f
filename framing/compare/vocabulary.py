"""Distinctive vocabulary: which words each outlet uses more than the rest of the coverage.

For each outlet against all other outlets of the event (one against the rest), the
log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008),
"Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of
Political Conflict", *Political Analysis* 16(4), eq. 16-22:

    δ_w = log((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))
    σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)          z_w = δ_w / σ(δ_w)

with ``i`` the outlet, ``j`` the rest, ``α_w = α_0 · (y_w / n)`` the prior from the event's
pooled counts and ``α_0 = prior_scale · n`` (default 0.2). The prior shrinks rare words toward zero, so a
word one outlet used once does not top the list. Terms are lemmatised content words
(stop words removed before counting) and bigrams of two adjacent content words (no stop
word, punctuation or sentence boundary between them). Each term keeps the sentences it
occurs in as evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from ..analysers.content import Content, Term
from ..analysis import ArticleAnalysis, result_of
from .common import Evidence, Sentences, make_evidence, outlet_order

MIN_Z = 1.96
#: α_0 as a share of the event's pooled term count: 0.2 keeps words one outlet uses 3-5 times and
#: the others never (a prior as strong as the data, 1.0, hid nearly everything on 6-article events)
PRIOR_SCALE = 0.2
MAX_EVIDENCE = 12
#: on small events few terms reach z ≥ 1.96 (4 uses against none scores ~1.9 on 80-word articles);
#: lists shorter than this are filled with the next terms of positive z, marked not significant
FILL_TO = 5


@dataclass
class DistinctiveTerm:
    term: str
    ngram: int
    z: float
    log_odds: float
    count: int          # in this outlet
    count_rest: int     # in the other outlets
    per_1000: float     # per 1,000 terms of this outlet
    per_1000_rest: float
    significant: bool = True    # z ≥ min_z (others fill short lists on small events; see FILL_TO)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class OutletVocabulary:
    outlet: str
    articles: int
    terms_counted: int
    distinctive: list[DistinctiveTerm] = field(default_factory=list)


def log_odds_z(y_i: Counter, y_j: Counter, prior: Counter, alpha0: float) -> dict[str, tuple[float, float]]:
    """``term -> (δ, z)`` for every term in ``y_i`` (Monroe et al. 2008, informative prior)."""
    n_i, n_j, n_p = sum(y_i.values()), sum(y_j.values()), sum(prior.values())
    out: dict[str, tuple[float, float]] = {}
    if n_i == 0 or n_p == 0:
        return out
    for w, a_count in y_i.items():
        a_w = alpha0 * prior[w] / n_p
        if a_w <= 0:
            continue
        yi, yj = a_count, y_j.get(w, 0)
        li = math.log((yi + a_w) / (n_i + alpha0 - yi - a_w))
        lj = math.log((yj + a_w) / (n_j + alpha0 - yj - a_w))
        delta = li - lj
        var = 1.0 / (yi + a_w) + 1.0 / (yj + a_w)
        out[w] = (delta, delta / math.sqrt(var))
    return out


def _ngrams(analysis: ArticleAnalysis) -> list[tuple[str, int, int, int, int]]:
    """(term, n, start, end, sentence) for unigrams and bigrams of one article."""
    content = result_of(analysis, "content", Content)
    out: list[tuple[str, int, int, int, int]] = []
    prev: Term | None = None
    for t in content.terms if content is not None else []:
        lemma, start, end, sent, pos = t.lemma, t.start, t.end, t.sentence, t.pos
        out.append((lemma, 1, start, end, sent))
        if prev is not None and prev.pos == pos - 1 and prev.sentence == sent:
            out.append((f"{prev.lemma} {lemma}", 2, prev.start, end, sent))
        prev = t
    return out


_NAME_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: words of an outlet's name that are not its name ("The Rights Ledger": "the" is anyone's word)
_NAME_STOPWORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "at", "to", "&"})


def name_words(outlet: str) -> frozenset[str]:
    """The words of an outlet's name as a term may write them (lower case, a plural's or
    possessive's ``s`` dropped too): "The Rights Ledger" -> {"rights", "right", "ledger"}.

    >>> sorted(name_words("The Rights Ledger"))
    ['ledger', 'right', 'rights']
    """
    out: set[str] = set()
    for w in _NAME_WORD.findall(outlet.lower()):
        if w in _NAME_STOPWORDS:
            continue
        out.add(w)
        if len(w) > 3 and w.endswith("s"):
            out.add(w[:-1])
    return frozenset(out)


def is_own_name(term: str, outlet: str) -> bool:
    """Whether every word of ``term`` is a word of the outlet's own name ("national steppe" of
    National Steppe Broadcasting, "ledger" of The Rights Ledger): its byline and self-references,
    not a word it chose for the story, so never one of its distinctive terms."""
    words = term.split()
    own = name_words(outlet)
    return bool(words) and all(w in own for w in words)


def distinctive_terms(analyses: Sequence[ArticleAnalysis], top: int = 15, min_z: float = MIN_Z,
                      prior_scale: float = PRIOR_SCALE, min_count: int = 2,
                      fill_to: int = FILL_TO) -> list[OutletVocabulary]:
    """Per outlet, its terms with ``z ≥ min_z`` against the rest (at most ``top``, highest first).

    Lists shorter than ``fill_to`` are completed with the next terms (``significant=False``).

    With a single outlet there is nothing to compare against: the lists are empty.
    """
    outlets = outlet_order(analyses)
    counts: dict[str, dict[int, Counter]] = {o: {1: Counter(), 2: Counter()} for o in outlets}
    where: dict[tuple[str, str], list[tuple[ArticleAnalysis, int, int, int]]] = defaultdict(list)
    n_articles: Counter = Counter(a.article.outlet for a in analyses)
    for a in analyses:
        o = a.article.outlet
        for term, n, start, end, sent in _ngrams(a):
            counts[o][n][term] += 1
            where[(o, term)].append((a, start, end, sent))
    sentences = {a.article.id: Sentences(a) for a in analyses}
    out: list[OutletVocabulary] = []
    for o in outlets:
        found: list[DistinctiveTerm] = []
        n_uni = sum(counts[o][1].values())
        if len(outlets) > 1:
            for n in (1, 2):
                y_i = counts[o][n]
                y_j: Counter = Counter()
                for other in outlets:
                    if other != o:
                        y_j.update(counts[other][n])
                prior = y_i + y_j
                alpha0 = prior_scale * sum(prior.values())
                n_i, n_j = max(1, sum(y_i.values())), max(1, sum(y_j.values()))
                for term, (delta, z) in log_odds_z(y_i, y_j, prior, alpha0).items():
                    if z <= 0.5 or y_i[term] < min_count or is_own_name(term, o):
                        continue
                    found.append(DistinctiveTerm(term, n, round(z, 3), round(delta, 4), y_i[term], y_j.get(term, 0),
                                                 round(1000 * y_i[term] / n_i, 2), round(1000 * y_j.get(term, 0) / n_j, 2),
                                                 z >= min_z))
        found.sort(key=lambda t: (-t.z, t.term))
        n_sig = sum(1 for t in found if t.significant)
        found = found[:max(n_sig, min(fill_to, len(found)))]
        # a unigram wholly inside a listed bigram adds nothing: keep the bigram
        kept: list[DistinctiveTerm] = []
        for t in found:
            if t.ngram == 1 and any(b.ngram == 2 and t.term in b.term.split() and b.count >= t.count for b in kept):
                continue
            kept.append(t)
            if len(kept) >= top:
                break
        for t in kept:
            for a, start, end, sent in where[(o, t.term)][:MAX_EVIDENCE]:
                t.evidence.append(make_evidence(a, sentences[a.article.id], start, end, sent))
        out.append(OutletVocabulary(o, n_articles[o], n_uni, kept))
    return out
