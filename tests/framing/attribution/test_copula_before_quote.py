"""``claimed the detainees were "journalists doing their job"``: a reported clause that ends on its
copula, with the quotation after it that the parser hung elsewhere, runs to the end of the quotation."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, quoted", [
    ('Talks broke down on Friday. A lawyer for the fishing crews claimed the seized boats were '
     '\u201cvictims of a paperwork war\u201d and asked for their return.', "victims of a paperwork war"),
    ('The council was criticised. The union leader said the cuts were "a betrayal of every carer" in the town.',
     "a betrayal of every carer"),
    ('A spokesman for the embassy of Norland claimed the students were \u201cpeaceful visitors\u201d and '
     'called for their release.', "peaceful visitors"),
])
def test_the_quotation_after_the_copula_is_the_content(parsed, body: str, quoted: str) -> None:
    items = extract_attributions(parsed(body))
    assert any(quoted in a.content for a in items), [(a.speaker, a.content) for a in items]


def test_a_copula_with_its_own_complement_ends_the_clause(parsed) -> None:
    items = extract_attributions(parsed('The mayor said the roads were clear. "Drive slowly," the sign read.'))
    assert [a.content for a in items if a.speaker.endswith("mayor")] == ["the roads were clear"]
