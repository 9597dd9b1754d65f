"""``use the centres - which one shopkeeper branded a "total joke"``, ``the tax, which economists
called "a disaster"``: a naming verb whose object is the relative pronoun names the antecedent (its
content is what it is called, a partial quotation: indirect); a relative clause set off by a comma
or dash that carries its own speaker at the end of another attribution's content is the writer's
addition, not the outer speaker's words, and is its own attribution."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, called", [
    ("Officials urged residents to use the two recycling centres - which one shopkeeper branded a "
     '"total joke" because both close at 4pm.', "one shopkeeper", "total joke"),
    ('The minister defended the new tax, which economists called "a disaster for small firms".', "economists",
     "a disaster for small firms"),
    ('The plan, which critics labelled a "land grab", passed on Monday.', "critics", "land grab"),
])
def test_a_relative_naming_is_its_own_attribution(parsed, body: str, speaker: str, called: str) -> None:
    items = extract_attributions(parsed(body))
    (a,) = [x for x in items if x.speaker == speaker]
    assert called in a.content and a.kind == "indirect" and a.rule == "naming_frame"


def test_the_outer_content_ends_before_the_set_off_clause(parsed) -> None:
    items = extract_attributions(parsed(
        "Officials urged residents to use the two recycling centres - which one shopkeeper branded a "
        '"total joke" because both close at 4pm.'))
    assert [a.content for a in items if a.speaker == "Officials"] == ["residents to use the two recycling centres"]


def test_a_clause_in_the_middle_leaves_the_outer_content_whole(parsed) -> None:
    items = extract_attributions(parsed(
        'The mayor said the new park, which residents called "a total waste of money", would open in May.'))
    (mayor,) = [a for a in items if a.speaker == "mayor"]
    assert mayor.content.endswith("would open in May")
