"""The learned scorer's features of one word: the families of cases each one names, in sentences
of our own."""

from __future__ import annotations

import pytest

from framing.loaded_terms.word_features import lemma_prior_features, word_features
from framing.model import Article
from framing.parse import parse_article


def features_of(text: str, word: str) -> dict[str, float]:
    doc = parse_article(Article.create(title="", body=text)).doc
    tok = next(t for t in doc if t.text == word)
    return word_features(tok)


@pytest.mark.parametrize("text, word", [
    ("The geothermal plant pumps brine from a depth of two kilometres.", "geothermal"),
    ("The hydroelectric station upstream was shut for repairs.", "hydroelectric"),
    ("A new cardiology ward opened at the county hospital.", "cardiology"),
])
def test_words_built_on_a_technical_combining_form(text, word):
    assert "technical_form" in features_of(text, word)


@pytest.mark.parametrize("text, word", [
    ("Engineers checked the pressure valves at the pumping station.", "pressure"),
    ("The water district will replace the cast-iron mains next year.", "water"),
    ("Crews repaired the bridge deck over the weekend.", "bridge"),
])
def test_a_noun_modifying_a_noun_is_a_compound_part(text, word):
    assert "noun_compound_modifier" in features_of(text, word)


@pytest.mark.parametrize("text, word", [
    ("The board swiftly approved the contract.", "swiftly"),
    ("The minister quietly dropped the plan in August.", "quietly"),
    ("Officials hastily rewrote the rules.", "hastily"),
])
def test_a_manner_adverb_of_an_action_in_the_narrator_s_words(text, word):
    f = features_of(text, word)
    assert f.get("manner_adverb_of_verb") == 1.0 and f.get("manner_adverb_narrator") == 1.0


def test_a_manner_adverb_inside_a_quotation_is_not_the_narrator_s():
    doc = parse_article(Article.create(title="", body='"We moved swiftly," the mayor said.')).doc
    tok = next(t for t in doc if t.text == "swiftly")
    f = word_features(tok, in_quote=3)
    assert "manner_adverb_of_verb" in f and "manner_adverb_narrator" not in f and "narrator_ADV" not in f


@pytest.mark.parametrize("text, word, feature", [
    ("Critics mocked the governor after the debate.", "mocked", "verb_actor_object"),
    ("The mayor hailed the ruling as a victory.", "hailed", "verb_as_complement"),
    ("The senator scoffed that the plan would never pass.", "scoffed", "verb_attribution_position"),
])
def test_verbs_in_the_position_of_a_judgement_or_an_attribution(text, word, feature):
    f = features_of(text, word)
    assert f.get("verb_actor_subject") == 1.0 and f.get(feature) == 1.0


@pytest.mark.parametrize("text, word", [
    ("A fire gutted the warehouse overnight.", "gutted"),
    ("The storm toppled trees across the county.", "toppled"),
    ("The train derailed near the river crossing.", "derailed"),
])
def test_a_verb_whose_subject_is_a_thing(text, word):
    f = features_of(text, word)
    assert f.get("verb_thing_subject") == 1.0 and "verb_actor_subject" not in f


def test_plain_reporting_verbs_are_not_in_attribution_position():
    f = features_of("The senator said that the plan would never pass.", "said")
    assert "verb_attribution_position" not in f


def test_an_unseen_lemma_is_weighed_by_part_of_speech_only():
    """A weight for "never seen" as such, and again by frequency band, read every rare word as
    loaded (a field's nouns: "spillway", "aquifer")."""
    f = lemma_prior_features(0, 0, 0.1, 1.0, "NOUN", has_valence=False)
    assert sorted(k for k in f if k.startswith("lemma_unseen")) == ["lemma_unseen_NOUN", "lemma_unseen_no_valence_NOUN"]
    assert [k for k in lemma_prior_features(0, 0, 0.1, 1.0, "ADJ", has_valence=True)
            if k.startswith("lemma_unseen")] == ["lemma_unseen_ADJ"]
    seen = lemma_prior_features(3, 10, 0.1, 1.0, "ADJ", has_valence=True)
    assert not any(k.startswith("lemma_unseen") for k in seen)


@pytest.mark.parametrize("text, word", [
    ("Bus fares rose to 250 dinars on Monday.", "dinars"),
    ("The province has two prefectures and a dozen rural districts.", "prefectures"),
    ("Crews repaired 40 kilometres of track over the weekend.", "kilometres"),
])
def test_a_noun_with_a_number_is_counted(text, word):
    assert "counted_noun" in features_of(text, word)


@pytest.mark.parametrize("text, word", [
    ("The dinar weakened against the euro.", "dinar"),
    ("Critics called the scheme a boondoggle.", "boondoggle"),
])
def test_a_noun_without_a_number_is_not_counted(text, word):
    assert "counted_noun" not in features_of(text, word)
