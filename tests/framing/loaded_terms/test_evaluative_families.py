"""The lexicon's evaluative families of ordinary coverage (the sixth pass): opportunism verbs,
championing verbs, combat idioms of politics, forced entry, accolade compounds, leaning and size
labels, rehearsed speech, decay words. Each family in at least three sentences of our own where
it is a term, and where a neighbouring literal use is not."""

from __future__ import annotations

import pytest

FOUND = [
    # opportunism verbs: a response told as grabbing at an advantage
    ("loaded_verb", "Opposition parties seized on the delay in the tender.", "seized on"),
    ("loaded_verb", "The shadow minister pounced on the figures within the hour.", "pounced on"),
    ("loaded_verb", "Rival traders latched on to the rumour within minutes.", "latched on to"),
    ("loaded_verb", "Campaigners latched onto the mayor's throwaway remark.", "latched onto"),
    # championing verbs: advocacy or a reception told as celebration
    ("loaded_verb", "The senator championed the rail link for a decade.", "championed"),
    ("loaded_verb", "Farmers' groups hailed the ruling as a turning point.", "hailed"),
    ("loaded_verb", "The company touted its new battery at the trade fair.", "touted"),
    # combat idioms of politics
    ("loaded_verb", "The mayor picked a fight with the transport board.", "picked a fight"),
    ("loaded_verb", "The mayor fired back at her critics on Sunday.", "fired back"),
    ("loaded_verb", "The memo was a shot across the bow of the treasury.", "shot across the bow"),
    ("loaded_verb", "Both sides were accused of trying to score points.", "score points"),
    ("loaded_verb", "Ministers were quick to point the finger at the regulator.", "point the finger"),
    # forced entry told as an assault
    ("loaded_verb", "Supporters stormed the pitch after the final whistle.", "stormed"),
    ("loaded_verb", "Activists stormed the council chamber during the vote.", "stormed"),
    ("loaded_verb", "A crowd stormed the embassy compound overnight.", "stormed"),
    # accolade compounds
    ("praise", "The award-winning bakery opened a second shop.", "award-winning"),
    ("praise", "The clinic promised world-class care for every patient.", "world-class"),
    ("praise", "The nurses' pay rise was a hard-won settlement.", "hard-won"),
    # leaning and size labels
    ("pejorative_label", "The right-leaning columnist wrote about the budget.", "right-leaning"),
    ("pejorative_label", "A left-leaning foundation paid for the survey.", "left-leaning"),
    ("pejorative_label", "The property giant bought the old docks.", "giant"),
    ("pejorative_label", "The retail behemoth opened its tenth warehouse.", "behemoth"),
    ("pejorative_label", "The ad juggernaut reported record sales.", "juggernaut"),
    # rehearsed speech
    ("pejorative_label", "The spokesman stuck to the talking points.", "talking points"),
    ("pejorative_label", "Her talking points were handed out before the debate.", "talking points"),
    ("pejorative_label", "The memo listed talking points for every candidate.", "talking points"),
    # decay words
    ("emotional_appeal", "Pupils are taught in crumbling classrooms.", "crumbling"),
    ("emotional_appeal", "The dilapidated pier was closed in May.", "dilapidated"),
    ("emotional_appeal", "Tenants live in decrepit blocks on the edge of town.", "decrepit"),
]

NOT_FOUND = [
    # a thing as subject is not an actor: the weather storms, a seizure of goods is court news
    ("It stormed all night over the hills.", "stormed"),
    ("Customs officers seized the cargo at the port.", "seized"),
    # "giant" as an adjective of size, "hail" as weather
    ("A giant crane lifted the bridge section into place.", "giant"),
    ("Hail damaged crops across the valley.", "hail"),
    # the idioms' words used literally
    ("The ferry's bow was scraped against the pier.", "bow"),
    ("The boxers will fight again in May.", "fight"),
]


@pytest.mark.parametrize("category,sentence,text", FOUND, ids=[t for _, _, t in FOUND])
def test_family_term_found(parsed, terms, find, category, sentence, text):
    assert find(terms(parsed(sentence)), text).category == category


@pytest.mark.parametrize("sentence,word", NOT_FOUND, ids=[w for _, w in NOT_FOUND])
def test_literal_neighbour_not_a_lexicon_term(parsed, terms, texts, sentence, word):
    assert word not in " ".join(texts(terms(parsed(sentence))))


def test_every_family_has_three_sentences():
    from collections import Counter

    count = Counter(c for c, _, _ in FOUND)
    assert all(n >= 3 for n in count.values()), count
