"""A paragraph's capitalised first word that modifies the subject stays in the speaker's phrase.

The parser used to cut such a word off as a sentence of its own ("Ministry | sources said ..."),
leaving the speaker "sources" with no type; :func:`framing.nlp.paragraph_sentence_starts` never
starts a sentence at a lower-case word that follows a word.
"""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker", [
    ("Ministry sources said the budget would be delayed until spring.", "Ministry sources"),
    ("Embassy sources said the ambassador had been recalled for talks.", "Embassy sources"),
    ("Treasury sources said the spending review would slip by a month.", "Treasury sources"),
])
def test_first_word_of_the_body_stays_in_the_speaker(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker == speaker
    assert a.speaker_type == "official" and a.anonymous


def test_a_lower_case_word_after_a_word_never_starts_a_sentence(parsed) -> None:
    doc = parsed("Ministry sources said the king would not travel. He stayed home.").doc
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert "sources" not in starts and "He" in starts
