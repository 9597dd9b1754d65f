"""``his office said``, ``her campaign said``: a person's own office or campaign speaks for them
(shown as ``Jo Hart's office``, linked to the pronoun's person like ``her spokesman``)."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ('Councillor Jo Hart faced questions on Monday. Hours later, her office released a statement saying '
     'the trip was "fully paid for".', "Jo Hart\u2019s office"),
    ("Senator Pia Lund skipped the vote. Her campaign said she had been ill.", "Pia Lund\u2019s campaign"),
    ("Treasurer Omar Ilic was asked about the loan. His office said the loan had been repaid in full.",
     "Omar Ilic\u2019s office"),
])
def test_a_persons_office_speaks_for_them(parsed, body: str, speaker: str) -> None:
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [speaker]
    assert items[0].speaker_type in ("official", "political")
