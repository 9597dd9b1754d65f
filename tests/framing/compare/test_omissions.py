"""The omission matrix: numbers, voices and claims only some outlets report."""

from __future__ import annotations

from framing.compare.omissions import ONLY_ONE_OMITS, ONLY_ONE_REPORTS


def test_omission_matrix_numbers_voices_claims(fuel) -> None:
    items = fuel.omissions.items
    deaths = [it for it in items if it.kind == "number" and it.category == "deaths"]
    assert deaths and set(deaths[0].reported_by) == {"Daily Courier", "Citizen Voice"}
    assert deaths[0].flag == ONLY_ONE_OMITS and deaths[0].omitted_by == ["State Herald"]
    arrests = [it for it in items if it.kind == "number" and it.category == "arrests"]
    assert arrests and set(arrests[0].reported_by) == {"Daily Courier", "Citizen Voice"}  # "about 400" ≈ "more than 400"
    injured = [it for it in items if it.kind == "number" and it.category == "injured"]
    assert any(it.reported_by == ["State Herald"] and it.flag == ONLY_ONE_REPORTS for it in injured)
    entities = {it.label: it for it in items if it.kind == "entity"}
    varek = next(it for label, it in entities.items() if "Varek" in label)
    assert set(varek.reported_by) == {"Daily Courier", "State Herald"}
    claims = [it for it in items if it.kind == "claim"]
    assert claims and all(len(it.reported_by) >= 2 for it in claims)
    for it in items:
        for outlet, evs in it.evidence.items():
            assert outlet in it.reported_by and evs
        assert set(it.reported_by) | set(it.omitted_by) == set(fuel.outlets)


# -- figures that are not reported facts, and the ranking ------------------------------------------

import pytest  # noqa: E402

from framing.compare.omissions import (  # noqa: E402
    LEAD_VS_BURY, not_a_reported_figure,
)


def _figures(sentence: str) -> list[tuple[str, str]]:
    from framing.nlp import load_pipeline
    from framing.numbers import extract_numbers

    doc = load_pipeline()(sentence)
    return [(m.text, not_a_reported_figure(m, sentence)) for m in extract_numbers(doc, lambda _o: 0)]


@pytest.mark.parametrize("sentence, figure, rule", [
    ("Hundreds of car owners queued outside the depot.", "Hundreds", "vague_uncounted"),
    ("Dozens of shop windows were smashed in the night.", "Dozens", "vague_uncounted"),
    ("Thousands of leaflets were handed out in the square.", "Thousands", "vague_uncounted"),
    # a small count after a definite determiner points back at what is already named
    ("Stewards kept the two camps apart near the gate.", "two", "definite_small_count"),
    ("Police said the three men had been released.", "three", "definite_small_count"),
    ("Both teams' fans cheered as these four riders crossed the line.", "four", "definite_small_count"),
])
def test_figures_that_are_not_reported_facts_are_left_out(sentence: str, figure: str, rule: str) -> None:
    assert (figure, rule) in _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Since the 2003 invasion, the country has rebuilt its army.",
    "Critics of the 1994 law say it failed the workers.",
    "Memories of the 2008 crash shaped the budget debate.",
])
def test_years_never_reach_the_matrix(sentence: str) -> None:
    assert _figures(sentence) == []  # read as years by framing.numbers.written_year


@pytest.mark.parametrize("sentence, figure", [
    ("About 2000 people marched to the parliament.", "About 2000"),
    ("Officials said 1999 ballots were spoiled.", "1999"),
    ("The company cut 450 jobs at the plant.", "450"),
])
def test_counts_stay_in_the_matrix(sentence: str, figure: str) -> None:
    assert (figure, "") in _figures(sentence)


def test_items_are_ranked_with_placement_salience_and_why(fuel) -> None:
    items = fuel.omissions.items
    assert [it.score for it in items] == sorted((it.score for it in items), reverse=True)
    for it in items:
        assert set(it.placement) == set(it.reported_by) == set(it.mentions)
        assert set(it.placement.values()) <= {"headline", "lede", "body"}
        assert it.salience > 0 and it.why
        for outlet, evs in it.evidence.items():
            assert next(x for x in fuel.articles if x.id == evs[0].article_id).outlet == outlet
    top = items[0]
    assert top.flag or top.contrast == LEAD_VS_BURY  # the list opens on a contrast, not on consensus
    assert all(it.flag or it.contrast for it in items[:3])


