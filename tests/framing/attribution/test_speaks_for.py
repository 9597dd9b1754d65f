"""Someone who speaks for another, named by a possessive pronoun (``Her spokesman said``, ``his
lawyer said``, ``its spokeswoman said``): the pronoun's person or organisation is whom they speak
for, shown in the speaker's name and giving the type."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, content, speaker, speaker_type", [
    ("Senator Ada Kern was absent from the vote. Her spokesman said she was ill.", "she was ill",
     "Ada Kern\u2019s spokesman", "political"),
    ("Finance Minister Omar Reyes skipped the summit. His aide told reporters that Reyes had the flu.",
     "Reyes had the flu", "Omar Reyes\u2019s aide", "official"),
    ("Mayor Jon Pike faces a recall petition. His lawyer said the petition was full of errors.",
     "full of errors", "Jon Pike\u2019s lawyer", "official"),
])
def test_a_person_s_spokesperson_or_lawyer_speaks_for_that_person(by_content, attrs, body, content, speaker,
                                                                    speaker_type) -> None:
    a = by_content(attrs(body), content)
    assert (a.speaker, a.speaker_type) == (speaker, speaker_type)
    assert a.type_rule.startswith("linked:")


def test_an_organisations_spokeswoman_speaks_for_it(by_content, attrs) -> None:
    a = by_content(attrs("The Harbour Workers Union stayed silent on the deal. Its spokeswoman said members "
                         "would vote next week."), "members would vote")
    assert a.speaker == "Harbour Workers Union\u2019s spokeswoman" and a.speaker_type == "civil_society"


def test_two_peoples_lawyers_stay_two_speakers(by_content, attrs) -> None:
    items = attrs("Mayor Jon Pike faces a recall petition. His lawyer said the petition was full of errors.\n\n"
                  "Councillor Mia Ortt, who started it, disagreed. Her lawyer said every signature was checked.")
    pike, ortt = by_content(items, "full of errors"), by_content(items, "every signature")
    assert pike.speaker == "Jon Pike\u2019s lawyer" and ortt.speaker == "Mia Ortt\u2019s lawyer"
    assert pike.speaker_id != ortt.speaker_id


@pytest.mark.parametrize("body, expected", [
    ("Governor Ada Kern will veto the bill. Her spokesman, Kai Berg, said the bill was flawed.", "official"),
    ("The Harbor Union rejected the offer. Its spokeswoman, Mia Roos, said talks were over.", "civil_society"),
])
def test_a_named_spokesperson_of_a_pronoun_speaks_for_its_owner(parsed, body: str, expected: str) -> None:
    items = extract_attributions(parsed(body))
    assert items and items[-1].speaker_type == expected, [(a.speaker, a.speaker_type, a.type_rule) for a in items]
