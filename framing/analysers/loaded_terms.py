"""Loaded language: every loaded term and scare quote, with its voice.

JSON key ``loaded_terms`` (see ``docs/analysers/loaded_terms.md``); the work is done in
:mod:`framing.loaded_terms`.
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping

from ..loaded_terms import Lexicon, LoadedTerm, Matcher, builtin_lexicon, find_loaded_terms
from ..parse import ParsedArticle
from .base import AnalysisOptions, BaseAnalyser


class LoadedTermsAnalyser(BaseAnalyser):
    name: ClassVar[str] = "loaded_terms"
    version: ClassVar[str] = "5"
    depends_on: ClassVar[tuple[str, ...]] = ("attributions",)
    result_type: ClassVar[type] = list[LoadedTerm]

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._matcher: Matcher | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = builtin_lexicon()
        return self._lexicon

    def fingerprint(self) -> str:
        return f"{self.version}:{self.lexicon.fingerprint()}"

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[LoadedTerm]:
        if self._matcher is None:
            self._matcher = Matcher(self.lexicon)
        attributions = prior.get("attributions") or ()
        return find_loaded_terms(parsed, self.lexicon, attributions, self._matcher)

    @staticmethod
    def summary_row(result: list[LoadedTerm]) -> dict[str, Any]:
        return {
            "loaded_terms": len(result),
            "loaded_narrator": sum(1 for t in result if t.voice == "narrator"),
            "scare_quotes": sum(1 for t in result if t.voice == "scare_quote"),
        }


ANALYSER = LoadedTermsAnalyser()


def build(options: AnalysisOptions) -> LoadedTermsAnalyser:
    """The analyser for the lexicon in ``options`` (the built-in one when it names none)."""
    return ANALYSER if options.lexicon is None else LoadedTermsAnalyser(options.lexicon)
