"""Readability formulas on the shared parse, syllable cache, passive and agentless passives."""

import json

import textstat

from framing.analysers.readability import ANALYSER as READABILITY
from framing.readability import Readability, find_passives, readability, syllables
from framing.serialise import from_jsonable, to_jsonable


def test_syllables_are_cached_and_sensible():
    syllables.cache_clear()
    assert syllables("government") == 3
    assert syllables("cat") == 1
    assert syllables("Government") == 3
    assert syllables.cache_info().hits + syllables.cache_info().misses >= 3
    assert syllables("re-election") >= 4


def test_formulas_match_hand_computation(parsed):
    p = parsed("The cat sat on the mat. The dog ran to the park and barked loudly.", title="Pets")
    r = readability(p)
    assert r.sentences == 2 and r.words == 15
    wps = 15 / 2
    spw = r.syllables / 15
    assert r.mean_sentence_length == round(wps, 2)
    assert r.flesch_reading_ease == round(206.835 - 1.015 * wps - 84.6 * spw, 2)
    assert r.flesch_kincaid_grade == round(0.39 * wps + 11.8 * spw - 15.59, 2)
    assert r.flesch_reading_ease > 80  # plain words, short sentences


def test_short_sentences_count_unlike_textstat(parsed):
    body = "Troops fired. Crowds fled. Shops closed early across the whole city on Thursday."
    r = readability(parsed(body))
    assert r.sentences == 3
    assert textstat.sentence_count(body) < 3  # textstat drops sentences of two words or fewer


def test_harder_text_scores_harder(parsed):
    easy = readability(parsed("We went home. It was late. The sun was down and we ate bread."))
    hard = readability(parsed("The administration's unprecedented constitutional reinterpretation "
                              "substantially complicated international negotiations regarding "
                              "infrastructure liberalisation and institutional accountability."))
    assert hard.flesch_reading_ease < easy.flesch_reading_ease
    assert hard.flesch_kincaid_grade > easy.flesch_kincaid_grade
    assert hard.gunning_fog > easy.gunning_fog and hard.smog > easy.smog and hard.dale_chall > easy.dale_chall


def test_agentless_passives_are_found_with_spans(parsed):
    body = ("Mistakes were made. The bridge was built by local engineers. "
            "The decision is regarded as a turning point. Workers repaired the road.")
    p = parsed(body)
    passives = find_passives(p)
    by_verb = {x.verb: x for x in passives}
    assert set(by_verb) == {"made", "built", "regarded"}
    assert by_verb["made"].agentless and by_verb["regarded"].agentless
    assert not by_verb["built"].agentless
    assert by_verb["built"].agent == "by local engineers"
    assert p.text[by_verb["made"].start:by_verb["made"].end] == "Mistakes were made"
    r = readability(p)
    assert r.passive_sentences == 3 and r.agentless_sentences == 2
    assert r.passive_share == 0.75 and r.agentless_share == 0.5


def test_empty_body_has_no_scores(parsed):
    r = readability(parsed("...", title="Only a headline"))
    assert r.words == 0 and r.flesch_reading_ease is None


def test_round_trip_and_summary(parsed):
    p = parsed("The plan was approved. Citizens welcomed it warmly.")
    r = READABILITY.analyse(p, {})
    assert from_jsonable(Readability, json.loads(json.dumps(to_jsonable(r)))) == r
    row = READABILITY.summary_row(r)
    assert row["passive_share"] == 0.5 and row["agentless_passive_share"] == 0.5
