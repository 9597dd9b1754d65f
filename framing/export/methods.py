"""A ready-to-cite methods paragraph and a BibTeX entry for the tool.

The paragraph states what was measured and how: the tool's and models' versions, the lexicons'
sizes and sources, the thresholds (read from the code that applies them) and the accuracy
figures measured for each score with their data sets. The figures have one home,
``framing/data/accuracy.toml`` (package data; the dashboard's About tab lists every measurement from it): the paragraph
quotes the measurements marked ``cite = true`` there, as written, so it can never say other
figures than the list beside it.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import tomllib
from dataclasses import dataclass
from typing import Any, Sequence

from ..version import __version__
from ..word_lists import DATA_DIR

#: the accuracy figures' one home, shipped with the library (the dashboard's About tab reads it too)
ACCURACY_FILE = DATA_DIR / "accuracy.toml"


@dataclass(frozen=True)
class Measured:
    """One cited measurement: the score it is of, the data it was measured on, the figure, as
    written in the accuracy file."""

    score: str
    data: str
    figure: str

    def text(self) -> str:
        """"on <data>, <figure>" (the data first: the figure's own semicolons stay inside it)."""
        return f"on {self.data}, {self.figure}"


def load_accuracy(path: pathlib.Path | None = None) -> list[dict[str, Any]]:
    """The scores of the accuracy file (``[[score]]`` tables; empty when the file cannot be
    read)."""
    path = path or ACCURACY_FILE
    try:
        return list(tomllib.loads(path.read_text(encoding="utf-8")).get("score", []))
    except (OSError, tomllib.TOMLDecodeError):
        return []


def cited(scores: Sequence[dict[str, Any]]) -> list[Measured]:
    """The measurements marked ``cite = true``, score by score, in the file's order."""
    return [Measured(str(sc.get("name", "")), str(m.get("data", "")), str(m.get("figure", "")))
            for sc in scores for m in sc.get("measured", []) if m.get("cite")]


def not_evaluated(scores: Sequence[dict[str, Any]]) -> list[str]:
    """The names of the scores not measured against human annotation (``evaluated = false``)."""
    return [str(sc.get("name", "")) for sc in scores if sc.get("evaluated") is False]


def _accuracy_sentences(scores: Sequence[dict[str, Any]]) -> str:
    if not scores:
        return "Accuracy figures: see framing/data/accuracy.toml (not found or not readable in this copy). "
    by_score: dict[str, list[Measured]] = {}
    for m in cited(scores):
        by_score.setdefault(m.score, []).append(m)
    parts = [f"{name}: " + ". ".join((m.text() if k == 0 else m.text()[0].upper() + m.text()[1:])
                                     for k, m in enumerate(ms)) for name, ms in by_score.items()]
    out = "Measured accuracy. " + ". ".join(parts) + ". " if parts else ""
    missing = not_evaluated(scores)
    if missing:
        out += f"Not evaluated against human annotation: {', '.join(n.lower() for n in missing)}. "
    return out


def methods_paragraph(event: str | None = None, outlets: Sequence[str] = (),
                      scores: Sequence[dict[str, Any]] | None = None) -> str:
    """One paragraph, plain text, ready to paste into a paper's methods section; its accuracy
    figures are those of ``scores`` (default: :func:`load_accuracy`, the About tab's list)."""
    from ..compare.events import DEFAULT_THRESHOLD
    from ..compare.similarity import SENTENCE_THRESHOLD
    from ..compare.vocabulary import MIN_Z
    from ..frames import MIN_DISTINCT_CUES, load_lexicon as load_frame_cues
    from ..loaded_terms import builtin_lexicon
    from .context import model_versions

    lexicon = builtin_lexicon()
    categories = [c for c in lexicon.categories if lexicon.category_enabled(c)]
    cues = load_frame_cues().size
    accuracy = load_accuracy() if scores is None else list(scores)

    scope = ""
    if event:
        n = len(outlets)
        scope = (f"We compared how {n} outlet{'s' if n != 1 else ''} ({', '.join(outlets)}) reported “{event}”. "
                 if outlets else f"We analysed the coverage of “{event}”. ")
    return (
        f"{scope}Articles were analysed with framing {__version__} ({model_versions()}). Loaded language was found with a lexicon of {len(lexicon.active_entries())} "
        f"terms in {len(categories)} categories written for the tool (no published word list copied), each match "
        "tagged with its voice: the outlet's own words, a direct quotation, reported speech or scare quotes, "
        "and a learned word scorer (trained on MBIC, Spinde et al. 2021) flags evaluative words the lexicon does "
        "not list. Hedges, boosters and reporting verbs that weigh speech "
        "(claimed, revealed, admitted) were counted apart, as stance markers, with the same voices. Attributed speech (speaker, speaker type, reporting verb and its "
        "stance) was found with rules over the spaCy dependency parse, each speaker typed once per event. "
        "Sentence tone is VADER's compound score per sentence (neutral band ±0.05), averaged over an article's "
        "sentences; tone toward each named actor comes from a linear model trained on NewsMTSC (Hamborg & "
        "Donnay 2021; 8,739 training targets). Policy frames follow the 15 "
        f"dimensions of the Media Frames Corpus codebook (Boydstun et al. 2014), found with {cues} cue words "
        f"written for the tool; a frame counts in a paragraph when {MIN_DISTINCT_CUES} or more distinct cues of it "
        "occur there. Readability: Flesch reading ease, Flesch–Kincaid grade, Gunning fog, SMOG and Dale–Chall "
        "(textstat 0.7.8) on the body, and the share of sentences with a passive. Outlets were compared by the "
        "log-odds ratio of their words with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; "
        f"distinctive at z ≥ {MIN_Z}), sentences said by several outlets (TF-IDF cosine ≥ {SENTENCE_THRESHOLD}) "
        "and the figures, voices, names and claims each outlet reports or leaves out; articles were grouped "
        f"into events by average-linkage clustering (cosine distance < {DEFAULT_THRESHOLD}). "
        f"{_accuracy_sentences(accuracy)}Every score links back to the words in the text that produced it."
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
