"""Role and organisation words of speaker_roles.toml added for families the held-out sets showed.

Each family has sentences of our own: people present at an event and veterans speak for
themselves; the rest of a cabinet and the seats of government are official; committees of a
legislature are political; a field word types a generic role word without a type of its own.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


def _one(parsed, body: str):
    items = extract_attributions(parsed(body))
    assert len(items) == 1, [(a.speaker, a.content) for a in items]
    return items[0]


@pytest.mark.parametrize("body", [
    "One guest at the wedding, who asked not to be named, told the paper the room went quiet.",
    '"I served so others would not have to," said Omar Diaz, a Navy veteran from Tucson.',
    "A spectator said the referee had lost control of the match.",
])
def test_people_present_and_veterans_are_citizens(parsed, body: str) -> None:
    assert _one(parsed, body).speaker_type == "citizen"


@pytest.mark.parametrize("body, anonymous", [
    ("Ruth Cole, the housing secretary, said the target would be met.", False),
    ("One senior No 10 source said the vote would be close.", True),
    ("A source at the town hall said the report had been buried.", True),
    ("A Whitehall source said the review had been shelved.", True),
])
def test_cabinet_and_seats_of_government_are_official(parsed, body: str, anonymous: bool) -> None:
    a = _one(parsed, body)
    assert a.speaker_type == "official" and a.anonymous == anonymous


@pytest.mark.parametrize("body", [
    "The chairman of the parliamentary committee on energy, Ivo Rask, said the hearing would go ahead.",
    "Select committee chair Ann Moss said the minister had misled MPs.",
    "Tom Vail, who chairs the Senate committee on transport, said the bill was dead.",
])
def test_committees_of_a_legislature_are_political(parsed, body: str) -> None:
    assert _one(parsed, body).speaker_type == "political"


@pytest.mark.parametrize("body, rule", [
    ("Farm chairman Arman Sadykov said the harvest was the best in years.", "role:farm chairman"),
    ("Hotel director Jan Brill said bookings had halved since May.", "role:hotel director"),
    ("Mill director Ona Sild said the looms would stop in June.", "role:mill director"),
])
def test_the_head_of_a_farm_mill_or_hotel_runs_a_business(parsed, body: str, rule: str) -> None:
    a = _one(parsed, body)
    assert (a.speaker_type, a.type_rule) == ("business", rule)


@pytest.mark.parametrize("body", [
    "Farm worker Ana Reyes said the harvest was late.",
    "A hotel worker said the lobby flooded overnight.",
    "Mill workers said the looms had stopped.",
])
def test_their_workers_speak_for_themselves(parsed, body: str) -> None:
    assert _one(parsed, body).speaker_type == "citizen"


@pytest.mark.parametrize("body, expected", [
    ("Prison chairman Ivo Sala said the wing would reopen.", "official"),
    ("Strike chairman Ben Ode said the walkout would go on.", "civil_society"),
    ("Campaign chairman Ada Fox said the rally was cancelled.", "political"),
])
def test_a_field_word_types_a_generic_word_with_no_type(parsed, body: str, expected: str) -> None:
    a = _one(parsed, body)
    assert a.speaker_type == expected and a.type_rule.startswith(("field:", "role:"))


@pytest.mark.parametrize("body", [
    '"No call, no visit," said mum-of-three Lina Chen, from Dunmore.',
    "Father-of-two Ivo Rask said the school had let them down.",
    '"We were never told," said grandmother-of-five Ada Cole.',
])
def test_a_parent_of_so_many_is_a_citizen(parsed, body: str) -> None:
    a = _one(parsed, body)
    assert a.speaker_type == "citizen" and a.type_rule.startswith("role:")
