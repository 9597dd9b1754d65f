"""A quotation inside a quotation, introduced by a speech verb of a third party the quote names."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, outer, inner_speaker, inner_words", [
    ("Farm worker Ana Reyes smiled. \"When I was small, my grandmother told me, 'Never waste bread.' Now I know "
     "why,\" she said.", "Ana Reyes", "grandmother", "Never waste bread."),
    ("\"Our neighbour ran in and said, 'They are coming back,' and then the lights went out,\" said Pavel "
     "Orlov, 48.", "Pavel Orlov", "neighbour", "They are coming back,"),
    ("\"My patients keep asking me, 'Where is the new clinic?'\" Dr Ida Venn said.", "Ida Venn", "patients",
     "Where is the new clinic?"),
])
def test_the_inner_quotation_is_its_own_speaker_s(parsed, body, outer, inner_speaker, inner_words) -> None:
    items = extract_attributions(parsed(body))
    host = [a for a in items if a.speaker == outer]
    assert host and inner_words in host[0].content        # the outer attribution keeps the whole quotation
    inner = [a for a in items if a.rule == "inner_quote"]
    assert len(inner) == 1 and inner_speaker in inner[0].speaker
    assert inner[0].content.strip() == inner_words and inner[0].kind == "direct"


@pytest.mark.parametrize("body", [
    "\"He told me, 'You will never work in this town again,'\" said Lara Finch, a former aide.",
    "\"I said to them, 'We will not leave,'\" said Omar Bell, a tenant.",
    "\"The sign said 'Closed for repairs' for a month,\" said Rita Dunn, a shopper.",
])
def test_no_inner_speaker_for_a_pronoun_the_speaker_or_no_speech_verb(parsed, body) -> None:
    assert not [a for a in extract_attributions(parsed(body)) if a.rule == "inner_quote"]


@pytest.mark.parametrize("body", [
    "\u201cWhen every striker is called a \u2018saboteur\u2019, nobody is safe,\u201d said Ada Roe, a lawyer.",
    "\"Each of us was told, 'Sign or stay,'\" said Ivo Pell, a former detainee.",
    "\"The men were labelled 'thugs' on television,\" said Rita Gale, a teacher.",
])
def test_no_inner_speaker_for_one_who_is_named_or_told(parsed, body) -> None:
    assert not [a for a in extract_attributions(parsed(body)) if a.rule == "inner_quote"]
