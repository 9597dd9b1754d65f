"""How each outlet names each actor (framing.compare.labels.naming_table), over an event of our own:
one outlet calls a person "President X", another "X" and "the strongman", one calls a crowd
"protesters", another "rioters"."""

from __future__ import annotations

import pytest

from framing.analysis import analyse_articles
from framing.compare.labels import NamingTable, naming_table
from framing.model import Article
from framing.serialise import from_jsonable, to_jsonable

ARTICLES = [
    ("Harbour Wire", "President Dorin Palek meets protesters",
     "President Dorin Palek met protesters in Velm on Monday. Palek, the Ostran leader, promised talks with "
     "their organisers. \"We will listen,\" the president said. Opposition leader Lina Marsh called the meeting "
     "a start. Police said 40 protesters were detained overnight."),
    ("Ostran State Radio", "Rioters burn cars in Velm",
     "Rioters burned cars in Velm on Monday. Palek ordered calm in a televised address. Lina Marsh, a former "
     "minister, was not seen in the city."),
    ("Exile Review", "Palek sends troops",
     "The strongman Palek sent troops against protesters in Velm. Palek has ruled since 2015, and the strongman "
     "shows no sign of leaving. \"He is afraid of his own people,\" said Lina Marsh."),
]


@pytest.fixture(scope="module")
def analyses():
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in ARTICLES]
    return analyse_articles(arts)


@pytest.fixture(scope="module")
def table(analyses) -> NamingTable:
    return naming_table(analyses)


def forms(table: NamingTable, surname: str, outlet: str) -> dict[tuple[str, str], object]:
    actor = next(a for a in table.actors if surname in a.name)
    return {(f.kind, f.form): f for f in actor.by_outlet.get(outlet, [])}


def test_one_person_is_one_actor_with_each_outlets_names(table) -> None:
    palek = [a for a in table.actors if "Palek" in a.name]
    assert len(palek) == 1 and palek[0].kind == "person"
    assert set(palek[0].by_outlet) == {o for o, _, _ in ARTICLES}
    wire = forms(table, "Palek", "Harbour Wire")
    assert wire[("name", "President Dorin Palek")].detail == "title_name"
    assert wire[("title", "President")].count == 2          # the headline and the first sentence
    exile = forms(table, "Palek", "Exile Review")
    assert exile[("name", "Palek")].detail == "surname" and exile[("name", "Palek")].count >= 2
    assert ("name", "President Dorin Palek") not in exile and ("title", "President") not in exile


def test_roles_in_apposition_and_descriptions_used_alone(table) -> None:
    wire = forms(table, "Palek", "Harbour Wire")
    assert wire[("title", "the Ostran leader")].detail == "role"
    alone = wire[("title", "the president")]
    assert alone.detail == "description" and alone.count == 1
    assert forms(table, "Marsh", "Harbour Wire")[("title", "Opposition leader")].detail == "title"
    assert forms(table, "Marsh", "Ostran State Radio")[("title", "a former minister")].detail == "role"


def test_a_loaded_label_next_to_the_name_and_alone(table, analyses) -> None:
    exile = forms(table, "Palek", "Exile Review")
    strongman = exile[("label", "strongman")]
    assert strongman.loaded and strongman.count == 2        # "The strongman Palek", "the strongman shows"
    assert strongman.own_voice == 2
    text = analyses[2].article.text
    assert [text[u.start:u.end].lower() for u in strongman.uses] == ["strongman", "strongman"]
    # a label is not a title: "strongman" before the name leaves the name a surname
    assert ("title", "strongman") not in exile and ("name", "strongman Palek") not in exile


def test_a_crowd_named_protesters_and_rioters(table) -> None:
    crowd = next(a for a in table.actors if a.actor == "crowds")
    wire = {f.form: f for f in crowd.by_outlet["Harbour Wire"]}
    radio = {f.form: f for f in crowd.by_outlet["Ostran State Radio"]}
    assert not wire["protester"].loaded and wire["protester"].count == 3
    assert wire["protester"].voices["reported"] == 1        # "Police said 40 protesters were detained"
    assert radio["rioter"].loaded and "protester" not in radio


