"""Requests as speech acts: what was demanded or asked for is the content.

- ``demanded X`` / ``requested X``: the object is the content (``object_frame``);
- ``asked for X`` (like ``called for X``): the object of "for" is the content;
- a clause of time, cause or condition after the request ("after ballots found in an office
  erased his lead") is what happened around it, never its content, even where the parser made
  it the verb's complement;
- the noun ("did not respond to requests for comment") is no act.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, speaker, content", [
    ("The union demanded the immediate release of the detainees.", "union", "the immediate release of the detainees"),
    ("Mayor Ana Ruiz requested an audit of the ballots on Monday.", "Ana Ruiz", "an audit of the ballots"),
    ("Senator Bo Lind on Sunday asked for a full hand recount in the district.", "Bo Lind",
     "a full hand recount in the district"),
])
def test_the_thing_requested_is_the_content(attrs, body, speaker, content) -> None:
    items = attrs(body)
    assert len(items) == 1 and items[0].speaker == speaker and items[0].kind == "indirect"
    assert content in items[0].content


@pytest.mark.parametrize("body, speaker, content", [
    ("Senator Bo Lind asked for a recount after ballots found in a clerk's office erased his lead.",
     "Bo Lind", "a recount"),
    ("Residents asked for help when water pumped from the mine flooded their street.", "Residents", "help"),
    ("Republican state Sen. Tom Vale on Sunday asked for a full hand recount in the 9th District after "
     "1,140 absentee ballots found in a township clerk's office erased his lead.", "Tom Vale",
     "a full hand recount in the 9th District"),
])
def test_a_clause_of_time_after_the_request_is_no_content(attrs, body, speaker, content) -> None:
    items = attrs(body)
    assert [a.speaker for a in items] == [speaker]
    assert content in items[0].content and "erased" not in items[0].content and "flooded" not in items[0].content


@pytest.mark.parametrize("body", [
    "The council did not respond to requests for comment.",
    "Her request for a fourth debate was refused.",
    "The demand for housing has doubled since 2020.",
])
def test_a_request_named_by_a_noun_is_no_act(attrs, body) -> None:
    assert attrs(body) == []


@pytest.mark.parametrize("body, content", [
    ("Lind said because the ballots were late the count would take a week.", "the count would take a week"),
    ("Dr Mina Rao said dredging the bay, as the council has proposed, would harm the reef.", "would harm the reef"),
    ("The clerk said that, once the seals are checked, the ballots will be counted.", "the ballots will be counted"),
])
def test_a_content_opening_with_a_clause_of_time_or_cause_keeps_it(attrs, body, content) -> None:
    items = attrs(body)
    assert len(items) == 1 and content in items[0].content


@pytest.mark.parametrize("body, content, not_in", [
    ("On Sunday Senator Tom Vale demanded a hand recount of all 118 precincts and sent his lawyers to court "
     "to freeze the ballots.", "a hand recount of all 118 precincts", "lawyers"),
    ("The union demanded the release of the detainees and called a strike for Monday.",
     "the release of the detainees", "strike"),
    ("The mayor requested an audit of the contract and suspended the manager.", "an audit of the contract",
     "suspended"),
])
def test_a_deed_conjoined_after_the_request_is_not_requested(attrs, body, content, not_in) -> None:
    (a,) = attrs(body)
    assert content in a.content and not_in not in a.content
