"""Readability of the body (Flesch, Flesch–Kincaid, fog, SMOG, Dale–Chall, sentence length)
and passive voice, agentless passives apart. JSON key ``readability`` (see
``docs/analysers/readability.md``); the work is done in :mod:`framing.readability`."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Article
from ..parse import ParsedArticle
from ..readability import (Readability, ReadabilityParts, join_readability, readability,
                           readability_of, readability_parts)
from .base import BaseAnalyser


class ReadabilityAnalyser(BaseAnalyser):
    name = "readability"
    version = "1"
    result_type = Readability

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Readability:
        return readability(parsed)

    def analyse_piece(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> ReadabilityParts:
        return readability_parts(parsed)

    def merge(self, parts: Sequence[ReadabilityParts], prior: Mapping[str, Any], article: Article) -> Readability:
        """Counts added over the pieces, then the formulas (scores are not averaged)."""
        return readability_of(join_readability(parts))

    @staticmethod
    def summary_row(result: Readability) -> dict[str, Any]:
        return {
            "flesch_reading_ease": result.flesch_reading_ease,
            "flesch_kincaid_grade": result.flesch_kincaid_grade,
            "gunning_fog": result.gunning_fog,
            "smog": result.smog,
            "dale_chall": result.dale_chall,
            "mean_sentence_length": result.mean_sentence_length,
            "passive_share": result.passive_share,
            "agentless_passive_share": result.agentless_share,
        }


ANALYSER = ReadabilityAnalyser()
