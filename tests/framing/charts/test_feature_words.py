"""The learned scorer's feature ids in plain words (framing.charts.feature_words): every feature
the trained scorer has gets words, none shows an id."""

from __future__ import annotations

import re

from framing.charts.feature_words import feature_words, features_in_words, scorer_reason


def test_the_brief_examples_read_as_words():
    assert feature_words("narrator_ADJ") == "adjective in the narrator's voice"
    assert feature_words("vader_strong") == "strongly negative or positive in VADER"
    assert feature_words("lemma_unseen_VERB") == "a verb the training data never saw"
    assert feature_words("lexicon=praise", {"praise": "Praise"}) == "in the project lexicon (Praise)"


def test_every_feature_of_the_trained_scorer_has_words_without_ids():
    from framing.loaded_terms.word_scorer import load_word_scorer

    id_like = re.compile(r"=|_[A-Z]{2,}|\b[A-Z]{2,}\b(?<!VADER)|[a-z]_[a-z]")
    for feature in load_word_scorer().weights:
        words = feature_words(feature)
        assert words and not id_like.search(words.replace("VADER", "")), (feature, words)


def test_an_unknown_feature_is_spelled_out_and_repeats_are_said_once():
    assert feature_words("some_new_feature") == "some new feature"
    assert features_in_words(["vader_neg", "vader_neg", "negated"]) == "negative in VADER; negated (“not”)"
    assert scorer_reason(None, []) == "flagged by the learned word scorer"
    assert "40 % likely" in scorer_reason(0.4, ["tag=VBD"]) and "past tense" in scorer_reason(0.4, ["tag=VBD"])
