"""Which reporting verbs the learned scorer leaves alone: the cues of the attributions, whose stance
is the attribution's, but not a verb that only a colon made a cue (``gushed about it in a post:``,
rule ``colon_quote``): it is no reporting verb of the word list and has no stance of its own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy

from framing.loaded_terms.terms import _cue_tokens


@dataclass
class _Cue:
    cue_start: int
    cue_end: int
    rule: str


@pytest.mark.parametrize("text, verb", [
    ("Vale gushed about the trip in a post: great.", "gushed"),
    ("Dunn bragged about the goal in a video: easy.", "bragged"),
    ("Moss raved about the hotel online: perfect.", "raved"),
])
def test_a_colon_cue_is_left_to_the_scorer_and_a_reporting_cue_is_not(text: str, verb: str) -> None:
    doc = spacy.blank("en")(text)
    start = text.index(verb)
    tok = next(t.i for t in doc if t.idx == start)
    assert _cue_tokens(doc, [_Cue(start, start + len(verb), "colon_quote")]) == set()
    assert _cue_tokens(doc, [_Cue(start, start + len(verb), "cue_then_quote")]) == {tok}
