"""Helpers for the tone tests: the sentence tone of a parsed article, as the analysers chain it."""

from __future__ import annotations

from typing import Callable

import pytest

from framing.analysers.attributions import ANALYSER as ATTRIBUTIONS
from framing.parse import ParsedArticle
from framing.tone.sentences import Tone, article_tone


@pytest.fixture
def tone_of() -> Callable[[ParsedArticle], Tone]:
    """``tone_of(parsed_article)`` -> its :class:`Tone`, quotes taken from its attributions."""

    def _tone_of(parsed_article: ParsedArticle) -> Tone:
        return article_tone(parsed_article, ATTRIBUTIONS.analyse(parsed_article, {}))

    return _tone_of
