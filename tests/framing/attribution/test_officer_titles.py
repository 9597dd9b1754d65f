"""Officers' titles written before a name are no part of it: the short form joins the full name.

``State Green Party Chair Anna Volk ... Volk told reporters``: "Chair" (and "Treasurer",
"Auditor", "Co-chair") is a title of ``[titles]``, so the name is "Anna Volk" and the later "Volk"
is the same person with the same type; keepers of public money ("state Auditor") are official.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, name, expected", [
    ('State Green Party Chair Anna Volk said the vote was fair. "We counted every ballot," Volk told reporters.',
     "Anna Volk", "political"),
    ("County Labour Party Co-chair Ben Lutz said the hall was booked. Lutz said the meeting would go ahead.",
     "Ben Lutz", "political"),
    ('The race grew tense, with state Auditor Dana Barlow accusing her rival of "hiding the bill."\n\n'
     'Barlow Tuesday told about 200 voters in Boise that the budget was short.\n\n'
     '"He is careful with your money," Barlow said.', "Dana Barlow", "official"),
])
def test_an_officer_title_is_no_part_of_the_name(parsed, body: str, name: str, expected: str) -> None:
    items = extract_attributions(parsed(body, title="Race heats up as Barlow trades blows over taxes"))
    assert len(items) >= 2
    assert {(a.speaker, a.speaker_type) for a in items} == {(name, expected)}
