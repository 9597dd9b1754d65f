"""A who-clause with its own reporting verb in the apposition of a named person
(``said Didier Lukusa, a mechanic who said he had joined the march``) is that person's own
attribution: not nested in the outer attribution's speaker phrase, and spoken by the person the
apposition describes, not by the bare role noun."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, speaker, content", [
    ('"We were not attacking anybody," said Didier Lukusa, a mechanic who said he had joined the march '
     'after waiting two days.', "Didier Lukusa", "he had joined the march"),
    ('"Nobody came to help," said Mara Quill, a teacher who said the school had flooded twice.', "Mara Quill",
     "the school had flooded twice"),
    ('"We lost everything," said Peter Okafor, a trader who said his stall had burned.', "Peter Okafor",
     "his stall had burned"),
])
def test_a_who_said_clause_of_the_speakers_apposition_is_their_own_attribution(attrs, body, speaker, content) -> None:
    items = attrs(body)
    assert len(items) == 2 and all(a.speaker == speaker for a in items)
    assert content in items[1].content and items[1].kind == "indirect"


def test_the_person_an_apposition_describes_speaks_its_who_clause(attrs) -> None:
    (a,) = attrs("Tom Vale, a farmer who said his wells were dry, spoke at the meeting.")
    assert a.speaker == "Tom Vale" and "his wells were dry" in a.content
