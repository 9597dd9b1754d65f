"""Any Unicode text analyses without an exception, and every span points at its own text.

Hypothesis draws texts of every kind (empty, whitespace, punctuation, mixed scripts, lone
quotation marks, control characters); a 200,000-character sentence is one explicit example
(over :data:`~framing.parse.CHUNK_CHARS`: it is analysed in pieces). Few examples and no
per-example deadline keep the run short; the time bound is the analysis's own time budget.
This is the test that proves the bound on any text: it takes about a minute (the long sentence).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from hypothesis import HealthCheck, example, given, settings, strategies as st

from framing.analysis import AnalysisFailure, analyse_articles
from framing.model import Article

from .test_long_articles import BLOCK

#: seconds one drawn article may take (the 200k sentence takes about 30 s here)
BUDGET = 300.0
QUOTES = "\"'“”‘’«»„‹›「」"
TEXTS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list(" \n\t\r\x0b\x0c\u00a0\u2028\u2029")), max_size=40),
    st.text(alphabet=st.sampled_from(list(".,;:!?-—…()[]" + QUOTES)), max_size=60),
    st.lists(st.sampled_from(["The minister said", "“Nothing,”", "Хорошо.", "مرحبا", "你好。", "\x00", "\x1b[2J",
                              "\u202e", "'", "\"", "rioters", "\n\n", "  ", "According to", "he said."]),
             max_size=30).map(" ".join),
)


def spans_with_text(obj: Any, path: str = "") -> Iterator[tuple[str, int, int, str]]:
    """(path, start, end, text) for every result record that carries its own text."""
    if isinstance(obj, (list, tuple)):
        for k, x in enumerate(obj):
            yield from spans_with_text(x, f"{path}[{k}]")
    elif isinstance(obj, dict):
        for k, x in obj.items():
            yield from spans_with_text(x, f"{path}.{k}")
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        model_feature = str(getattr(obj, "reason", "")).startswith("model feature")  # text: the feature's name
        if {"start", "end", "text"} <= names and not model_feature:
            yield path, getattr(obj, "start"), getattr(obj, "end"), getattr(obj, "text")
        if {"content_start", "content_end", "content"} <= names and not getattr(obj, "content_parts", None):
            yield path + ".content", getattr(obj, "content_start"), getattr(obj, "content_end"), getattr(obj, "content")
        for name in names:
            yield from spans_with_text(getattr(obj, name), f"{path}.{name}")


def test_spans_with_text_finds_a_wrong_span() -> None:
    from framing.analysers.counts import SentenceSpan

    assert list(spans_with_text([SentenceSpan(0, 1, 3, 0, "ab")])) == [("[0]", 1, 3, "ab")]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=40), body=TEXTS)
@example(title="", body="")
@example(title="Protests spread", body=BLOCK)  # news copy: quotes, speakers, loaded terms, actors
@example(title="A long sentence", body="word " * 40_000)  # one 200,000-character sentence
def test_any_text_analyses_and_every_span_is_its_text(title: str, body: str) -> None:
    article = Article.create(title=title, body=body, outlet="Any", source="drawn")
    failures: list[AnalysisFailure] = []
    analyses = analyse_articles([article], time_budget=BUDGET, failures=failures)
    assert not failures, failures
    text = article.text
    for name, result in analyses[0].results.items():
        for path, start, end, span_text in spans_with_text(result, name):
            assert 0 <= start <= end <= len(text), (path, start, end)
            assert text[start:end] == span_text, (path, text[start:end], span_text)
