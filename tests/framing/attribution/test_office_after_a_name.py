"""``Ms Holm said ... the transport minister described``: an office named after a person given no role.

A definite role no one of the article holds, in a paragraph whose only person named before it has
no role (an honorific is none) and no other voice in between, is that person's; the role types the
person in all their attributions.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, expected", [
    ('Ms Holm on Tuesday said the levy was fair. Speaking after her statement, the transport minister '
     'described the old fares as "a gift to the rich".', "Holm", "official"),
    ("Mr Quist said the deal was done. The finance minister added that taxes would not rise.", "Quist", "official"),
    ("Dr Lena Ulm said the ward was full. The surgeon added that beds were short.", "Lena Ulm", "expert"),
])
def test_the_office_is_the_lone_person_s(parsed, body: str, speaker: str, expected: str) -> None:
    items = extract_attributions(parsed(body))
    assert [(a.speaker, a.speaker_type) for a in items] == [(speaker, expected)] * 2


def test_another_voice_in_between_keeps_the_office_apart(parsed) -> None:
    body = ('Ms Holm said the levy was fair. Ivo Brand said it was not. The transport minister described '
            'the old fares as "a gift to the rich".')
    last = extract_attributions(parsed(body))[-1]
    assert last.speaker == "transport minister" and last.anonymous


def test_a_one_word_name_with_no_honorific_takes_no_office(parsed) -> None:
    body = "Water bosses pocketed bonuses, the Beacon can reveal. The health minister said the firm had failed."
    (a,) = extract_attributions(parsed(body, outlet="Beacon"))
    assert a.speaker == "health minister"
