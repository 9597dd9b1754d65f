"""Indirect speech: the content clause or frame of a reporting verb (verb_clause, clause_before_cue,
participle, relative_clause, the infinitive/preposition/object frames), and what is no speech."""

from __future__ import annotations

from framing.attribution import extract_attributions


def test_indirect_said_that(by_content, attrs) -> None:
    a = by_content(attrs("Finance Minister Lena Roth said that the deficit would shrink next year."), "deficit would shrink")
    assert (a.kind, a.speaker, a.rule) == ("indirect", "Lena Roth", "verb_clause")
    assert a.content == "the deficit would shrink next year"


def test_indirect_told_someone_that(by_content, attrs) -> None:
    a = by_content(attrs("Police chief Mark Dale told reporters that two suspects had been arrested."), "two suspects")
    assert a.speaker == "Mark Dale" and a.verb == "tell" and a.speaker_type == "official"


def test_trailing_officials_said(by_content, attrs) -> None:
    a = by_content(attrs("The border crossing will reopen on Friday, officials said."), "border crossing")
    assert a.content == "The border crossing will reopen on Friday"
    assert (a.speaker, a.speaker_type, a.anonymous, a.rule) == ("officials", "official", True, "clause_before_cue")


def test_distancing_verb_and_participle(by_content, attrs) -> None:
    items = attrs("The company claimed the leak was minor, insisting that no one had been harmed.")
    claim, insist = by_content(items, "leak was minor"), by_content(items, "no one had been harmed")
    assert claim.verb_stance == "distancing" and insist.verb == "insist" and insist.rule == "participle"
    assert "insisting" not in claim.content
    assert insist.speaker == claim.speaker


def test_adding_that_after_a_quote(by_content, attrs) -> None:
    items = attrs('"We are ready," she said, adding that talks would resume. Anna Ek leads the team.',
                  title="Anna Ek says team is ready")
    a = by_content(items, "talks would resume")
    assert a.kind == "indirect" and a.verb == "add" and a.rule == "participle"


def test_headline_says(by_content, attrs) -> None:
    items = attrs("The vote is on Tuesday.", title="Kowalski says bridge will reopen in spring")
    a = by_content(items, "bridge will reopen")
    assert a.position == "headline" and a.kind == "indirect"


def test_relative_clause_cue(by_content, attrs) -> None:
    a = by_content(attrs("Fires broke out in the port, damage that the authorities blamed on faulty wiring."), "faulty wiring")
    assert a.speaker == "authorities" and a.verb == "blame" and a.verb_stance == "distancing"


def test_reduced_clause_analysts_say(by_content, attrs) -> None:
    a = by_content(attrs("The bank cut rates again, a move that analysts say reflects a weak economy."), "weak economy")
    assert a.speaker == "analysts" and a.speaker_type == "expert" and a.anonymous


def test_accused_of_and_urged_to(by_content, attrs) -> None:
    items = attrs("Opposition leader Sara Lund accused the government of hiding the figures. "
                  "Amnesty International urged the police to release the detainees.")
    acc = by_content(items, "hiding the figures")
    assert acc.speaker == "Sara Lund" and acc.speaker_type == "political" and acc.rule == "preposition_frame"
    urge = by_content(items, "release the detainees")
    assert urge.speaker_type == "civil_society" and urge.rule == "infinitive_frame"


def test_object_as_label_frame(by_content, parsed) -> None:
    body = "The campaign group Clean Coves Now slammed the bosses as \u201cgreedy\u201d."
    a = by_content(extract_attributions(parsed(body)), "greedy")
    assert a.kind == "indirect" and a.verb == "slam" and a.speaker_type == "civil_society"


def test_no_as_frame_for_non_speech_labels(parsed) -> None:
    assert extract_attributions(parsed("The company will label its products as organic.")) == []


def test_headline_describe_object_keeps_its_modifiers(by_content, parsed) -> None:
    items = extract_attributions(parsed("Residents describe brutal raid on miners\u2019 camp in Tesh"))
    assert "camp in Tesh" in by_content(items, "brutal raid").content


def test_partial_quote_inside_reported_speech_is_indirect(attrs) -> None:
    items = attrs('Inspector Mara Holt said officers had shown "great restraint" during the march.')
    assert len(items) == 1 and items[0].kind == "indirect" and "great restraint" in items[0].content
    assert items[0].quoted_words == 2


def test_quoted_as_saying(parsed) -> None:
    a = extract_attributions(parsed("Finance Minister Rosa Ek was quoted as saying the plan would fail."))[0]
    assert a.speaker == "Rosa Ek" and "plan would fail" in a.content


def test_two_subjects_misparse_takes_the_one_next_to_the_verb(by_content, parsed) -> None:
    body = "Talks stalled again on Monday, two people briefed on the negotiations said."
    a = by_content(extract_attributions(parsed(body)), "talks stalled")
    assert "people" in a.speaker


def test_that_clause_hung_on_a_noun_of_the_verb_phrase(by_content, parsed) -> None:
    body = ("Councilmember Ed Marsh warned colleagues before the vote that they were making a mistake. "
            "Delgado, who runs a bakery, bragged after the meeting that Millbrook was \"leading the state.\"")
    items = extract_attributions(parsed(body))
    assert by_content(items, "making a mistake").speaker == "Ed Marsh"
    assert by_content(items, "leading the state").speaker == "Delgado"


def test_report_and_study_without_author(by_content, parsed) -> None:
    items = extract_attributions(parsed("The report found that emissions had doubled. "
                                        "A study published in a medical journal found that the drug cut deaths."))
    assert by_content(items, "emissions had doubled").speaker == "report"
    assert by_content(items, "cut deaths").speaker_type == "expert"


def test_common_constructions_keep_working(by_content, parsed) -> None:
    body = ("The ministry said in a statement on Tuesday that the talks had failed. "
            "Mayor Jo Park tweeted that the roads were closed. "
            "Officials say the fire is contained. "
            "Ana Ruiz, speaking to the BBC, said the plan would fail.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "talks had failed").speaker == "ministry"
    assert by_content(items, "roads were closed").verb == "tweet"
    assert by_content(items, "fire is contained").anonymous
    assert by_content(items, "plan would fail").speaker == "Ana Ruiz"


def test_passive_it_was_reported_has_no_speaker(attrs) -> None:
    assert attrs("It was reported that the factory would close.") == []


def test_negated_cue_is_not_an_attribution(attrs) -> None:
    assert attrs("The minister did not say whether the plan would change.") == []


def test_claim_that_is_no_speech(parsed) -> None:
    body = "He rejected the idea that the vote was rigged."
    assert not extract_attributions(parsed(body))


def test_outlet_itself_is_no_source(parsed) -> None:
    items = extract_attributions(parsed("Fat cats at the firm shared the payouts, the Courier can reveal."))
    assert items == []


def test_outlet_named_as_subject_is_no_source(parsed) -> None:
    items = extract_attributions(parsed("The Test Outlet reported last week that the plant would close."))
    assert items == []


def test_data_and_crises_do_not_speak(parsed) -> None:
    assert extract_attributions(parsed("The data show that prices rose. The crisis called for urgent action.")) == []


def test_non_speech_uses_of_say(parsed) -> None:
    body = "The minister is said to be furious. The so-called reform passed. The vote says a lot about the mood."
    assert extract_attributions(parsed(body)) == []
