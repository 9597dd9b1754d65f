"""``One said`` / ``Another added`` after a group (``Several residents gathered ... One said``): one
member of that group, typed like it; a thing (``Two reports ... One said``) gives no member."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, content, speaker, speaker_type", [
    ("Several residents of the estate gathered outside the town hall. One said the heating had been off for weeks.",
     "heating had been off", "One of the residents", "citizen"),
    ("Local shopkeepers were furious about the road closure. \"We have lost half our trade,\" one said.",
     "half our trade", "One of the shopkeepers", "citizen"),
    ("Dozens of paramedics joined the picket. One told reporters that the ambulances were ageing.",
     "ambulances were ageing", "One of the paramedics", None),
])
def test_one_after_a_group_is_one_of_its_members(by_content, attrs, body, content, speaker, speaker_type) -> None:
    a = by_content(attrs(body), content)
    assert a.speaker == speaker and a.resolved_from.lower() == "one"
    assert a.speaker_type != "other"
    if speaker_type is not None:
        assert a.speaker_type == speaker_type


def test_another_after_one_is_another_member_of_the_same_group(by_content, attrs) -> None:
    items = attrs("Hundreds of farmers blocked the motorway. One said diesel prices had doubled. "
                  "Another added that the subsidy cut was the last straw.")
    one, other = by_content(items, "diesel prices"), by_content(items, "last straw")
    assert (one.speaker, other.speaker) == ("One of the farmers", "Another of the farmers")
    assert one.speaker_id != other.speaker_id and one.speaker_type == other.speaker_type


def test_one_after_things_is_no_member(by_content, attrs) -> None:
    a = by_content(attrs("Two reports were published on Monday. One said the river was polluted."), "river was polluted")
    assert "reports" not in a.speaker
