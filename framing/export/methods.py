"""A ready-to-cite methods paragraph and a BibTeX entry for the tool.

The paragraph states what was measured and how: analyser versions, the lexicons' sizes and
sources, the thresholds (read from the code that applies them) and the accuracy figures
measured for each analyser with their data sets. The figures are copied from the project's
documentation (:data:`MEASURED` names the file each one is in; a test checks they are there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from ..version import __version__


@dataclass(frozen=True)
class Measured:
    """An accuracy figure as documented: what, on which data, the numbers, and where it is written."""

    analyser: str
    data: str
    figures: tuple[tuple[str, str], ...]   # (measure, value as written in the doc)
    source: str                            # the doc file (repository path) that reports it

    def text(self) -> str:
        return ", ".join(f"{m} {v}" for m, v in self.figures) + f" ({self.data})"


#: accuracy figures measured for each analyser, as the docs report them; the first honest run
#: on unseen articles is given where the docs say later figures were tuned on the same articles
MEASURED: tuple[Measured, ...] = (
    Measured("loaded_terms", "the project's annotated development articles, used while writing the lexicon; "
             "their gold counts 'claimed' and 'admitted' as loaded, which the tool counts as stance markers",
             (("recall", "0.852"), ("voice accuracy", "0.957")), "docs/analysers/loaded_terms.md"),
    Measured("loaded_terms", "a held-out set, first run before its misses were used to extend the lexicon",
             (("recall", "0.419"), ("voice accuracy", "0.889")), "docs/analysers/loaded_terms.md"),
    Measured("loaded_terms", "eight articles in four registers annotated densely by someone who never read the code, "
             "first run (eval/holdout_loaded); 19 of 111 neutral words flagged",
             (("recall", "0.357"), ("voice accuracy", "0.967")), "docs/analysers/loaded_terms.md"),
    Measured("attributions", "the development articles",
             (("attribution F1", "0.989"), ("speaker-type accuracy", "1.0")), "docs/analysers/attributions.md"),
    Measured("attributions", "six articles in six news styles written independently of the rules, first run before any tuning on them",
             (("attribution F1", "0.904"), ("speaker-type accuracy", "0.741")), "docs/analysers/attributions.md"),
    Measured("actor_tone", "the NewsMTSC test split, 1,476 targets; VADER on the whole sentence reaches 0.496",
             (("macro-F1", "0.653"), ("accuracy", "0.687")), "docs/analysers/tone.md"),
)
#: analysers whose output has not been scored against human annotation
NOT_EVALUATED = ("frames", "readability", "tone (VADER sentence scores)")


def _analyser_versions() -> str:
    from ..analysers import default_analysers

    return ", ".join(f"{a.name} {a.version}" for a in default_analysers())


def methods_paragraph(event: str | None = None, outlets: Sequence[str] = ()) -> str:
    """One paragraph, plain text, ready to paste into a paper's methods section."""
    from ..compare.events import DEFAULT_THRESHOLD
    from ..compare.similarity import SENTENCE_THRESHOLD
    from ..compare.vocabulary import MIN_Z
    from ..frames import MIN_DISTINCT_CUES, load_lexicon as load_frame_cues
    from ..loaded_terms import builtin_lexicon
    from .context import model_versions

    lexicon = builtin_lexicon()
    categories = [c for c in lexicon.categories if lexicon.category_enabled(c)]
    cues = load_frame_cues().size
    by = {m.analyser: [x for x in MEASURED if x.analyser == m.analyser] for m in MEASURED}

    def measured(name: str) -> str:
        return "; ".join(m.text() for m in by.get(name, []))

    scope = ""
    if event:
        n = len(outlets)
        scope = (f"We compared how {n} outlet{'s' if n != 1 else ''} ({', '.join(outlets)}) reported “{event}”. "
                 if outlets else f"We analysed the coverage of “{event}”. ")
    return (
        f"{scope}Articles were analysed with framing {__version__} ({model_versions()}; analyser versions: "
        f"{_analyser_versions()}). Loaded language was found with a lexicon of {len(lexicon.active_entries())} "
        f"terms in {len(categories)} categories written for the tool (no published word list copied), each match "
        "tagged with its voice: the outlet's own words, a direct quotation, reported speech or scare quotes; "
        f"measured: {measured('loaded_terms')}. Hedges, boosters and reporting verbs that weigh speech "
        "(claimed, revealed, admitted) were counted apart, as stance markers, with the same voices. Attributed speech (speaker, speaker type, reporting verb and its "
        f"stance) was found with rules over the spaCy dependency parse; measured: {measured('attributions')}. "
        "Sentence tone is VADER's compound score per sentence (neutral band ±0.05), averaged over an article's "
        "sentences; tone toward each named actor comes from a linear model trained on NewsMTSC (Hamborg & "
        f"Donnay 2021; 8,739 training targets); measured: {measured('actor_tone')}. Policy frames follow the 15 "
        f"dimensions of the Media Frames Corpus codebook (Boydstun et al. 2014), found with {cues} cue words "
        f"written for the tool; a frame counts in a paragraph when {MIN_DISTINCT_CUES} or more distinct cues of it "
        "occur there. Readability: Flesch reading ease, Flesch–Kincaid grade, Gunning fog, SMOG and Dale–Chall "
        "(textstat 0.7.8) on the body, and the share of sentences with a passive. Outlets were compared by the "
        "log-odds ratio of their words with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; "
        f"distinctive at z ≥ {MIN_Z}), sentences said by several outlets (TF-IDF cosine ≥ {SENTENCE_THRESHOLD}) "
        "and the figures, voices, names and claims each outlet reports or leaves out; articles were grouped "
        f"into events by average-linkage clustering (cosine distance < {DEFAULT_THRESHOLD}). Not evaluated "
        f"against human annotation: {', '.join(NOT_EVALUATED)}. Every score links back to the words in the "
        "text that produced it."
    )


def bibtex(date: str | None = None) -> str:
    """A BibTeX ``@software`` entry for this version of the tool."""
    day = date or dt.date.today().isoformat()
    key = "framing" + __version__.replace(".", "_")
    return (
        f"@software{{{key},\n"
        "  title = {{framing}: media bias and framing comparison of news articles},\n"
        "  author = {{framing contributors}},\n"
        f"  version = {{{__version__}}},\n"
        f"  year = {{{day[:4]}}},\n"
        "  license = {MIT},\n"
        f"  note = {{Python library and dashboard, version {__version__}, used on {day}}}\n"
        "}\n"
    )
