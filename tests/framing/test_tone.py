"""Sentence tone (VADER per sentence), narrator vs quoted, and the actor_tone analyser."""

import json

from framing.analysers.actor_tone import ANALYSER as ACTOR_TONE, ActorTone, actor_outlet_matrix, find_mentions
from framing.analysers.attributions import ANALYSER as ATTRIBUTIONS
from framing.analysers.tone import ANALYSER as TONE, Tone
from framing.serialise import from_jsonable, to_jsonable
from framing.tone import distribution, label_of, vader_analyzer, vader_compound


def _tone(parsed_article):
    prior = {"attributions": ATTRIBUTIONS.analyse(parsed_article, {})}
    prior["tone"] = TONE.analyse(parsed_article, prior)
    return prior


def test_label_band_and_distribution():
    assert label_of(0.05) == "positive" and label_of(-0.05) == "negative" and label_of(0.049) == "neutral"
    d = distribution([0.6, -0.3, 0.0, 0.01])
    assert (d.negative, d.neutral, d.positive, d.n) == (0.25, 0.5, 0.25, 4)
    assert distribution([]).n == 0


def test_vader_analyser_is_created_once():
    assert vader_analyzer() is vader_analyzer()
    assert vader_compound("The volunteers did a wonderful job.") > 0.05


def test_article_tone_is_mean_of_sentences_not_whole_text(parsed):
    body = ("The flood destroyed hundreds of homes and killed nine people.\n\n"
            "Volunteers brought food and warm blankets, and neighbours were grateful.\n\n"
            "The council meets on Tuesday.")
    p = parsed(body, title="River floods the old town")
    tone = _tone(p)["tone"]
    body_scores = [s.compound for s in tone.sentences if not s.in_headline]
    assert len(body_scores) == 3
    assert tone.mean == round(sum(body_scores) / 3, 4)
    assert tone.distribution.negative == round(1 / 3, 4) and tone.distribution.positive == round(1 / 3, 4)
    first = next(s for s in tone.sentences if not s.in_headline)
    assert first.label == "negative"
    # the reasons are spans of lexicon words in the text
    words = {p.text[w.start:w.end].lower() for w in first.words}
    assert "killed" in words or "destroyed" in words


def test_quoted_words_are_scored_apart_from_the_narrator(parsed):
    body = ('The minister opened the new bridge on Monday. '
            '"This is a disgraceful, corrupt waste of public money," said a local councillor.')
    p = parsed(body)
    tone = _tone(p)["tone"]
    quoted_sentence = [s for s in tone.sentences if s.quoted]
    assert quoted_sentence, "the quotation was not found"
    q = quoted_sentence[0].quoted[0]
    assert "disgraceful" in p.text[q.start:q.end]
    assert q.compound < -0.05
    assert tone.quoted.mean < tone.narrator.mean
    assert tone.quoted.words >= 8


def test_scare_quotes_stay_narrator_words(parsed):
    p = parsed('Officials blamed the unrest on "bandits" who they said came from abroad.')
    tone = _tone(p)["tone"]
    assert all(not s.quoted for s in tone.sentences)
    assert tone.quoted.mean is None


def test_tone_round_trips_through_json(parsed):
    p = parsed('Crowds cheered the result. "We are thrilled," a supporter said.')
    prior = _tone(p)
    data = json.loads(json.dumps(to_jsonable(prior["tone"])))
    assert from_jsonable(Tone, data) == prior["tone"]
    actors = ACTOR_TONE.analyse(p, prior)
    data = json.loads(json.dumps(to_jsonable(actors)))
    assert from_jsonable(list[ActorTone], data) == actors


def test_actor_mentions_entities_and_referents(parsed):
    body = ("Police arrested dozens of protesters in Riverton on Friday. "
            "Mayor Helen Okafor praised the police. Okafor said the protesters had been peaceful.")
    p = parsed(body)
    mentions = find_mentions(p)
    names = {m[2] for m in mentions}
    assert "police" in names and "protesters" in names
    # a surname joins the full name
    okafor = [m for m in mentions if "Okafor" in p.text[m[0]:m[1]]]
    assert len(okafor) == 2 and len({m[2] for m in okafor}) == 1


def test_actor_tone_aggregates_mentions_with_evidence(parsed):
    body = ("The charity Bright Harbour won praise for its brilliant, generous relief work. "
            "Volunteers thanked Bright Harbour for saving lives.\n\n"
            "Prosecutors accused the firm Grayline of fraud, bribery and deadly negligence.")
    p = parsed(body, title="Relief work")
    actors = {a.actor_id: a for a in ACTOR_TONE.analyse(p, _tone(p))}
    harbour = actors["bright-harbour"]
    grayline = actors["grayline"]
    assert harbour.mentions == 2 and harbour.mean_score > grayline.mean_score
    assert grayline.label == "negative"
    m = grayline.items[0]
    assert p.text[m.start:m.end] == "Grayline"
    assert p.text[m.sentence_start:m.sentence_end].startswith("Prosecutors")
    assert any(e.reason.startswith("VADER lexicon") and p.text[e.start:e.end] == e.text for e in m.evidence)


def test_actor_outlet_matrix(parsed):
    a = parsed("Police attacked peaceful marchers with batons.", outlet="Outlet A")
    b = parsed("Police bravely protected the town and helped families.", outlet="Outlet B")
    rows = [(x.article.id, x.article.outlet, x.text, ACTOR_TONE.analyse(x, _tone(x))) for x in (a, b)]
    cells = {(c.actor_id, c.outlet): c for c in actor_outlet_matrix(rows)}
    ca, cb = cells[("police", "Outlet A")], cells[("police", "Outlet B")]
    assert ca.mentions == 1 and cb.mentions == 1
    assert ca.mean_score < cb.mean_score
    assert ca.sentences[0]["text"].startswith("Police attacked")
