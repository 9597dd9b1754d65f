"""One id per person or organisation of an event, whatever each outlet calls them; a speaker
typed once per event with the evidence shown."""

from __future__ import annotations

import pytest

from framing.analysis import analyse_articles
from framing.compare.identity import NameMention, decide_type, event_identities, name_key, resolve_names
from framing.model import Article


def _ids(*names: str):
    ms = [NameMention(n, f"a{k}", f"Outlet {k}") for k, n in enumerate(names)]
    return resolve_names(ms)


@pytest.mark.parametrize("names, display", [
    (("Bill Kristol", "William Kristol", "Kristol"), "William Kristol"),
    (("Obama", "President Obama", "Barack Obama"), "Barack Obama"),
    (("Sen. Ada Brill", "Brill", "Ada Brill"), "Ada Brill"),
    (("Barack Hussein Obama", "Barack Obama"), "Barack Hussein Obama"),
    (("J. Ruiz", "Jana Ruiz"), "Jana Ruiz"),
    # academic, clerical and honorific titles are no part of a name
    (("Prof Tomas Wren", "Wren", "Tomas Wren"), "Tomas Wren"),
    (("Professor Ines Carvalho", "Ines Carvalho"), "Ines Carvalho"),
    (("Rev. Paul Otieno", "Otieno"), "Paul Otieno"),
    # given names written as initials, a compound given name among them
    (("Jean-Luc Mbeki", "J.-L. Mbeki", "JL Mbeki"), "Jean-Luc Mbeki"),
    (("Mary-Kate Doyle", "MK Doyle"), "Mary-Kate Doyle"),
    # common short forms of given names (name_forms.toml)
    (("Reggie Mortlake", "Reginald Mortlake", "Mortlake"), "Reginald Mortlake"),
    (("Ted Fairbanks", "Theodore Fairbanks"), "Theodore Fairbanks"),
    (("Hank Ostrow", "Henry Ostrow"), "Henry Ostrow"),
    (("Misha Orlov", "Mikhail Orlov"), "Mikhail Orlov"),
    # a party's word before a title is no part of the name either
    (("Democrat Gov. Ann Ruiz", "Ann Ruiz", "Ruiz"), "Ann Ruiz"),
    (("Republican Sen. Tom Ellery", "Tom Ellery"), "Tom Ellery"),
    (("GOP Rep. Ida Marsh", "Rep. Ida Marsh", "Ida Marsh"), "Ida Marsh"),
])
def test_names_of_one_person_are_one_identity(names, display) -> None:
    ids = _ids(*names)
    named = [i for i in ids.identities if i.kind != "group"]
    assert len(named) == 1 and named[0].name == display, [(i.name, i.aliases) for i in ids.identities]
    assert {ids.identity_of(f"a{k}", n).id for k, n in enumerate(names)} == {named[0].id}


@pytest.mark.parametrize("names, display", [
    (("GOP", "Republican Party", "Republicans"), "Republican Party"),
    (("the Democrats", "Democratic Party", "Dems"), "Democratic Party"),
    (("RNC", "Republican National Committee"), "Republican National Committee"),
    (("Tories", "Conservative Party"), "Conservative Party"),
    (("Vantor Motors AG", "Vantor"), "Vantor Motors AG"),
])
def test_organisation_names_and_party_synonyms(names, display) -> None:
    ids = _ids(*names)
    assert [i.name for i in ids.identities] == [display]
    assert ids.find(names[0]) is ids.find(names[-1])


@pytest.mark.parametrize("names", [
    ("John Smith", "Jane Smith"),
    ("Republican Party", "Republican National Committee"),
    ("Michael Steele", "Michael Stone"),
])
def test_different_actors_stay_apart(names) -> None:
    assert len(_ids(*names).identities) == 2


def test_a_surname_two_people_share_stays_apart() -> None:
    ids = _ids("John Smith", "Jane Smith", "Smith")
    assert len(ids.identities) == 3 and ids.find("Smith").name == "Smith"


def test_unnamed_groups_join_by_their_words_and_never_a_named_actor() -> None:
    ms = [NameMention("officials", "a1", "A", kind="group"), NameMention("officials", "a2", "B", kind="group"),
          NameMention("Officials", "a3", "C"), NameMention("witnesses", "a3", "C")]
    ids = resolve_names(ms)
    group = ids.identity_of("a1", "officials")
    assert group is ids.identity_of("a2", "officials") and group.kind == "group" and group.outlets == ["A", "B"]
    assert ids.identity_of("a3", "Officials") is not group and ids.identity_of("a3", "witnesses") is not group
    assert len(ids.identities) == 3


