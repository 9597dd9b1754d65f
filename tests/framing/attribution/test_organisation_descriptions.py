"""An organisation named by what it is and its reach (``the state party``, ``the national party``,
``the provincial union``) after the article has named it: the one organisation named before whose
name has the same head word and says that reach (a place of the state or province in its name:
``Republican Party of Ohio``, then shown with it; the word itself: ``Liberal National Party``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, content, speaker", [
    ("Ray Dunn accused the Republican Party of Ohio of rigging the ballot order. In a statement, the state party "
     "said the order had been drawn by lot.", "drawn by lot", "Republican Party of Ohio"),
    ("The Liberal National Party has picked a new leader. The national party said the vote was unanimous.",
     "vote was unanimous", "Liberal National Party"),
    ("Teachers in Toronto joined the Elementary Teachers Union of Ontario on the picket line. The provincial union "
     "said talks had broken down.", "talks had broken down", "Elementary Teachers Union of Ontario"),
])
def test_an_organisation_named_by_its_reach_is_the_one_named_before(by_content, attrs, body, content, speaker) -> None:
    a = by_content(attrs(body), content)
    assert a.speaker == speaker and a.resolved_from


def test_a_reach_the_name_does_not_say_is_another_organisation(by_content, attrs) -> None:
    a = by_content(attrs("The Green Party has picked a new leader. The state party said the vote was unanimous."),
                   "vote was unanimous")
    assert a.speaker != "Green Party"
