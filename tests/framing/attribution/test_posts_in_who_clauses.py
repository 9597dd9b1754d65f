"""A post a who-clause gives a person types them: a past one as its former holders speak.

``X, who served as mayor from 2010 to 2018`` held an elected executive office: a former mayor
speaks as a politician (``former_political`` in speaker_roles.toml); a former holder of an
appointed post keeps its type; a present post is the person's role.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, expected, rule", [
    ('"We never had a plan," said Tom Reyes, who served as mayor from 2010 to 2018.', "political", "former:mayor"),
    ("Nora Quist, who served two terms as governor, said the plan would fail.", "political", "former:governor"),
    ("Ada Lin, who had been police chief for a decade, said the new rules were weak.", "official", "role:police chief"),
    ("Ben Ali, who is the county clerk, said every ballot had been counted.", "official", "role:county clerk"),
])
def test_post_in_a_who_clause(parsed, body: str, expected: str, rule: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker_type, a.type_rule) == (expected, rule)


def test_a_who_clause_without_a_post_is_still_a_description(parsed) -> None:
    (a,) = extract_attributions(parsed("Tom Hale, who was arrested in May, said he was innocent."))
    assert a.speaker_type == "citizen" and a.type_rule.startswith("described_person")