def test_an_item_led_with_by_some_and_buried_by_others_is_lead_vs_bury() -> None:
    from framing.compare.common import Evidence
    from framing.compare.omissions import _item, rank_items

    outlets = ["A", "B", "C"]

    def ev(article: str, start: int) -> Evidence:
        return Evidence(article, article.upper(), start, start + 3, "xyz", start, start + 3, "xyz")

    tops = {"a": (20, 100), "b": (20, 100), "c": (20, 100)}  # headline ends at 20, lede at 100
    led = _item("claim", "led", "claim", {"A": [ev("a", 5)], "B": [ev("b", 50)], "C": [ev("c", 400)]}, outlets)
    buried = _item("claim", "buried", "claim", {"A": [ev("a", 300)], "B": [ev("b", 500)], "C": [ev("c", 400)]}, outlets)
    one = _item("voice", "one", "official", {"A": [ev("a", 300), ev("a", 10), ev("a", 600)]}, outlets)
    ranked = rank_items([buried, led, one], outlets, tops)
    assert [it.label for it in ranked] == ["one", "led", "buried"]
    assert led.contrast == LEAD_VS_BURY and buried.contrast == ""
    assert led.placement == {"A": "headline", "B": "lede", "C": "body"} and led.salience == 6.0
    assert one.placement == {"A": "headline"} and one.mentions == {"A": 3} and one.salience == 4.0
    assert [e.start for e in one.evidence["A"]] == [10, 300, 600]  # the headline mention first
    assert one.why.startswith("only A ") and "headline ×3" in one.why
    assert "A, B lead with it; C has it lower" in led.why


def _pct(value: float, approx: bool = False):
    from framing.numbers import NumberMention

    return NumberMention(f"{value}%", value, value, value, approx, "about" if approx else "", "percent", "%", "",
                         "share", 0, 4, 0, "")


@pytest.mark.parametrize("a, b, same", [
    (_pct(58.4), _pct(58.0), True),         # "58.4%" and "58 percent": one figure, rounded
    (_pct(3.5), _pct(3.5), True),
    (_pct(12.0, approx=True), _pct(12.4), True),
    (_pct(58.4), _pct(61.0), False),        # 4% apart relatively, 2.6 points apart: two facts
    (_pct(8.2), _pct(9.0, approx=True), False),
    (_pct(36.1), _pct(38.0), False),
])
def test_percentages_are_the_same_figure_in_points_not_relatively(a, b, same: bool) -> None:
    from framing.compare.omissions import same_figure

    assert same_figure(a, b) is same and same_figure(b, a) is same


@pytest.mark.parametrize("text, noun, expected", [
    ("They closed more than 100 businesses in the city.", "business", "businesses"),
    ("About 90 passengers were on board.", "passenger", "passengers"),
    ("Some 1,200 drivers joined the strike.", "driver", "drivers"),
    ("It cost 40 of them.", "boat", "boat"),  # not written after the figure: the lemma
])
def test_an_uncategorised_figure_is_labelled_with_its_noun_as_written(text: str, noun: str, expected: str) -> None:
    import re as _re

    from framing.compare.omissions import _noun_as_written
    from framing.numbers import NumberMention

    m = _re.search(r"\d[\d,]*", text)
    assert m is not None
    mention = NumberMention(m.group(), 1.0, 1.0, 1.0, False, "", "count", "", noun, "other", m.start(), m.end(), 0, "")
    assert _noun_as_written(text, mention) == expected


