"""A document speaks for its issuer, and a county, city or town speaking is its government.

``Documents released by the county show ...``: the agent of the issuing participle is the
speaker (it is no "non-voice" for being no verb's subject), typed ``official`` by the
``local_government`` step (``[local_governments]`` in speaker_roles.toml).
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ("Documents released by the county show the contract was signed in March.", "county"),
    ("Reports filed by the town show the budget was overspent by a third.", "town"),
    ("The city says it will appeal the ruling on the bus lanes.", "city"),
])
def test_a_place_speaking_is_its_government(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker == speaker
    assert (a.speaker_type, a.type_rule) == ("official", f"local_government:{speaker}")
    assert not a.anonymous


def test_a_resident_of_a_county_is_no_official(parsed) -> None:
    (a,) = extract_attributions(parsed("A woman from the county said she had never been so scared."))
    assert a.speaker_type == "citizen"


@pytest.mark.parametrize("body, speaker, typ", [
    ("Pell Township Clerk Ron Tilley said the seals were intact.", "Ron Tilley", "official"),
    ("Maple Village Clerk Ann Oyler said the count would resume.", "Ann Oyler", "official"),
    ("Township Supervisor Beth Lindgren said the board would meet Tuesday.", "Beth Lindgren", "official"),
    ("A clerk at the hardware store, Dee Marsh, said sales had doubled.", "Dee Marsh", "citizen"),
])
def test_clerks_and_supervisors_of_local_government_are_official(parsed, body: str, speaker: str, typ: str) -> None:
    # a township's, village's or county's clerk or supervisor holds a public office; a shop's clerk
    # is at work
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker, a.speaker_type) == (speaker, typ)


@pytest.mark.parametrize("body, speaker", [
    ("Gary, a retired machinist who has voted at the township hall for decades, said he no longer "
     "trusted the process.", "Gary"),
    ("A welder at the plant, Jo Ruiz, said the line had stopped.", "Jo Ruiz"),
    ("Millwright Sam Oduya said the presses were older than he was.", "Sam Oduya"),
])
def test_factory_trades_are_citizens(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker, a.speaker_type) == (speaker, "citizen")
