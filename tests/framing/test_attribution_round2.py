"""Second round of constructions from unseen news styles (US wire, local, UK, state media):
one small test each, with sentences of our own."""

from __future__ import annotations

from framing.attribution import extract_attributions
from framing.attribution.datelines import dateline_tokens


def by_content(items, fragment):
    found = [a for a in items if fragment.lower() in a.content.lower()]
    assert found, f"no attribution with {fragment!r} in {[(a.speaker, a.content) for a in items]}"
    return found[0]


# -- datelines --------------------------------------------------------------------------------
def test_ap_dateline_is_no_speaker(parsed) -> None:
    body = ("DAYTON, Ohio (AP) \u2014 Ohio Gov. Mark Fenwick on Monday signed a budget that cuts road money, "
            "saying it would keep taxes flat.")
    a = by_content(extract_attributions(parsed(body)), "keep taxes flat")
    assert a.speaker == "Mark Fenwick" and a.speaker_type == "official"


def test_dateline_with_date_and_agency(parsed) -> None:
    body = ("TARSK, June 3 (Reuters) - Kivonia's president said on Tuesday that the border would reopen.\n\n"
            "BRANMOOR \u2014 Rates will rise again, central bank governor Ana Pell said on Monday.")
    items = extract_attributions(parsed(body))
    assert "president" in by_content(items, "border would reopen").speaker
    a = by_content(items, "rates will rise")
    assert a.speaker == "Ana Pell" and not a.content.startswith("BRANMOOR")


def test_dateline_pattern() -> None:
    import re

    from framing.attribution.datelines import DATELINE
    for line in ("COLUMBUS, Ohio (AP) \u2014 x", "SORN, May 12 (Reuters) - x", "LONDON \u2014 x",
                 "ALMATY, Jan 16 - x", "Beijing (Xinhua) -- x", "NEW YORK (AP) \u2014 x"):
        assert DATELINE.match(line), line
    for line in ("Police said - x", "The mayor \u2014 x", "A - b"):
        assert not DATELINE.match(line) or re.match(r"[A-Z]{1,2} ", line), line


def test_two_subjects_misparse_takes_the_one_next_to_the_verb(parsed) -> None:
    body = "Talks stalled again on Monday, two people briefed on the negotiations said."
    a = by_content(extract_attributions(parsed(body)), "talks stalled")
    assert "people" in a.speaker


# -- US titles --------------------------------------------------------------------------------
def test_us_legislators_are_political_and_executives_official(parsed) -> None:
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


