"""A definite description of an office one person holds at a time (``the PM's final rally``, ``the
governor's visit``, ``The mayor has promised``) names the latest person named before it who has no
role or description of their own: that person speaks in the office (typed by it, never ``unknown``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, content, speaker, role_rule", [
    ("Hana Brill toured the flooded valley on Tuesday with singer Tomas Vik. Thousands lined the road for the "
     "governor's visit. \"We will rebuild every bridge,\" Brill said.", "rebuild every bridge", "Hana Brill",
     "role:governor"),
    ("Aldo Ferris cut the ribbon at the new station alongside engineer Rosa Mund. The mayor has promised two "
     "more lines. Ferris said the city \"has waited long enough\".", "waited long enough", "Aldo Ferris", "role:mayor"),
    ("Crowds cheered as Marek Olsen arrived in the port city. It was the prime minister's last stop before the "
     "vote. Olsen told supporters that the economy was \"finally turning\".", "finally turning", "Marek Olsen",
     "role:prime minister"),
])
def test_the_office_names_the_person_named_before_with_no_role(by_content, attrs, body, content, speaker,
                                                               role_rule) -> None:
    a = by_content(attrs(body), content)
    assert (a.speaker, a.speaker_type, a.type_rule) == (speaker, "official", role_rule)


def test_a_person_described_otherwise_keeps_their_own_type(by_content, attrs) -> None:
    items = attrs("Nurse Eva Brandt, 34, joined the march. The mayor later met the marchers. "
                  "Brandt said the talks went well.")
    assert by_content(items, "talks went well").speaker_type == "citizen"


def test_with_no_one_named_before_the_office_names_no_one(by_content, attrs) -> None:
    items = attrs("The governor's veto surprised the chamber. Later, Lia Moss said the vote would be held again.")
    a = by_content(items, "vote would be held")
    assert a.speaker == "Lia Moss" and "governor" not in a.type_rule
