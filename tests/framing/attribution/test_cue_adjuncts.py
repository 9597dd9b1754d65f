"""``By Monday, Castellano had apologized``: a phrase of the verb's own (a time, a place, a manner)
before the comma is no reported clause; a clause before the comma still is."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body", [
    "By Monday, Mr. Castellano had apologized twice, one of his senators had rebuked him, and rivals had a new line.",
    "On Friday, the mayor apologized.",
    "After the vote, the party leader conceded.",
])
def test_the_verbs_own_phrase_is_no_content(parsed, body) -> None:
    assert extract_attributions(parsed(body)) == []


def test_a_clause_before_the_comma_is_content(parsed) -> None:
    (a,) = extract_attributions(parsed("The rates will rise in April, the treasurer said."))
    assert a.content == "The rates will rise in April" and a.rule == "clause_before_cue"
