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


@pytest.mark.parametrize("body", [
    "Halvor Freight said it would cut 200 jobs. Ada Brink, who has led the company since 2019, said the cuts "
    "were painful.",
    "Ivo Sand, who heads the bank, said the year had been hard.",
    "Lia Moss, who has run the firm for a decade, said orders were down.",
])
def test_who_leads_the_company_is_business(parsed, body: str) -> None:
    a = [x for x in extract_attributions(parsed(body)) if x.speaker in ("Ada Brink", "Ivo Sand", "Lia Moss")]
    assert a and a[0].speaker_type == "business"


def test_who_leads_a_union_is_no_business(parsed) -> None:
    a = extract_attributions(parsed("Nurses walked out. Rita Oyo, who leads the union, said the strike would go on."))
    assert [x.speaker_type for x in a if x.speaker == "Rita Oyo"] == ["civil_society"]
