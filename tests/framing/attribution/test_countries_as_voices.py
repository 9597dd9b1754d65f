"""A country speaking is its state (``official``), whatever the entity recogniser labels it.

The small model tags a country PERSON or NORP in some sentences; ``[countries]`` in
speaker_roles.toml lists countries, and a name any mention of the article labels a place counts
too (:func:`framing.attribution.phrases.is_country`).
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ("The talks stalled on Monday. Kazakhstan said the border would reopen next week.", "Kazakhstan"),
    ("Kyrgyzstan has accused its neighbour of moving troops. Tajikistan denied the claim, saying its "
     "forces had not moved.", "Tajikistan"),
    ("Troops massed near Veldor, in Marovia. Marovia said the drills were routine.", "Marovia"),
])
def test_a_country_speaking_is_official(parsed, body: str, speaker: str) -> None:
    a = next(x for x in extract_attributions(parsed(body)) if x.speaker == speaker)
    assert a.speaker_type == "official" and not a.anonymous


def test_a_person_named_like_a_country_stays_a_person(parsed) -> None:
    (a,) = extract_attributions(parsed("Michael Jordan spoke first. Jordan said he was tired of waiting."))
    assert a.speaker == "Michael Jordan" and a.speaker_type != "official"
