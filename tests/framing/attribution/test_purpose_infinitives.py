"""``took to the stage to say that ...``, ``wrote to the council to warn that ...``, ``used a forum in
Oslo to call for ...``: a reporting verb in an infinitive of purpose after an act of its subject is
that subject's speech; ``refused to say``, ``asked the minister to say`` (wanting, trying, making
someone do) are not."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content", [
    ("The senator took to the stage to say that the bill was dead.", "senator", "the bill was dead"),
    ("Residents wrote to the council to warn that the bridge was unsafe.", "Residents", "the bridge was unsafe"),
    ("The exiled banker Aurel Vinter used a forum in Oslo to call for sanctions against his homeland.",
     "Aurel Vinter", "sanctions against his homeland"),
    ("The union went on television to warn that strikes would spread.", "union", "strikes would spread"),
])
def test_a_purpose_infinitive_speaks_for_the_subject(parsed, body: str, speaker: str, content: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert speaker in a.speaker and content in a.content


@pytest.mark.parametrize("body", [
    "The minister refused to say whether the bill was dead.",
    "Reporters asked the minister to say whether the bill was dead.",
    "The mayor wants the council to announce that the bridge is safe.",
])
def test_an_infinitive_of_wanting_or_asking_is_no_speech(parsed, body: str) -> None:
    assert not [a for a in extract_attributions(parsed(body)) if a.speaker in ("minister", "Reporters", "mayor")]
