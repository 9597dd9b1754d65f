"""Headline role nouns typed by the office they modify, law enforcement sources, and a quotation
opening the object of a promise ("vows 'no more closures'") as the speaker's own words."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, expected", [
    ("Elections chief Ruth Amsel said the ballots would be counted by hand.", "official"),
    ("Army chief Pavel Orlin said the troops would stay until spring.", "official"),
    ("Police boss Iris Kemp said four people were held overnight.", "official"),
    ("Union boss Sam Keel said the walkout would go ahead.", "civil_society"),
    ("Company boss Lou Brandt said the factory would close.", "business"),
])
def test_boss_and_chief_take_the_type_of_their_office(parsed, body: str, expected: str) -> None:
    items = extract_attributions(parsed(body))
    assert items and items[0].speaker_type == expected, [(a.speaker, a.speaker_type, a.type_rule) for a in items]


def test_law_enforcement_officials_are_official(parsed) -> None:
    items = extract_attributions(parsed("The driver was known to them, law enforcement officials said on Friday."))
    assert items and items[0].speaker_type == "official"


@pytest.mark.parametrize("body, speaker, words", [
    ("The mayor vows \"no new closures\" after the flood.", "mayor", "no new closures"),
    ("Governor Lina Pratt promises 'a fair deal' for teachers.", "Lina Pratt", "a fair deal"),
])
def test_a_quoted_promise_is_a_voice(parsed, body: str, speaker: str, words: str) -> None:
    items = extract_attributions(parsed(body))
    assert any(speaker in a.speaker and words in a.content for a in items), [(a.speaker, a.content) for a in items]


def test_an_unquoted_promise_is_no_voice(parsed) -> None:
    assert extract_attributions(parsed("The council promised a review of the bus contract.")) == []