def test_every_use_has_its_span_and_voice(table, analyses) -> None:
    texts = {a.article.id: a.article.text for a in analyses}
    ids = {a.article.outlet: a.article.id for a in analyses}
    for actor in table.actors:
        for outlet, fs in actor.by_outlet.items():
            for f in fs:
                assert f.count == len(f.uses) == sum(f.voices.values())
                for u in f.uses:
                    assert u.article_id == ids[outlet]
                    words = texts[u.article_id][u.start:u.end]
                    assert words and (f.kind != "name" or words.split()[-1] in f.form), (f.form, words)


def test_side_by_side_rows_join_one_form_across_outlets(table) -> None:
    rows = [r for r in table.side_by_side() if r.actor_name == "Dorin Palek"]
    surname = next(r for r in rows if r.kind == "name" and r.form == "Palek")
    assert set(surname.by_outlet) == {"Harbour Wire", "Ostran State Radio", "Exile Review"}
    assert surname.count() == sum(f.count for f in surname.by_outlet.values())
    assert [r.kind for r in rows] == sorted((r.kind for r in rows), key=("name", "title", "label").index)


def test_the_table_serialises_to_json_without_loss(table) -> None:
    assert from_jsonable(NamingTable, to_jsonable(table)) == table


def test_a_title_run_stops_at_words_that_are_no_titles(analyses) -> None:
    arts = [Article.create(title="Talks resume", body=b, outlet=o, source="test") for o, b in [
        ("One", "On Monday Vice President Ada Quill met Peter Brandt. Quill, the party's founder, spoke first."),
        ("Two", "Ada Quill and Peter Brandt met on Monday. Former Prime Minister Peter Brandt said little."),
    ]]
    t = naming_table(analyse_articles(arts))
    one = forms(t, "Quill", "One")
    assert ("title", "Vice President") in one and ("name", "Vice President Ada Quill") in one
    assert one[("title", "the party's founder")].detail == "role"
    two = forms(t, "Brandt", "Two")
    assert ("title", "Former Prime Minister") in two
    assert ("name", "Peter Brandt") in two


@pytest.mark.parametrize("text, title", [
    ("Talks began after former Prime Minister Ada Quill arrived.", "former Prime Minister"),
    ("The vote was called by opposition leader Ada Quill on Sunday.", "opposition leader"),
    ("Crowds cheered ex-president Ada Quill in the square.", "ex-president"),
    ("A letter from Police Chief Ada Quill was read out.", "Police Chief"),
    ("On Monday Ada Quill spoke first.", ""),                      # a weekday is no title
    ("He thanked the crowd and Ada Quill left.", ""),               # nor is an ordinary word
])
def test_a_title_run_before_a_name(text: str, title: str) -> None:
    from framing.compare.labels import _title_before

    s = text.index("Ada Quill")
    assert text[_title_before(text, s, []):s].strip() == title


def test_a_title_run_stops_at_a_loaded_label() -> None:
    from framing.compare.labels import _title_before

    for text in ("The strongman Ada Quill spoke.", "They met the dictator Ada Quill.", "Then strongman Ada Quill left."):
        s = text.index("Ada Quill")
        k = text.index("strongman") if "strongman" in text else text.index("dictator")
        word = text[k:s].strip()
        assert _title_before(text, s, [], [(k, k + len(word))]) == s, text


