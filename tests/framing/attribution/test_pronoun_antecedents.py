"""Whom a "he said" / "she told reporters" tag stands for, beyond recency.

- a name inside the quotation the tag closes is talked about, never the speaker;
- a person the previous attribution's content mentions other than as its subject (an object, a
  prepositional object) gives way to that attribution's speaker;
- "X herself" / "X himself" says X is a person (even where the recogniser calls X an
  organisation) and gives the gender;
- a name after a preposition of location ("practices law in Corbin Falls") is a place, even
  when the recogniser labels it a person's name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, speaker", [
    ('Tom Lind spoke after the count. "If Senator Ada Moss wants a recount, so do I," he said.', "Tom Lind"),
    ('Farmer Jo Peck sold her herd in May. "Ken Mott offered less than half," she told reporters.', "Jo Peck"),
    ('Nurse Kim Oduya finished her shift at dawn. "Dr Ian Hale never came down to the ward," she said.',
     "Kim Oduya"),
])
def test_a_name_inside_the_quotation_is_not_its_speaker(attrs, body, speaker) -> None:
    quoted = [a for a in attrs(body) if a.kind == "direct"]
    assert [a.speaker for a in quoted] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("Across the counter, a man who would give only his first name, Dale, said he had voted for "
     "Brinkerhoff and wanted the recount.\n\n\"Not because I think anyone cheated,\" he said.", "Dale"),
    ('Nurse Tom Wills said the board had ignored warnings from Dr Ian Hale for months. '
     '"We were shouting into the void," he said.', "Tom Wills"),
    ('Farmer Jo Peck said she had sold her cattle to Ken Mott at a loss. "There was no other buyer," '
     'she told reporters.', "Jo Peck"),
])
def test_a_person_only_mentioned_in_the_last_content_gives_way_to_its_speaker(attrs, body, speaker) -> None:
    quoted = [a for a in attrs(body) if a.kind == "direct"]
    assert [a.speaker for a in quoted] == [speaker]


def test_a_subject_of_the_last_content_still_competes_by_recency(attrs) -> None:
    body = 'Mayor Ana Ruiz said Ben Cole had lied about the contract. "I knew what I signed," he said.'
    assert [a.speaker for a in attrs(body) if a.kind == "direct"] == ["Ben Cole"]


@pytest.mark.parametrize("body, speaker", [
    ("Pell Township Clerk Ron Tilley gave $250 to Lydia Hartsell's campaign. Party chair Wendy Sato said "
     "Republicans were wrong.\n\nHartsell herself has been eager to look gracious. \"So do I,\" she told "
     "reporters.", "Hartsell"),
    ("Donors gave to Mara Quill's campaign all year. Party chair Ben Ward said the race was close.\n\n"
     "Quill herself stayed calm. \"We will wait for every ballot,\" she said.", "Quill"),
    ("Staff at Orrin Vale's office were tired. Campaign manager Lisa Hunt said the count was slow.\n\n"
     "Vale himself was upbeat. \"We have the votes,\" he said.", "Vale"),
])
def test_a_name_with_an_emphatic_reflexive_is_a_person_of_that_gender(attrs, body, speaker) -> None:
    quoted = [a for a in attrs(body) if a.kind == "direct"]
    assert len(quoted) == 1 and quoted[-1].speaker.endswith(speaker)


@pytest.mark.parametrize("body, speaker", [
    ("Democrat Lydia Hartsell leads by 212 votes.\n\nHartsell, a former school board president in Corbin "
     "Falls, said she welcomed the recount.\n\n\"Every vote counts,\" she said at a news conference.",
     "Lydia Hartsell"),
    ("Tom Brinkerhoff, who practices law in Corbin Falls, did not return calls. In a statement, he said "
     "the count was flawed.\n\n\"We will see them in court,\" he said.", "Tom Brinkerhoff"),
    ("Dr Amy Cole, who runs a clinic near Glen Ellis, said the wait had doubled.\n\n\"We triage by "
     "phone now,\" she said.", "Amy Cole"),
])
def test_a_name_after_a_preposition_of_location_is_a_place(attrs, body, speaker) -> None:
    assert {a.speaker for a in attrs(body)} == {speaker}


@pytest.mark.parametrize("line, speaker", [
    ('Anchor Lauren Pike pressed him on the point: "Will you concede?"', "Lauren Pike"),
    ('Host Dana Cross pressed her on the point: "Will you concede?"', "Dana Cross"),
    ('Moderator Chris Bell cut in: "Answer the question, please."', "Chris Bell"),
])
def test_a_surname_the_parser_made_a_verb_modifier_stays_in_the_name(attrs, line, speaker) -> None:
    items = attrs("The network interviewed the senator on Sunday.\n\n" + line)
    assert [(a.speaker, a.speaker_type) for a in items] == [(speaker, "media")]


@pytest.mark.parametrize("full, she", [
    ("Lydia Hartsell", "she"), ("Mason Whitfield", "he"), ("Petra Lindqvist", "she"), ("Imogen Thackeray", "she"),
])
def test_a_name_read_as_an_organisation_is_the_person_the_text_shows(attrs, full, she) -> None:
    # the recogniser labels "X's campaign" an organisation; "X herself" later shows a person: every
    # mention is that one person, under the full name
    surname = full.split()[-1]
    own = "herself" if she == "she" else "himself"
    body = (f"Ads for {full}'s campaign ran all week. {surname} went from 418 votes behind to 212 ahead.\n\n"
            f"{surname} {own} was gracious. \"Every ballot counts,\" {she} said.")
    assert [a.speaker for a in attrs(body) if a.kind == "direct"] == [full]
