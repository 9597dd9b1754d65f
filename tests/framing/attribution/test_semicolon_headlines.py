"""``X accuses Y of Z; party denies it``: a clause a semicolon closes is no content of the verb after it;
a headline quotation before a colon still is (``"We were beaten": families describe abuse``)."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("title, speaker", [
    ("Rivera accuses county of hiding ballots; county denies it", "county"),
    ("Senate passes tax bill; governor vows veto", "governor"),
    ("Union rejects pay offer; ministry regrets decision", "ministry"),
])
def test_no_content_across_a_semicolon(parsed, title: str, speaker: str) -> None:
    items = extract_attributions(parsed("The vote was held on Monday.", title=title))
    assert not [a for a in items if a.speaker == speaker]


def test_a_clause_before_a_comma_cue_is_still_content(parsed) -> None:
    items = extract_attributions(parsed("The vote was held on Monday.", title="Harbour to close, council says"))
    assert [(a.speaker, a.content) for a in items] == [("council", "Harbour to close")]


@pytest.mark.parametrize("body, fragment", [
    ("At least 40 people were detained, police admitted, among them three students.", "40 people were detained"),
    ("The plant will close, the company confirmed, leaving 300 jobless.", "The plant will close"),
    ("Two wards were shut, the hospital said, among them the children's ward.", "Two wards were shut"),
])
def test_a_parenthetical_cue_keeps_its_clause_with_an_object_after_a_comma(parsed, by_content, body: str, fragment: str) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).kind == "indirect"


@pytest.mark.parametrize("title, fragment", [
    ("\u201cWe were beaten every night\u201d: families of detained strikers describe abuse", "We were beaten every night"),
    ("\u201cNobody came to help\u201d: residents describe the flood", "Nobody came to help"),
    ("\u201cThe water rose in minutes\u201d: villagers recount the night", "The water rose in minutes"),
])
def test_a_headline_quotation_before_a_colon_keeps_its_speaker(parsed, by_content, title: str, fragment: str) -> None:
    items = extract_attributions(parsed("The vote was held on Monday.", title=title))
    assert by_content(items, fragment).kind == "direct"
