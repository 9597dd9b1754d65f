"""Entity names in the comparison: the model's noise removed (identity across outlets: test_identity.py)."""

from __future__ import annotations

import pytest

from framing.analysis import ArticleAnalysis
from framing.compare.entity_names import clean_mentions

from .conftest import analysis_with_entities


def _analysis(title: str, body: str, names: list[tuple[str, str, int]], outlet: str = "Outlet A") -> ArticleAnalysis:
    """An article whose entities are ``(text, label, occurrence)``: the n-th occurrence of text."""
    return analysis_with_entities(title, body, names, outlet)


def _texts(analyses: list[ArticleAnalysis]) -> list[list[str]]:
    cleaned = clean_mentions(analyses)
    return [[e.text for e in cleaned[a.article.id]] for a in analyses]


@pytest.mark.parametrize("span, body, expected", [
    ("Obama's Afghan", "Critics said Obama's Afghan plan was late. Obama spoke on Monday.", ["Obama"]),
    ("Steele's RNC", "Members said Steele's RNC had lost donors. The RNC denied it; Steele did not.", ["Steele", "RNC"]),
    ("Merkel’s Coalition", "Voters said Merkel’s Coalition partners were restless, Merkel said.", ["Merkel"]),
    ("Ardern's Labour", "Polls show Ardern's Labour ahead, and Labour said so.", ["Ardern", "Labour", "Labour"]),
])
def test_a_span_across_a_possessive_is_cut_to_its_names(span: str, body: str, expected: list[str]) -> None:
    # the part after the possessive stays when it is a name on its own: in capitals, or named alone
    alone = [("Labour", "ORG", 1)] if "and Labour" in body else []
    a = _analysis("Untitled report", body, [(span, "PERSON", 0)] + alone)
    assert _texts([a])[0] == expected
    cleaned = clean_mentions([a])[a.article.id]
    assert all(a.article.text[e.start:e.end] == e.text for e in cleaned)  # offsets still point at the words


@pytest.mark.parametrize("title, body, span, expected", [
    ("Backlash Grows Over Afghanistan Comments", "The remarks about Afghanistan drew comments from both parties.",
     "Afghanistan Comments", ["Afghanistan"]),
    ("Senate Vote Delayed Again", "A vote in the Senate was put off until Tuesday.", "Senate Vote", ["Senate"]),
    ("KAZAKHSTAN BURNS", "Fires spread across Kazakhstan as the protests grew.", "KAZAKHSTAN BURNS", ["KAZAKHSTAN"]),
    ("Teachers Union Rejects Offer", "The offer was rejected by teachers on Friday.", "Teachers Union", []),
])
def test_a_headline_mention_keeps_only_words_written_as_names(title: str, body: str, span: str,
                                                             expected: list[str]) -> None:
    a = _analysis(title, body, [(span, "ORG", 0)])
    assert _texts([a])[0] == expected


def test_headline_words_are_names_when_another_outlet_capitalises_them() -> None:
    a = _analysis("Pressure Mounts on Harlow Council", "The council met on Monday.", [("Harlow Council", "ORG", 0)])
    b = _analysis("Budget Row", "Members of Harlow Council voted late on Monday.", [("Harlow Council", "ORG", 0)],
                  outlet="Outlet B")
    assert _texts([a, b]) == [["Harlow Council"], ["Harlow Council"]]


def test_body_mentions_without_a_possessive_are_kept_as_they_are() -> None:
    a = _analysis("Talks resume", "Kassym-Jomart Tokayev met the Collective Security Treaty Organization.",
                  [("Kassym-Jomart Tokayev", "PERSON", 0), ("Collective Security Treaty Organization", "ORG", 0)])
    assert _texts([a])[0] == ["Kassym-Jomart Tokayev", "Collective Security Treaty Organization"]


@pytest.mark.parametrize("span, body, expected", [
    ("Storm Elspeth: Calder", "Storm Elspeth: Calder residents count the cost. Storm Elspeth moved east.", ["Storm Elspeth"]),
    ("Acme Corp; Brandt", "Talks between Acme Corp; Brandt stalled, Acme Corp said.", ["Acme Corp"]),
    ("Riverside Trust — NHS", "The Riverside Trust — NHS managers said — had run out of beds.", ["Riverside Trust", "NHS"]),
])
def test_a_span_across_a_colon_or_dash_is_cut_there(span: str, body: str, expected: list[str]) -> None:
    a = _analysis("Untitled report", body, [(span, "ORG", 0)])
    assert _texts([a])[0] == expected


