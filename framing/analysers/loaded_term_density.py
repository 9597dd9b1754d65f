"""Density of loaded language per article: loaded terms per 1,000 words by category, voice and position.

JSON key ``language`` (see ``docs/analysers/loaded_terms.md``); the scores are computed in
:mod:`framing.loaded_terms.scores` from the ``loaded_terms`` analyser's results.
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping, Sequence

from ..loaded_terms import LanguageScores, score_terms
from ..model import Article
from ..parse import ParsedArticle
from ..loaded_terms.token_table import token_table
from .base import AnalysisOptions, BaseAnalyser
from .loaded_terms import ANALYSER as LOADED_TERMS, LoadedTermsAnalyser, build as build_loaded_terms


class LoadedTermDensityAnalyser(BaseAnalyser):
    name: ClassVar[str] = "language"
    version: ClassVar[str] = "1"
    depends_on: ClassVar[tuple[str, ...]] = ("loaded_terms",)
    result_type: ClassVar[type] = LanguageScores

    def __init__(self, loaded_terms: LoadedTermsAnalyser = LOADED_TERMS) -> None:
        #: the analyser whose results this one scores (its lexicon is part of the fingerprint)
        self.loaded_terms = loaded_terms

    def fingerprint(self) -> str:
        return f"{self.version}:{self.loaded_terms.fingerprint()}"

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> LanguageScores:
        words = sum(token_table(parsed.doc).is_word)
        return score_terms(list(prior.get("loaded_terms") or []), words)

    def merge(self, parts: Sequence[LanguageScores], prior: Mapping[str, Any], article: Article) -> LanguageScores:
        """The scores of the article's joined loaded terms over the words of every piece."""
        return score_terms(list(prior.get("loaded_terms") or []), sum(p.words for p in parts))

    @staticmethod
    def summary_row(result: LanguageScores) -> dict[str, Any]:
        return {
            "loaded_per_1000": result.per_1000,
            "narrator_loaded_per_1000": result.narrator_per_1000,
            "headline_loaded": result.by_position.get("headline", 0),
        }


ANALYSER = LoadedTermDensityAnalyser()


def build(options: AnalysisOptions) -> LoadedTermDensityAnalyser:
    """Density of the terms found with the lexicon in ``options`` (the fingerprint follows the lexicon)."""
    return ANALYSER if options.lexicon is None else LoadedTermDensityAnalyser(build_loaded_terms(options))
