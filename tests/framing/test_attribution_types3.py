"""Speaker types for organisations and their people (third round); our own sentences."""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract_attributions


def _types(parsed, body: str) -> dict[str, str]:
    return {a.speaker: a.speaker_type for a in extract_attributions(parsed(body))}


@pytest.mark.parametrize("body, speaker, expected", [
    ("Phone lines were cut, according to the network monitoring group LineWatch.", "LineWatch", "civil_society"),
    ("The Ardan Press Observatory, which is based abroad, said the arrests were illegal.",
     "Ardan Press Observatory", "civil_society"),
    ("Crossway Buses says it has offered a raise.", None, "business"),
    ("Transport Secretary Paul Greer said he was disappointed.", "Paul Greer", "official"),
    ("The centre will cost $4 million, according to county documents seen by the paper.",
     "county documents", "official"),
    ("Mark Dell, a former prosecutor who now teaches at Elmfield Law School, said the plan was reckless.",
     "Mark Dell", "expert"),
    ("The clip was first published by the news site Civic Lens. Civic Lens said it stood by its story.",
     "Civic Lens", "media"),
    ('"It is shameful," said Rita Moss, executive director of the Honest Vote Project.', "Rita Moss",
     "civil_society"),
    ("The Honest Vote Campaign said it had filed a complaint.", "Honest Vote Campaign", "civil_society"),
    ('"The year has been hard," Chief Executive Officer Ola Berg said on a call.', "Ola Berg", "business"),
    ("Reiko Devices said on Monday it would delay a plant.", None, "business"),
    ("Brandt Optics AG said on Monday it would cut jobs.", "Brandt Optics AG", "business"),
])
def test_speaker_types(parsed, body: str, speaker: str | None, expected: str) -> None:
    types = _types(parsed, body)
    if speaker is None:
        assert list(types.values()) == [expected], types
    else:
        assert types.get(speaker) == expected, types


def test_spokeswoman_for_a_company_is_business(parsed) -> None:
    types = _types(parsed, "Crossway Buses says it has offered a raise. "
                           "A spokeswoman for Crossway Buses said refunds would be paid.")
    assert set(types.values()) == {"business"}, types


def test_a_campaign_in_lower_case_stays_political(parsed) -> None:
    types = _types(parsed, "The Harlow campaign said the senator would not debate.")
    assert set(types.values()) == {"political"}, types


def test_a_serving_prosecutor_stays_official(parsed) -> None:
    assert _types(parsed, "Mark Dell, a federal prosecutor, said the plan was illegal.")["Mark Dell"] == "official"


def test_documents_are_not_anonymous(parsed) -> None:
    atts = extract_attributions(parsed("The plan will cost $4 million, according to a council report."))
    assert [(a.speaker_type, a.anonymous) for a in atts] == [("official", False)]