# Family: one head count of people, named differently by each outlet ("people", "residents",
# "population", "inhabitants"): one item. A count of something else with the same value stays apart.
HEAD_COUNTS = [
    ("Wire", "Floods cut off Marrow village", "Floods cut off Marrow on Tuesday. About 1,200 people live in the village, "
     "which lost its only bridge."),
    ("Herald", "Marrow waits for help", "Marrow's 1,200 residents have had no power since Tuesday, the council said."),
    ("Voice", "A village alone", "The village, a population of 1,200, is reached only by boat. "
     "Volunteers handed out 1,200 blankets on Wednesday."),
]


def test_a_head_count_is_one_item_whatever_the_people_are_called() -> None:
    from framing.analysis import analyse_articles
    from framing.compare import compare_event
    from framing.model import Article

    articles = [Article.create(title=t, body=b, outlet=o) for o, t, b in HEAD_COUNTS]
    items = compare_event(analyse_articles(articles)).omissions.items
    counts = [it for it in items if it.kind == "number" and it.category == "population"]
    assert len(counts) == 1 and set(counts[0].reported_by) == {"Wire", "Herald", "Voice"}, \
        [(it.label, it.category, it.reported_by) for it in items if it.kind == "number"]
    blankets = [it for it in items if it.kind == "number" and "blanket" in it.label]
    assert len(blankets) == 1 and blankets[0].reported_by == ["Voice"]


# Family: one quantity estimated by several sources (police, organisers, a union) is one row across
# outlets; an outlet that gives one estimate and one that gives both line up.
CROWD_ESTIMATES = [
    ("Harbour Wire", "Miners march on the capital",
     "Miners marched through Velm on Tuesday. Police estimated the crowd at about 20,000. The union put the "
     "figure at 45,000. Two men were arrested near the ministry."),
    ("Velm Herald", "A sea of helmets",
     "More than 45,000 miners, the union said, gathered outside the ministry on Tuesday."),
    ("State Courier", "Quiet march in Velm",
     "Around 20,000 demonstrators walked peacefully through the capital. Officers detained two men."),
]


def test_estimates_of_one_crowd_by_different_sources_are_one_row() -> None:
    from framing.analysis import analyse_articles
    from framing.compare import compare_event
    from framing.model import Article

    articles = [Article.create(title=t, body=b, outlet=o) for o, t, b in CROWD_ESTIMATES]
    items = compare_event(analyse_articles(articles)).omissions.items
    crowd = [it for it in items if it.kind == "number" and it.category == "participants"]
    assert len(crowd) == 1, [(it.label, it.values) for it in crowd]
    row = crowd[0]
    assert row.label == "crowd size: 20,000 to 45,000"
    assert set(row.reported_by) == {o for o, _, _ in CROWD_ESTIMATES}
    assert row.values["Harbour Wire"] == ["about 20,000", "45,000"]
    assert row.sources["Harbour Wire"] == {"about 20,000": "Police", "45,000": "union"}
    assert row.sources["Velm Herald"] == {"More than 45,000": "union"} and "State Courier" not in row.sources
    arrests = [it for it in items if it.kind == "number" and it.category == "arrests"]
    assert [set(it.reported_by) for it in arrests] == [{"Harbour Wire", "State Courier"}]


def _named(outlet: str, body: str, names: list[tuple[str, str, int]]):
    """An analysis whose only result is the entity mentions ``(text, label, occurrence)``."""
    from .conftest import analysis_with_entities

    return analysis_with_entities("Untitled report", body, names, outlet)


def _entities(analyses) -> dict[str, list[str]]:
    from framing.compare.omissions import omission_matrix

    return {it.label: it.reported_by for it in omission_matrix(analyses).items if it.kind == "entity"}


# Family: a name the event tags a place more often than an actor is no actor of the matrix: one
# "Malta company" tagged ORG must not make the others "leave out" Malta.
@pytest.mark.parametrize("place", ["Malta", "Geneva", "Sevrin"])
def test_a_name_tagged_a_place_in_most_mentions_is_no_entity_row(place: str) -> None:
    a = _named("Wire", f"Investors asked about her {place} company. Banks in {place} shut. Ilse Varga spoke.",
               [(place, "ORG", 0), (place, "GPE", 1), ("Ilse Varga", "PERSON", 0)])
    b = _named("Herald", f"The firm is based in {place}, Ilse Varga said.", [(place, "GPE", 0),
                                                                              ("Ilse Varga", "PERSON", 0)])
    found = _entities([a, b])
    assert place not in found and set(found["Ilse Varga"]) == {"Wire", "Herald"}


