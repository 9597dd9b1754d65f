"""A naming verb's object or complement written with a hyphen is all of it (the parser splits it)."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, content", [
    ('Economist Ada Lowe spoke first. She called the cut-off "crude."', 'the cut-off "crude'),
    ("Critics called it a non-apology.", "it a non-apology"),
    ('The mayor called the sell-off "a scandal".', 'the sell-off "a scandal'),
])
def test_a_hyphenated_naming_is_whole(parsed, body: str, content: str) -> None:
    items = [a for a in extract_attributions(parsed(body)) if a.rule == "naming_frame"]
    assert [a.content for a in items] == [content]


def test_calling_someone_names_nothing(parsed) -> None:
    assert extract_attributions(parsed("She called the police at midnight.")) == []
