"""Speaker types from all the evidence an article gives (speaker_types.type_in_article and the new
steps of TYPE_STEPS): each family below has test sentences written for it here."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


def _typed(parsed, body: str, speaker: str) -> tuple[str, str]:
    found = [a for a in extract_attributions(parsed(body)) if speaker.lower() in a.speaker.lower()]
    assert found, [(a.speaker, a.speaker_type) for a in extract_attributions(parsed(body))]
    return found[0].speaker_type, found[0].type_rule


# -- observers name no expertise and no body ---------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Observers said the vote had been calm.",
    "Some observers noted that the talks had stalled twice before.",
    "Local observers said the new bridge would open late.",
])
def test_observers_are_other(parsed, body: str) -> None:
    assert _typed(parsed, body, "observers")[0] == "other"


# -- the legal defence is no defence ministry --------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Defence lawyer Mira Tosk said her client would appeal.", "Mira Tosk"),
    ("Defense attorney Paul Grady said the charges were thin.", "Paul Grady"),
    ("Ana Ruel, defence counsel for the three men, said the evidence was weak.", "Ana Ruel"),
])
def test_defence_lawyers_are_other(parsed, body: str, name: str) -> None:
    assert _typed(parsed, body, name) == ("other", _typed(parsed, body, name)[1])
    assert _typed(parsed, body, name)[1].startswith("role:defen")


# -- the staff of a court -----------------------------------------------------------------------------
@pytest.mark.parametrize("body, who", [
    ("A court clerk said the hearing had been moved to Friday.", "clerk"),
    ("Court official Ben Arlo said the files were sealed.", "Ben Arlo"),
    ("A court spokeswoman said the judge was ill.", "spokeswoman"),
])
def test_court_staff_are_official(parsed, body: str, who: str) -> None:
    assert _typed(parsed, body, who)[0] == "official"


# -- heads of public institutions --------------------------------------------------------------------
@pytest.mark.parametrize("body, who", [
    ("The director of Harrow Vale Hospital, Dr Ines Koll, said every ward was open.", "Ines Koll"),
    ("The hospital's director said the operations would be rebooked.", "director"),
    ("The head of Ashby Central Library, Ken Oduya, said the building would reopen.", "Ken Oduya"),
    ("Rosa Minn, the head of Beckfield Primary School, said the roof was safe.", "Rosa Minn"),
])
def test_institution_heads_are_official(parsed, body: str, who: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == "official" and rule.startswith("institution_head:"), (typ, rule)


def test_institution_staff_keep_their_type(parsed) -> None:
    typ, _ = _typed(parsed, "A nurse at Harrow Vale Hospital said the wards were full.", "nurse")
    assert typ != "official"


# -- unnamed people whose employer the text withholds ------------------------------------------------
@pytest.mark.parametrize("body, who", [
    ("Two people familiar with the talks said a deal was close.", "people"),
    ("Several people familiar with the inquiry said it would be delayed.", "people"),
    ("People with knowledge of the deal said the price had fallen.", "people"),
])
def test_people_familiar_with_are_other(parsed, body: str, who: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == "other" and rule.startswith("undisclosed:"), (typ, rule)


def test_officials_familiar_with_stay_official(parsed) -> None:
    assert _typed(parsed, "Officials familiar with the talks said a deal was close.", "officials")[0] == "official"


# -- state bodies named by their reach ---------------------------------------------------------------
@pytest.mark.parametrize("body, who", [
    ("The National Flood Warning Centre said the river would peak on Sunday.", "Flood Warning Centre"),
    ("The State Emergency Committee said 40 homes had been evacuated.", "State Emergency Committee"),
    ("The Federal Wildfire Service said the fire was contained.", "Federal Wildfire Service"),
])
def test_state_bodies_are_official(parsed, body: str, who: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == "official", (typ, rule)


def test_a_research_centre_is_no_state_body(parsed) -> None:
    typ, rule = _typed(parsed, "The National Centre for Coastal Research said the seas were rising.", "Centre")
    assert not rule.startswith("state_body"), (typ, rule)


# -- a present post over a past one ------------------------------------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("Lena Port, a former U.S. envoy who is now a senior fellow at the Garrow Institute, said the talks "
     "would fail.", "Lena Port", "expert"),
    ("Omar Velt, a retired judge who now teaches at Tressel University, said the ruling was sound.",
     "Omar Velt", "expert"),
    ("Ruth Caddy, a former police chief who is now a professor of criminology, said the figures were "
     "misleading.", "Ruth Caddy", "expert"),
])
def test_present_post_over_past_one(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected and "now:" in rule, (typ, rule)


# -- a retired occupation and an age: a private person -----------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Retired engineer Frank Dole, 81, said the queue had not moved all day.", "Frank Dole"),
    ("Margit Lune, 72, a former accountant, said her pension barely covered the rent.", "Margit Lune"),
    ("Ex-banker Colm Tarry, 66, said the new car park was a blessing for the village.", "Colm Tarry"),
])
def test_retired_occupation_with_age_is_citizen(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "citizen", (typ, rule)


# -- a source described by a person ------------------------------------------------------------------
@pytest.mark.parametrize("body, who, expected", [
    ("Health Secretary Dara Quell said the plan was on track. But a source close to Ms Quell said: "
     "\"We are months behind.\"", "close to", "official"),
    ("Senator Hal Brenner defended the bill. Allies of Mr Brenner said he would not back down.",
     "Allies", "political"),
    ("Novik Motors chief executive Ada Fenn said sales had recovered. People close to Ms Fenn said she "
     "was exhausted.", "close to", "business"),
])
def test_source_close_to_a_person(parsed, body: str, who: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == expected, (typ, rule)


# -- a name followed by its organisation, anywhere in the article -----------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("\"This is a disgrace,\" fumed Ola Brandt of the Pellham Tenants Union.", "Ola Brandt", "civil_society"),
    ("\"Costs will rise,\" said Dev Marr of the Norland Chamber of Commerce.", "Dev Marr", "business"),
    ("\"We warned them,\" said Iris Kalt, of the Wendell Rivers Trust Foundation.", "Iris Kalt", "civil_society"),
])
def test_name_of_organisation(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- a definite organisation noun names the one named before ---------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("The figures come from the Eastmoor Grocers' Association. The association's chief executive, Gil "
     "Harte, said many shops would close.", "Gil Harte", "business"),
    ("The books were removed by a review board of four appointees. Board chair Nessa Grau said the "
     "choices were sound.", "Nessa Grau", "official"),
    ("The complaint was filed with the Ellory School Board. The board's chairman, Cy Dunne, said it "
     "would be heard in May.", "Cy Dunne", "official"),
])
def test_back_reference_to_named_organisation(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected and rule.startswith("back_reference:"), (typ, rule)


# -- a generic head typed by the institution of its sentence ---------------------------------------
@pytest.mark.parametrize("body, who, expected", [
    ("Mayor Ida Fenwick has not commented, though a spokeswoman said the mayor trusted the auditors.",
     "spokeswoman", "official"),
    ("The ministry declined to give figures, but a spokesman said the review was under way.", "spokesman",
     "official"),
    ("The county council raised the pay of chief executive Noel Brisk by 9 per cent. Brisk said the rise "
     "was fair.", "Brisk", "official"),
])
def test_generic_head_of_the_sentence_institution(parsed, body: str, who: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == expected, (typ, rule)


# -- a campaign for a cause -----------------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Residents have started a petition against the closure. Campaign organiser Lou Farrant, 38, said: "
     "\"We just want our library back.\"", "Lou Farrant"),
    ("Parents are fighting the school merger. Campaign leader Dina Pell said the plan was rushed.",
     "Dina Pell"),
    ("Villagers want the footpath reopened. Campaign organiser Abe Stroud said the landowner had "
     "ignored them.", "Abe Stroud"),
])
def test_campaign_without_election_is_civil_society(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "civil_society", (typ, rule)


def test_campaign_in_an_election_stays_political(parsed) -> None:
    body = ("The primary is on Tuesday. Campaign manager Joss Reid said the candidate was ahead with "
            "voters.")
    assert _typed(parsed, body, "Joss Reid")[0] == "political"


# -- a past seat on an elected body ----------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Ruth Avell, who served two terms on the county commission, called the plan reckless.", "Ruth Avell"),
    ("Ned Kirby, who sat on the city council for a decade, said the budget was a mistake.", "Ned Kirby"),
    ("Mae Lorne, who spent six years on the county council, said the road was needed.", "Mae Lorne"),
])
def test_past_seat_on_an_elected_body_is_political(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "political" and rule.startswith("former:"), (typ, rule)


# -- a union of firms, a union of workers ----------------------------------------------------------
@pytest.mark.parametrize("body, who, expected", [
    ("The European Road Freight Union said drivers faced long delays.", "Road Freight Union", "business"),
    ("The Logistics Union said its member firms had lost millions.", "Logistics Union", "business"),
    ("The Freight Workers Union said its members would strike.", "Freight Workers Union", "civil_society"),
])
def test_union_of_firms_or_workers(parsed, body: str, who: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert typ == expected, (typ, rule)


def test_a_persons_campaign_stays_a_candidacy(parsed) -> None:
    assert _typed(parsed, "The governor's campaign said the ads were false.", "campaign")[0] == "political"


# -- an organisation's initials --------------------------------------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("The Eastland Tenants Rights Project has sued the city. ETRP director Lia Moor said the rents were "
     "illegal.", "Lia Moor", "civil_society"),
    ("The figures come from the Northfield Policy Unit. NPU director Ben Hale said the cuts would hurt.",
     "Ben Hale", "expert"),
    ("The Coastal Grocers Association wrote to ministers. CGA director Ida Marr said prices would rise.",
     "Ida Marr", "business"),
])
def test_acronym_of_named_organisation(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- a past office, a party now --------------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Ana Velk, who served as attorney general from 2009 to 2015 and is a Democrat, said the law was sound.",
     "Ana Velk"),
    ("Tom Breck, who was state treasurer for a decade and is a Republican, said the budget was a fantasy.",
     "Tom Breck"),
    ("Mia Sorel, who served as ambassador to Chile and remains a Democrat, said the deal was weak.",
     "Mia Sorel"),
])
def test_past_office_party_now_is_political(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "political", (typ, rule)


# -- a spokesperson after the principal of the sentence before --------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("Governor Ella Mont's office said she would not sign. Spokesman Ray Dunn said the bill was dead.",
     "Ray Dunn", "official"),
    ("Senator Joe Parr has not commented. Spokeswoman Kim Aldo said he was travelling.", "Kim Aldo",
     "political"),
    ("The ministry did not reply to questions. A spokesperson later said the report was being studied.",
     "spokesperson", "official"),
])
def test_spokesperson_after_the_sentence_before(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- an organisation named for its cause ----------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("Ada Vance, director of the Tacoma-based Bridges for Peace, said the rules were cruel.", "Ada Vance"),
    ("\"This is a step back,\" said Rob Tull, the founder of Action for Rivers.", "Rob Tull"),
    ("Nia Ford, a coordinator with Light for Liberty, said the ban was wrong.", "Nia Ford"),
])
def test_cause_named_organisation_is_civil_society(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "civil_society", (typ, rule)


# -- initials beat a field word; "its" head after the sentence before -------------------------------
def test_initials_beat_a_field_word(parsed) -> None:
    body = ("Members of the Harbour and Dock Workers' Union (HDWU) walked out. \"We are tired,\" said HDWU "
            "regional organiser Lyn Carr.")
    assert _typed(parsed, body, "Lyn Carr")[0] == "civil_society"


@pytest.mark.parametrize("body, name, expected", [
    ("Campaign group Fair Rents Now called the rise obscene. Its chief executive, Joy Perl, said: \"It is "
     "a scandal.\"", "Joy Perl", "civil_society"),
    ("The town council approved the plan on Monday. Its chief executive, Ken Strand, said it would save "
     "money.", "Ken Strand", "official"),
    ("The charity Safe Harbour warned of cuts. Its director, Meg Olsen, said families would suffer.",
     "Meg Olsen", "civil_society"),
])
def test_its_head_after_the_sentence_before(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- "the group" names the organisation named last --------------------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("The Delta Tenants Union said it would sue. \"We will see them in court,\" the group's director, Ava "
     "Lind, said.", "Ava Lind", "civil_society"),
    ("The Orvel Chamber of Commerce wrote to the council. The group's chairman, Max Ode, said costs would "
     "rise.", "Max Ode", "business"),
    ("The Brenford Policy Unit published the figures. The organisation's director, Zoe Hart, said the cuts "
     "were deep.", "director", "expert"),
])
def test_the_group_names_the_organisation_named_last(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- the words of a quotation do not type its speaker ----------------------------------------------
@pytest.mark.parametrize("body", [
    "\"We will take the ministry to court,\" a spokeswoman said.",
    "\"The police never came,\" a spokesman said on Tuesday.",
    "\"The council has failed us,\" a spokesperson said.",
])
def test_quoted_words_do_not_type_a_spokesperson(parsed, body: str) -> None:
    typ, rule = _typed(parsed, body, "spokes")
    assert not rule.startswith("sentence:"), (typ, rule)


# -- an organisation's name ends at its line; its kind word after it ---------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("\"We are ready,\" said Ivo Kask of the Harbour Rights Project.\n\nThe Senate votes on Friday.",
     "Ivo Kask", "civil_society"),
    ("\"Rates will rise,\" said Lea Born of Pellow Capital.\n\nBusinesses were worried.", "Lea Born", "business"),
    ("Tom Reis of the Clean Air for Dunmore coalition said: \"We have had enough.\"", "Tom Reis",
     "civil_society"),
])
def test_organisation_name_on_one_line_and_its_kind(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected and "\n" not in rule, (typ, rule)


# -- an organisation word inside a name is no reference back ---------------------------------------
@pytest.mark.parametrize("body, name", [
    ("The Energy Board met on Monday. Marta Keller, the chairman of the Energy Regulatory Authority, said "
     "prices would fall.", "Marta Keller"),
    ("The Water Company raised bills. Eli Grant, the director of the Water Services Authority, said the "
     "rise was unlawful.", "Eli Grant"),
    ("The Mining Group has sold its mine. Ora Blix, the head of the Mining Inspectorate, said the site "
     "was safe.", "Ora Blix"),
])
def test_organisation_word_inside_a_name_is_no_back_reference(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "official" and not rule.startswith("back_reference"), (typ, rule)


# -- a spokesperson's principal is the subject of the sentence before ------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("Ms Lutz's office said a financial adviser made the trades. \"She did nothing wrong,\" spokesman "
     "Dan Orr said.", "Dan Orr", "official"),
    ("The ministry said a bank had handled the payments. Spokeswoman Ada Kern said the rules were followed.",
     "Ada Kern", "official"),
    ("The union said the company had broken the deal. Spokesman Rui Sal said members would vote.",
     "Rui Sal", "civil_society"),
])
def test_spokesperson_takes_the_subject_of_the_sentence_before(parsed, body: str, name: str,
                                                                expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- a secretary titled by a department ------------------------------------------------------------
@pytest.mark.parametrize("body, who", [
    ("Secretary of Labor Ana Ruiz said the rules would change.", "Ana Ruiz"),
    ("Ana Ruiz, the Secretary of Labor, said the rules would change.", "Ana Ruiz"),
    ("Ted Marr, the Deputy Secretary of Homeland Security, told reporters the border was calm.", "Ted Marr"),
    ("The Secretary of the Treasury, Ola Venn, said rates would hold.", "Venn"),
])
def test_secretary_of_a_department_is_official(parsed, body: str, who: str) -> None:
    assert _typed(parsed, body, who)[0] == "official"


@pytest.mark.parametrize("body, who, expected", [
    ("Mo Kerr, the general secretary of the Rail Workers Union, said the strike would go ahead.", "Mo Kerr",
     "civil_society"),
    ("General Secretary of Unite Jo Pask said the offer was an insult.", "Jo Pask", "civil_society"),
])
def test_secretary_of_an_organisation_is_no_cabinet_secretary(parsed, body: str, who: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, who)
    assert not rule.startswith("cabinet_secretary"), (typ, rule)


@pytest.mark.parametrize("body", [
    "Big companies were told to pay more. A spokesman for Verin said the former leader was at home.",
    "The banks froze the accounts. A spokeswoman for Ms Adler said she was abroad.",
    "Oil firms cut output. A spokesperson for the Halden family said they had sold their shares.",
])
def test_a_spokesperson_for_someone_named_is_not_typed_by_the_sentence_before(parsed, body: str) -> None:
    typ, rule = _typed(parsed, body, "spokes")
    assert not rule.startswith("sentence:"), (typ, rule)


@pytest.mark.parametrize("body, name, expected", [
    ("The Home Retailers Federation welcomed the plan. Its chief executive, Ada Moss, said shops needed "
     "certainty.", "Ada Moss", "business"),
    ("The Northern Grocers Association criticised the tax. Its director, Ben Lyle, said prices would rise.",
     "Ben Lyle", "business"),
    ("The Coastal Nurses Union rejected the offer. Its general secretary, Kay Doyle, said members were "
     "angry.", "Kay Doyle", "civil_society"),
])
def test_its_head_takes_the_whole_name_of_the_organisation(parsed, body: str, name: str, expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)


# -- a person who runs elections; a candidate ------------------------------------------------------
@pytest.mark.parametrize("body, name, expected", [
    ("PELL TOWNSHIP - Ron Tilley has run elections out of the township hall for 14 years.\n\n"
     "Tilley, a Democrat first elected in 2012, said he had given $250 to the campaign.", "Ron Tilley", "official"),
    ("Jo Amberly, who runs the county's elections, said the count would finish Friday.", "Jo Amberly", "official"),
    ("Dana Pratt, a Republican, oversees voting in the district. Pratt said the machines were tested.",
     "Dana Pratt", "official"),
    ("Mara Quill, who ran for mayor in 2019, said the count was slow.", "Mara Quill", "political"),
    ("Tom Vale is running for the state Senate. Vale said the roads were a disgrace.", "Tom Vale", "political"),
    ("Ivo Dane, who is running for re-election, said the plant would stay open.", "Ivo Dane", "political"),
    ("Jo Marsh ran for the bus every morning. Marsh said the fares were too high.", "Jo Marsh", "unknown"),
])
def test_running_elections_is_an_office_and_running_for_one_is_politics(parsed, body: str, name: str,
                                                                        expected: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == expected, (typ, rule)