# Family: an outlet naming itself by the last words of its name ("told the Blitz") is no entity.
@pytest.mark.parametrize("outlet, short", [("Daily Blitz", "Blitz"), ("The Harbour Courier", "Courier"),
                                           ("Evening Star", "Star")])
def test_an_outlet_naming_itself_by_its_short_name_is_no_entity(outlet: str, short: str) -> None:
    a = _named(outlet, f"A pensioner told the {short}: vote for Reld.", [(short, "ORG", 0)])
    b = _named("Wire", "Voters went to the polls.", [])
    assert short not in _entities([a, b])
    # another outlet writing that name is naming an organisation
    c = _named("Wire", f"The {short} reported the pensioner's words.", [(short, "ORG", 0)])
    assert short in _entities([a, c])


# Family: events and claims (use of force, economic causes, demands) are rows of the matrix,
# merged by what they are however each outlet words them, ranked with the figures.
EVENT_REPORTS = [
    ("North Wire", "Pepper spray used on dockers",
     "Police pepper-sprayed dockers at the harbour gate on Monday. The strike began after a 30% rise in "
     "port fees. Dockers demanded the harbour chief resign."),
    ("Quay Post", "Dockers strike over fees",
     "Officers used pepper spray on the picket line. Union leaders called for the harbour chief to step down."),
    ("Harbour Voice", "Strike at the port",
     "Dockers stopped work on Monday. Higher fees, they said, had made the port too costly. "
     "They want the chief to resign."),
]


def test_events_and_demands_are_rows_reported_by_some_and_not_others() -> None:
    from framing.analysis import analyse_articles
    from framing.compare import compare_event
    from framing.model import Article

    articles = [Article.create(title=t, body=b, outlet=o) for o, t, b in EVENT_REPORTS]
    items = compare_event(analyse_articles(articles)).omissions.items
    events = {it.label: it for it in items if it.kind == "event"}
    spray = events["use of force: pepper spray"]
    assert spray.reported_by == ["North Wire", "Quay Post"] and spray.omitted_by == ["Harbour Voice"]
    assert spray.flag == "only_one_omits" and "all but Harbour Voice" in spray.why
    assert spray.placement["North Wire"] == "headline" and spray.evidence["North Wire"][0].text == "Pepper spray"
    assert any(ev.text == "pepper-sprayed" for ev in spray.evidence["North Wire"])
    assert set(events["demand: demand for resignation"].reported_by) == {"North Wire", "Quay Post", "Harbour Voice"}
    assert "economic cause: price rise" in events
    # a percentage rise is a change, not a share
    assert not any(it.kind == "number" and it.category == "share" for it in items)


def _matrix(*bodies: str):
    from framing.analysis import analyse_articles
    from framing.compare.omissions import omission_matrix
    from framing.model import Article

    articles = [Article.create(title=f"Story {k}", body=body, outlet=f"Outlet {'ABC'[k]}") for k, body in enumerate(bodies)]
    return omission_matrix(analyse_articles(articles))


def _number_rows(matrix) -> dict[str, list[str]]:
    return {it.label: it.reported_by for it in matrix.items if it.kind == "number"}


# Family one_amount_one_row: one sum of money is one row whether an outlet's sentence files it
# under "money" or "prices and costs" (a cost word elsewhere in the sentence), so an outlet
# reporting it is never said to leave it out.
@pytest.mark.parametrize("bodies, amount", [
    (("The club offered each member a refund of 350 dollars.",
      "A refund of 350 dollars will not cover a season's fees, members said.",
      "Members were offered 350 dollars each after the ground closed."), "350 USD"),
    (("Inspectors valued the repairs at 12 million euros.",
      "Repairs would cost about 12 million euros, the inspectors found.",
      "The inspectors put the bill at 12 million euros."), "12,000,000 EUR"),
    (("The council set aside $80,000 for the fountain.",
      "The fountain's price, $80,000, angered residents.",
      "Residents learnt that $80,000 had gone on the fountain."), "80,000 USD"),
])
def test_one_amount_is_one_row_across_money_and_prices(bodies, amount: str) -> None:
    rows = {label: by for label, by in _number_rows(_matrix(*bodies)).items() if amount in label}
    assert len(rows) == 1, rows
    assert sorted(next(iter(rows.values()))) == ["Outlet A", "Outlet B", "Outlet C"]


