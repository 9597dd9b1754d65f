"""An office named with "of" and its field before the holder's name ("Minister of Health Teodor
Halvik", "Secretary of Labor Ana Ruiz"), which the parser reads as one object of "of": the field
words (``[office_fields]`` in speaker_roles.toml) belong to the title, the name is the holder's, and
cabinet secretaries named by their department are official. Sentences written for this test."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, kind", [
    ("Minister of Health Teodor Halvik said on Tuesday that the attack had failed.", "Teodor Halvik", "official"),
    ("Speaking at the ministry on Tuesday, Minister of Education Mira Solvik said schools would reopen.",
     "Mira Solvik", "official"),
    ("Secretary of Labor Ana Ruiz said the strike would end by Friday.", "Ana Ruiz", "official"),
    ("Minister of Foreign Affairs Lena Borg told reporters the talks had stalled.", "Lena Borg", "official"),
])
def test_the_holder_after_an_office_and_its_field_is_the_speaker(parsed, body: str, speaker: str, kind: str) -> None:
    (a,) = extract_attributions(parsed(body, title="Ministers answer critics"))
    assert a.speaker == speaker and a.speaker_type == kind


def test_a_body_named_with_of_keeps_its_name(parsed) -> None:
    (a,) = extract_attributions(parsed("The Ministry of Internal Affairs said the border was closed.",
                                       title="Border shut"))
    assert a.speaker == "Ministry of Internal Affairs" and a.speaker_type == "official"


def test_the_same_minister_is_one_person_with_and_without_the_office(parsed) -> None:
    body = ("Minister of Health Teodor Halvik said the hospitals were open. Halvik added that no patient "
            "had been turned away.")
    items = extract_attributions(parsed(body, title="Hospitals open"))
    assert {a.speaker for a in items} == {"Teodor Halvik"}
