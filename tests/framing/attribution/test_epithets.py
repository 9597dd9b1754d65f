"""``the flustered official snapped``, ``the embattled mayor said``: an epithet (an adjective no role
has) before a person word refers back to the person named just before; a qualifier of the office
(``the former minister``) does not."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ('When reporters caught up with Mayor Tom Reed outside the hall, the flustered official snapped, "Not now."',
     "Tom Reed"),
    ("Mayor Tom Reed lost the vote on Tuesday. Later that day the embattled mayor said he would resign.", "Tom Reed"),
    ("Tech founder Lia Berg sold her firm on Monday. The beaming tycoon told reporters she would now rest.",
     "Lia Berg"),
    ("Police questioned Dan Moss, 40, on Friday. The shaken man said he had seen nothing.", "Dan Moss"),
])
def test_an_epithet_names_the_person_named_before(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker == speaker


def test_a_qualifier_of_the_office_is_no_epithet(parsed) -> None:
    (a,) = extract_attributions(parsed(
        "Foreign Minister Ana Vik met Health Minister Jo Sand. The former minister said talks had failed."))
    assert a.speaker not in ("Ana Vik", "Jo Sand")


def test_an_epithet_with_nobody_named_before_stays_the_phrase(parsed) -> None:
    (a,) = extract_attributions(parsed("Crowds gathered at dawn. The exhausted official said the gates would open."))
    assert "official" in a.speaker


@pytest.mark.parametrize("body, speaker", [
    ("State Sen. Tom Brinkerhoff lost his race. On Sunday the MAGA-aligned senator said the count was flawed.",
     "Tom Brinkerhoff"),
    ("Mayor Ana Ruiz lost the vote. The scandal-hit mayor said she would appeal.", "Ana Ruiz"),
    ("Gov. Ada Lin vetoed the bill. The union-backed governor said it was rushed.", "Ada Lin"),
    ("State Sen. Ivo Marsh lost. The senator said the count was flawed.", "Ivo Marsh"),
])
def test_a_hyphenated_epithet_and_an_abbreviated_title_find_the_person(attrs, body, speaker) -> None:
    # the epithet's own modifiers ("MAGA-", "scandal-") go with it; "Sen." and "Gov." hold the
    # offices "senator" and "governor" ([role_synonyms])
    (a,) = attrs(body)
    assert a.speaker == speaker