@pytest.mark.parametrize("text, role", [
    ("Ada Quill, the Ostran leader, spoke first.", "the Ostran leader"),
    ("Ada Quill, a former minister of energy, was not seen.", "a former minister of energy"),
    ("Ada Quill, a former prime minister who resigned in May, was arrested.", "a former prime minister"),
    ("Ada Quill, 61, the party's founder, died.", "the party's founder"),
    ("Ada Quill, who leads the party, spoke.", None),              # a clause, no role
    ("Ada Quill, police said, was detained.", None),               # speech, no role
    ("Ada Quill, Ben Roe and Cy Tam met.", None),                  # a list of names
])
def test_a_role_in_apposition_after_a_name(text: str, role: str | None) -> None:
    from framing.compare.labels import _role_after

    found = _role_after(text, text.index("Ada Quill") + len("Ada Quill"))
    assert (text[found[0]:found[1]] if found else None) == role


def test_descriptions_used_alone_stand_for_the_one_actor_the_event_gives_them_to() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in [
        ("North", "Mayor opens bridge", "Mayor Ada Quill opened the bridge on Friday. The mayor thanked the builders. "
                                        "Peter Brandt, the city engineer, watched."),
        ("South", "Bridge opens late", "Ada Quill opened the bridge a year late. The mayor did not take questions, "
                                       "and the city engineer left early. Peter Brandt declined to comment."),
        ("East", "A bridge at last", "Ada Quill spoke briefly. The mayor of a town nearby, not named, sent greetings. "
                                     "Peter Brandt said the bridge was safe."),
    ]]
    t = naming_table(analyse_articles(arts))
    assert forms(t, "Quill", "North")[("title", "the mayor")].detail == "description"
    assert forms(t, "Quill", "South")[("title", "the mayor")].count == 1
    assert forms(t, "Brandt", "South")[("title", "the city engineer")].detail == "description"
    # "the mayor of a town nearby" is the same words: counted too (the rule reads the words, not who they mean)
    assert ("title", "the mayor") in forms(t, "Quill", "East")


def test_names_the_entity_recogniser_missed_are_found_from_the_events_forms(analyses, table) -> None:
    # the small model does not tag "Palek" in "Palek ordered calm"; the event knows the name
    radio = forms(table, "Palek", "Ostran State Radio")
    assert radio[("name", "Palek")].count == 1
    text = analyses[1].article.text
    (use,) = radio[("name", "Palek")].uses
    assert text[use.start:use.end] == "Palek" and text[use.end:use.end + 8] == " ordered"


# Family: a crowd's labels, whatever each outlet calls it — the words of the crowds family
# ("supporters", "fans", "counter-protesters"), ordinary words for people only beside one of them
# ("the families", "two lads"), and a people's plural name beside one or in a crowd size.
CROWD_ARTICLES = [
    ("Port Gazette", "Mayor Ilse Varga rallies supporters",
     "Mayor Ilse Varga spoke to 5,000 supporters in Harbour Park on Sunday. A few dozen counter-protesters "
     "booed from the gate. Police escorted two lads away after a scuffle."),
    ("Evening Star", "Varga's big night",
     "About 5,000 fans packed Harbour Park for Varga. Families in the park sang along while activists "
     "shouted from the gate."),
    ("Coastal Daily", "Ostrans turn out for Varga",
     "Some 6,000 Ostrans gathered in Harbour Park to hear Ilse Varga. Families who lost homes in the storm "
     "asked her for help. Families of two arrested protesters waited at the station."),
]


@pytest.fixture(scope="module")
def crowd_table():
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in CROWD_ARTICLES]
    return naming_table(analyse_articles(arts))


def test_a_crowd_is_named_by_each_outlets_words(crowd_table) -> None:
    crowd = next(a for a in crowd_table.actors if a.actor == "crowds")
    forms_of = {o: {f.form for f in fs} for o, fs in crowd.by_outlet.items()}
    assert {"supporter", "counter protester", "lad"} <= forms_of["Port Gazette"]
    assert {"fan", "family", "activist"} <= forms_of["Evening Star"]
    assert "Ostrans" in forms_of["Coastal Daily"]
    # "Families who lost homes" is in no sentence with a crowd word, "Families of ... protesters" are
    # kin of the crowd: neither is the crowd
    assert "family" not in forms_of["Coastal Daily"]


