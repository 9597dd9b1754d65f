"""``..., the Committee said. Committee spokesman Colonel X said ...``: a definite reference headed
by an organisation word is the body named before it, not a person whose title holds that word but
who is named only after it."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, first, person", [
    ("Officers of the State Security Council raided two flats. Five people were detained, the Council said. "
     "Council spokesman Colonel Ivo Dragan said the group had been paid.", "State Security Council", "Ivo Dragan"),
    ("The Northern Water Agency closed the dam on Sunday. Levels were falling, the Agency said. "
     "Agency director Mia Holm said the dam was safe.", "Northern Water Agency", "Mia Holm"),
    ("The Ethics Committee of the Senate met in private. No rules were broken, the Committee said. "
     "Committee chairwoman Senator Ada Berg said the case was closed.", "Ethics Committee", "Ada Berg"),
])
def test_the_body_speaks_before_its_spokesperson_is_named(parsed, body: str, first: str, person: str) -> None:
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [first, person]


def test_a_person_named_before_still_takes_the_role_reference(parsed) -> None:
    items = extract_attributions(parsed(
        "Council spokesman Ivo Dragan met reporters. The Council spokesman said the raids were legal."))
    assert [a.speaker for a in items] == ["Ivo Dragan"]
