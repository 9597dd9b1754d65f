"""Polls, surveys, ballots and their respondents are findings, never speakers."""

from __future__ import annotations

import pytest

from framing.analysers.sources import summarise
from framing.attribution import extract_attributions, extract_findings


def _both(parsed, body: str):
    p = parsed(body)
    return extract_attributions(p), extract_findings(p)


@pytest.mark.parametrize("body, source, content", [
    ("A Harmon Group poll released on Tuesday found that 44 percent of residents backed the tunnel.",
     "Harmon Group", "44 percent of residents backed the tunnel"),
    ("A survey by the Lakeside Institute found that most farmers expect lower yields.",
     "Lakeside Institute", "most farmers expect lower yields"),
    ("An exit poll suggested the ruling party had lost its majority in the north.",
     "", "the ruling party had lost its majority"),
    ("Ballot papers show 64 per cent of nurses backed the walkout.", "", "64 per cent of nurses backed the walkout"),
])
def test_a_poll_as_the_subject_is_a_finding(parsed, body, source, content) -> None:
    attrs, found = _both(parsed, body)
    assert attrs == [], [(a.speaker, a.content) for a in attrs]
    assert [(f.source, f.rule) for f in found] == [(source, "poll_subject")]
    assert content in found[0].content


@pytest.mark.parametrize("body, source", [
    ("According to a survey by the Lakeside Institute, most farmers expect lower yields next year.", "Lakeside Institute"),
    ("Turnout among young voters fell sharply, according to a Dunmore Polling survey.", "Dunmore Polling"),
    ("Two in three commuters would pay more for a faster train, according to a poll for the Evening Star.", ""),
])
def test_according_to_a_poll_is_a_finding(parsed, body, source) -> None:
    attrs, found = _both(parsed, body)
    assert attrs == [], [(a.speaker, a.content) for a in attrs]
    assert len(found) == 1 and found[0].rule == "poll_according_to" and found[0].source == source


@pytest.mark.parametrize("body", [
    "Respondents said prices were their main worry this winter.",
    "Most of those polled said the economy was the biggest issue.",
    "Voters surveyed said they trusted neither candidate on housing.",
    "Adults sampled by the institute said rents were too high.",
])
def test_the_people_a_poll_asked_are_no_voice(parsed, body) -> None:
    attrs, found = _both(parsed, body)
    assert attrs == [] and [f.rule for f in found] == ["respondents"]


@pytest.mark.parametrize("body, population", [
    ("Sixty percent of voters said they would support a recount.", "voters"),
    ("A majority of tenants said the rent rise was unfair.", "tenants"),
    ("Three in four nurses said they had considered leaving the profession.", "nurses"),
    ("Two-thirds of shop owners said footfall had not recovered.", "shop owners"),
])
def test_a_share_of_a_population_is_a_count_of_answers(parsed, body, population) -> None:
    attrs, found = _both(parsed, body)
    assert attrs == [], [(a.speaker, a.content) for a in attrs]
    assert [(f.rule, f.population) for f in found] == [("share_of_people", population)]


def test_the_same_survey_and_its_respondents_take_the_source_named_before(parsed) -> None:
    body = ("A Corbin Research poll released on Monday showed the mayor ahead by four points. "
            "The same survey found that only a third of voters knew the challenger's name. "
            "Respondents said transport was their main concern.")
    attrs, found = _both(parsed, body)
    assert attrs == []
    assert [f.source for f in found] == ["Corbin Research"] * 3


def test_a_poll_in_the_sentence_names_the_source_of_its_respondents(parsed) -> None:
    attrs, found = _both(parsed, "In a Westbrook Polling survey, 31% of respondents said they trusted the council.")
    assert attrs == [] and [(f.source, f.rule) for f in found] == [("Westbrook Polling", "share_of_people")]


@pytest.mark.parametrize("body, speaker", [
    ("The Geological Survey said the tremor had a magnitude of 4.1.", "Geological Survey"),
    ("A study by the Fenwick Institute found that the scheme cut emissions by a tenth.", "Fenwick Institute"),
    ("Mara Linde, a pollster at Civic Pulse, said the race was tightening.", "Mara Linde"),
    ("An engineering survey by the Harbour Authority found that the pier was unsafe.", "Harbour Authority"),
])
def test_agencies_studies_and_pollsters_still_speak(parsed, body, speaker) -> None:
    attrs, found = _both(parsed, body)
    assert found == [] and [a.speaker for a in attrs] == [speaker]


def test_findings_are_not_counted_among_the_voices(parsed) -> None:
    body = ('A poll of 800 parents found that seven in ten opposed the new timetable. '
            '"We will listen," said Mayor Ana Ruiz.')
    attrs, found = _both(parsed, body)
    sources = summarise(attrs)
    assert [s.speaker for s in sources.speakers] == ["Ana Ruiz"]
    assert sources.attributions == 1
    assert found[0].population == "800 parents" and found[0].reason


@pytest.mark.parametrize("body", [
    "Residents of Harlow interviewed by our reporter said the water tasted of rust.",
    "Shoppers questioned outside the market said prices had doubled.",
    "Parents asked about the plan said they had not been consulted.",
])
def test_people_a_reporter_met_are_voices_not_respondents(parsed, body) -> None:
    attrs, found = _both(parsed, body)
    assert found == [] and len(attrs) == 1


def test_the_body_behind_a_poll_is_named_without_its_possessor(parsed) -> None:
    _, found = _both(parsed, "About 62% of voters back a cap, according to a poll by Marlow College's Center for "
                             "Public Opinion.")
    assert [f.source for f in found] == ["Center for Public Opinion"]
