"""Words that are no speaker: demonstratives, polls, abstract nouns; names with a word glued on."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body", [
    "That said, the mayor remained calm about the deficit.",
    "Those said nothing new about the schedule.",
    "This suggests the road will close in June.",
])
def test_a_demonstrative_alone_is_nobody(parsed, body) -> None:
    items = extract_attributions(parsed(body))
    assert not any(a.speaker.lower() in ("that", "those", "this") for a in items), [(a.speaker, a.content) for a in items]


@pytest.mark.parametrize("body, speaker", [
    ("Those who attended said the meeting was tense.", "Those who attended"),
    ("Those close to the governor said she would run again.", "Those close to the governor"),
    ("Those at the rally said the speech ran long.", "Those at the rally"),
])
def test_a_demonstrative_with_a_description_is_the_group_it_describes(parsed, body, speaker) -> None:
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [speaker]


@pytest.mark.parametrize("body", [
    "Some recent polls suggest the race is tightening.",
    "A rising tendency among voters suggests fatigue with the campaign.",
    "The trend indicates that turnout will fall.",
    "Recent polls show the senator trailing by six points.",
])
def test_polls_and_abstract_nouns_are_no_speakers(parsed, body) -> None:
    assert extract_attributions(parsed(body)) == []


@pytest.mark.parametrize("body", [
    "The auditor pointed out that the accounts were incomplete.",
    "A pharmacist suggested that the shortage would last.",
    "Shares of Vantor Motors AG rose after the automaker said it was studying options for its truck unit.",
    "The coach conceded that his side had been poor.",
    "The goalkeeper admitted that the second goal was his fault.",
    "A nurse insisted that the ward had been short of staff for months.",
])
def test_people_and_named_phrases_still_speak(parsed, body) -> None:
    assert len(extract_attributions(parsed(body))) == 1


@pytest.mark.parametrize("body, speaker", [
    ('Party chairman Robert Haynes Monday defended the rules. "We will not back down," Haynes said.', "Robert Haynes"),
    ("Senator Joe Lieberman Tuesday said the bill was dead.", "Joe Lieberman"),
    ("Committee chair Nora Quist Friday said the hearing would resume.", "Nora Quist"),
])
def test_a_date_glued_to_a_name_is_no_part_of_it(parsed, body, speaker) -> None:
    items = extract_attributions(parsed(body))
    assert items and {a.speaker for a in items} == {speaker}


@pytest.mark.parametrize("body", [
    "The number suggests that turnout will fall.",
    "The latest indicator shows the economy slowing.",
    "The weather suggested a late start to the harvest.",
])
def test_things_named_like_people_are_no_speakers(parsed, body) -> None:
    assert extract_attributions(parsed(body)) == []


@pytest.mark.parametrize("body, speaker, expected", [
    ('DES MOINES, Iowa \u2014 Republican state chairman Gordon Pike Tuesday defended remarks on farm aid.\n\n'
     '"I said what a lot of farmers tell me in private," Pike told reporters outside the party headquarters.',
     "Gordon Pike", "political"),
    ('AUSTIN, Texas \u2014 Democratic state chairwoman Lena Marsh Monday rejected the map.\n\n'
     '"This map is a scandal," Marsh told reporters.', "Lena Marsh", "political"),
    ('BOISE, Idaho \u2014 Party chairman Carl Webb Friday called for calm.\n\n'
     '"We will get through this," Webb told reporters.', "Carl Webb", "political"),
])
def test_a_name_after_a_dateline_keeps_its_title_and_its_short_form(parsed, body, speaker, expected) -> None:
    items = extract_attributions(parsed(body))
    assert items and {a.speaker for a in items} == {speaker}, [(a.speaker, a.content) for a in items]
    assert {a.speaker_type for a in items} == {expected}


@pytest.mark.parametrize("body, speaker", [
    ('"I heard it on the radio. Not a call, nothing," said grandmother Ann Field.', "Ann Field"),
    ('"Three weeks of rain. Not one sandbag, not one truck," said farmer Dale Ortiz.', "Dale Ortiz"),
    ('"We read about it online. Not a letter, not a visit," said Priya Nair, a tenant.', "Priya Nair"),
])
def test_a_verbless_fragment_ending_a_quotation_is_not_its_speaker(parsed, body, speaker) -> None:
    # the parser can make the fragment's noun ("call") a second subject of the cue after the
    # quotation: the speaker is the subject outside the quotation
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [speaker], [(a.speaker, a.content) for a in items]


@pytest.mark.parametrize("body, speaker", [
    ('Pastor Rhys Dane said the group had signed up to the "Smart Traveler Enrollment Program" before '
     'leaving.\n\n"They keep telling us to wait," he said.', "Rhys Dane"),
    ('Teacher Lena Ortiz said her class had watched "Captain Marvel" twice.\n\n"They loved it," she said.',
     "Lena Ortiz"),
    ('Dock worker Sam Hale said he had read the leaflet on the \u201cFair Shifts Bill\u201d.\n\n'
     '\u201cNobody asked us,\u201d he said.', "Sam Hale"),
])
def test_a_title_in_quotation_marks_is_no_one_who_speaks(parsed, body, speaker) -> None:
    # a work's, a programme's or a bill's title is neither a speaker nor a pronoun's antecedent
    items = extract_attributions(parsed(body))
    assert {a.speaker for a in items} == {speaker}, [(a.speaker, a.content) for a in items]
