"""Descriptions of an organisation are one identity with it across the outlets of an event."""

from __future__ import annotations

from framing.compare.identity import NameMention, resolve_names


def test_a_name_and_the_same_words_as_a_common_noun() -> None:
    ms = [NameMention("Police", "a1", "One"), NameMention("police", "a2", "Two", kind="group"),
          NameMention("Harbour Trust", "a3", "Three")]
    ids = resolve_names(ms)
    assert ids.identity_of("a1", "Police") is ids.identity_of("a2", "police")
    assert ids.identity_of("a3", "Harbour Trust") is not ids.identity_of("a1", "Police")


def test_a_kind_with_its_field_and_the_kind_alone() -> None:
    ms = [NameMention("transport ministry", "a1", "One", kind="group"),
          NameMention("ministry", "a2", "Two", kind="group"),
          NameMention("Dockworkers Union", "a3", "Three")]
    ids = resolve_names(ms)
    assert ids.identity_of("a1", "transport ministry") is ids.identity_of("a2", "ministry")


def test_a_description_joins_the_body_named_with_its_words_or_place() -> None:
    ms = [NameMention("Ministry of Transport", "a1", "One"),
          NameMention("transport ministry", "a2", "Two", kind="group"),
          NameMention("Green Party of Ontario", "a1", "One"),
          NameMention("state party", "a3", "Three", kind="group"),
          NameMention("Provincial Green Party", "a3", "Three"),
          NameMention("regional party", "a2", "Two", kind="group")]
    ids = resolve_names(ms)
    assert ids.identity_of("a2", "transport ministry") is ids.identity_of("a1", "Ministry of Transport")
    party = ids.identity_of("a1", "Green Party of Ontario")
    assert ids.identity_of("a3", "Provincial Green Party") is party
    assert ids.identity_of("a3", "state party") is party
    assert ids.identity_of("a2", "regional party") is party


def test_two_bodies_of_one_kind_keep_a_description_apart() -> None:
    ms = [NameMention("Ministry of Health", "a1", "One"), NameMention("Ministry of Finance", "a1", "One"),
          NameMention("ministry", "a2", "Two", kind="group")]
    ids = resolve_names(ms)
    assert ids.identity_of("a2", "ministry") is not ids.identity_of("a1", "Ministry of Health")
    assert ids.identity_of("a2", "ministry") is not ids.identity_of("a1", "Ministry of Finance")
