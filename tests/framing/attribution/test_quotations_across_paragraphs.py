"""Quotations over several paragraphs whose speaker is named once; quotations inside quotations;
a speaker given by a description and a name."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, fragment, speaker", [
    ('Councilwoman Rita Gomez said the vote would go ahead.\n\n"We have the numbers. Nobody should doubt that.'
     '\n\n"And we will not wait for the county."', "not wait for the county", "Rita Gomez"),
    ('Mayor Ruth Hale opened the hearing. "We have waited too long for this bridge.\n\n'
     '"Now we need the state to sign off," she said.', "sign off", "Ruth Hale"),
    ('Senator Kay Moss said the bill was a start.\n\n"It is not perfect.\n\n"We will fix the rest next year."',
     "fix the rest next year", "Kay Moss"),
])
def test_a_quotation_over_paragraphs_keeps_its_speaker(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    ("Dr Lena Marsh, a fellow at the Institute for Grid Security, said the problem was not new.\n\n"
     "\u2018Operators think they outsource the risk. They don\u2019t.\n\n"
     "\u2018They outsource the work and keep the risk.\u2019", "keep the risk", "Lena Marsh"),
    ("Speaking to the Courier, the minister, Pia Lund, said mistakes had been made.\n\n"
     "\u2018I have been asked whether I will resign.\n\n\u2018But I would ask people to wait for the facts.\u2019",
     "wait for the facts", "Pia Lund"),
    ("Tom Brack, who runs the ferry, said bookings had halved.\n\n\u2018We had a good summer.\n\n"
     "\u2018Then the bridge shut and the tourists went elsewhere.\u2019", "tourists went elsewhere", "Tom Brack"),
])
def test_a_british_quotation_over_paragraphs_keeps_its_speaker(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    ("\u201cHe told me, \u2018You will never work in this town again,\u2019\u201d said Lara Finch, a former aide.",
     "he told me", "Lara Finch"),
    ('"My father always said, \'Never sign what you have not read,\'" Councilman Ed Gomez said.',
     "my father always said", "Ed Gomez"),
    ("\u201cThe boss kept saying \u2018trust me,\u2019\u201d said Nia Ross, a cashier.", "the boss kept saying",
     "Nia Ross"),
])
def test_a_quotation_inside_a_quotation_is_part_of_it(parsed, by_content, body, fragment, speaker) -> None:
    a = by_content(extract_attributions(parsed(body)), fragment)
    assert a.speaker == speaker and a.kind == "direct"


@pytest.mark.parametrize("body, speaker", [
    ("Brazile's CNN colleague, Jake Tapper, said the story had been overblown.", "Jake Tapper"),
    ("Her longtime rival, Senator Amy Cole, said the plan was reckless.", "Amy Cole"),
    ("The governor's chief of staff, Paul Brandt, said the veto would stand.", "Paul Brandt"),
])
def test_a_description_and_a_name_is_the_named_person(parsed, body, speaker) -> None:
    assert [a.speaker for a in extract_attributions(parsed(body))] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("A spokesman for the Democratic National Committee, Hari Sevugan, wrote that the party was in disarray.",
     "Hari Sevugan"),
    ("A spokeswoman for the Ostrow Teachers Union, Nadia Brill, said the strike would go on.", "Nadia Brill"),
    ("An aide to the Senate Majority Leader, Tom Vance, said the vote would be delayed.", "Tom Vance"),
])
def test_a_name_after_a_description_of_its_organisation_is_the_person(parsed, body, speaker) -> None:
    assert [a.speaker for a in extract_attributions(parsed(body))] == [speaker]


@pytest.mark.parametrize("body, fragment, speaker", [
    ('Bill Kristol wrote that Steele must go. The letter was posted on Friday.\n\n"It is an affront to the troops."',
     "affront to the troops", "Bill Kristol"),
    ('Senator Kay Moss said the bill would pass. The vote is set for June.\n\n"We have the numbers."',
     "we have the numbers", "Kay Moss"),
    ('Rep. Dana Klein told reporters the plan was dead. Talks had stalled for weeks.\n\n"Nobody is even calling."',
     "nobody is even calling", "Dana Klein"),
])
def test_a_quotation_paragraph_after_its_speakers_paragraph(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker


@pytest.mark.parametrize("body, fragment", [
    ('Bill Kristol wrote that Steele must go. Senator Ann Lowe disagreed.\n\n"It is an affront to the troops."',
     "affront to the troops"),
    ('Mayor Ruth Hale said the bridge would reopen. The Vantor Group built it.\n\n"It was a hard winter."',
     "hard winter"),
    ('Rep. Dana Klein said the plan was dead. Talks stalled. Donors left. Aides quit.\n\n"Nobody is calling."',
     "nobody is calling"),
])
def test_no_quotation_goes_to_a_speaker_when_someone_else_is_named_after(parsed, body, fragment) -> None:
    items = extract_attributions(parsed(body))
    assert not [a for a in items if fragment in a.content.lower()], [(a.speaker, a.content) for a in items]


@pytest.mark.parametrize("body, paragraphs", [
    ('"We will not move," Mayor Ada Holm said. "The plan is sound and the money is there.\n\n'
     '"Nobody should doubt that we will finish the bridge by May."',
     ["The plan is sound and the money is there.", "Nobody should doubt that we will finish the bridge by May."]),
    ('Coach Lena Brandt said: "We lost the ball too often.\n\n"We will train harder.\n\n"And we will win in June."',
     ["We lost the ball too often.", "We will train harder.", "And we will win in June."]),
    ('"The rent doubled," said Omar Kane, a tenant. "Then the heating broke.\n\n"Nobody came for a month."',
     ["Then the heating broke.", "Nobody came for a month."]),
])
def test_a_quotation_over_paragraphs_is_one_row_per_paragraph(parsed, body, paragraphs) -> None:
    rows = [a for a in extract_attributions(parsed(body)) if a.kind == "direct"]
    contents = [a.content.strip() for a in rows]
    for words in paragraphs:
        assert words in contents, contents
    assert len({a.speaker for a in rows}) == 1
