"""Events: which articles tell the same story (clustering, user assignment, merged names)."""

from __future__ import annotations

import pathlib
from framing.compare import events_from_assignment, group_events
from framing.compare.common import merge_names


def test_mixed_upload_splits_into_the_two_events(analyses, by_story) -> None:
    # interleave the stories so order cannot decide
    mixed = [a for pair in zip(by_story(analyses, "flood"), by_story(analyses, "fuel")) for a in pair]
    events = group_events(mixed)
    assert len(events) == 2
    got = sorted(sorted(pathlib.Path(a.article.source).name.split("-")[0] for a in mixed if a.article.id in e.article_ids)
                 for e in events)
    assert got == [["flood"] * 3, ["fuel"] * 3]
    names = " ".join(e.name for e in events)
    assert "Aln" in names or "Bellmere" in names
    assert "Port Selin" in names or "Karvenia" in names


def test_a_very_low_threshold_keeps_every_article_apart(analyses) -> None:
    assert len(group_events(analyses, threshold=0.05)) == 6


def test_user_assignment_and_names(analyses) -> None:
    ids = [a.article.id for a in analyses]
    assignment = {ids[0]: "a", ids[1]: "a", ids[2]: "b"}
    events = events_from_assignment(analyses, assignment, names={"a": "My story"})
    assert events[0].id == "a" and events[0].name == "My story" and events[0].article_ids == ids[:2]
    assert len(events) == 2 + 3  # unassigned articles get their own events


def test_merge_names_surnames_and_acronyms() -> None:
    canon = merge_names(["tokayev", "kassym jomart tokayev", "csto", "collective security treaty organization",
                         "smith", "john smith", "jane smith"])
    assert canon["tokayev"] == "kassym jomart tokayev"
    assert canon["csto"] == "collective security treaty organization"
    assert canon["smith"] == "smith"  # ambiguous: not merged
