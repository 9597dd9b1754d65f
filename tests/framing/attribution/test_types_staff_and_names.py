"""Speaker-type families of branch types9: each has test sentences written for it here."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


def _typed(parsed, body: str, speaker: str) -> tuple[str, str]:
    found = [a for a in extract_attributions(parsed(body)) if speaker.lower() in a.speaker.lower()]
    assert found, [(a.speaker, a.speaker_type) for a in extract_attributions(parsed(body))]
    return found[0].speaker_type, found[0].type_rule


# -- a role word inside an organisation's name ------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ('"We are worried," said Tomas Rydel, chairman of the Northland Patients\' Association.', "Tomas Rydel"),
    ('"This must end," said Ilka Varro, policy director at the Boston-based Tenant Safety Project.', "Ilka Varro"),
    ('"Prices are too low," said Jon Harte, head of the Hill Farmers\' Union.', "Jon Harte"),
    ("\u201cWe will sue,\u201d said Edda Lowe, a director of the Lakeside Pensioners\u2019 Alliance.", "Edda Lowe"),
])
def test_role_word_in_an_organisation_name(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "civil_society" and rule.startswith("org:"), (typ, rule)


@pytest.mark.parametrize("body, name, typ", [
    ('"We saw it," said Ana Bly, a teacher at the Riverside School.', "Ana Bly", "citizen"),
    ('"It hurts," said Lev Orr, a patient at the Northland Clinic.', "Lev Orr", "citizen"),
])
def test_own_role_before_the_organisation_keeps_its_type(parsed, body: str, name: str, typ: str) -> None:
    assert _typed(parsed, body, name)[0] == typ


# -- a department's manager at a public institution is staff ------------------------------------------
@pytest.mark.parametrize("body, name", [
    ('"I warned them," said Mara Lind, a former IT manager at Eastfield Central Hospital.', "Mara Lind"),
    ('"The rota is impossible," said Tom Bale, the hospital payroll manager.', "Tom Bale"),
    ('"Nobody listened," said Ruth Amos, head of IT infrastructure at Hillcrest School.', "Ruth Amos"),
    ('"I warned them," said Mara Lind, a former IT manager at Eastfield General Hospital.', "Mara Lind"),
])
def test_department_managers_are_staff(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "citizen" and rule.startswith("institution_staff:"), (typ, rule)


@pytest.mark.parametrize("body, name", [
    ('"We are coping," said Dr Ann Moss, director of St Brigid\'s Hospital.', "Ann Moss"),
    ('"We are coping," said Ann Moss, director at Eastfield General Hospital.', "Ann Moss"),
    ('"Visits resume on Monday," said Carl Penn, director of Northgate Prison.', "Carl Penn"),
])
def test_institution_heads_stay_official(parsed, body: str, name: str) -> None:
    typ, rule = _typed(parsed, body, name)
    assert typ == "official" and rule.startswith("institution_head:"), (typ, rule)


# -- an organisation, or a head, named by the body's initials ----------------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ("Minister Lund praised the National Flood Defence Centre. According to the NFDC, the dams held.", "NFDC", "official"),
    ('The Harbour Workers Union called a strike. "We will not back down," the HWU said in a statement.', "HWU", "civil_society"),
    ("The State Emergency Committee met on Monday. The SEC said roads would reopen.", "SEC", "official"),
])
def test_organisation_speaking_by_its_initials(parsed, body: str, who: str, typ: str) -> None:
    got, rule = _typed(parsed, body, who)
    assert got == typ and rule.startswith("acronym:"), (got, rule)


@pytest.mark.parametrize("body, who, typ", [
    ("The Kestrel Farmers Alliance met on Monday. Head of the KFA Ilse Brandt said prices were too low. "
     '"We will march," Ms Brandt said.', "Brandt", "civil_society"),
    ("The State Water Authority cut supplies. Chairman of the SWA Olek Dorn said the reservoirs were low.",
     "Olek Dorn", "official"),
    ("The National Cyber Defence Centre isolated the servers. Director of the NCDC Ruta Mensk told KNA that "
     "the attack had been planned. \u201cThe traces point one way,\u201d Mrs Mensk said.", "Mensk", "official"),
])
def test_head_titled_by_initials(parsed, body: str, who: str, typ: str) -> None:
    for a in extract_attributions(parsed(body)):
        if who.lower() in a.speaker.lower():
            assert (a.speaker_type, a.type_rule.split(":")[0]) == (typ, "acronym"), (a.speaker, a.type_rule)


# -- a kind before a bare head noun ---------------------------------------------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ("So-called human rights groups financed from abroad have alleged that the workers are unpaid.",
     "human rights groups", "civil_society"),
    ("Opposition groups said the vote was rigged.", "Opposition groups", "political"),
    ("Church groups said the shelters were full.", "Church groups", "civil_society"),
    ("The Greenfield Foundation Trust said the money would help.", "Greenfield Foundation Trust", "civil_society"),
])
def test_kind_before_a_bare_head(parsed, body: str, who: str, typ: str) -> None:
    assert _typed(parsed, body, who)[0] == typ


def test_bare_head_alone_stays_other(parsed) -> None:
    assert _typed(parsed, "The trust said the money would help.", "trust")[0] == "other"


# -- a role word inside an organisation's own name --------------------------------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ("Two medical staff at Kaseni General Hospital said the wards were full.", "medical staff", "other"),
    ("The Riverside Teachers Association said the schools were cold.", "Riverside Teachers Association",
     "civil_society"),
    ("The Upland Farmers Union said the harvest was poor.", "Upland Farmers Union", "civil_society"),
])
def test_role_word_in_an_organisations_own_name(parsed, body: str, who: str, typ: str) -> None:
    assert _typed(parsed, body, who)[0] == typ


# -- a name whose organisation is given in a whose-clause ------------------------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ('Charities were warm. Dr Anya Roe, whose Bright Start Foundation runs 40 nurseries, welcomed the plan. '
     '"It could transform provision," Dr Roe said.', "Anya Roe", "civil_society"),
    ('Tom Hale, whose Northside Tenants Union has 900 members, spoke first. "We will not move," Hale said.',
     "Tom Hale", "civil_society"),
    ('Nils Orm, whose Coastal Rescue Alliance trains volunteers, was angry. "We were ignored," Orm said.',
     "Nils Orm", "civil_society"),
])
def test_whose_organisation(parsed, body: str, who: str, typ: str) -> None:
    assert _typed(parsed, body, who)[0] == typ


# -- a named person's spokesperson -------------------------------------------------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ('A Lakeview College poll found voters unhappy. Meanwhile, Republican Doug Renner is building a lead. '
     'A Lakeview College poll found that 58% were unhappy. "Doug is talking about gas prices," Renner '
     'spokesman Luke Harmon told The Beacon.', "Luke Harmon", "political"),
    ('Senator Hal Brenner did not comment. A Northfield University study found costs rose. "He is in '
     'meetings," Brenner spokeswoman Ana Pike said.', "Ana Pike", "political"),
    ('Mayor Rosa Quintero signed the order. The Chamber of Commerce objected. "The mayor stands by it," '
     'Quintero aide Tim Walsh said.', "Tim Walsh", "official"),
])
def test_spokesperson_of_a_named_person(parsed, body: str, who: str, typ: str) -> None:
    got, rule = _typed(parsed, body, who)
    assert got == typ and rule.startswith("spokesperson_of:"), (got, rule)


def test_spokesperson_of_a_body_keeps_the_body(parsed) -> None:
    assert _typed(parsed, "Ana Pike, a Northfield University spokeswoman, said the study was sound.",
                  "Ana Pike")[0] == "expert"


def test_spokesperson_of_a_candidate_is_political(parsed) -> None:
    body = ("State Treasurer Mark Kessler is running for the Senate. \"He is panicking,\" Kessler said of "
            "Kessler's main rival. Kessler's spokeswoman, Dana Ruiz, wrote that the campaign would not be lectured.")
    assert _typed(parsed, body, "Dana Ruiz")[0] == "political"
    body = body.replace("is running for the Senate", "spoke on Monday").replace("Kessler's main rival", "the plan")
    assert _typed(parsed, body, "Dana Ruiz")[0] == "official"


# -- investigators are the state's unless an organisation is named with them ------------------------------
@pytest.mark.parametrize("body, who, typ", [
    ("Investigators said the fire started in the kitchen.", "Investigators", "official"),
    ("According to investigators, the brakes had failed.", "investigators", "official"),
    ("Crash investigators said the pilot had not been warned.", "Crash investigators", "official"),
    ("Amnesty International investigators said the camp was overcrowded.", "investigators", "civil_society"),
    ("Private investigator Jan Holt said the car was moved.", "Jan Holt", "other"),
])
def test_investigators(parsed, body: str, who: str, typ: str) -> None:
    assert _typed(parsed, body, who)[0] == typ