# Family tally_counts: a tally ("voted 9-2") is one row, and an outlet's count of one side of it
# ("nine members voted for it", "the two who voted against") is part of that row.
@pytest.mark.parametrize("bodies, tally", [
    (("The board voted 9-2 to close the depot.", "Nine members voted to close the depot; the vote was 9-2.",
      "The depot will close after a 9–2 vote of the board."), "9-2"),
    (("The assembly passed the budget 61-58.", "The budget passed 61-58 after a long debate.",
      "Deputies approved the budget; 58 voted against it."), "61-58"),
    (("Members backed the strike 40-12.", "The strike was backed 40-12 by the members.",
      "Forty members voted for the strike, a 40-12 margin."), "40-12"),
])
def test_a_tally_is_one_row_with_its_sides(bodies, tally: str) -> None:
    rows = _number_rows(_matrix(*bodies))
    votes = {label: by for label, by in rows.items() if label.startswith("votes")}
    assert list(votes) == [f"votes and turnout: {tally}"], rows
    assert sorted(votes[f"votes and turnout: {tally}"]) == ["Outlet A", "Outlet B", "Outlet C"]


# Family claim_told_as_event: a claim that is one reported event and little else is reported by an
# outlet that gives that event in its own words; a claim that says more keeps its outlets.
@pytest.mark.parametrize("bodies, claim, all_three", [
    (("Stewards cleared the hall. The meeting went on without the public.",
      "Stewards cleared the hall. The vote was held after midnight.",
      "Guards dragged the tenants out of the hall and the vote was held."), "Stewards cleared the hall.", True),
    (("Police cleared the square. Shops stayed shut.",
      "Police cleared the square. Traders counted their losses.",
      "By dawn officers had removed the protesters from the square, and shops stayed shut."),
     "Police cleared the square.", True),
    (("Riot police fired tear gas near the river bridge at noon on Friday. Three cafes closed.",
      "Riot police fired tear gas near the river bridge at noon on Friday. Traders left early.",
      "Tear gas hung over the old town, where traders left early."), "Riot police fired tear gas", False),
])
def test_a_claim_told_as_an_event_is_not_left_out_by_an_outlet_giving_the_event(bodies, claim: str,
                                                                                  all_three: bool) -> None:
    matrix = _matrix(*bodies)
    item = next(it for it in matrix.items if it.kind == "claim" and it.label.startswith(claim))
    assert (sorted(item.reported_by) == ["Outlet A", "Outlet B", "Outlet C"]) is all_three, item.reported_by


def test_claim_labels_carry_no_dateline_debris() -> None:
    from framing.compare.omissions import claim_label

    # sentences written for this test
    assert claim_label("HARBOURTON, Mar 3 - The port authority closed the pier.") == "The port authority closed the pier."
    assert claim_label(", Mar 3 - The port authority closed the pier.") == "The port authority closed the pier."
    assert claim_label("VALLEYFORD (Wire Service) \u2014 Ferries stopped at noon.") == "Ferries stopped at noon."
    assert claim_label("Mar 3, 2026 \u2013 Ferries stopped at noon.") == "Ferries stopped at noon."
    # a dash inside a sentence is no dateline, and a sentence without one is kept whole
    assert claim_label("The vote - 7 to 4 - stood.") == "The vote - 7 to 4 - stood."
    assert claim_label("Officials said   the pier\nwould reopen.") == "Officials said the pier would reopen."
    assert len(claim_label("Word " * 60)) <= 160
