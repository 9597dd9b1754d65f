"""How far a reported content runs when the parser cuts it.

- a quotation that opens inside the content runs to its closing mark, in its sentence
  (``told her followers that ballots "get hidden, or they get made."``);
- a list of clauses the parser made separate complements of the verb, one right after the
  other (``that every envelope was matched ..., every signature checked and ...``), is one content.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, tail", [
    ('Kayla Dorsey, a precinct delegate, told her followers that ballots "get hidden, or they get made."',
     "they get made"),
    ('Ivo Marsh told the rally that the count "was rigged, and everyone knows it."', "everyone knows it"),
    ('Mayor Ana Ruiz told residents that the water "is safe, and we will prove it."', "we will prove it"),
])
def test_a_quotation_opened_in_the_content_runs_to_its_end(attrs, body, tail) -> None:
    items = attrs(body)
    assert len(items) == 1 and tail in items[0].content


@pytest.mark.parametrize("body, head, tail", [
    ("Janet Kowalczyk told the paper that every envelope was matched to the poll book, every signature "
     "checked and every seal photographed.", "every envelope", "every seal"),
    ("The inspector said that every valve was tested on Monday, every pipe flushed and every meter read.",
     "every valve", "every meter"),
    ("The clerk said that each box was sealed at the precinct, each seal logged and each van tracked.",
     "each box", "each van"),
])
def test_a_list_of_clauses_is_one_content(attrs, body, head, tail) -> None:
    items = attrs(body)
    assert len(items) == 1 and head in items[0].content and tail in items[0].content
