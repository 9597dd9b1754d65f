"""Speakers the text names in ways the parser splits, each family with sentences of our own:

- a capitalised office with its holder's name in apposition ("Kestoria's Minister of Health,
  Teodor Halvik, said"): the name speaks, the office is the role;
- a first name given after the clause that describes an unnamed person, hung by the parser on the
  subject ("One of them, a teacher who asked to be identified only by her first name, Ilse, said");
- the speaker's own aside in a relative clause ("an inquiry, which he said could begin next week";
  "a plan she said would cut rents"), kept inside the speaker's other content; a frame
  ("officials it accused of abuses") is no such aside;
- a quoted verdict the parser hung inside the object of a naming verb ("called such demands
  “irresponsible and shameful”");
- "it" as the subject of a verb that needs a speaker, right after an organisation spoke ("The
  ministry said ... It called on ..."), is that organisation, not a body it talked about.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions

TITLE = "Records breach hits millions"


def _attrs(parsed, body: str):
    return extract_attributions(parsed(body, title=TITLE))


def _by(items, content: str):
    found = [a for a in items if content in a.content]
    assert found, [(a.speaker, a.content) for a in items]
    return found[0]


@pytest.mark.parametrize("body, content, speaker", [
    ("Kestoria’s Minister of Health, Teodor Halvik, has acknowledged the scale of the breach while insisting "
     "that care has not been disrupted.", "care has not been disrupted", "Teodor Halvik"),
    ("Valdor’s Foreign Minister, Ilan Brecht, told reporters the talks had failed.", "the talks had failed",
     "Ilan Brecht"),
    ("The Chief Executive, Mara Voss, said the company would pay every customer.", "would pay every customer",
     "Mara Voss"),
])
def test_a_capitalised_office_speaks_through_the_name_in_apposition(parsed, body: str, content: str,
                                                                     speaker: str) -> None:
    assert _by(_attrs(parsed, body), content).speaker == speaker


@pytest.mark.parametrize("body, content, speaker, kind", [
    ("One of them, a 34-year-old teacher in the port city of Drovna who asked to be identified only by her "
     "first name, Ilse, said her therapy notes were among the leaked samples.", "therapy notes", "Ilse",
     "citizen"),
    ("One of the drivers, a man who gave only his first name, Bako, said the road was shut.", "road was shut",
     "Bako", "citizen"),
    ("Several staff spoke outside the hospital. Another, a nurse known only as Petra, said the ward was full.",
     "ward was full", "Petra", "citizen"),
])
def test_a_first_name_given_after_the_describing_clause_is_the_speaker(parsed, body: str, content: str,
                                                                       speaker: str, kind: str) -> None:
    a = _by(_attrs(parsed, body), content)
    assert a.speaker == speaker and a.speaker_type == kind


def test_she_after_a_given_first_name_is_that_person(parsed) -> None:
    body = ("Nadia Brooks, a lawyer, has filed a claim. One of the patients, a teacher who asked to be identified "
            "only by her first name, Ilse, said her notes were leaked.\n\n"
            "\"My students' parents could read them,\" she said.")
    assert _by(_attrs(parsed, body), "parents could read").speaker == "Ilse"


@pytest.mark.parametrize("body, outer, aside, speaker", [
    ("Aron Belic told the Chronicle that his party had enough signatures to force an inquiry, which he said "
     "could begin as early as next week.", "enough signatures", "could begin as early as next week",
     "Aron Belic"),
    ("Mayor Ines Dal said the council had approved a plan she said would cut rents.", "the council had approved",
     "would cut rents", "Ines Dal"),
    ("Union leader Jon Tark said members had rejected an offer he said was worth less than inflation.",
     "members had rejected", "worth less than inflation", "Jon Tark"),
])
def test_a_speakers_aside_in_a_relative_clause_is_their_own_attribution(parsed, body: str, outer: str,
                                                                        aside: str, speaker: str) -> None:
    items = _attrs(parsed, body)
    assert _by(items, outer).speaker == speaker
    inner = [a for a in items if aside in a.content and outer not in a.content]
    assert inner and inner[0].speaker == speaker


def test_a_frame_in_a_relative_clause_stays_inside_the_report(parsed) -> None:
    body = ("The State Department claimed on Tuesday that the measures targeted officials it accused of abuses "
            "in the northern regions.")
    items = _attrs(parsed, body)
    assert not any(a.content.lower().startswith("of abuses") for a in items)


@pytest.mark.parametrize("body, content, speaker", [
    ("Deputy Speaker of Parliament Viktor Saray called such demands “irresponsible and shameful at a time when "
     "the nation must stand together”.", "at a time when the nation must stand together", "Viktor Saray"),
    ("Councillor Rhea Moss called the closure “a betrayal of every family on the estate”.",
     "a betrayal of every family", "Rhea Moss"),
    ("Professor Ann Lowe called the findings “deeply worrying for anyone with a pacemaker”.",
     "deeply worrying for anyone", "Ann Lowe"),
])
def test_a_quoted_verdict_inside_the_named_object_is_the_naming(parsed, body: str, content: str,
                                                                speaker: str) -> None:
    assert _by(_attrs(parsed, body), content).speaker == speaker


def test_calling_someone_is_no_naming(parsed) -> None:
    assert _attrs(parsed, "Ms Orla Finn called her brother on Sunday.") == []


@pytest.mark.parametrize("body, content, speaker", [
    ("The Ministry of Foreign Affairs said in a statement that Kestoria would respond. It called on the "
     "international community to condemn “this act of digital aggression”.", "condemn", "Ministry of Foreign Affairs"),
    ("The Harbour Authority said the port of Velm would stay shut. It called on shipping firms to divert "
     "their vessels.", "divert their vessels", "Harbour Authority"),
    ("The Red Cross said the Orvan government had blocked its convoys. It urged both sides to open a "
     "corridor.", "open a corridor", "Red Cross"),
])
def test_it_after_an_organisation_spoke_is_that_organisation(parsed, body: str, content: str, speaker: str) -> None:
    assert _by(_attrs(parsed, body), content).speaker == speaker


def test_it_after_data_is_no_speaker(parsed) -> None:
    items = _attrs(parsed, "The figures suggest a sharp rise in claims. It called for a pause in the tests.")
    assert not any("pause in the tests" in a.content for a in items)
