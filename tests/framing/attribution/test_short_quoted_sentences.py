"""A quoted sentence of two words (``"Nobody listened."``) after a speaker's quotation is theirs too;
two words with no finite verb, or without the full stop inside the marks, are not a sentence."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, short", [
    ('"We asked the landlord about the damp for two winters," said Ana Bell, a tenant. "Nobody came."',
     "Ana Bell", "Nobody came."),
    ('Farmer Joe Rudd said the river rose overnight. "We warned the agency in March," he said. "They laughed."',
     "Joe Rudd", "They laughed."),
    ('"The shelter closed at six and we had nowhere to go," said Mia Trent, a volunteer. "Children cried."',
     "Mia Trent", "Children cried."),
])
def test_a_two_word_quoted_sentence_takes_the_speaker(parsed, body, speaker, short) -> None:
    items = extract_attributions(parsed(body))
    (a,) = [x for x in items if x.content.strip() == short]
    assert a.speaker == speaker and a.rule == "floating_quote"


@pytest.mark.parametrize("body", [
    '"We will keep the ferry running all winter," said Dan Holt, the operator. "Not here."',
    '"We will keep the ferry running all winter," said Dan Holt, the operator. "Never again."',
    '"We will keep the ferry running all winter," said Dan Holt, the operator. "Fully booked"',
])
def test_two_words_that_are_no_sentence_are_no_quote_of_theirs(parsed, body) -> None:
    assert len(extract_attributions(parsed(body))) == 1