def test_titles_and_possessives_are_no_part_of_a_name() -> None:
    assert name_key("President Obama's") == "obama" == name_key("the Obama")
    assert name_key("U.N.") == "un"


def test_a_type_with_evidence_wins_and_the_evidence_is_shown() -> None:
    ms = [NameMention("Michael Steele", "a1", "Fox", speaker_type="unknown", type_rule="no_evidence"),
          NameMention("Steele", "a2", "NYT", speaker_type="political", type_rule="role:rnc chairman",
                      role="RNC chairman"),
          NameMention("Steele", "a3", "HuffPost", speaker_type="other", type_rule="default")]
    typ, rule, evidence = decide_type(ms)
    assert (typ, rule) == ("political", "role:rnc chairman")
    assert [(e.outlet, e.role) for e in evidence] == [("NYT", "RNC chairman")]


@pytest.mark.parametrize("types, expected", [
    ([("unknown", "no_evidence")], "unknown"),
    ([("media", "role:columnist"), ("political", "role:strategist"), ("media", "role:host")], "media"),
    ([("official", "role:governor"), ("political", "role:candidate")], "official"),
])
def test_the_type_most_articles_give_with_evidence(types, expected) -> None:
    ms = [NameMention("Ann Lowe", f"a{k}", f"O{k}", speaker_type=t, type_rule=r) for k, (t, r) in enumerate(types)]
    assert decide_type(ms)[0] == expected


@pytest.mark.parametrize("types, expected", [
    # "KNU president Hana X" (official by default) / "the union's president" (civil_society)
    ([("official", "generic:president"), ("civil_society", "org:union")], "civil_society"),
    # "chief executive X" (business by default) / "chief executive of the county council"
    ([("business", "generic:chief executive"), ("business", "generic:chief executive"),
      ("official", "org:council")], "official"),
    # "a spokeswoman" (other by default) / "a State Department spokeswoman"
    ([("other", "generic:spokeswoman"), ("official", "role:state department spokeswoman")], "official"),
])
def test_a_generic_default_loses_to_specific_evidence(types, expected) -> None:
    ms = [NameMention("Ann Lowe", f"a{k}", f"O{k}", speaker_type=t, type_rule=r) for k, (t, r) in enumerate(types)]
    assert decide_type(ms)[0] == expected


def test_a_generic_default_that_agrees_is_shown_after_the_specific_evidence() -> None:
    ms = [NameMention("Ann Lowe", "a1", "O1", speaker_type="official", type_rule="generic:president"),
          NameMention("Ann Lowe", "a2", "O2", speaker_type="official", type_rule="role:prime minister"),
          NameMention("Ann Lowe", "a3", "O3", speaker_type="other", type_rule="generic:spokesman")]
    typ, rule, evidence = decide_type(ms)
    assert (typ, rule) == ("official", "role:prime minister")
    assert [e.type_rule for e in evidence] == ["role:prime minister", "generic:president"]


def test_a_generic_default_is_kept_when_nothing_else_says() -> None:
    ms = [NameMention("Ann Lowe", "a1", "O1", speaker_type="official", type_rule="generic:president"),
          NameMention("Ann Lowe", "a2", "O2", speaker_type="unknown", type_rule="no_evidence")]
    assert decide_type(ms)[:2] == ("official", "generic:president")


def test_event_identities_join_speakers_across_outlets_and_type_them_once() -> None:
    bodies = [
        ("Fox", "Steele speaks", "RNC Chairman Michael Steele said the party would win in November."),
        ("NYT", "Steele again", "\u201cWe will win,\u201d Steele said on Monday."),
        ("HuffPost", "Critics", "Michael Steele told reporters that the remarks were taken out of context."),
    ]
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in bodies]
    analyses = analyse_articles(arts)
    ids = event_identities(analyses)
    steele = ids.find("Steele")
    assert steele is not None and steele.name == "Michael Steele" and steele.speaker_type == "political"
    assert set(steele.outlets) == {"Fox", "NYT", "HuffPost"}
    assert steele.type_evidence[0].outlet == "Fox"
    for a in analyses:
        for x in a.results["attributions"]:
            assert ids.identity_of(a.article.id, x.speaker_id) is steele


def test_an_entity_label_guess_does_not_keep_a_surname_apart() -> None:
    ms = [NameMention("Michael Steele", "a1", "Fox", kind="person"), NameMention("Steele", "a2", "NYT", kind="org"),
          NameMention("Steele", "a3", "HP")]
    ids = resolve_names(ms)
    assert [i.name for i in ids.identities] == ["Michael Steele"]


