"""Tone toward each actor: finding the mentions, scoring and aggregating them per actor."""

import json

from framing.serialise import from_jsonable, to_jsonable
from framing.tone.actors import ActorTone, actor_tones, find_mentions, majority_label
from framing.tone.sentences import Distribution


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


def test_actor_tone_aggregates_mentions_with_evidence(parsed, tone_of):
    body = ("The charity Bright Harbour won praise for its brilliant, generous relief work. "
            "Volunteers thanked Bright Harbour for saving lives.\n\n"
            "Prosecutors accused the firm Grayline of fraud, bribery and deadly negligence.")
    p = parsed(body, title="Relief work")
    actors = {a.actor_id: a for a in actor_tones(p, tone_of(p))}
    harbour = actors["bright-harbour"]
    grayline = actors["grayline"]
    assert harbour.mentions == 2 and harbour.mean_score > grayline.mean_score
    assert grayline.label == "negative"
    m = grayline.items[0]
    assert p.text[m.start:m.end] == "Grayline"
    assert p.text[m.sentence_start:m.sentence_end].startswith("Prosecutors")
    assert any(e.reason.startswith("VADER lexicon") and p.text[e.start:e.end] == e.text for e in m.evidence)


def test_majority_label_ties_between_negative_and_positive_are_neutral():
    assert majority_label(Distribution(0.5, 0.0, 0.5, 2)) == "neutral"
    assert majority_label(Distribution(0.25, 0.25, 0.5, 4)) == "positive"
    assert majority_label(Distribution(0.5, 0.5, 0.0, 2)) == "neutral"
    assert majority_label(Distribution(0.6, 0.2, 0.2, 5)) == "negative"


def test_actor_tone_round_trips_through_json(parsed, tone_of):
    p = parsed('Crowds cheered the result. "We are thrilled," a supporter said.')
    actors = actor_tones(p, tone_of(p))
    data = json.loads(json.dumps(to_jsonable(actors)))
    assert from_jsonable(list[ActorTone], data) == actors


# Family: a place name that is only the sentence's setting (after a locative preposition, modifying
# another noun, a dateline) is not an actor; a place that acts, is acted on or owns something is.
import pytest  # noqa: E402


@pytest.mark.parametrize("body, place", [
    ("Clashes broke out in Almaty on Wednesday, and shops stayed shut.", "Almaty"),
    ("Extra police were deployed across Ohio after the vote.", "Ohio"),
    ("The Chicago airport was closed for a second day.", "Chicago"),
    ("MOSCOW, March 3 (Wire) - Police detained dozens of people.", "MOSCOW"),
])
def test_a_place_that_is_the_setting_is_not_an_actor(parsed, body: str, place: str) -> None:
    p = parsed(body, title="A report")
    assert not [m for m in find_mentions(p) if place in p.text[m[0]:m[1]]]


@pytest.mark.parametrize("body, place", [
    ("Russia asked its allies for more troops on Friday.", "Russia"),
    ("Critics accused France of ignoring the warnings.", "France"),
    ("Germany's chancellor spoke to reporters in the afternoon.", "Germany"),
])
def test_a_place_that_acts_is_an_actor(parsed, body: str, place: str) -> None:
    p = parsed(body, title="A report")
    assert [m for m in find_mentions(p) if place in p.text[m[0]:m[1]]]


@pytest.mark.parametrize("body", [
    "The Harbour Post has learned that Mayor Ruth Adler will resign. Adler told The Harbour Post she was tired.",
    "Officials refused to tell the Harbour Post why the bridge was closed. Police did not reply.",
    "Readers of The Harbour Post wrote in their hundreds. The Harbour Post asked Ruth Adler to respond.",
])
def test_the_articles_own_outlet_is_not_an_actor(parsed, body: str) -> None:
    p = parsed(body, title="Mayor to resign", outlet="The Harbour Post")
    found = [p.text[m[0]:m[1]] for m in find_mentions(p)]
    assert not any("Harbour Post" in text for text in found)


def test_another_outlet_is_still_an_actor(parsed) -> None:
    p = parsed("Mayor Ruth Adler told the Harbour Post she was tired.", title="Mayor", outlet="Northline Wire")
    assert any("Harbour Post" in p.text[m[0]:m[1]] for m in find_mentions(p))


# Family: a nationality used as an adjective ("Tavrian police") qualifies the actor it modifies and
# is no actor; a people named as a noun ("the Calderians") is one.
@pytest.mark.parametrize("body, word, actor", [
    ("Merish police detained the marchers on Friday.", "Merish", False),
    ("The Norvan government denied the report.", "Norvan", False),
    ("The Calderians voted on Sunday.", "Calderians", True),
])
def test_a_demonym_adjective_is_no_actor(parsed, body: str, word: str, actor: bool) -> None:
    p = parsed(body, title="A report")
    assert bool([m for m in find_mentions(p) if word in p.text[m[0]:m[1]]]) is actor


# Family: a place the article uses as a place (tagged GPE anywhere, or after "in") is the setting
# when it is described by "be", is the place of a part or of its people, or a destination; it
# stays an actor when it acts or owns something else.
@pytest.mark.parametrize("second", [
    "The streets of Bristol were empty.", "Bristol was quiet on Sunday.", "The minister visited Bristol on Monday.",
    "Bristol's main square was sealed off.", "The people of Bristol are angry.",
])
def test_a_place_described_or_visited_is_the_setting(parsed, second: str) -> None:
    p = parsed("Clashes broke out in Bristol on Friday. " + second, title="A report")
    assert not [m for m in find_mentions(p) if "Bristol" in p.text[m[0]:m[1]]]


# Family: an actor noun before a building or place noun ("the regional government building",
# "police headquarters") names the place, not the actor.
@pytest.mark.parametrize("body, word, actor", [
    ("Protesters gathered outside the regional government building.", "government", False),
    ("Crowds marched to the police headquarters at noon.", "police", False),
    ("The government said the march was lawful.", "government", True),
])
def test_an_actor_noun_naming_a_building_is_no_actor(parsed, body: str, word: str, actor: bool) -> None:
    p = parsed(body, title="A report")
    assert bool([m for m in find_mentions(p) if p.text[m[0]:m[1]].lower() == word]) is actor


def test_the_outlets_initials_in_its_dateline_are_not_an_actor(parsed) -> None:
    p = parsed("LYON, May 2 (NRW) - Police cleared the square. NRW could not confirm the figure.",
               title="Square cleared", outlet="Northern River Wire")
    assert not [m for m in find_mentions(p) if "NRW" in p.text[m[0]:m[1]]]


# Family: the place names of a wire dateline ("LYON, France, May 2 (NRW) -") and a place as the
# object of a verb that takes no actor ("the pipeline that supplies Lyon") are the setting; a place
# addressed or judged as an actor ("accused France") stays one.
@pytest.mark.parametrize("body, place, actor", [
    ("LYON, France, May 2 (NRW) - Police cleared the square.", "France", False),
    ("Clashes broke out in Lyon. The pipeline that supplies Lyon burst on Monday.", "Lyon", False),
    ("Critics accused France of ignoring the warnings.", "France", True),
])
def test_a_dateline_region_or_a_supplied_place_is_the_setting(parsed, body: str, place: str, actor: bool) -> None:
    p = parsed(body, title="A report", outlet="Northern River Wire")
    assert bool([m for m in find_mentions(p) if place in p.text[m[0]:m[1]]]) is actor
