"""Readability of the body (Flesch, Flesch–Kincaid, fog, SMOG, Dale–Chall, sentence length)
and passive voice, agentless passives apart. JSON key ``readability`` (see
``docs/analysers/readability.md``); the work is done in :mod:`framing.readability`."""

from __future__ import annotations

from typing import Any, Mapping

from ..parse import ParsedArticle
from ..readability import Readability, readability
from .base import BaseAnalyser


class ReadabilityAnalyser(BaseAnalyser):
    name = "readability"
    version = "1"
    result_type = Readability

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Readability:
        return readability(parsed)

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
