"""``X accuses Y of Z; party denies it``: a clause a semicolon closes is no content of the verb after it."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("title, speaker", [
    ("Rivera accuses county of hiding ballots; county denies it", "county"),
    ("Senate passes tax bill; governor vows veto", "governor"),
    ("Union rejects pay offer; ministry regrets decision", "ministry"),
])
def test_no_content_across_a_semicolon(parsed, title: str, speaker: str) -> None:
    items = extract_attributions(parsed("The vote was held on Monday.", title=title))
    assert not [a for a in items if a.speaker == speaker]


def test_a_clause_before_a_comma_cue_is_still_content(parsed) -> None:
    items = extract_attributions(parsed("The vote was held on Monday.", title="Harbour to close, council says"))
    assert [(a.speaker, a.content) for a in items] == [("council", "Harbour to close")]
