"""``thanked the "heroes of labour" who ...``, ``denied the "allegations of fraud"``: a quoted object
after its determiner is the speaker's own words: a noun phrase quoting its noun, a partial
quotation (indirect; a bare quoted object is written as a quote);
a quoted modifier of an unquoted noun (``praised the "heroic" work``) is not. ``thank`` is a
reporting verb only so: an unquoted object (``thanked the volunteers``) reports no words."""

from __future__ import annotations

import pytest

from framing.attribution import extract_attributions


@pytest.mark.parametrize("body, speaker, quoted", [
    ('Speaking to the assembled builders, the President thanked the "heroes of labour" who completed the '
     'project early.', "President", "heroes of labour"),
    ('The minister denied the "allegations of fraud" on Monday.', "minister", "allegations of fraud"),
    ('At the gala, the coach thanked the "unsung heroes of the kitchen" for every meal.', "coach",
     "unsung heroes of the kitchen"),
])
def test_a_quoted_object_after_its_determiner_is_a_partial_quote(parsed, body, speaker, quoted) -> None:
    (a,) = extract_attributions(parsed(body))
    assert speaker in a.speaker and quoted in a.content and a.content.startswith("the")
    assert a.kind == "indirect" and a.rule == "object_frame"


@pytest.mark.parametrize("body", [
    "The mayor thanked the volunteers.",
    'The coach praised the "heroic" work of the medics.',
    "The minister thanked nurses for their support.",
])
def test_no_quoted_object_no_voice(parsed, body: str) -> None:
    assert extract_attributions(parsed(body)) == []
