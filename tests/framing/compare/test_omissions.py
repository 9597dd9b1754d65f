"""The omission matrix: numbers, voices and claims only some outlets report."""

from __future__ import annotations

from framing.compare.omissions import ONLY_ONE_OMITS, ONLY_ONE_REPORTS


def test_omission_matrix_numbers_voices_claims(fuel) -> None:
    items = fuel.omissions.items
    deaths = [it for it in items if it.kind == "number" and it.category == "deaths"]
    assert deaths and set(deaths[0].reported_by) == {"Daily Courier", "Citizen Voice"}
    assert deaths[0].flag == ONLY_ONE_OMITS and deaths[0].omitted_by == ["State Herald"]
    arrests = [it for it in items if it.kind == "number" and it.category == "arrests"]
    assert arrests and set(arrests[0].reported_by) == {"Daily Courier", "Citizen Voice"}  # "about 400" ≈ "more than 400"
    injured = [it for it in items if it.kind == "number" and it.category == "injured"]
    assert any(it.reported_by == ["State Herald"] and it.flag == ONLY_ONE_REPORTS for it in injured)
    entities = {it.label: it for it in items if it.kind == "entity"}
    varek = next(it for label, it in entities.items() if "Varek" in label)
    assert set(varek.reported_by) == {"Daily Courier", "State Herald"}
    claims = [it for it in items if it.kind == "claim"]
    assert claims and all(len(it.reported_by) >= 2 for it in claims)
    for it in items:
        for outlet, evs in it.evidence.items():
            assert outlet in it.reported_by and evs
        assert set(it.reported_by) | set(it.omitted_by) == set(fuel.outlets)
