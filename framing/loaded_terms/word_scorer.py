"""The learned loaded-word scorer: the probability that a word carries a judgement.

A logistic regression over the named features of :mod:`.word_features`, trained on MBIC by
``training/train_loaded_word_scorer.py`` and shipped as gzipped JSON
(``framing/data/models/loaded_word_scorer.json.gz``: feature name -> weight, the intercept, the
default threshold and the cross-validated figures at it). Loading reads JSON only: offline, no
pickle. :meth:`WordScorer.explain` names the features that pushed a word's probability up most,
so every flagged word says why.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
import math
import operator
import pathlib
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Token

from ..word_lists import DATA_DIR
from .lexicon import Lexicon, builtin_lexicon
from .matcher import Match, Matcher
from .token_table import syntax_table, token_table
from .word_features import (
    candidate_indices, lemma_key, reported_tokens, shared_lemma_prior_features, sentence_context, word_features_at,
)

DEFAULT_MODEL_PATH = DATA_DIR / "models" / "loaded_word_scorer.json.gz"

class ScorerModelError(RuntimeError):
    """The shipped scorer file is missing or unreadable (a broken install)."""


@dataclass(frozen=True)
class Contribution:
    """One feature's share of a word's score: its name, value × weight."""

    feature: str
    weight: float


@dataclass(frozen=True)
class WordScorer:
    intercept: float
    threshold: float
    weights: Mapping[str, float]
    cross_validation: Mapping[str, Any]
    about: str
    #: lemma -> (times marked by MBIC's annotators, times seen) in the training data
    lemmas: Mapping[str, tuple[int, int]]
    base_rate: float
    smoothing: float

    def full_features(self, tok: Token, features: Mapping[str, float]) -> dict[str, float]:
        """``features`` plus the lemma-prior features of ``tok`` from the training table."""
        return self.full_features_of(lemma_key(tok), tok.pos_, features)

    def full_features_of(self, lemma: str, pos: str, features: Mapping[str, float]) -> dict[str, float]:
        """:meth:`full_features` of a word with this lemma key (:func:`.word_features.lemma_key`)
        and part of speech."""
        marked, seen = self.lemmas.get(lemma, (0, 0))
        # the cached prior (never changed here: it is merged into a new dict)
        return {**features, **shared_lemma_prior_features(marked, seen, self.base_rate, self.smoothing, pos,
                                                          "vader_abs" in features)}

    def logit(self, features: Mapping[str, float]) -> float:
        # the same products summed in the same order as a generator over items(), without one
        # Python frame per feature
        return self.intercept + sum(map(operator.mul, features.values(),
                                        map(self.weights.get, features.keys(), itertools.repeat(0.0))))

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.logit(features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def explain(self, features: Mapping[str, float], top: int = 4) -> list[Contribution]:
        """The features that raised this word's score most (positive contributions first)."""
        get = self.weights.get
        # plain tuples first: a Contribution is built only for the ``top`` kept
        parts = [(n, w) for n, w in ((n, round(v * get(n, 0.0), 3)) for n, v in features.items()) if w > 0]
        parts.sort(key=lambda p: (-p[1], p[0]))
        return [Contribution(n, w) for n, w in parts[:top]]


@functools.lru_cache(maxsize=4)
def load_word_scorer(path: pathlib.Path = DEFAULT_MODEL_PATH) -> WordScorer:
    try:
        body = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        return WordScorer(
            intercept=float(body["intercept"]), threshold=float(body["threshold"]),
            weights={str(k): float(v) for k, v in body["weights"].items()},
            cross_validation=dict(body.get("cross_validation") or {}), about=str(body.get("about", "")),
            lemmas={str(k): (int(v[0]), int(v[1])) for k, v in body["lemmas"].items()},
            base_rate=float(body["base_rate"]), smoothing=float(body["smoothing"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ScorerModelError(
            f"{path}: the loaded-word model could not be read ({exc}); reinstall framing or rebuild it "
            "with training/train_loaded_word_scorer.py") from exc


@functools.lru_cache(maxsize=1)
def model_fingerprint(path: pathlib.Path = DEFAULT_MODEL_PATH) -> str:
    """A short hash of the shipped model file (results cached under another model are stale)."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _lexicon_categories_by_token(matches: Iterable[Match]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for m in matches:
        for i in range(m.i, m.j):
            out.setdefault(i, set()).add(m.entry.category)
    return out


@functools.lru_cache(maxsize=1)
def _builtin_matcher() -> Matcher:
    return Matcher(builtin_lexicon())


def article_word_features(parsed: Any, lexicon: Lexicon | None = None, matcher: Matcher | None = None,
                          matches: Sequence[Match] | None = None) -> Iterator[tuple[Token, dict[str, float]]]:
    """(token, features) for every candidate word of a parsed article, in text order.

    The lexicon families are those of ``matches`` (the lexicon matches already found), else of
    ``matcher``/``lexicon`` (the built-in lexicon by default); quotation spans come from the
    parsed article's shared quotation list."""
    doc = parsed.doc
    for i, f in _indexed_word_features(parsed, lexicon, matcher, matches):
        yield doc[i], f


def _quote_sizes(parsed: Any, starts: Sequence[int]) -> dict[int, int]:
    """Per token index (``starts``: the tokens' character offsets, ascending) the word count of
    the first quotation in the article's list whose inside holds the token's start."""
    text = parsed.text
    out: dict[int, int] = {}
    for q in parsed.quotes:
        a, b = q.inner_start, q.inner_end
        size = 0
        for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            if k not in out:
                if not size:
                    size = max(1, len(text[a:b].split()))
                out[k] = size
    return out


def _indexed_word_features(parsed: Any, lexicon: Lexicon | None = None, matcher: Matcher | None = None,
                           matches: Sequence[Match] | None = None) -> Iterator[tuple[int, dict[str, float]]]:
    """:func:`article_word_features` by token index (no spaCy ``Token`` built per word)."""
    doc = parsed.doc
    if matches is None:
        if matcher is None:
            matcher = _builtin_matcher() if lexicon is None else Matcher(lexicon)
        matches = matcher.find(doc)
    cats = _lexicon_categories_by_token(matches)
    reported = reported_tokens(doc)
    context = sentence_context(doc)
    table, syn = token_table(doc), syntax_table(doc)
    in_quote = _quote_sizes(parsed, table.idx)
    for i in candidate_indices(doc):
        yield i, word_features_at(doc, i, table, syn, lexicon_categories=cats.get(i, ()), in_quote=in_quote.get(i, 0),
                                  reported=i in reported, context=context[i])


@dataclass(frozen=True)
class WordScore:
    """The scorer's judgement of one word: token index, probability, the features behind it."""

    i: int
    probability: float
    features: dict[str, float]


def score_words(parsed: Any, scorer: WordScorer, matcher: Matcher | None = None,
                matches: Sequence[Match] | None = None) -> dict[int, WordScore]:
    """The probability of every candidate word of a parsed article, by token index."""
    out: dict[int, WordScore] = {}
    table = token_table(parsed.doc)
    lemma, pos = table.lemma, table.pos
    for i, f in _indexed_word_features(parsed, matcher=matcher, matches=matches):
        full = scorer.full_features_of(lemma[i], pos[i], f)
        out[i] = WordScore(i, scorer.probability(full), full)
    return out
