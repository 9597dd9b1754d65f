"""Constructions of real news that the first rules missed: one small test each, our own sentences."""

from __future__ import annotations

from framing.attribution import extract_attributions


def by_content(items, fragment):
    found = [a for a in items if fragment.lower() in a.content.lower()]
    assert found, f"no attribution with {fragment!r} in {[(a.speaker, a.content) for a in items]}"
    return found[0]


# -- speakers ---------------------------------------------------------------------------------
def test_namesakes_with_one_surname_stay_two_people(parsed) -> None:
    body = ("Among the injured was Omar Saleh, 30, a driver. His cousin, Tariq Saleh, said the family "
            'had been told to stay silent. "They came at night," Saleh said.')
    items = extract_attributions(parsed(body))
    assert by_content(items, "stay silent").speaker == "Tariq Saleh"
    assert by_content(items, "came at night").speaker == "Tariq Saleh"


def test_name_given_in_a_clause_is_the_speaker(parsed) -> None:
    body = ("\u201cThey gave no warning,\u201d said a man who gave only his first name, Yusuf, a 40-year-old baker. "
            "He said he hid in a shop.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "no warning").speaker == "Yusuf"
    assert by_content(items, "hid in a shop").speaker == "Yusuf"


def test_organisation_named_after_its_kind(parsed) -> None:
    body = "Dozens were hurt in the city, according to the rights group Civic Lantern."
    a = by_content(extract_attributions(parsed(body)), "dozens were hurt")
    assert a.speaker == "Civic Lantern" and a.speaker_type == "civil_society"


def test_researcher_of_a_rights_group_speaks_for_it(parsed) -> None:
    body = ("Dozens were hurt in the city, according to the rights group Civic Lantern. "
            '"It was deliberate," said Rana Aziz, a researcher at Civic Lantern.')
    a = by_content(extract_attributions(parsed(body)), "deliberate")
    assert a.speaker == "Rana Aziz" and a.speaker_type == "civil_society"


def test_hospital_name_is_no_person_for_pronouns(parsed) -> None:
    body = ("Dr Ana Ruiz, the clinic\u2019s director, said a new ward would open at Lakeside General Hospital in May.\n\n"
            "\u2018We know how hard the wait is,\u2019 she told the BBC.")
    a = by_content(extract_attributions(parsed(body)), "hard the wait")
    assert a.speaker == "Ana Ruiz"


def test_short_form_of_a_company_name(parsed) -> None:
    body = ("One of the suitors is Vell Pharma, which has reportedly hired advisers to study a bid.\n\n"
            "Vell said in a statement that it does not comment on market speculation.")
    a = by_content(extract_attributions(parsed(body)), "market speculation")
    assert a.speaker == "Vell Pharma" and a.speaker_type == "business"


def test_the_company_refers_to_the_named_company(parsed) -> None:
    body = ("Shares of Brill Foods fell 5%. Brill said in a statement that it would cut jobs. "
            "The company said it had hired advisers.")
    a = by_content(extract_attributions(parsed(body)), "hired advisers")
    assert a.speaker == "Brill Foods" and a.speaker_type == "business"


def test_quantifier_subject_takes_the_previous_group(parsed) -> None:
    body = "Some traders were upbeat. Others said the rally would fade."
    a = by_content(extract_attributions(parsed(body)), "rally would fade")
    assert "traders" in a.speaker and a.speaker_type == "business" and a.anonymous


def test_spokeswoman_speaks_for_the_group_just_named(parsed) -> None:
    body = ("The campaign group Clean Coves Now slammed the payouts. "
            "Spokeswoman Ann Reid said the firm must pay.")
    a = by_content(extract_attributions(parsed(body)), "firm must pay")
    assert a.speaker == "Ann Reid" and a.speaker_type == "civil_society"


# -- speaker types ----------------------------------------------------------------------------
def test_union_named_after_its_members_is_civil_society(parsed) -> None:
    body = "The Tesh Miners\u2019 Syndicate, which organised the strike, said 12 of its members were missing."
    a = by_content(extract_attributions(parsed(body)), "members were missing")
    assert a.speaker_type == "civil_society"


def test_company_name_endings_are_business(parsed) -> None:
    body = "Rates will rise again, said Dunmore Water. Costs are falling, Kestrel Analytics said."
    items = extract_attributions(parsed(body))
    assert by_content(items, "rates will rise").speaker_type == "business"
    assert by_content(items, "costs are falling").speaker_type == "business"


def test_camel_case_name_is_a_company(parsed) -> None:
    body = "Short sellers bet against 20% of the shares, according to data from TradeLoom."
    a = by_content(extract_attributions(parsed(body)), "short sellers")
    assert a.speaker == "TradeLoom" and a.speaker_type == "business"


def test_law_officer_title_with_hyphen_is_official(parsed) -> None:
    body = "Deputy Prosecutor-General Ivan Morel said 40 people had been charged."
    a = by_content(extract_attributions(parsed(body)), "charged")
    assert a.speaker_type == "official"


def test_national_health_body_and_press_service_are_official(parsed) -> None:
    body = ("More than 9,000 people are waiting for surgery, according to figures from NHS England. "
            "The president has thanked the rescuers, the presidential press service said.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "9,000 people").speaker_type == "official"
    assert by_content(items, "thanked the rescuers").speaker_type == "official"


def test_fellow_of_a_think_tank_stays_expert(parsed) -> None:
    body = ("Dr Sam Ortiz, a senior fellow at the Brook Policy Foundation, an independent think tank, "
            "said the cuts reflected a wider pattern.")
    a = by_content(extract_attributions(parsed(body)), "wider pattern")
    assert a.speaker_type == "expert"


# -- constructions ----------------------------------------------------------------------------
def test_quote_after_colon_and_unlisted_verb(parsed) -> None:
    items = extract_attributions(parsed('Senator Jill Hart fumed: "This is a disgrace."'))
    a = by_content(items, "disgrace")
    assert a.speaker == "Jill Hart" and a.kind == "direct" and a.verb == "fume"


def test_put_it_bluntly_colon(parsed) -> None:
    items = extract_attributions(parsed('The mayor, Tom Gale, put it bluntly: "We cannot pay for this."'))
    a = by_content(items, "cannot pay")
    assert a.speaker == "Tom Gale" and a.rule == "colon_quote" and a.verb == "put"


def test_no_colon_quote_for_things(parsed) -> None:
    assert extract_attributions(parsed('The sign read: "No entry after dark."')) == []


def test_quote_in_paragraph_after_colon(parsed) -> None:
    body = 'A government spokesperson said:\n\n"We are reviewing the decision carefully."'
    a = by_content(extract_attributions(parsed(body)), "reviewing the decision")
    assert a.kind == "direct" and "spokesperson" in a.speaker


def test_said_colon_after_relative_clause(parsed) -> None:
    body = ("Pensioner Tom Reed, 72, who has swum off the beach for 50 years, said: "
            "\u201cI won\u2019t go in the water any more. It\u2019s not safe.\u201d")
    a = by_content(extract_attributions(parsed(body)), "go in the water")
    assert a.speaker == "Tom Reed"


def test_split_quote_across_a_full_stop_stays_two(parsed) -> None:
    body = ('Mayor Ana Ruiz opened the shop. "Prices went up," she said. "We cannot raise ours again."')
    items = extract_attributions(parsed(body))
    assert len(items) == 2 and all(a.speaker == "Ana Ruiz" for a in items)


def test_object_as_label_frame(parsed) -> None:
    body = "The campaign group Clean Coves Now slammed the bosses as \u201cgreedy\u201d."
    a = by_content(extract_attributions(parsed(body)), "greedy")
    assert a.kind == "indirect" and a.verb == "slam" and a.speaker_type == "civil_society"


def test_no_as_frame_for_non_speech_labels(parsed) -> None:
    assert extract_attributions(parsed("The company will label its products as organic.")) == []


def test_outlet_itself_is_no_source(parsed) -> None:
    items = extract_attributions(parsed("Fat cats at the firm shared the payouts, the Courier can reveal."))
    assert items == []


def test_outlet_named_as_subject_is_no_source(parsed) -> None:
    items = extract_attributions(parsed("The Test Outlet reported last week that the plant would close."))
    assert items == []


def test_headline_describe_object_keeps_its_modifiers(parsed) -> None:
    items = extract_attributions(parsed("Residents describe brutal raid on miners\u2019 camp in Tesh"))
    assert "camp in Tesh" in by_content(items, "brutal raid").content


def test_opposition_party_spokesman_is_political(parsed) -> None:
    body = 'Lib Dem transport spokesman Neil Brook fumed: "This is a scandal."'
    a = by_content(extract_attributions(parsed(body)), "scandal")
    assert a.speaker == "Neil Brook" and a.speaker_type == "political"


def test_title_parsed_apart_still_types_the_person(parsed) -> None:
    a = extract_attributions(parsed("Governor Ada Lin told reporters the bridge would reopen."))[0]
    assert a.speaker == "Ada Lin" and a.speaker_type == "official"


def test_report_and_study_without_author(parsed) -> None:
    items = extract_attributions(parsed("The report found that emissions had doubled. "
                                        "A study published in a medical journal found that the drug cut deaths."))
    assert by_content(items, "emissions had doubled").speaker == "report"
    assert by_content(items, "cut deaths").speaker_type == "expert"


def test_data_and_crises_do_not_speak(parsed) -> None:
    assert extract_attributions(parsed("The data show that prices rose. The crisis called for urgent action.")) == []


def test_quoted_as_saying(parsed) -> None:
    a = extract_attributions(parsed("Finance Minister Rosa Ek was quoted as saying the plan would fail."))[0]
    assert a.speaker == "Rosa Ek" and "plan would fail" in a.content


def test_headline_name_colon_quote(parsed) -> None:
    items = extract_attributions(parsed("Heavy rain hit the city on Monday.", title='Mayor Ana Ruiz: "We will rebuild"'))
    a = by_content(items, "we will rebuild")
    assert a.speaker == "Ana Ruiz" and a.kind == "direct" and a.rule == "headline_colon" and a.position == "headline"


def test_headline_topic_colon_is_no_speaker(parsed) -> None:
    items = extract_attributions(parsed("Heavy rain hit the city on Monday.", title='Floods: "the worst in a century"'))
    assert items == []


def test_common_constructions_keep_working(parsed) -> None:
    body = ("The ministry said in a statement on Tuesday that the talks had failed. "
            "Mayor Jo Park tweeted that the roads were closed. "
            "Officials say the fire is contained. "
            "Ana Ruiz, speaking to the BBC, said the plan would fail.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "talks had failed").speaker == "ministry"
    assert by_content(items, "roads were closed").verb == "tweet"
    assert by_content(items, "fire is contained").anonymous
    assert by_content(items, "plan would fail").speaker == "Ana Ruiz"


def test_non_speech_uses_of_say(parsed) -> None:
    body = "The minister is said to be furious. The so-called reform passed. The vote says a lot about the mood."
    assert extract_attributions(parsed(body)) == []
