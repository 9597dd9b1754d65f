"""``rejected the accusation as "point-scoring"``: a verb that reports speech only in its
prepositional frame (``frame_only`` in ``reporting_verbs.toml``) is a cue with that frame and no
cue without it (``rejected the plan``, ``rejected claims that ...``: a refusal, no words)."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content", [
    ('Transport Minister Ola Berg rejected the criticism as "cheap electioneering" on Friday.', "Ola Berg",
     "cheap electioneering"),
    ('The ministry rejected the report as "pure propaganda".', "ministry", "pure propaganda"),
    ("Union leaders rejected the offer as an insult to nurses.", "Union leaders", "an insult to nurses"),
])
def test_a_frame_only_verb_with_its_frame_is_a_cue(parsed, body: str, speaker: str, content: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert speaker in a.speaker and content in a.content and a.rule == "preposition_frame"
    assert a.verb_stance == "distancing"


@pytest.mark.parametrize("body", [
    "The mayor rejected the plan.",
    "The judge rejected claims that the trial had been rigged.",
    "Voters rejected the measure by a wide margin in March.",
])
def test_without_its_frame_it_reports_nothing(parsed, body: str) -> None:
    assert extract_attributions(parsed(body)) == []