@pytest.mark.parametrize("body, word, kept", [
    ("Turnout was 61%. Officials said turnout was higher in the north.", "Turnout", False),
    ("Riot police moved in. The riot lasted an hour.", "Riot", False),
    ("Tram services stopped. Every tram was late.", "Tram", False),
    ("Kazatomprom said output was normal.", "Kazatomprom", True),                 # never written in lower case
    ("Council officers met. The council said the Council would vote.", "Council", True),  # a name on its own mid-sentence
])
def test_a_one_word_mention_opening_a_sentence_must_be_written_as_a_name(body: str, word: str, kept: bool) -> None:
    a = _analysis("Untitled report", body, [(word, "ORG", 0)])
    assert (_texts([a])[0] == [word]) is kept


@pytest.mark.parametrize("span", ["town hall chiefs", "local officials", "the ministry"])
def test_a_name_with_no_capital_is_dropped(span: str) -> None:
    a = _analysis("Untitled report", f"Critics said {span} had failed.", [(span, "ORG", 0)])
    assert _texts([a])[0] == []


# Family: a possessive ends a name; what the recogniser glued after it ("Ana Moravec's Cyprus"
# of "Ana Moravec's Cyprus company") is not of the glued span's kind: it is what the event tags that
# name on its own (a place when the tags are split between a place and an actor).
@pytest.mark.parametrize("span, body, alone, tail, label", [
    ("Ilse Varga's Malta", "Critics asked about Ilse Varga's Malta account. Malta denied it. Banks in Malta shut.",
     [("Malta", "GPE", 1), ("Malta", "ORG", 0)], "Malta", "GPE"),
    ("Reld's Labour", "Voters doubt Reld's Labour plan, and Labour knows it.", [("Labour", "ORG", 1)], "Labour", "ORG"),
    ("Tomas Reld’s Geneva", "Tomas Reld’s Geneva trip was cut short; Geneva was cold.", [("Geneva", "GPE", 1)],
     "Geneva", "GPE"),
])
def test_the_name_after_a_possessive_takes_its_own_kind(span: str, body: str, alone, tail: str, label: str) -> None:
    a = _analysis("Untitled report", body, [(span, "PERSON", 0)] + alone)
    cleaned = clean_mentions([a])[a.article.id]
    first = cleaned[0]
    assert first.text == span.split("'")[0].split("’")[0] and first.label == "PERSON"
    cut = next(e for e in cleaned if e.text == tail and e.start == a.article.text.index(span) + span.index(tail))
    assert cut.label == label


# Family: a name the event writes after "in" is a place, whatever the recogniser tagged a mention.
@pytest.mark.parametrize("body, name", [
    ("Crowds gathered in Sevrin on Friday. Sevrin was calm by night.", "Sevrin"),
    ("The minister arrived in Dorvik late. Officials met Dorvik's mayor.", "Dorvik"),
    ("Floods spread across Lanmere as Lanmere waited for help.", "Lanmere"),
])
def test_a_name_after_in_is_a_place(body: str, name: str) -> None:
    second = 1 if body.count(name) > 1 else 0
    a = _analysis("Untitled report", body, [(name, "GPE", 0), (name, "PERSON", second)])
    cleaned = clean_mentions([a])[a.article.id]
    assert [e.label for e in cleaned if e.text == name] == ["GPE", "GPE"]


def test_an_owner_after_in_stays_a_person() -> None:
    a = _analysis("Untitled report", "There was anger in Reld's speech. Reld left.", [("Reld", "PERSON", 0),
                                                                                       ("Reld", "PERSON", 1)])
    assert {e.label for e in clean_mentions([a])[a.article.id]} == {"PERSON"}


def test_an_outlets_name_with_a_possessive_stays_whole() -> None:
    a = _analysis("Untitled report", "The minister told Nation's Voice that talks would go on.",
                  [("Nation's Voice", "ORG", 0)], outlet="Daily Post")
    b = _analysis("Other report", "Talks go on, the minister said.", [], outlet="Nation's Voice")
    assert _texts([a, b])[0] == ["Nation's Voice"]
