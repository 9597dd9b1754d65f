"""framing.syntax: the parse helpers every analyser shares (subjects, heads, people and actors)."""

from __future__ import annotations

import pytest

from framing.attribution.cues import speaker_token
from framing.syntax import is_actor, is_person, subject_of


def verb(p, word: str):
    return next(t for t in p.doc if t.text == word)


@pytest.mark.parametrize("body,word,subject", [
    ("The minister praised the deal.", "praised", "minister"),
    ("The plan was rejected by the unions.", "rejected", "unions"),      # passive with agent: the agent
    ("The plan was rejected on Monday.", "rejected", "plan"),            # passive, no agent: its subject
    ("The mayor arrived and thanked the crews.", "thanked", "mayor"),    # inherited from the first verb
    ("Residents who fled the fire slept in tents.", "fled", "who"),      # the relative pronoun, as parsed
])
def test_subject_of(parsed, body: str, word: str, subject: str) -> None:
    p = parsed(body)
    found = subject_of(verb(p, word))
    assert found is not None and found.text == subject


def test_the_speaker_of_an_agentless_passive_is_nobody(parsed) -> None:
    p = parsed("The plan was announced on Monday.")
    assert subject_of(verb(p, "announced")).text == "plan"
    assert speaker_token(verb(p, "announced")) == (None, "passive")


def test_people_and_actors(parsed) -> None:
    p = parsed("The environmentalists and the council met the company.")
    words = {t.text: t for t in p.doc}
    assert is_person(words["environmentalists"]) and not is_person(words["council"])
    assert is_actor(words["council"]) and is_actor(words["company"])