def test_local_officers_and_council_members(parsed) -> None:
    body = ("City Manager Joan Ruiz said the road would stay closed until Friday. "
            "Councilmember Ed Marsh said the vote was rushed. "
            '"We will appeal," Marsh said.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "stay closed").speaker_type == "official"
    assert by_content(items, "vote was rushed").speaker_type == "political"
    a = by_content(items, "we will appeal")
    assert a.speaker == "Ed Marsh" and a.speaker_type == "political"


def test_party_affiliation_alone_is_political(parsed) -> None:
    body = "Jane Roe, a Democrat, said the plan was unfair."
    assert by_content(extract_attributions(parsed(body)), "unfair").speaker_type == "political"


# -- lost attributions ------------------------------------------------------------------------
def test_that_clause_hung_on_a_noun_of_the_verb_phrase(parsed) -> None:
    body = ("Councilmember Ed Marsh warned colleagues before the vote that they were making a mistake. "
            "Delgado, who runs a bakery, bragged after the meeting that Millbrook was \"leading the state.\"")
    items = extract_attributions(parsed(body))
    assert by_content(items, "making a mistake").speaker == "Ed Marsh"
    assert by_content(items, "leading the state").speaker == "Delgado"


def test_claim_that_is_no_speech(parsed) -> None:
    body = "He rejected the idea that the vote was rigged."
    assert not extract_attributions(parsed(body))


# -- according to -----------------------------------------------------------------------------
def test_according_to_a_persons_paper_is_that_person(parsed) -> None:
    body = ("Opponents outnumbered supporters by two to one, according to the town clerk's attendance list. "
            "According to the town clerk, the meeting ran for four hours.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "outnumbered supporters").speaker == "town clerk"
    a = by_content(items, "ran for four hours")
    assert a.speaker == "town clerk" and a.speaker_type == "official"


def test_another_ministry_is_not_the_one_named_before(parsed) -> None:
    body = ("Belmora's foreign ministry said in a statement that the talks would go on. "
            "Nine people were killed, according to the health ministry in Tarsk.")
    a = by_content(extract_attributions(parsed(body)), "nine people were killed")
    assert "health ministry" in a.speaker


def test_role_reference_needs_that_role(parsed) -> None:
    body = ("The roads minister, Jon Pike, said the road would help. "
            "According to the inspector's report, the harm to the valley outweighed the benefits.")
    a = by_content(extract_attributions(parsed(body)), "harm to the valley")
    assert a.speaker == "inspector"


# -- adjacent speakers ------------------------------------------------------------------------
def test_scientist_at_a_university_is_a_person_and_the_next_she(parsed) -> None:
    body = ("'We will fight this,' said Ruth Kell, the group's coordinator.\n\n"
            "Dr Mina Rao, a marine biologist at the University of Plymouth, said dredging the bay, as the "
            "council has proposed, would harm the reef. 'We have seen it before,' she said.")
    items = extract_attributions(parsed(body))
    a = by_content(items, "dredging the bay")
    assert a.speaker == "Mina Rao" and a.speaker_type == "expert"
    assert by_content(items, "seen it before").speaker == "Mina Rao"


# -- organisation and speaker types -----------------------------------------------------------
def test_trade_body_is_business(parsed) -> None:
    body = ("According to a study by the Prairie Home Builders Council, the rule could raise costs by 9 percent. "
            "The Millbrook City Council said the rule would start in January.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "raise costs").speaker_type == "business"
    assert by_content(items, "start in january").speaker_type == "official"


def test_what_the_article_calls_an_organisation_beats_its_name(parsed) -> None:
    body = ("The Lindell Institute, an advocacy group funded by donors, said the rule would save money. "
            "The Tarn Road Partnership, the consortium that will build the road, said the work would start soon.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "save money").speaker_type == "civil_society"
    assert by_content(items, "start soon").speaker_type == "business"


def test_armed_group_and_its_spokesman_are_other(parsed) -> None:
    body = ("The Eastern Liberation Army said on Telegram that its fighters had held the bridge. "
            "Rebel spokesman Omar Kade said the truce would fail.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "held the bridge").speaker_type == "other"
    assert by_content(items, "truce would fail").speaker_type == "other"


def test_owner_of_a_named_business_is_business_a_local_baker_is_not(parsed) -> None:
    body = ("Fire gutted Pell Hardware overnight. Sam Pell, who has owned the hardware store for 20 years, "
            "said he would rebuild. Ana Ruiz, who owns Blue Door Bakery, said she had lost everything. "
            '"It was terrifying," said Karl Vint, who runs a cafe on the square.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "would rebuild").speaker_type == "business"
    assert by_content(items, "lost everything").speaker_type == "business"
    assert by_content(items, "terrifying").speaker_type == "citizen"


def test_verb_in_a_who_clause_is_no_organisation(parsed) -> None:
    body = '"They were heroes," said Gene Voss, 68, who came downtown at dawn to watch.'
    assert by_content(extract_attributions(parsed(body)), "heroes").speaker_type == "citizen"


def test_short_form_in_a_title_links_the_organisation(parsed) -> None:
    body = ("Talks with the Southern Freedom Front stalled on Monday. "
            "Front spokesman Ilan Berro said any truce would collapse within days.")
    a = by_content(extract_attributions(parsed(body)), "truce would collapse")
    assert a.speaker == "Ilan Berro" and a.speaker_type == "other"


def test_apposition_the_parser_lost_still_describes_the_organisation(parsed) -> None:
    body = ('"We cannot wait," Mora said at the meeting, echoing experts at the Halden Institute, '
            "an activist group funded by donors.\n\nThe Halden Institute says electric homes are cheaper to run.")
    a = by_content(extract_attributions(parsed(body)), "cheaper to run")
    assert a.speaker == "Halden Institute" and a.speaker_type == "civil_society"
