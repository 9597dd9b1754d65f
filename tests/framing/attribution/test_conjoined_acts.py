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
    ('The head teacher, Rosa Quill, urged parents to "keep calm" and said the school would reopen on Monday.',
     "Rosa Quill", "parents to", "the school would reopen on Monday"),
    ("Fire chief Tom Hale warned residents to stay indoors and said the blaze was under control by noon.",
     "Tom Hale", "residents to stay indoors", "the blaze was under control by noon"),
    ("Union leader Sam Pell accused the board of stalling and said a strike vote would follow in March.",
     "Sam Pell", "the board of stalling", "a strike vote would follow in March"),
])
def test_a_reporting_verb_conjoined_to_another_is_a_second_act(parsed, body, speaker, first, second) -> None:
    """``urged X to ... and said Y``: two acts of speech, two attributions; the second is marked
    ``+conjoined`` (it takes the first verb's subject)."""
    items = extract_attributions(parsed(body))
    assert [a.speaker for a in items] == [speaker, speaker]
    assert items[0].content.startswith(first) and items[1].content == second
    assert items[1].rule.endswith("+conjoined") and not items[0].rule.endswith("+conjoined")


@pytest.mark.parametrize("body, first, second", [
    ('Union boss Dave Cole hit back on the radio, calling the offer "an insult" and accusing ministers of '
     '"sabotaging talks from day one".', "the offer", "ministers of"),
    ('The tenants\u2019 leader, Ola Penn, called the rent rise "daylight robbery" and accused the landlord of '
     'ignoring the damp.', "the rent rise", "the landlord of ignoring the damp"),
    ('Farmer Jed Moss called the new rules "a disaster" and warned that half the village would sell up.',
     "the new rules", "half the village would sell up"),
])
def test_the_first_act_ends_before_the_second(parsed, body, first, second) -> None:
    """The first content never runs over the second verb: each act keeps its own words."""
    items = extract_attributions(parsed(body))
    assert len(items) == 2 and items[0].content.startswith(first) and items[1].content.startswith(second)
    assert items[0].content_end <= items[1].cue_start
