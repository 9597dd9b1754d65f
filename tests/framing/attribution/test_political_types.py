"""Speaker types on political news: party officials, campaign staff, legislators (political);
commentators, columnists, pundits and hosts (media); present roles before former ones; a named
person with nothing said of them is ``unknown``, never a citizen."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


def _only(parsed, body: str):
    items = extract_attributions(parsed(body))
    assert items, body
    return items[0]


@pytest.mark.parametrize("body, expected", [
    ("GOP chairman Michael Steele said the party would win.", "political"),
    ("Steele, the RNC chairman, said he was sorry. Michael Steele had spoken on Sunday.", "political"),
    ("Several RNC members said the chairman should resign.", "political"),
    ("A DNC spokeswoman said the ads would run through November.", "political"),
    ("Obama campaign manager David Plouffe said the numbers were good.", "political"),
    ("A campaign spokesman said the ads would run.", "political"),
    ("Democratic strategist Lena Hart said the message was working.", "political"),
    ("Lara Finch, a former aide, said the office was in chaos.", "political"),
])
def test_party_officials_and_campaign_staff_are_political(parsed, body, expected) -> None:
    assert _only(parsed, body).speaker_type == expected


@pytest.mark.parametrize("body", [
    "Talk radio host Rush Limbaugh said the chairman had been misquoted.",
    "Conservative columnist Bill Kristol wrote that the chairman should go.",
    "Political commentator Ana Ruiz said the debate had changed nothing.",
    "Fox News pundit Gary Lowe said the numbers were bad.",
    "Brazile's CNN colleague, Jake Tapper, said the story had been overblown.",
])
def test_commentators_columnists_pundits_and_hosts_are_media(parsed, body) -> None:
    assert _only(parsed, body).speaker_type == "media"


@pytest.mark.parametrize("body, expected", [
    ("Dan Senor, a former Bush administration official and Fox News commentator, said it was a mistake.", "media"),
    ("Ruth Cole, a Fox News contributor and former senator, said the bill was doomed.", "media"),
    # a former holder of an elected office no longer speaks for the state (types.official): political
    ("Former Governor Ed Banks said the state could not afford the plan.", "political"),
])
def test_a_present_role_before_a_former_one(parsed, body, expected) -> None:
    assert _only(parsed, body).speaker_type == expected


@pytest.mark.parametrize("body", [
    "Dan Senor said the remarks were a mistake.",
    "\u201cIt was a bad week,\u201d said Mara Quill.",
    "Tomas Vell told the crowd that the vote was rigged.",
])
def test_a_named_person_with_no_evidence_is_unknown(parsed, body) -> None:
    a = _only(parsed, body)
    assert a.speaker_type == "unknown" and a.type_rule == "no_evidence" and not a.anonymous


@pytest.mark.parametrize("body, rule_start", [
    ("\u201cIt was a bad week,\u201d said Mara Quill, 44.", "described_person:"),
    ("Gene Voss, who has lived on the street for 30 years, said the fire spread fast.", "described_person:"),
    ("Gail Porter, a retired schoolteacher, said the library should stay open.", "role:schoolteacher"),
    ("\u201cWe were never asked,\u201d said Ron Tate, a steelworker from the east side.", "role:steelworker"),
])
def test_people_described_as_in_everyday_life_are_citizens(parsed, body, rule_start) -> None:
    a = _only(parsed, body)
    assert a.speaker_type == "citizen" and a.type_rule.startswith(rule_start), (a.speaker_type, a.type_rule)


@pytest.mark.parametrize("body, expected", [
    ("The senator's office said in a statement that she would vote against the bill.", "political"),
    ("The mayor's office said the road would reopen on Friday.", "official"),
    ("The governor's campaign said the ads were false.", "political"),
    ("The governor's staff said the ads were false.", "official"),
    ("The congressman's spokesman said the letter was a forgery.", "political"),
])
def test_an_office_or_staff_speaks_with_its_owners_type(parsed, body, expected) -> None:
    a = _only(parsed, body)
    assert a.speaker_type == expected, (a.speaker, a.type_rule)


@pytest.mark.parametrize("body", [
    "Lena Ortiz, the Democratic chairwoman of Pike County, Ohio, on Tuesday said the phones had been busy.",
    "A senior Democratic official said the chairman would travel to Ohio.",
    "Gil Marten, a Democratic strategist in Denver, said the ad had backfired.",
])
def test_a_party_adjective_before_a_role_word_is_the_party_affiliation(parsed, body) -> None:
    # "Democratic" before a role noun says what "Republican" or "a Democrat" says: political
    a = _only(parsed, body)
    assert a.speaker_type == "political", (a.speaker, a.speaker_type, a.type_rule)


@pytest.mark.parametrize("body, not_expected", [
    ("An official of the Democratic Republic of Congo said the border was open.", "political"),
    ("Mayor Gus Ferrand, a Democrat, said the town would cope.", "political"),   # the office decides
])
def test_a_party_adjective_is_no_affiliation_elsewhere(parsed, body, not_expected) -> None:
    assert _only(parsed, body).speaker_type != not_expected


@pytest.mark.parametrize("body", [
    "Mr Keane, who speaks for the Conservatives on health, said the plan was cruel.",
    "Ms Adair, who sits with the Conservatives on the council, said the budget was fair.",
    "Hugh Penrose, who campaigned for the Conservatives in 2019, said the party had changed.",
])
def test_the_conservatives_named_in_a_who_clause_are_a_party(parsed, body) -> None:
    a = _only(parsed, body)
    assert a.speaker_type == "political", (a.speaker, a.speaker_type, a.type_rule)


@pytest.mark.parametrize("body", [
    '"It was a disgrace from start to finish," Tom Brickell said on his weekday radio show.',
    "Carla Dunmore wrote in her column that the party had lost its way.",
    "Rita Vance said on her podcast that voters would not forget.",
    "Brickell told listeners the party had lost touch. Tom Brickell is often angry.",
])
def test_a_person_speaking_through_their_own_programme_or_column_is_media(parsed, body) -> None:
    a = _only(parsed, body)
    assert a.speaker_type == "media" and a.type_rule.startswith("own_outlet:"), (a.speaker, a.type_rule)


@pytest.mark.parametrize("body", [
    "Owen Marsh told reporters the plan was dead.",                          # reporters: no outlet of his
    "Senator Ada Brill said on her podcast that the bill would pass.",        # a title decides first
    "Owen Marsh said on the BBC's programme that the plan was dead.",         # someone else's programme
])
def test_no_own_outlet_or_a_stronger_evidence_is_not_media(parsed, body) -> None:
    assert _only(parsed, body).speaker_type != "media"


# -- former holders of elected and cabinet offices, offices sought, election officers, NGO heads ---
@pytest.mark.parametrize("body, expected", [
    ("Ana Pell, a former governor of the state, said the race was close.", "political"),
    ("Former Mayor Tim Rook said the vote count was fair.", "political"),
    ("Ex-mayor Ola Dahl said the bill was rushed.", "political"),
    ("Ola Dahl, a former foreign minister, said the talks were useful.", "official"),
    ("Governor Ana Pell said the race was close.", "official"),
    ("Mark Ives, a retired police officer, said the raid was lawful.", "official"),
    ("County Recorder Ann Ito, a Republican, said the drop boxes were secure.", "official"),
    ("\"We will fight this in court,\" the group's executive director, Rosa Lund, said.", "civil_society"),
    ("Rosa Lund, executive director of Brill Foods Inc, said sales fell.", "business"),
])
def test_former_offices_election_officers_and_group_heads(parsed, body: str, expected: str) -> None:
    items = extract_attributions(parsed(body))
    assert items and items[0].speaker_type == expected, [(a.speaker, a.speaker_type, a.type_rule) for a in items]


def test_an_office_sought_is_no_office_held(parsed) -> None:
    body = 'Republican candidate for governor Tom Bly accused the party of bias. "It is rigged," Bly said.'
    items = extract_attributions(parsed(body))
    assert items and all(a.speaker_type == "political" for a in items), [(a.speaker, a.type_rule) for a in items]
