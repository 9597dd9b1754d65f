"""``the senator can be heard saying that ...``, ``was heard saying``, ``is seen telling``: the one
heard or seen (the passive subject of a verb of perceiving or recording) speaks in the participle;
``called for the head teacher to step down``: the clause with ``for`` and its own subject is the
content of the infinitive frame."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content", [
    ("On the tape, the senator can be heard saying that the new voters were \u201ca problem to solve.\u201d",
     "senator", "a problem to solve"),
    ("The manager was heard saying that the players had given up.", "manager", "the players had given up"),
    ("In the video, the councillor is seen telling residents that the park would close.", "councillor",
     "the park would close"),
])
def test_the_one_heard_saying_speaks(parsed, body: str, speaker: str, content: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert speaker in a.speaker and content in a.content


@pytest.mark.parametrize("body, speaker, content", [
    ("Parents called for the head teacher to step down.", "Parents", "the head teacher to step down"),
    ("The union called for the company to reopen talks.", "union", "the company to reopen talks"),
    ("Nurses called for the minister to resign.", "Nurses", "the minister to resign"),
])
def test_call_for_someone_to_act(parsed, body: str, speaker: str, content: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert speaker in a.speaker and a.content == content and a.rule == "infinitive_frame"
