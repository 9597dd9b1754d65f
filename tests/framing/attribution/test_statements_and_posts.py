"""Statements, documents, emails and posts as sources: the speaker is who issued them."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, fragment, speaker", [
    ("The Harmon campaign issued a lengthy statement on Friday. The statement said the ads were misleading.",
     "ads were misleading", "Harmon campaign"),
    ("The county sheriff's office released a statement late Monday. \u201cDeputies acted within policy,\u201d "
     "the statement said.", "acted within policy", "county sheriff's office"),
    ("Senator Ada Brill put out a short statement after the vote. That statement said she would keep fighting.",
     "keep fighting", "Ada Brill"),
    ("The statement, issued by the Ostrow Teachers Union, said the strike would continue.",
     "strike would continue", "Ostrow Teachers Union"),
])
def test_a_statement_speaks_for_who_issued_it(parsed, by_content, body, fragment, speaker) -> None:
    a = by_content(extract_attributions(parsed(body)), fragment)
    assert a.speaker == speaker


@pytest.mark.parametrize("body, fragment", [
    ("Hours of debate followed. The statement said the budget was balanced.", "budget was balanced"),
    ("Nobody signed it. That lengthy statement claimed the vote had been fair.", "vote had been fair"),
    ("The emotional speech said little about the money.", "little about the money"),
])
def test_a_statement_nobody_is_said_to_have_issued_is_no_speaker(parsed, body, fragment) -> None:
    items = extract_attributions(parsed(body))
    assert not [a for a in items if fragment in a.content], [(a.speaker, a.content) for a in items]


@pytest.mark.parametrize("body, fragment, speaker", [
    ("In a statement, the Harmon campaign said the ads were misleading.", "ads were misleading", "Harmon campaign"),
    ("Rep. Dana Klein wrote in an email that the vote had been rigged.", "vote had been rigged", "Dana Klein"),
    ("\u201cWe are not going anywhere,\u201d Mayor Tomas Fields wrote in an email to supporters.",
     "not going anywhere", "Tomas Fields"),
    ("Rep. Omar Fields posted on Facebook that the ruling was a disgrace.", "ruling was a disgrace", "Omar Fields"),
    ("Governor Tim Walsh tweeted that the bridge would reopen.", "bridge would reopen", "Tim Walsh"),
    ("\u201cThe plan is dead,\u201d Governor Tim Walsh told reporters on Tuesday.", "plan is dead", "Tim Walsh"),
])
def test_emails_posts_and_remarks_to_reporters(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    ("Uranium output rose sharply, according to World Nuclear Association data.", "rose sharply",
     "World Nuclear Association"),
    ("Turnout fell in every district, according to Halden Institute figures.", "turnout fell", "Halden Institute"),
    ("Prices doubled in a year, according to Marlow University estimates.", "prices doubled", "Marlow University"),
])
def test_a_name_written_before_the_document_is_its_author(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker


@pytest.mark.parametrize("body, fragment", [
    ("In the north, life is returning to normal, the regional akimat reported.", "returning to normal"),
    ("The curfew will end on Friday, the oblast announced.", "curfew will end"),
    ("The bridge is safe, the board stated.", "bridge is safe"),
])
def test_any_noun_may_report_state_or_announce(parsed, by_content, body, fragment) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    ('In a statement released late Friday, Mayor Ann Lowe sought to clarify. "We will rebuild," the statement said.',
     "we will rebuild", "Ann Lowe"),
    ('In a letter to members, the Ostrow Teachers Union urged calm. "Stay home on Monday," the letter said.',
     "stay home on monday", "Ostrow Teachers Union"),
    ("In an email sent to staff, Dana Klein announced the move. The email said the office would close.",
     "office would close", "Dana Klein"),
])
def test_the_document_someone_spoke_in_speaks_for_them(parsed, by_content, body, fragment, speaker) -> None:
    assert by_content(extract_attributions(parsed(body)), fragment).speaker == speaker
