"""Stance markers in sentences of our own: hedges, boosters and reporting verbs, each with its
category, voice, speaker, position and the entry or verb stance that produced it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body,word,category", [
    # hearsay and appearance hedges
    ("The convoy reportedly crossed the border at dawn.", "reportedly", "hedge"),
    ("The treasurer allegedly moved the funds to a private account.", "allegedly", "hedge"),
    ("The new bridge is supposedly safe for lorries.", "supposedly", "hedge"),
    ("The visit was ostensibly about trade.", "ostensibly", "hedge"),
    ("The old mill was apparently sold last spring.", "apparently", "hedge"),
    ("The striker is arguably the best player in the league.", "arguably", "hedge"),
    # agentless hearsay
    ("The chairman is said to be furious about the leak.", "is said", "hedge"),
    ("The two rivals are believed to have met in secret.", "are believed", "hedge"),
    ("It is alleged that the ballots were printed twice.", "is alleged", "hedge"),
    # boosters
    ("The minister clearly misled parliament about the costs.", "clearly", "booster"),
    ("This is obviously a mistake by the council.", "obviously", "booster"),
    ("The plan undeniably failed the poorest families.", "undeniably", "booster"),
    ("Of course, the budget was never going to balance.", "of course", "booster"),
    ("The tax cut will, in fact, cost more than it saves.", "in fact", "booster"),
    ("Needless to say, the deadline was missed.", "needless to say", "booster"),
    # reporting verbs, by the attribution's stance family
    ("The minister claimed the network was losing money.", "claimed", "distancing_verb"),
    ("The company insisted that the product was safe.", "insisted", "distancing_verb"),
    ("Police alleged that the driver had been drinking.", "alleged", "distancing_verb"),
    ("Officials admitted that the count was wrong.", "admitted", "concession_verb"),
    ("The coach conceded that his side had been poor.", "conceded", "concession_verb"),
    ("The auditor noted that two invoices were missing.", "noted", "endorsing_verb"),
    ("The engineer pointed out that the bridge was closed.", "pointed out", "endorsing_verb"),
    # emphatic reporting verbs of emphasis (boosters of speech)
    ("The mayor stressed that the repairs would be quick.", "stressed", "emphatic_verb"),
    ("The governor emphasised that nobody would be left behind.", "emphasised", "emphatic_verb"),
    ("The minister underlined that the dam was safe.", "underlined", "emphatic_verb"),
    # sourcing hedges
    ("According to the ministry, twelve villages lost power.", "According to", "sourcing"),
    ("The plant closed early, as reported by the local paper.", "as reported by", "sourcing"),
    # rhetorical doubt
    ("Whether the cuts work remains to be seen.", "remains to be seen", "hedge"),
    ("Who wins the seat is anyone's guess.", "anyone's guess", "hedge"),
])
def test_each_family_is_found(markers, find, body, word, category):
    m = find(markers(body), word)
    assert m.category == category, m
    assert m.note and m.rule


@pytest.mark.parametrize("body", [
    "The mayor said the bridge would open in May.",            # a neutral reporting verb
    "The flood claimed three homes in the valley.",            # claim, not a reporting verb
    "She was admitted to hospital on Monday.",                 # admit, not a reporting verb
    "She spoke clearly to the crowd in the square.",           # manner adverb
    "The witness could not hear the driver clearly.",          # manner adverb
    "The rules were written plainly so anyone could follow them.",
    "The statement was said aloud at the start of the session.",  # a passive with no content
    "The alleged attack happened near the station.",           # a participle, no hearsay passive
    "The union urged members to stay calm.",                   # emphatic family, but a demand, not emphasis
    "They asked whether the road was open.",                   # an indirect question, no doubt raised
])
def test_neutral_words_are_no_stance_markers(markers, body):
    assert markers(body) == []


def test_claimed_and_admitted_are_stance_markers_not_loaded_terms():
    """The two verbs that were loaded terms before stance markers had their own key."""
    from framing.analysis import analyse_articles
    from framing.model import Article

    body = ("The transport minister claimed the fare rise was modest. Later the ministry admitted "
            "that ticket prices had doubled in a year.")
    [r] = analyse_articles([Article.create(title="Fares", body=body, outlet="Test Outlet", source="test")])
    assert not [t for t in r.results["loaded_terms"] if t.text in ("claimed", "admitted")]
    found = {m.text: m for m in r.results["stance_markers"].markers}
    assert found["claimed"].category == "distancing_verb"
    assert found["admitted"].category == "concession_verb"
    assert found["claimed"].about_speaker and "minister" in found["claimed"].about_speaker
    assert found["admitted"].rule == "reporting_verb:guilt_implying" and found["admitted"].term == "admit"


def test_markers_keep_offsets_position_and_sentence(stance):
    title = "Rebels reportedly seize the airport"
    result = stance("Clearly, the talks have failed. The army said the rebels had fled.\n\n"
                    "Later, the general admitted that the airport was lost.", title)
    text = title + "\n\n" + "Clearly, the talks have failed. The army said the rebels had fled.\n\n" \
        "Later, the general admitted that the airport was lost."
    by_text = {m.text: m for m in result.markers}
    assert set(by_text) == {"reportedly", "Clearly", "admitted"}
    for m in result.markers:
        assert text[m.start:m.end] == m.text
    assert by_text["reportedly"].position == "headline"
    assert by_text["Clearly"].position == "lede" and by_text["Clearly"].sentence_index == 1
    assert [m.start for m in result.markers] == sorted(m.start for m in result.markers)


def test_voice_narrator_quoted_and_reported(markers, find):
    found = markers('"The plan will obviously fail," said union leader Ana Ruiz. The mayor clearly '
                    'disagreed. The council said the budget was apparently balanced.')
    quoted = find(found, "obviously")
    assert (quoted.voice, quoted.speaker) == ("quoted", "Ana Ruiz")
    assert find(found, "clearly").voice == "narrator" and find(found, "clearly").speaker is None
    reported = find(found, "apparently")
    assert reported.voice == "reported" and "council" in (reported.speaker or "")


def test_a_verb_after_its_clause_is_the_narrators(markers, find):
    m = find(markers("At least 64 people were arrested, police admitted."), "admitted")
    assert m.voice == "narrator" and m.category == "concession_verb"


def test_a_word_counted_as_loaded_language_is_not_counted_again():
    """"boasted" is a distancing reporting verb and a loaded verb: it is counted once, as loaded."""
    from framing.analysis import analyse_articles
    from framing.model import Article

    body = "The mayor boasted that the city was booming. The mayor claimed that crime had fallen."
    [r] = analyse_articles([Article.create(title="City", body=body, outlet="Test Outlet", source="test")])
    assert [t.text for t in r.results["loaded_terms"] if t.category == "loaded_verb"] == ["boasted"]
    assert [m.text for m in r.results["stance_markers"].markers] == ["claimed"]


def test_a_user_lexicon_that_disables_a_loaded_verb_makes_it_a_stance_marker(tmp_path):
    from framing.analysers import AnalysisOptions, build_analysers
    from framing.analysis import analyse_articles
    from framing.loaded_terms import load_lexicon
    from framing.model import Article

    f = tmp_path / "mine.csv"
    f.write_text("term,category,action\nboast,,disable\n")
    analysers = build_analysers(AnalysisOptions(lexicon=load_lexicon(f)))
    stance = next(a for a in analysers if a.name == "stance_markers")
    assert stance.fingerprint() != next(a for a in build_analysers() if a.name == "stance_markers").fingerprint()
    body = "The mayor boasted that the city was booming."
    [r] = analyse_articles([Article.create(title="City", body=body, outlet="Test Outlet", source="test")], analysers)
    assert [(m.text, m.category) for m in r.results["stance_markers"].markers] == [("boasted", "distancing_verb")]


def test_stance_verbs_are_left_to_stance_markers_by_the_loaded_word_scorer():
    """A reporting verb that is a stance marker ("emphasised") is not also an evaluative term."""
    from framing.analysis import analyse_articles
    from framing.model import Article

    body = "The governor emphasised that nobody would be left behind after the storm."
    [r] = analyse_articles([Article.create(title="Storm", body=body, outlet="Test Outlet", source="test")])
    assert not [t for t in r.results["loaded_terms"] if t.text == "emphasised"]
    assert [m.category for m in r.results["stance_markers"].markers if m.text == "emphasised"] == ["emphatic_verb"]
