"""Words that sit next to a speech act but name no speaker.

Four families, each with sentences written for this test:

- a platform named as the channel words went through ("wrote on X", "posted on Telegram") is no
  speaker and no antecedent of a later "he" or "the group" (``[platforms]`` in speaker_roles.toml,
  the ``platform_as_channel`` name step);
- a self-chosen name ("a group calling itself Black Harbour") is no act of speech;
- a time ("in March last year") is never the subject the parser lost; a name whose relative clause
  is set off by dashes or commas right before the verb is;
- "the company" after an organisation whose name says no kind, the subject of a sentence just
  before, is that organisation (and it is then known to be a company).
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, content, speaker", [
    ('Ines Marlow, the opposition leader, demanded answers. "This is a scandal," Marlow wrote on X. '
     "She said her party would press for an inquiry.", "her party would press", "Ines Marlow"),
    ("A hacking crew known as Grey Gull posted the stolen files on Telegram on Friday. In a post, the "
     "group wrote that more files would follow.", "more files would follow", "Grey Gull"),
    ("Mayor Pavel Orsk answered critics on Facebook late on Sunday. He said the bridge was safe.",
     "the bridge was safe", "Pavel Orsk"),
    ('Senator Dana Ruiz replied via WhatsApp to a reporter. "We will vote no," she wrote. She said '
     "the bill was rushed.", "the bill was rushed", "Dana Ruiz"),
])
def test_a_platform_after_on_or_via_is_a_channel_not_a_speaker(parsed, body: str, content: str, speaker: str) -> None:
    items = extract_attributions(parsed(body))
    a = next(x for x in items if content in x.content)
    assert a.speaker == speaker
    assert not any(x.speaker.rstrip(".") in ("X", "Telegram", "Facebook", "WhatsApp") for x in items)


def test_a_platform_speaking_as_a_company_is_still_a_speaker(parsed) -> None:
    (a,) = extract_attributions(parsed("Telegram said on Monday that it had removed the channel."))
    assert a.speaker == "Telegram"


@pytest.mark.parametrize("body", [
    "A group calling itself Black Harbour posted samples of the data on Monday.",
    "The men, who call themselves patriots, marched on the square at dawn.",
    "A trader calling himself the King of Copper sold the ore at half price.",
])
def test_a_self_chosen_name_is_no_speech(parsed, body: str) -> None:
    assert extract_attributions(parsed(body)) == []


@pytest.mark.parametrize("body, speaker, content", [
    ("But whistleblower Sanna Koivel - who warned officials about the dodgy security back in March last "
     "year - told the Beacon the blame lay closer to home.", "Sanna Koivel", "the blame lay closer to home"),
    ("Nurse Tom Reed - who has worked at the clinic since last year - told reporters the wards were full.",
     "Tom Reed", "the wards were full"),
    ("Veteran engineer Lia Moss - who built the system in the summer of 2019 - told the inquiry the code "
     "was sound.", "Lia Moss", "the code was sound"),
])
def test_a_time_is_no_speaker_and_the_named_person_before_the_dashes_is(parsed, body: str, speaker: str,
                                                                        content: str) -> None:
    items = extract_attributions(parsed(body))
    a = next(x for x in items if content in x.content)
    assert a.speaker == speaker
    assert not any("year" in x.speaker or "2019" in x.speaker for x in items)


@pytest.mark.parametrize("body, content, speaker", [
    ("Tessaline Health Data won the contract in 2023. Tessaline, of course, is staying quiet. In an "
     "emailed statement, the company said it had no evidence of a breach.", "no evidence of a breach",
     "Tessaline Health Data"),
    ("Halvard Systems built the tolling software. Halvard has not commented publicly. The company said in "
     "a filing that it was reviewing its contracts.", "reviewing its contracts", "Halvard Systems"),
    ("Veltra Dynamics supplied the pipes. Veltra declined an interview. But the firm said its products met "
     "every standard.", "met every standard", "Veltra Dynamics"),
])
def test_the_company_is_the_organisation_the_text_was_just_about(parsed, body: str, content: str,
                                                                  speaker: str) -> None:
    a = next(x for x in extract_attributions(parsed(body, title="Supplier under scrutiny")) if content in x.content)
    assert a.speaker == speaker
    assert a.speaker_type == "business"


def test_the_company_is_not_a_place_named_in_passing(parsed) -> None:
    body = ("Corvex Telecom, Westmarch's second-largest mobile operator, said on Tuesday that data had "
            "leaked. The company said the attackers had reached a customer database.")
    a = next(x for x in extract_attributions(parsed(body)) if "customer database" in x.content)
    assert a.speaker == "Corvex Telecom"
