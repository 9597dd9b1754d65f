"""Article tone: VADER per sentence, mean and distribution; narrator vs quoted words.

JSON key ``tone`` (see ``docs/analysers/tone.md``); the work is done in
:mod:`framing.tone.sentences`.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Article
from ..parse import ParsedArticle
from ..tone.sentences import Tone, article_tone, tone_of_sentences
from .base import BaseAnalyser


class ToneAnalyser(BaseAnalyser):
    name = "tone"
    version = "2"  # 2: words counted with framing.syntax.word_count ("don't", "well-known": one word)
    depends_on = ("attributions",)
    result_type = Tone

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Tone:
        return article_tone(parsed, prior.get("attributions"))

    def merge(self, parts: Sequence[Tone], prior: Mapping[str, Any], article: Article) -> Tone:
        """Sentences joined; means and distributions recomputed from them, word counts added."""
        return tone_of_sentences(article.text, [s for p in parts for s in p.sentences],
                                 sum(p.narrator.words for p in parts), sum(p.quoted.words for p in parts))

    @staticmethod
    def summary_row(result: Tone) -> dict[str, Any]:
        return {
            "tone_mean": result.mean,
            "tone_negative": result.distribution.negative,
            "tone_neutral": result.distribution.neutral,
            "tone_positive": result.distribution.positive,
            "tone_narrator": result.narrator.mean,
            "tone_quoted": result.quoted.mean,
            "tone_headline": result.headline,
        }


ANALYSER = ToneAnalyser()
