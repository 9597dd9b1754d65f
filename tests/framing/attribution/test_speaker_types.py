"""Speaker types (official, political, ... other) and the anonymous flag."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


def test_one_speaker_of_each_type(by_content, parsed) -> None:
    body = ("Union organiser Ben Ortiz said the strike would continue. "
            "Lawmaker Ana Ruiz of the opposition Green Party said the plan was flawed. "
            "Ivan Novak, a professor at Dunmore University, said wages had stagnated. "
            "A spokesperson for Harbor Bank Inc said the branch would close. "
            "The Daily Courier reported that the mayor had resigned. "
            "Witnesses said the crowd was peaceful.")
    items = extract_attributions(parsed(body))
    got = {a.speaker_type for a in items}
    assert by_content(items, "strike would continue").speaker_type == "civil_society"
    assert by_content(items, "plan was flawed").speaker_type == "political"
    assert by_content(items, "wages had stagnated").speaker_type == "expert"
    assert by_content(items, "branch would close").speaker_type == "business"
    assert by_content(items, "mayor had resigned").speaker_type == "media"
    w = by_content(items, "crowd was peaceful")
    assert w.speaker_type == "citizen" and w.anonymous
    assert all(a.type_rule for a in items) and len(got) == 6


def test_named_person_without_role_is_a_citizen(parsed) -> None:
    a = extract_attributions(parsed('"I have lived here forty years," said Karl Ansby, who runs the corner bakery.'))[0]
    assert a.speaker_type == "citizen" and not a.anonymous


def _types(parsed, body: str) -> dict[str, str]:
    return {a.speaker: a.speaker_type for a in extract_attributions(parsed(body))}


@pytest.mark.parametrize("body, speaker, expected", [
    ("Phone lines were cut, according to the network monitoring group LineWatch.", "LineWatch", "civil_society"),
    ("The Ardan Press Observatory, which is based abroad, said the arrests were illegal.",
     "Ardan Press Observatory", "civil_society"),
    ("Crossway Buses says it has offered a raise.", None, "business"),
    ("Transport Secretary Paul Greer said he was disappointed.", "Paul Greer", "official"),
    ("The centre will cost $4 million, according to county documents seen by the paper.",
     "county documents", "official"),
    ("Mark Dell, a former prosecutor who now teaches at Elmfield Law School, said the plan was reckless.",
     "Mark Dell", "expert"),
    ("The clip was first published by the news site Civic Lens. Civic Lens said it stood by its story.",
     "Civic Lens", "media"),
    ('"It is shameful," said Rita Moss, executive director of the Honest Vote Project.', "Rita Moss",
     "civil_society"),
    ("The Honest Vote Campaign said it had filed a complaint.", "Honest Vote Campaign", "civil_society"),
    ('"The year has been hard," Chief Executive Officer Ola Berg said on a call.', "Ola Berg", "business"),
    ("Reiko Devices said on Monday it would delay a plant.", None, "business"),
    ("Brandt Optics AG said on Monday it would cut jobs.", "Brandt Optics AG", "business"),
])
def test_organisation_and_person_types(parsed, body: str, speaker: str | None, expected: str) -> None:
    types = _types(parsed, body)
    if speaker is None:
        assert list(types.values()) == [expected], types
    else:
        assert types.get(speaker) == expected, types


def test_spokeswoman_for_a_company_is_business(parsed) -> None:
    types = _types(parsed, "Crossway Buses says it has offered a raise. "
                           "A spokeswoman for Crossway Buses said refunds would be paid.")
    assert set(types.values()) == {"business"}, types


def test_a_campaign_in_lower_case_stays_political(parsed) -> None:
    types = _types(parsed, "The Harlow campaign said the senator would not debate.")
    assert set(types.values()) == {"political"}, types


def test_a_serving_prosecutor_stays_official(parsed) -> None:
    assert _types(parsed, "Mark Dell, a federal prosecutor, said the plan was illegal.")["Mark Dell"] == "official"


def test_researcher_of_a_rights_group_speaks_for_it(by_content, parsed) -> None:
    body = ("Dozens were hurt in the city, according to the rights group Civic Lantern. "
            '"It was deliberate," said Rana Aziz, a researcher at Civic Lantern.')
    a = by_content(extract_attributions(parsed(body)), "deliberate")
    assert a.speaker == "Rana Aziz" and a.speaker_type == "civil_society"


def test_union_named_after_its_members_is_civil_society(by_content, parsed) -> None:
    body = "The Tesh Miners\u2019 Syndicate, which organised the strike, said 12 of its members were missing."
    a = by_content(extract_attributions(parsed(body)), "members were missing")
    assert a.speaker_type == "civil_society"


def test_company_name_endings_are_business(by_content, parsed) -> None:
    body = "Rates will rise again, said Dunmore Water. Costs are falling, Kestrel Analytics said."
    items = extract_attributions(parsed(body))
    assert by_content(items, "rates will rise").speaker_type == "business"
    assert by_content(items, "costs are falling").speaker_type == "business"


def test_camel_case_name_is_a_company(by_content, parsed) -> None:
    body = "Short sellers bet against 20% of the shares, according to data from TradeLoom."
    a = by_content(extract_attributions(parsed(body)), "short sellers")
    assert a.speaker == "TradeLoom" and a.speaker_type == "business"


def test_law_officer_title_with_hyphen_is_official(by_content, parsed) -> None:
    body = "Deputy Prosecutor-General Ivan Morel said 40 people had been charged."
    a = by_content(extract_attributions(parsed(body)), "charged")
    assert a.speaker_type == "official"


def test_national_health_body_and_press_service_are_official(by_content, parsed) -> None:
    body = ("More than 9,000 people are waiting for surgery, according to figures from NHS England. "
            "The president has thanked the rescuers, the presidential press service said.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "9,000 people").speaker_type == "official"
    assert by_content(items, "thanked the rescuers").speaker_type == "official"


def test_fellow_of_a_think_tank_stays_expert(by_content, parsed) -> None:
    body = ("Dr Sam Ortiz, a senior fellow at the Brook Policy Foundation, an independent think tank, "
            "said the cuts reflected a wider pattern.")
    a = by_content(extract_attributions(parsed(body)), "wider pattern")
    assert a.speaker_type == "expert"


def test_opposition_party_spokesman_is_political(by_content, parsed) -> None:
    body = 'Lib Dem transport spokesman Neil Brook fumed: "This is a scandal."'
    a = by_content(extract_attributions(parsed(body)), "scandal")
    assert a.speaker == "Neil Brook" and a.speaker_type == "political"


def test_title_parsed_apart_still_types_the_person(parsed) -> None:
    a = extract_attributions(parsed("Governor Ada Lin told reporters the bridge would reopen."))[0]
    assert a.speaker == "Ada Lin" and a.speaker_type == "official"


def test_us_legislators_are_political_and_executives_official(by_content, parsed) -> None:
    body = ('"The bill is dead," said state Rep. Lena Ortiz, a Republican from Akron. '
            '"We will try again," said Senate Minority Leader Paul Grady, D-Toledo. '
            'House Speaker Ann Wells told reporters that she had not decided. '
            '"It hurts retirees," said Rep. Tom Hale, R-Ohio, whose district includes two suburbs. '
            'Mayor Rita Cole, a Democrat, claimed the ban would save money. '
            '"It is a good day," said Gov. Jim Pratt.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "bill is dead").speaker_type == "political"
    assert by_content(items, "try again").speaker_type == "political"
    assert by_content(items, "had not decided").speaker_type == "political"
    assert by_content(items, "hurts retirees").speaker_type == "political"
    assert by_content(items, "save money").speaker_type == "official"
    assert by_content(items, "good day").speaker_type == "official"


def test_local_officers_and_council_members(by_content, parsed) -> None:
    body = ("City Manager Joan Ruiz said the road would stay closed until Friday. "
            "Councilmember Ed Marsh said the vote was rushed. "
            '"We will appeal," Marsh said.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "stay closed").speaker_type == "official"
    assert by_content(items, "vote was rushed").speaker_type == "political"
    a = by_content(items, "we will appeal")
    assert a.speaker == "Ed Marsh" and a.speaker_type == "political"


def test_party_affiliation_alone_is_political(by_content, parsed) -> None:
    body = "Jane Roe, a Democrat, said the plan was unfair."
    assert by_content(extract_attributions(parsed(body)), "unfair").speaker_type == "political"


def test_trade_body_is_business(by_content, parsed) -> None:
    body = ("According to a study by the Prairie Home Builders Council, the rule could raise costs by 9 percent. "
            "The Millbrook City Council said the rule would start in January.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "raise costs").speaker_type == "business"
    assert by_content(items, "start in january").speaker_type == "official"


def test_what_the_article_calls_an_organisation_beats_its_name(by_content, parsed) -> None:
    body = ("The Lindell Institute, an advocacy group funded by donors, said the rule would save money. "
            "The Tarn Road Partnership, the consortium that will build the road, said the work would start soon.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "save money").speaker_type == "civil_society"
    assert by_content(items, "start soon").speaker_type == "business"


def test_armed_group_and_its_spokesman_are_other(by_content, parsed) -> None:
    body = ("The Eastern Liberation Army said on Telegram that its fighters had held the bridge. "
            "Rebel spokesman Omar Kade said the truce would fail.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "held the bridge").speaker_type == "other"
    assert by_content(items, "truce would fail").speaker_type == "other"


def test_owner_of_a_named_business_is_business_a_local_baker_is_not(by_content, parsed) -> None:
    body = ("Fire gutted Pell Hardware overnight. Sam Pell, who has owned the hardware store for 20 years, "
            "said he would rebuild. Ana Ruiz, who owns Blue Door Bakery, said she had lost everything. "
            '"It was terrifying," said Karl Vint, who runs a cafe on the square.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "would rebuild").speaker_type == "business"
    assert by_content(items, "lost everything").speaker_type == "business"
    assert by_content(items, "terrifying").speaker_type == "citizen"


def test_verb_in_a_who_clause_is_no_organisation(by_content, parsed) -> None:
    body = '"They were heroes," said Gene Voss, 68, who came downtown at dawn to watch.'
    assert by_content(extract_attributions(parsed(body)), "heroes").speaker_type == "citizen"


def test_apposition_the_parser_lost_still_describes_the_organisation(by_content, parsed) -> None:
    body = ('"We cannot wait," Mora said at the meeting, echoing experts at the Halden Institute, '
            "an activist group funded by donors.\n\nThe Halden Institute says electric homes are cheaper to run.")
    a = by_content(extract_attributions(parsed(body)), "cheaper to run")
    assert a.speaker == "Halden Institute" and a.speaker_type == "civil_society"


def test_anonymity_markers(by_content, parsed) -> None:
    body = ("A senior diplomat, speaking on condition of anonymity, said the talks had failed. "
            "A resident, who asked not to be named, said the water was cut.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "talks had failed").anonymous
    assert by_content(items, "talks had failed").speaker_type == "official"
    assert by_content(items, "water was cut").anonymous


def test_institution_is_not_anonymous(parsed) -> None:
    a = extract_attributions(parsed("Police said three people had been detained."))[0]
    assert a.speaker_type == "official" and not a.anonymous


def test_documents_are_not_anonymous(parsed) -> None:
    atts = extract_attributions(parsed("The plan will cost $4 million, according to a council report."))
    assert [(a.speaker_type, a.anonymous) for a in atts] == [("official", False)]


@pytest.mark.parametrize("body, speaker, expected, rule", [
    # the organisation after a preposition is the head of its phrase, not a word of its name
    ("Organisers from the Brookfield Clean Water Coalition said 3,000 people took part.",
     "Organisers from the Brookfield Clean Water Coalition", "civil_society", "org:coalition"),
    ("A spokesman for the Ministry of Transport said trains would run.",
     "spokesman for the Ministry of Transport", "official", "org:ministry"),
    # ... unless a political word before it says the organisation is a party or camp
    ("Tomas Adeyi, the leader of the opposition Movement for Change, said the count was rigged.",
     "Tomas Adeyi", "political", "org:opposition"),
    # a field of public life before a generic role word types it, as headlines name officials
    ("The schools boss, Nina Korsa, said the term would start late.", "Nina Korsa", "official",
     "field:schools boss"),
    ("The health boss, Ivo Renn, said waiting lists were shorter.", "Ivo Renn", "official",
     "field:health boss"),
    ("The oil boss, Ivo Renn, said output would fall.", "Ivo Renn", "business", "field:oil boss"),
    # unnamed sources of law enforcement are official sources
    ("Law enforcement sources said six people were held overnight.", "Law enforcement sources", "official",
     "role:law enforcement source"),
])
def test_organisation_heads_and_role_fields(parsed, body: str, speaker: str, expected: str, rule: str) -> None:
    items = {a.speaker: a for a in extract_attributions(parsed(body, title="Officials respond"))}
    assert speaker in items, list(items)
    assert (items[speaker].speaker_type, items[speaker].type_rule) == (expected, rule)


@pytest.mark.parametrize("body, expected", [
    ("Officials on both sides said the talks had stalled.", "official"),
    ("Officials on each side said the border would reopen.", "official"),
    ("Officials on the rebel side said the ceasefire held.", "other"),
])
def test_a_side_after_a_generic_head_is_a_position_not_a_group(parsed, body: str, expected: str) -> None:
    # "on both sides" says where the officials stand; "the rebel side" still names rebels
    items = extract_attributions(parsed(body))
    assert [a.speaker_type for a in items] == [expected], [(a.speaker, a.speaker_type, a.type_rule) for a in items]
