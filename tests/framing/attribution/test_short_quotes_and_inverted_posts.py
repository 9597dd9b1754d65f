"""Quoted speech the cue finders missed in partisan and cable registers.

- a two-word quoted sentence after a tagged quotation ('"Something stinks."') continues it;
- derision as a reporting verb ("sneered that", "mocked that", "jeered that");
- an adjective's infinitive ("was careful to say", "was quick to point out that"): the speaker is
  the adjective's subject, unless the adjective says it was not done ("reluctant to say");
- after a quotation, a name the parser made the verb's object ('"...," posted Kayla Dorsey')
  is the speaker.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, second", [
    ('Tom Vale spoke on Monday. "I know every poll worker by name," he said. "Something stinks."', "Something stinks."),
    ('Ana Ruiz, a nurse, was blunt. "We are exhausted," she said. "Nobody listens."', "Nobody listens."),
    ('Farmer Jo Peck sold the herd. "The price fell again," she said. "Nobody cares."', "Nobody cares."),
])
def test_a_two_word_sentence_continues_the_quotation(attrs, body, second) -> None:
    items = [a for a in attrs(body) if a.kind == "direct"]
    assert len(items) == 2 and items[1].content.strip() == second and items[0].speaker == items[1].speaker


@pytest.mark.parametrize("body, speaker", [
    ('Party chair Wendy Sato sneered that Republicans were "trying to turn an error into a conspiracy."', "Wendy Sato"),
    ('The minister mocked that the opposition had "discovered arithmetic."', "minister"),
    ("Opponents jeered that the mayor had lost his nerve.", "Opponents"),
])
def test_derision_reports_speech(attrs, body, speaker) -> None:
    (a,) = attrs(body)
    assert a.speaker == speaker and a.kind == "indirect"


@pytest.mark.parametrize("body, speaker, content", [
    ('Tom Vale has been careful to say he is "not alleging fraud" while his campaign raises money.', "Tom Vale",
     "not alleging fraud"),
    ("The minister was quick to point out that the budget had grown.", "minister", "the budget had grown"),
    ("The mayor was careful to note that no charges had been filed.", "mayor", "no charges had been filed"),
])
def test_an_adjectives_infinitive_speaks_for_its_subject(attrs, body, speaker, content) -> None:
    (a,) = attrs(body)
    assert a.speaker == speaker and content in a.content


@pytest.mark.parametrize("body", [
    "Officials were reluctant to say whether the plant would close.",
    "The company was unable to say when the line would restart.",
    "Police were unwilling to say who had been detained.",
])
def test_an_infinitive_not_done_is_no_speech(attrs, body) -> None:
    assert attrs(body) == []


@pytest.mark.parametrize("body, speaker", [
    ('Conservative activists were quick to agree. "Ballots don\'t grow legs," posted Kayla Dorsey, a '
     'Republican precinct delegate from Corbin Falls with 40,000 followers on X.', "Kayla Dorsey"),
    ('Supporters piled in. "We won\'t back down," posted Ivo Marsh, a county chair from Glen Ellis with '
     '9,000 followers on X.', "Ivo Marsh"),
    ('The thread went viral. "They can\'t count," tweeted Ada Quill, a precinct captain from Vale County.',
     "Ada Quill"),
])
def test_a_name_after_the_verb_of_a_quotation_is_its_speaker(attrs, body, speaker) -> None:
    items = [a for a in attrs(body) if a.kind == "direct"]
    assert [a.speaker for a in items] == [speaker]