@pytest.mark.parametrize("names", [
    ("Police in Almaty", "Almaty"),
    ("Head of State", "State"),
    ("Bank of England", "England"),
])
def test_a_place_after_a_preposition_is_no_short_form(names) -> None:
    assert len(_ids(*names).identities) == 2


def _kinded(*pairs: tuple[str, str]):
    return resolve_names([NameMention(n, f"a{k}", f"Outlet {k}", kind=kind) for k, (n, kind) in enumerate(pairs)])


@pytest.mark.parametrize("short, long", [
    ("House", "White House"),
    ("Council", "Harlow City Council"),
    ("Federation", "Home Builders Federation"),
])
def test_a_common_word_ending_an_organisation_name_is_not_that_organisation(short, long) -> None:
    ids = _kinded((short, "org"), (long, "org"))
    assert ids.identity_of("a0", short).id != ids.identity_of("a1", long).id


@pytest.mark.parametrize("short, long, kind_of_long", [
    ("Tokayev", "Kassym-Jomart Tokayev", "org"),      # the model tags full names ORG at times
    ("Maren", "Lidia Maren", "org"),
    ("CSTO", "Collective Security Treaty Organization", "org"),
])
def test_a_person_s_surname_or_an_acronym_joins_the_longer_name(short, long, kind_of_long) -> None:
    ids = _kinded((short, "person" if short.istitle() else "org"), (long, kind_of_long))
    assert ids.identity_of("a0", short).id == ids.identity_of("a1", long).id



@pytest.mark.parametrize("title", ["Dr", "Ms", "Prof"])
def test_a_personal_title_makes_a_surname_a_persons_whatever_the_recogniser_said(title: str) -> None:
    ms = [NameMention("Priya Anand", "a1", "A", kind="org"), NameMention(f"{title} Anand", "a2", "B", kind="org"),
          NameMention("Anand", "a3", "C", kind="org")]
    ids = resolve_names(ms)
    assert len(ids.identities) == 1, [(i.name, i.aliases) for i in ids.identities]


def test_initials_do_not_join_a_different_given_name() -> None:
    ids = _ids("Jean-Luc Mbeki", "JP Mbeki")
    assert len(ids.identities) == 2


@pytest.mark.parametrize("full, alone", [
    ("Ministry of Water and Power", "the ministry"),
    ("Department for Transport", "the department"),
    ("Elmbridge District Council", "the council"),
    ("Halvorsen Motor Company", "the company"),
])
def test_an_institution_named_by_its_kind_alone_is_the_one_of_the_event(full: str, alone: str) -> None:
    ms = [NameMention(full, "a1", "A", kind="org"), NameMention(alone, "a2", "B", kind="group"),
          NameMention("officials", "a3", "C", kind="group")]
    ids = resolve_names(ms)
    assert ids.identity_of("a2", alone) is ids.identity_of("a1", full)
    assert ids.identity_of("a3", "officials") is not ids.identity_of("a1", full)


def test_an_institution_named_by_its_kind_stays_apart_when_two_are_named() -> None:
    ms = [NameMention("Ministry of Water", "a1", "A", kind="org"), NameMention("Ministry of Defence", "a2", "B", kind="org"),
          NameMention("the ministry", "a3", "C", kind="group")]
    ids = resolve_names(ms)
    assert len(ids.identities) == 3


@pytest.mark.parametrize("names, display", [
    (("Robert Venditti", "Bob"), "Robert Venditti"),
    (("Priya Raghunathan", "Priya"), "Priya Raghunathan"),
    (("Senator Hal Brennock", "Hal", "Brennock"), "Hal Brennock"),
])
def test_a_first_name_alone_is_the_one_person_of_the_event_with_it(names, display) -> None:
    ids = _ids(*names)
    assert len(ids.identities) == 1 and ids.identities[0].name == display, [(i.name, i.aliases) for i in ids.identities]


def test_a_first_name_two_people_share_stays_apart() -> None:
    ids = _ids("Ann Lowe", "Ann Carver", "Ann")
    assert ids.identity_of("a2", "Ann").name == "Ann" and len(ids.identities) == 3


def test_a_word_that_is_a_surname_is_read_as_the_surname() -> None:
    ids = _ids("Grace Jordan", "Jordan Pike", "Jordan")
    assert ids.identity_of("a2", "Jordan").name == "Grace Jordan"