OFFICE_ARTICLES = [
    ("Wire One", "Prime Minister Tomas Reld visits Velm",
     "Prime Minister Tomas Reld visited Velm on Monday. The prime minister met farmers."),
    ("Tabloid Two", "PM'S FARM DASH",
     "Tomas Reld raced to Velm yesterday. The PM's visit lasted an hour. Farmers left at 5 PM."),
    ("Paper Three", "Reld in Velm", "Reld spent the day in Velm, where the PM heard complaints about prices."),
]


def test_an_office_used_alone_or_by_its_initials_is_a_form_of_its_one_holder() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in OFFICE_ARTICLES]
    table = naming_table(analyse_articles(arts))
    reld = next(a for a in table.actors if "Reld" in a.name)
    by = {o: {(f.kind, f.form): f for f in fs} for o, fs in reld.by_outlet.items()}
    assert by["Wire One"][("title", "the prime minister")].detail == "description"
    initials = [f for (kind, _), f in by["Tabloid Two"].items() if kind == "title"]
    assert len(initials) == 1 and initials[0].count == 2     # "PM'S" in the headline, "The PM's"; not "5 PM"
    assert any(kind == "title" and "PM" in form for kind, form in by["Paper Three"])


def test_a_town_written_after_in_is_no_person() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in OFFICE_ARTICLES]
    table = naming_table(analyse_articles(arts))
    assert not any("Velm" in a.name for a in table.actors if a.kind == "person")


@pytest.mark.parametrize("name, organisation", [
    ("Civic Alliance", True), ("National Union party", True), ("Alder Holdings Ltd", True),
    ("Ana Moravec", False), ("Tomas Reld", False), ("Union", False),   # one word: no kind of body named
])
def test_a_name_ending_in_a_kind_of_body_is_an_organisations(name: str, organisation: bool) -> None:
    from framing.compare.labels import _ends_as_organisation

    assert _ends_as_organisation(name) is organisation


# Family: pejorative crowd names ("provocateurs", "troublemakers"; "offenders" beside a crowd word)
# are forms of the crowd; an actor noun before a building or place noun ("the government
# building", "police headquarters") names the place, not the actor.
PEJORATIVE_ARTICLES = [
    ("Lake Herald", "Marchers reach the square",
     "Hundreds of marchers reached the square outside the provincial government building on Friday. "
     "The government said the march was lawful."),
    ("State Bulletin", "Provocateurs stopped",
     "Provocateurs tried to storm the provincial government building. Police detained the troublemakers. "
     "The offenders among the protesters will face trial."),
]


def test_pejorative_crowd_names_are_crowd_forms_and_a_building_is_no_actor() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in PEJORATIVE_ARTICLES]
    table = naming_table(analyse_articles(arts))
    crowd = next(a for a in table.actors if a.actor == "crowds")
    forms_of = {o: {f.form for f in fs} for o, fs in crowd.by_outlet.items()}
    assert {"provocateur", "troublemaker", "offender"} <= forms_of["State Bulletin"]
    government = next(a for a in table.actors if a.actor == "government")
    counts = {o: sum(f.count for f in fs) for o, fs in government.by_outlet.items()}
    assert counts.get("Lake Herald") == 1 and not counts.get("State Bulletin")


