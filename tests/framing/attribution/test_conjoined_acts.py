"""``said the figure was higher and accused the authorities of ...``: a reporting verb conjoined to
the reported clause, with no subject of its own, after a subject that cannot speak, is the outer
speaker's second act (its own attribution); after a person or body it stays in the clause."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, first, second", [
    ("Opposition leader Ada Kula said the real figure was higher and accused the authorities of hiding bodies.",
     "Ada Kula", "the real figure was higher", "the authorities of hiding bodies"),
    ("The mayor said the budget was short and urged residents to pay their taxes on time.", "mayor",
     "the budget was short", "residents to pay their taxes on time"),
    ("Union leader Ben Ode said the offer was an insult and warned of a long strike.", "Ben Ode",
     "the offer was an insult", "of a long strike"),
])
def test_a_second_act_of_speech_is_its_own_attribution(parsed, body, speaker, first, second) -> None:
    items = extract_attributions(parsed(body))
    assert [(a.speaker, a.content) for a in items] == [(speaker, first), (speaker, second)]


def test_after_a_person_the_conjoined_verb_stays_in_the_clause(parsed) -> None:
    (a,) = extract_attributions(parsed("Ana Ruiz said the police arrived at noon and told everyone to leave."))
    assert a.content == "the police arrived at noon and told everyone to leave"


@pytest.mark.parametrize("body, content", [
    ("Opposition leader Ada Kula said the real figure was more than 200 and accused the authorities of hiding "
     "bodies to protect the president's image.", "the authorities of hiding bodies to protect the president's image"),
    ("The union accused the company of cutting corners to save money.", "the company of cutting corners to save money"),
    ("Residents accused the council of closing the pool to sell the land.", "the council of closing the pool to sell the land"),
])
def test_a_purpose_clause_after_a_charge_is_part_of_it(parsed, by_content, body: str, content: str) -> None:
    assert by_content(extract_attributions(parsed(body)), content).rule == "preposition_frame"


def test_a_comma_ends_the_charge(parsed) -> None:
    (a,) = extract_attributions(parsed("Activists blamed the police for the deaths, to the anger of officials."))
    assert a.content == "the police for the deaths"


@pytest.mark.parametrize("body, speaker, first, second", [
    ('Harbour master Lena Voss insisted the new berths were "safe enough" and blamed skippers for '
     '"reckless mooring".', "Lena Voss", "safe enough", "reckless mooring"),
    ("A hospital spokeswoman said the ward was coping with the winter rush and urged visitors to wear masks.",
     "spokeswoman", "the ward was coping with the winter rush", "visitors to wear masks"),
    ("The fire chief claimed the blaze was under control and urged residents to stay indoors.",
     "fire chief", "the blaze was under control", "residents to stay indoors"),
])
def test_a_second_act_joined_by_and_is_its_own_attribution(parsed, body, speaker, first, second) -> None:
    """``said X and urged Y``: two acts of speech of one subject, two attributions, whatever names
    the clause's subject (a person, a body or a thing)."""
    items = extract_attributions(parsed(body))
    assert len(items) == 2, [(a.speaker, a.content) for a in items]
    assert all(speaker in a.speaker for a in items)
    assert first in items[0].content and second not in items[0].content
    assert second in items[1].content


def test_a_contrast_with_but_stays_one_attribution(parsed) -> None:
    (a,) = extract_attributions(parsed(
        "The rail operator said fares would rise in May, but insisted the increase was the smallest in years."))
    assert a.rule.endswith("+conjoined")
    assert "the smallest in years" in a.content


@pytest.mark.parametrize("body, speaker", [
    ("A spokesman for the embassy of neighbouring Vardia claimed the sailors were \u201cfishermen doing their "
     "work\u201d and demanded their immediate return.", "spokesman for the embassy of neighbouring Vardia"),
    ("A spokeswoman for the government of neighbouring Ostrel claimed the prisoners were \u201cstudents doing "
     "their research\u201d and demanded their swift release.", "spokeswoman for the government of neighbouring Ostrel"),
    ("An envoy of neighbouring Kestoria claimed the men were \u201cengineers doing their job\u201d and demanded "
     "their immediate release.", "envoy of neighbouring Kestoria"),
])
def test_a_quoted_word_taken_for_the_second_acts_subject_leaves_it_the_first_speaker(parsed, body, speaker) -> None:
    # the parser makes the quotation's noun the subject of the verb after "and": that verb is the
    # first speaker's second act
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [speaker, speaker]
