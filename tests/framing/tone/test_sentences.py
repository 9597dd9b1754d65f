"""Sentence tone: VADER per sentence, labels and distributions, narrator vs quoted words."""

import json

from framing.serialise import from_jsonable, to_jsonable
from framing.tone.sentences import Tone, distribution, label_of, sentence_tone_words, vader_analyzer, vader_compound


def test_label_band_and_distribution():
    assert label_of(0.05) == "positive" and label_of(-0.05) == "negative" and label_of(0.049) == "neutral"
    d = distribution([0.6, -0.3, 0.0, 0.01])
    assert (d.negative, d.neutral, d.positive, d.n) == (0.25, 0.5, 0.25, 4)
    assert distribution([]).n == 0


def test_vader_analyser_is_created_once():
    assert vader_analyzer() is vader_analyzer()
    assert vader_compound("The volunteers did a wonderful job.") > 0.05


def test_tone_words_are_lexicon_words_strongest_first_and_negation_flips_them():
    text = "Intro. The rescue was not good but the storm was terrible."
    start = text.index("The")
    words = sentence_tone_words(text, start, len(text))
    assert [(w.word, w.valence) for w in words] == [("rescue", 2.3), ("terrible", -2.1), ("good", -1.406)]  # 1.9 × -0.74: "not good"
    assert all(text[w.start:w.end] == w.word for w in words)


def test_article_tone_is_mean_of_sentences_not_whole_text(parsed, tone_of):
    body = ("The flood destroyed hundreds of homes and killed nine people.\n\n"
            "Volunteers brought food and warm blankets, and neighbours were grateful.\n\n"
            "The council meets on Tuesday.")
    p = parsed(body, title="River floods the old town")
    tone = tone_of(p)
    body_scores = [s.compound for s in tone.sentences if not s.in_headline]
    assert len(body_scores) == 3
    assert tone.mean == round(sum(body_scores) / 3, 4)
    assert tone.distribution.negative == round(1 / 3, 4) and tone.distribution.positive == round(1 / 3, 4)
    first = next(s for s in tone.sentences if not s.in_headline)
    assert first.label == "negative"
    # the reasons are spans of lexicon words in the text
    words = {p.text[w.start:w.end].lower() for w in first.words}
    assert "killed" in words or "destroyed" in words


def test_quoted_words_are_scored_apart_from_the_narrator(parsed, tone_of):
    body = ('The minister opened the new bridge on Monday. '
            '"This is a disgraceful, corrupt waste of public money," said a local councillor.')
    p = parsed(body)
    tone = tone_of(p)
    quoted_sentence = [s for s in tone.sentences if s.quoted]
    assert quoted_sentence, "the quotation was not found"
    q = quoted_sentence[0].quoted[0]
    assert "disgraceful" in p.text[q.start:q.end]
    assert q.compound < -0.05
    assert tone.quoted.mean < tone.narrator.mean
    assert tone.quoted.words >= 8


def test_scare_quotes_stay_narrator_words(parsed, tone_of):
    p = parsed('Officials blamed the unrest on "bandits" who they said came from abroad.')
    tone = tone_of(p)
    assert all(not s.quoted for s in tone.sentences)
    assert tone.quoted.mean is None


def test_tone_round_trips_through_json(parsed, tone_of):
    p = parsed('Crowds cheered the result. "We are thrilled," a supporter said.')
    tone = tone_of(p)
    data = json.loads(json.dumps(to_jsonable(tone)))
    assert from_jsonable(Tone, data) == tone
