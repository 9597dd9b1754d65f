"""``according to X``: the content is the rest of the sentence; the author of a document speaks."""

from __future__ import annotations

from framing.attribution import extract_attributions


def test_according_to(by_content, attrs) -> None:
    a = by_content(attrs("Unemployment rose to 7 percent in March, according to the national statistics office."), "Unemployment")
    assert a.kind == "according_to" and a.content == "Unemployment rose to 7 percent in March"
    assert "statistics office" in a.speaker and a.speaker_type == "official"


def test_according_to_a_report_by_names_the_author(by_content, attrs) -> None:
    a = by_content(attrs("Water use doubled last year, according to a report by the Green River Foundation."), "Water use")
    assert "Green River Foundation" in a.speaker and a.speaker_type == "civil_society"


def test_according_to_a_persons_paper_is_that_person(by_content, parsed) -> None:
    body = ("Opponents outnumbered supporters by two to one, according to the town clerk's attendance list. "
            "According to the town clerk, the meeting ran for four hours.")
    items = extract_attributions(parsed(body))
    assert by_content(items, "outnumbered supporters").speaker == "town clerk"
    a = by_content(items, "ran for four hours")
    assert a.speaker == "town clerk" and a.speaker_type == "official"


def test_according_to_law_is_not_a_source(attrs) -> None:
    assert not attrs("Shops must close at ten, according to the law.")
