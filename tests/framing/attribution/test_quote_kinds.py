"""What each quotation is (speech, title, mention, scare quote), decided once per article."""

from __future__ import annotations

import pytest

from framing.attribution.quote_kinds import classify_quotes
from framing.quotes import find_quotes


@pytest.mark.parametrize("body,kind", [
    ('Critics mocked the "reform" on Tuesday.', "scare"),
    ('The council called the plan "a betrayal of every tenant".', "speech"),
    ('Viewers loved the series "Night Shift" this winter.', "title"),
    ('He objected to the word "migrant" in the report.', "mention"),
    ('"The bridge will open in May, and the tolls will fall," the engineer told reporters.', "speech"),
])
def test_each_quotation_gets_a_kind(parsed, body, kind):
    p = parsed(body)
    [q] = classify_quotes(p.doc, find_quotes(p.text, list(p.article.paragraphs)), [], p.text)
    assert q.kind == kind, q.reason
