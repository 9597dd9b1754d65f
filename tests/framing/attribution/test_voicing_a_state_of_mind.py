"""``expressed confidence that ...``, ``voiced concern that ...``: the that-clause on the object is reported."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content", [
    ("Officials expressed confidence that a deal could be reached within days.", "Officials",
     "a deal could be reached within days"),
    ("The union voiced concern that the cuts would hurt patients.", "union", "the cuts would hurt patients"),
    ("Mayor Ann Roe expressed hope that the bridge would reopen by May.", "Ann Roe", "the bridge would reopen by May"),
])
def test_the_clause_of_a_voiced_state_of_mind(parsed, body: str, speaker: str, content: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker, a.content, a.kind) == (speaker, content, "indirect")


@pytest.mark.parametrize("body", [
    "The minister expressed her thanks to the volunteers.",
    "The company expressed regret.",
    "Fans voiced their anger at the ground.",
])
def test_voicing_with_no_clause_reports_nothing(parsed, body: str) -> None:
    assert extract_attributions(parsed(body)) == []
