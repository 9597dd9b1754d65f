"""Candidates, shadow ministers and "fellow" before a role: political voices however else described."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ('The race tightened, with state Treasurer Mark Dunn accusing his rival of lying. Former Gov. Ann Lee, who '
     'endorsed Dunn in May, said the ads were unfair. "We will win," Dunn said.', "Mark Dunn"),
    ('In a statement, the Weller campaign said the ads were fair. "I built a company," said businessman Carl '
     'Weller.', "Carl Weller"),
    ("Police Commissioner Rosa Vance announced her bid on Monday. \"Vance's campaign starts today,\" an aide said. "
     '"I will fight for every street," Rosa Vance said.', "Rosa Vance"),
])
def test_a_candidate_speaks_as_a_politician(parsed, body: str, speaker: str) -> None:
    mine = [a for a in extract_attributions(parsed(body)) if a.speaker == speaker]
    assert mine and all(a.speaker_type == "political" and a.type_rule.startswith("candidate:") for a in mine)


def test_an_official_with_no_campaign_stays_official(parsed) -> None:
    (a,) = extract_attributions(parsed("State Treasurer Mark Dunn said the bonds were sold."))
    assert a.speaker_type == "official"


@pytest.mark.parametrize("body", [
    "The shadow housing secretary, Giles Ward, accused ministers of contempt.",
    "Shadow transport minister Eva Lind said the fares were too high.",
    "The shadow health minister, Omar Pike, said waiting lists had grown.",
])
def test_a_shadow_of_an_official_post_is_political(parsed, body: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker_type == "political"


@pytest.mark.parametrize("body, expected", [
    ("Her Senate colleague and fellow Democrat, Lena Cho of Utah, said she respected the decision.", "political"),
    ("His fellow councillor, Ben Roe, said the vote was rushed.", "political"),
    ("Tom Reed, a fellow at the Hale Institute, said the plan was sound.", "expert"),
])
def test_fellow_before_a_role_is_an_adjective(parsed, body: str, expected: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker_type == expected


@pytest.mark.parametrize("body, expected", [
    ("Former Secretary of State Ada Voss, a Republican who ran the state's elections for eight years, urged the "
     "governor to veto the bill.", "political"),
    ("Former Ambassador Tom Hale, a Democrat, said the treaty was weak.", "political"),
    ("Mayor Rita Cole, a Democrat, said the bridge would open.", "official"),     # a present office wins
    ("Former judge Ann Ross said the ruling was wrong.", "official"),              # a former office alone keeps its type
])
def test_a_party_outweighs_only_a_former_office(parsed, body: str, expected: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker_type == expected


@pytest.mark.parametrize("body", [
    "Sergeant Ivo Lanz of the city police said officers had acted with restraint.",
    "Police Sergeant Mia Dorn said the road was closed.",
    "Detective Sergeant Ben Ode said two men had been arrested.",
])
def test_sergeants_are_official(parsed, body: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker_type == "official"


@pytest.mark.parametrize("body, speaker", [
    ("The bill passed on Monday.\n\nFormer Secretary of State Ruth Allen, a Democrat who ran the state's elections "
     'for a decade, urged the governor to sign it. "It is overdue," Allen said in an interview.', "Ruth Allen"),
    ("The count went on.\n\nFormer Secretary of State Omar Lind, a Democrat, said every ballot would be counted.",
     "Omar Lind"),
    ("The vote was close.\n\nFormer Secretary of State Dana Pike, a Republican who served two terms, said the map "
     "was fair.", "Dana Pike"),
])
def test_former_before_a_title_with_of_stays_in_the_role(parsed, body: str, speaker: str) -> None:
    mine = [a for a in extract_attributions(parsed(body)) if a.speaker == speaker]
    assert mine and all(a.role.startswith("Former") and a.speaker_type == "political" for a in mine)
