"""Loaded language: every loaded term and scare quote, with its voice.

JSON key ``loaded_terms`` (see ``docs/analysers/loaded_terms.md``); the work is done in
:mod:`framing.loaded_terms`: lexicon matches, words the learned scorer flags
(:mod:`framing.loaded_terms.word_scorer`) and scare quotes.
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping

from ..loaded_terms import Lexicon, LoadedTerm, Matcher, builtin_lexicon, find_loaded_terms
from ..loaded_terms.word_scorer import load_word_scorer, model_fingerprint
from ..parse import ParsedArticle
from .base import AnalysisOptions, BaseAnalyser


class LoadedTermsAnalyser(BaseAnalyser):
    name: ClassVar[str] = "loaded_terms"
    version: ClassVar[str] = "14"  # 14: merged: a verb only a colon made a cue ("gushed ... in a post: \"...\"") is still weighed by the scorer; a document's naming clause ("a statement calling the incident \"X\"") is the document's words (quoted), no scare quote; 12: evaluative families of ordinary coverage (opportunism, championing, combat idioms, accolades, leaning and size labels, decay), literal set phrases, event onsets, derived forms, degree of a literal word, offence_label, retrained; 11: literal-use families (event nouns as a category, field adverbs, standing adjectives, injuries, scene, legal status, feelings, routine procedures), retrained; 10: stance verbs left to stance markers, literal-sense and lexicon review; 9: 9: names first in a sentence, counted nouns, crowd/praise/slang families, retrained
    depends_on: ClassVar[tuple[str, ...]] = ("attributions",)
    result_type: ClassVar[type] = list[LoadedTerm]

    def __init__(self, lexicon: Lexicon | None = None, threshold: float | None = None) -> None:
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ValueError(f"loaded-term threshold {threshold}: give a probability between 0 and 1")
        self._lexicon = lexicon
        self._matcher: Matcher | None = None
        self.threshold = threshold

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = builtin_lexicon()
        return self._lexicon

    @property
    def effective_threshold(self) -> float:
        """The probability from which a word the lexicon does not list is flagged."""
        return load_word_scorer().threshold if self.threshold is None else self.threshold

    def fingerprint(self) -> str:
        return f"{self.version}:{self.lexicon.fingerprint()}:{model_fingerprint()}:{self.effective_threshold:.3f}"

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[LoadedTerm]:
        if self._matcher is None:
            self._matcher = Matcher(self.lexicon)
        attributions = prior.get("attributions") or ()
        return find_loaded_terms(parsed, self.lexicon, attributions, self._matcher, threshold=self.threshold)

    @staticmethod
    def summary_row(result: list[LoadedTerm]) -> dict[str, Any]:
        return {
            "loaded_terms": len(result),
            "loaded_narrator": sum(1 for t in result if t.voice == "narrator"),
            "scare_quotes": sum(1 for t in result if t.voice == "scare_quote"),
        }


ANALYSER = LoadedTermsAnalyser()


def build(options: AnalysisOptions) -> LoadedTermsAnalyser:
    """The analyser for the lexicon and threshold in ``options`` (the built-in ones by default)."""
    if options.lexicon is None and options.loaded_threshold is None:
        return ANALYSER
    return LoadedTermsAnalyser(options.lexicon, options.loaded_threshold)