# Family treated_as: a label after "like" / "as" governed by a verb of treating or regarding is how
# someone else treats the crowd, not a name the writer or the speaker gives it.
@pytest.mark.parametrize("text, label, treated", [
    ("\"They treated our grandmothers like common criminals,\" she said.", "criminals", True),
    ("Guards handled the tenants as lawbreakers, a witness said.", "lawbreakers", True),
    ("Officers saw every marcher as a troublemaker that night.", "troublemaker", True),
    ("The police looked on the strikers as thugs.", "thugs", True),
    ("Protesters like Vega stayed until midnight.", "Protesters", False),
    ("The crowd behaved like a mob, the mayor said.", "mob", False),
    ("As rioters fled, officers treated the wounded.", "rioters", False),
])
def test_a_label_in_a_treatment_comparison_is_no_label(text: str, label: str, treated: bool) -> None:
    from framing.compare.labels import _treated_as

    assert _treated_as(text, text.index(label)) is treated


TREATED_ARTICLES = [
    ("Port Gazette", "Tenants removed from hall",
     "Tenants were removed from the hall on Monday. \"They treated our grandmothers like common criminals,\" "
     "said Tomas Reld, a tenant. Police said the protesters had refused to leave."),
    ("Evening Star", "Hall cleared",
     "Officers cleared the hall of protesters. Police treated the crowd as rioters, Tomas Reld said."),
    ("Coastal Daily", "Hall protest",
     "Protesters behaved like a mob in the hall, police said. Tomas Reld was among them."),
]


def test_the_crowd_is_not_named_by_what_others_treat_it_as() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in TREATED_ARTICLES]
    table = naming_table(analyse_articles(arts))
    crowd = next(a for a in table.actors if a.actor == "crowds")
    forms_of = {o: {f.form for f in fs} for o, fs in crowd.by_outlet.items()}
    assert "criminal" not in forms_of["Port Gazette"] and "protester" in forms_of["Port Gazette"]
    assert "rioter" not in forms_of["Evening Star"]
    assert "mob" in forms_of["Coastal Daily"]  # "behaved like a mob": said of the crowd itself
    reld = next(a for a in table.actors if "Reld" in a.name)
    assert not any(f.kind == "label" for f in reld.by_outlet.get("Evening Star", []))


# Family loaded_modifier: a loaded word right before a title run is part of the naming form,
# which is then loaded ("the serial protester X" is not "protester X").
LOADED_TITLE_ARTICLES = [
    ("Port Gazette", "Reld joins the march",
     "The serial protester Tomas Reld joined the march on Monday. Tomas Reld said little."),
    ("Evening Star", "March in Velm", "Protester Tomas Reld joined the march. Reld said little."),
    ("Coastal Daily", "Velm march", "Tomas Reld joined the march, a witness said."),
]


def test_a_loaded_word_before_a_title_stays_in_the_naming_form() -> None:
    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in LOADED_TITLE_ARTICLES]
    table = naming_table(analyse_articles(arts))
    gazette = forms(table, "Reld", "Port Gazette")
    assert gazette[("name", "serial protester Tomas Reld")].loaded
    assert gazette[("title", "serial protester")].loaded
    star = forms(table, "Reld", "Evening Star")
    assert not star[("name", "Protester Tomas Reld")].loaded


class _FakeVoicer:
    def __init__(self, terms):
        self.terms = terms

    def loaded_meeting(self, lo, hi):
        return [t for t in self.terms if t.start < hi and lo < t.end]


@pytest.mark.parametrize("text, word, title", [
    ("The notorious activist Ada Quill spoke.", "notorious", "activist"),
    ("Then the self-styled spokesman Ada Quill left.", "self-styled", "spokesman"),
    ("A serial protester Ada Quill came back.", "serial", "protester"),
    ("The veteran activist Ada Quill spoke.", "", "activist"),  # no loaded word before the title
])
def test_the_loaded_modifier_before_a_title_run(text: str, word: str, title: str) -> None:
    from types import SimpleNamespace

    from framing.compare.labels import _loaded_modifier_before

    t0 = text.index(title)
    terms = [SimpleNamespace(start=text.index(word), end=text.index(word) + len(word), category="evaluative")] if word else []
    assert _loaded_modifier_before(_FakeVoicer(terms), text, t0) == (text.index(word) if word else t0)
