"""Naming verbs: ``X called the plan a crutch`` is X's speech act; its content is the object with
what X calls it (the naming clause), and a verb that names nothing is no cue."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, content, verb", [
    ("Councillor Rob Hale called the plan a crutch for failing landlords.", "Rob Hale",
     "the plan a crutch for failing landlords", "call"),
    ("Mayor Dana Ortiz labelled the protest a riot.", "Dana Ortiz", "the protest a riot", "label"),
    ('Opposition leader Sam Reyes branded the budget "a betrayal of working families".', "Sam Reyes",
     "the budget", "brand"),
    ("Farm chairman Ivo Petrov dubbed the scheme a tax on bread.", "Ivo Petrov", "the scheme a tax on bread", "dub"),
    ("The ministry condemned the resolution, calling it a gross interference in internal affairs.", "ministry",
     "it a gross interference in internal affairs", "call"),
])
def test_a_naming_verb_reports_its_object_with_what_it_is_called(parsed, body, speaker, content, verb) -> None:
    items = [a for a in extract_attributions(parsed(body)) if a.verb == verb]
    assert len(items) == 1, [(a.speaker, a.content, a.rule) for a in extract_attributions(parsed(body))]
    a = items[0]
    assert a.speaker == speaker and a.content.startswith(content) and a.kind == "indirect"
    assert a.rule.startswith("naming_frame") or a.rule == "participle"


@pytest.mark.parametrize("body, verb, stance", [
    ("Councillor Rob Hale called the plan a crutch for failing landlords.", "call", "neutral"),
    ("Mayor Dana Ortiz labelled the protest a riot.", "label", "distancing"),
    ("Councillor Rob Hale called for an inquiry into the contract.", "call", "emphatic"),
])
def test_the_naming_has_its_own_stance(parsed, body, verb, stance) -> None:
    items = [a for a in extract_attributions(parsed(body)) if a.verb == verb]
    assert [a.verb_stance for a in items] == [stance]


def test_a_naming_and_a_following_statement_are_two_speech_acts(parsed) -> None:
    body = 'The rights group Open Door called the verdict "a chilling blow to free speech" and said it would appeal.'
    items = extract_attributions(parsed(body))
    assert [(a.verb, a.rule) for a in items] == [("call", "naming_frame"), ("say", "verb_clause")]
    assert "chilling blow" in items[0].content and "appeal" not in items[0].content


@pytest.mark.parametrize("body", [
    "Residents called the police after the blast.",
    "Councillor Rob Hale called his brother on Sunday.",
    "The union labelled the boxes before the march.",
])
def test_a_verb_that_names_nothing_is_no_cue(parsed, body) -> None:
    assert extract_attributions(parsed(body)) == []