@pytest.mark.parametrize("full, alone", [
    ("Tobias Renwick", "Tobias"),
    ("Odile Faraday", "Odile"),
    ("Kwame Oduro", "Kwame"),
])
def test_a_first_name_the_recogniser_tagged_org_joins_the_full_name_of_its_own_article(full, alone) -> None:
    # the small model tags a lone first name ORG ("Odile has walked every ward"); in the article
    # that names the person in full, it is that person's
    ms = [NameMention(full, "a1", "A", kind="org"), NameMention(alone, "a1", "A", kind="org"),
          NameMention(full.split()[-1], "a2", "B", kind="person")]
    ids = resolve_names(ms)
    assert ids.identity_of("a1", alone) is ids.identity_of("a1", full) is ids.identity_of("a2", full.split()[-1])
    assert ids.identity_of("a1", alone).kind == "person"


def test_an_org_tagged_first_name_stays_apart_elsewhere_or_when_it_starts_an_organisation() -> None:
    # in another article than the full name: no evidence it is the person
    ms = [NameMention("Tobias Renwick", "a1", "A", kind="person"), NameMention("Tobias", "a2", "B", kind="org")]
    assert len(resolve_names(ms).identities) == 2
    # an organisation of the event starts with the word: "Morgan" is the bank's short name
    ms = [NameMention("Morgan Pryde", "a1", "A", kind="person"), NameMention("Morgan Grenfell Bank", "a1", "A", kind="org"),
          NameMention("Morgan", "a1", "A", kind="org")]
    ids = resolve_names(ms)
    assert ids.identity_of("a1", "Morgan") is not ids.identity_of("a1", "Morgan Pryde")


@pytest.mark.parametrize("holder, role, office", [
    ("Ines Kovac", "Transport secretary", "the transport secretary"),
    ("Wendell Oduya", "Housing minister", "housing minister"),
    ("Siobhan Darragh", "police commissioner", "the police commissioner"),
    ("Ana Ruiz", "President", "the head of state"),      # a phrase for the office its title holds
    # a title abbreviation writes the office ("Gov. Lena Ibarra" holds "the governor")
    ("Lena Ibarra", "Gov.", "the governor"),
    ("Tom Ellery", "state Sen.", "the state senator"),
    ("Carl Vinter", "Democrat Gov.", "governor"),
])
def test_an_office_named_by_its_title_alone_is_the_holder_another_outlet_names(holder, role, office) -> None:
    ms = [NameMention(holder, "a1", "A", role=role, speaker_type="official", type_rule="role:x"),
          NameMention(office, "a2", "B", kind="group", speaker_type="official", type_rule="role:x"),
          NameMention("officials", "a3", "C", kind="group")]
    ids = resolve_names(ms)
    ident = ids.identity_of("a2", office)
    assert ident is ids.identity_of("a1", holder)
    assert ident.name == holder and ident.kind != "group" and ("office" in {r for _, r in ident.joined_by})
    assert ids.identity_of("a3", "officials") is not ident


@pytest.mark.parametrize("ms", [
    # two holders of the title: ambiguous
    [NameMention("Ines Kovac", "a1", "A", role="junior minister"), NameMention("Paolo Brandt", "a1", "A", role="junior minister"),
     NameMention("the junior minister", "a2", "B", kind="group")],
    # a different office that ends alike
    [NameMention("Owen Tarrant", "a1", "A", role="shadow housing minister"),
     NameMention("the housing minister", "a2", "B", kind="group")],
    # unnamed people and a generic role word are no office
    [NameMention("Ines Kovac", "a1", "A", role="official"), NameMention("official", "a2", "B", kind="group")],
    [NameMention("Ines Kovac", "a1", "A", role="spokesman"), NameMention("spokesman", "a2", "B", kind="group")],
])
def test_an_office_title_stays_apart_without_one_holder(ms) -> None:
    ids = resolve_names(ms)
    assert ids.identity_of("a2", ms[-1].name).kind == "group"


@pytest.mark.parametrize("org, spokesperson", [
    ("Department for Transport", "Department for Transport spokesman"),
    ("Harlow City Council", "spokeswoman for Harlow City Council"),
    ("Meridian Water", "a Meridian Water spokesperson"),
    ("Treasury", "Treasury press office"),
])
def test_an_organisation_s_spokesperson_speaks_for_it(org, spokesperson) -> None:
    ms = [NameMention(org, "a1", "A", kind="org"), NameMention(spokesperson, "a2", "B")]
    ids = resolve_names(ms)
    ident = ids.identity_of("a2", spokesperson)
    assert ident is ids.identity_of("a1", org) and ident.name == org


