"""Loaded language: every loaded term and scare quote, with its voice.

JSON key ``loaded_terms`` (see ``docs/analysers/loaded_terms.md``); the work is done in
:mod:`framing.loaded_terms`.
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping, Protocol, Sequence, runtime_checkable

from ..loaded_terms import Lexicon, LoadedTerm, Matcher, builtin_lexicon, find_loaded_terms, load_lexicon
from ..parse import ParsedArticle
from .base import BaseAnalyser, default_analysers


class LoadedTermsAnalyser(BaseAnalyser):
    name: ClassVar[str] = "loaded_terms"
    version: ClassVar[str] = "4"
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


@runtime_checkable
class ReadsLoadedTerms(Protocol):
    """An analyser configured with the loaded-terms analyser whose results it reads."""

    def for_loaded_terms(self, loaded: LoadedTermsAnalyser) -> Any: ...


def with_lexicon(analysers: Sequence[Any], lexicon: Lexicon) -> tuple[Any, ...]:
    """``analysers`` with the loaded-terms analyser, and those reading its results, configured for ``lexicon``."""
    loaded = LoadedTermsAnalyser(lexicon)
    out: list[Any] = []
    for a in analysers:
        if a.name == LoadedTermsAnalyser.name:
            out.append(loaded)
        elif isinstance(a, ReadsLoadedTerms):
            out.append(a.for_loaded_terms(loaded))
        else:
            out.append(a)
    return tuple(out)


def analysers_for_lexicon(path: str | None) -> tuple[Any, ...] | None:
    """The default analysers with the user lexicon at ``path`` applied (None: the defaults).

    Raises :class:`framing.loaded_terms.LexiconError` naming the file and line when it is malformed.
    """
    if not path:
        return None
    return with_lexicon(default_analysers(), load_lexicon(path))
