"""Stance markers: hedges, boosters and the reporting verbs that weigh speech, with their voice
and their density per 1,000 words.

JSON key ``stance_markers`` (see ``docs/analysers/stance_markers.md``); the work is done in
:mod:`framing.stance_markers`. It reads the attributions (the reporting verbs and their
stance) and the loaded terms (a word counted as loaded language is not counted again here).
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping, Sequence

from ..model import Article
from ..parse import ParsedArticle
from ..stance_markers import StanceMarkers, builtin_stance_lexicon, find_stance_markers, score_markers
from ..loaded_terms.token_table import token_table
from .base import AnalysisOptions, BaseAnalyser
from .loaded_terms import ANALYSER as LOADED_TERMS, LoadedTermsAnalyser, build as build_loaded_terms


class StanceMarkersAnalyser(BaseAnalyser):
    name: ClassVar[str] = "stance_markers"
    version: ClassVar[str] = "3"
    depends_on: ClassVar[tuple[str, ...]] = ("attributions", "loaded_terms")
    result_type: ClassVar[type] = StanceMarkers

    def __init__(self, loaded_terms: LoadedTermsAnalyser = LOADED_TERMS) -> None:
        #: the loaded-terms analyser whose terms are left out (its lexicon is part of the fingerprint)
        self.loaded_terms = loaded_terms

    def fingerprint(self) -> str:
        return f"{self.version}:{builtin_stance_lexicon().fingerprint()}:{self.loaded_terms.fingerprint()}"

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> StanceMarkers:
        markers = find_stance_markers(parsed, prior.get("attributions") or (), prior.get("loaded_terms") or ())
        return StanceMarkers(markers, score_markers(markers, sum(token_table(parsed.doc).is_word)))

    def merge(self, parts: Sequence[StanceMarkers], prior: Mapping[str, Any], article: Article) -> StanceMarkers:
        """The pieces' markers joined, scored over the words of every piece."""
        markers = [m for p in parts for m in p.markers]
        return StanceMarkers(markers, score_markers(markers, sum(p.scores.words for p in parts)))

    @staticmethod
    def summary_row(result: StanceMarkers) -> dict[str, Any]:
        s = result.scores
        return {
            "stance_markers": s.total,
            "stance_per_1000": s.per_1000,
            "narrator_stance_per_1000": s.narrator_per_1000,
            **{f"stance_{c}": n for c, n in s.by_category.items()},
        }


ANALYSER = StanceMarkersAnalyser()


def build(options: AnalysisOptions) -> StanceMarkersAnalyser:
    """The analyser leaving out the loaded terms of the lexicon in ``options``."""
    return ANALYSER if options.lexicon is None else StanceMarkersAnalyser(build_loaded_terms(options))
