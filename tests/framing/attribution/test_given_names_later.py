"""``said a woman who gave only her first name, Zaina`` ... ``Zaina said she ... "...," she said``: a
person known by a given name alone is that name later too, whatever label the recogniser gives the
rare word there; the pronouns after it are hers, not those of a person named in between."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, name", [
    ("\u201cThe soldiers came at dawn,\u201d said a mother who gave only her first name, Zaina.\n\n"
     "\u201cThis must stop,\u201d said Omar Haddad, Corvel director at the Relief Network.\n\n"
     "Zaina said she had lost her home. \u201cWe have nothing left,\u201d she said.", "Zaina"),
    ("\u201cThe soldiers came at dawn,\u201d said a mother who gave only her first name, Lina.\n\n"
     "\u201cThis must stop,\u201d said Omar Haddad, Corvel director at the Relief Network.\n\n"
     "Lina said she had lost her home. \u201cWe have nothing left,\u201d she said.", "Lina"),
    ("\u201cWe were scared,\u201d said a woman who gave only her first name, Nour, a teacher.\n\n"
     "\u201cThis was brutal,\u201d said Leila Mansour, Kestrel researcher at Open Door Watch.\n\n"
     "Nour said she would not go back. \u201cMy students are waiting for me,\u201d she said.", "Nour"),
])
def test_a_given_name_later_is_the_same_person(parsed, body: str, name: str) -> None:
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items][-2:] == [name, name]
