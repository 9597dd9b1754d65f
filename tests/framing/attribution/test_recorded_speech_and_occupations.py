"""Recorded speech: ``gushed about the trip in a since-deleted post: "..."``, ``spoke in a recorded
message: "..."`` — a colon the parser hung on the channel noun of the verb's prepositional phrases
still introduces the quotation for that verb (``colon_quote``). A subject with a name in apposition
(``Reed's girlfriend, fitness influencer Ana Vale,``) is a person. A word for a person by what they do
right before a full name (``fitness influencer Ana Vale``) is that person's role, whatever label the
recogniser gave the name."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, quoted", [
    ("Fitness influencer Ana Vale gushed about the trip in a post: \u201cBest week ever with my love!\u201d",
     "Ana Vale", "Best week ever with my love!"),
    ("Reed\u2019s girlfriend, fitness influencer Ana Vale, gushed about the trip in a since-deleted post: "
     "\u201cBest week ever with my love!\u201d", "Ana Vale", "Best week ever with my love!"),
    ("Opposition leader Kai Moor spoke from exile in a recorded message: \u201cDo not give up, the day is coming.\u201d",
     "Kai Moor", "Do not give up, the day is coming."),
    ("Tennis star Pia Dahl gushed about her win in a short post: \u201cBest day of my life with my team!\u201d",
     "Pia Dahl", "Best day of my life with my team!"),
])
def test_a_quotation_after_a_channel_and_a_colon_is_the_speakers(parsed, body, speaker, quoted) -> None:
    (a,) = extract_attributions(parsed(body))
    assert (a.speaker, a.kind, a.content) == (speaker, "direct", quoted)
    assert a.rule == "colon_quote"


@pytest.mark.parametrize("body, speaker", [
    ("Reed\u2019s girlfriend, fitness influencer Ana Vale, said the trip was fun.", "Ana Vale"),
    ("His partner, dance instructor Lumi Varga, said the show would go on.", "Lumi Varga"),
    ("Her neighbour, software developer Kalle Rint, said the street was quiet.", "Kalle Rint"),
])
def test_an_occupation_before_a_full_name_makes_it_a_person(parsed, body: str, speaker: str) -> None:
    (a,) = extract_attributions(parsed(body))
    assert a.speaker == speaker


def test_a_business_word_before_a_name_is_no_occupation(parsed) -> None:
    (a,) = extract_attributions(parsed("Retailer Brill Foods said sales had fallen."))
    assert "Brill Foods" in a.speaker and a.speaker_type == "business"