def test_the_department_beside_its_spokesman_is_the_one_department() -> None:
    ms = [NameMention("Department for Transport", "a1", "A", kind="org"), NameMention("the department", "a1", "A", kind="group"),
          NameMention("Department for Transport spokesman", "a2", "B")]
    ids = resolve_names(ms)
    assert len({ids.identity_of(m.article_id, m.name).id for m in ms}) == 1


def test_a_person_s_spokesman_is_not_the_person() -> None:
    ms = [NameMention("Ada Brill", "a1", "A", kind="person"), NameMention("Brill spokesman", "a2", "B")]
    ids = resolve_names(ms)
    assert ids.identity_of("a2", "Brill spokesman") is not ids.identity_of("a1", "Ada Brill")


@pytest.mark.parametrize("names", [
    ("UN human rights office", "United Nations human rights office"),            # the file's common ones
    ("U.N. refugee agency", "United Nations refugee agency"),
    ("IMF mission to Ghana", "International Monetary Fund mission to Ghana"),
    ("WHO regional office", "World Health Organization regional office"),
    ("NCSA board", "National Coal Safety Authority board", "National Coal Safety Authority"),   # spelled out in the event
])
def test_an_initialism_inside_a_longer_name_is_the_name_it_spells(names) -> None:
    ids = _ids(*names)
    assert len({ids.identity_of(f"a{k}", n).id for k, n in enumerate(names[:2])}) == 1, \
        [(i.name, i.aliases) for i in ids.identities]


@pytest.mark.parametrize("names", [
    ("Who Cares Trust", "World Health Organization Cares Trust"),        # a word, not the initialism
    ("NCSA board", "National Coal Safety Authority board", "National Coal Safety Authority",
     "North Carolina Sheriffs Association"),                               # two expansions: ambiguous
])
def test_an_initialism_stays_apart_when_it_is_a_word_or_ambiguous(names) -> None:
    ids = _ids(*names)
    assert ids.identity_of("a0", names[0]) is not ids.identity_of("a1", names[1])


def test_common_initialisms_alone_are_their_organisations_but_not_words() -> None:
    ids = _ids("WHO", "World Health Organization", "Nato", "North Atlantic Treaty Organization")
    assert ids.identity_of("a0", "WHO") is ids.identity_of("a1", "World Health Organization")
    assert ids.identity_of("a2", "Nato") is ids.identity_of("a3", "North Atlantic Treaty Organization")
    ids = _ids("Who", "World Health Organization")
    assert ids.identity_of("a0", "Who") is not ids.identity_of("a1", "World Health Organization")


def test_a_spokesman_for_a_person_named_by_surname_is_not_the_person() -> None:
    ms = [NameMention("Kemal Ardashev", "a1", "A", kind="person"), NameMention("Ardashev", "a2", "B", kind="org"),
          NameMention("spokesman for Ardashev", "a2", "B", kind="group")]
    ids = resolve_names(ms)
    assert ids.identity_of("a2", "spokesman for Ardashev") is not ids.identity_of("a1", "Kemal Ardashev")


@pytest.mark.parametrize("glued, name", [
    ("Ana Moravec's Cyprus", "Ana Moravec"),       # "Ana Moravec's Cyprus company"
    ("Reld’s Labour", "Reld"),
    ("Ilse Varga's Harbour Park", "Ilse Varga"),
    ("St Mary's", "St Mary's"),                     # a possessive that ends the name is part of it
    ("the Prosecutor General's Office", "the Prosecutor General's Office"),   # an institution's name
    ("St Anne's Hospital", "St Anne's Hospital"),
])
def test_a_possessive_ends_an_actors_name(glued: str, name: str) -> None:
    from framing.compare.identity import name_before_possessive

    assert name_before_possessive(glued) == name


@pytest.mark.parametrize("long, short", [
    ("National Union party", "National Union"),
    ("Civic Renewal Movement", "Civic Renewal"),
    ("Green Future party", "Green Future"),
    ("Vantor Freight Ltd", "Vantor Freight"),
    ("Harlow Grain Holdings plc", "Harlow Grain Holdings"),
])
def test_a_party_named_with_and_without_its_kind_word_is_one(long: str, short: str) -> None:
    ids = resolve_names([NameMention(long, "a1", "Wire", kind="org"), NameMention(short, "a2", "Herald", kind="org")])
    assert ids.identity_of("a1", long) is ids.identity_of("a2", short) is not None

