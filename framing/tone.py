"""Tone: VADER per sentence, aggregated; and the tone of a sentence toward one mention.

Article tone is never VADER on the whole article (its compound score saturates on long
text): each spaCy sentence is scored and the article gets the mean and the distribution
(shares negative / neutral / positive, with VADER's documented ±0.05 neutral band). The
outlet's own words (narrator) are scored apart from the words it quotes: a sentence is
split into its quoted and unquoted stretches and each stretch is scored on its own.

:func:`target_tone` gives the tone of a sentence toward the mention at ``start:end``
(a small linear model over target-aware features, trained on NewsMTSC; see
:mod:`framing.target_tone`). It returns a :class:`TargetTone`, a ``str`` equal to the label
(``"negative"``, ``"neutral"``, ``"positive"``) that also carries ``score`` (P(positive)
- P(negative)), ``probabilities`` and ``evidence``.

The VADER analyser is created once per process (``functools.lru_cache``) and only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .target_tone.features import _valences as valences
from .target_tone.features import (
    evidence_words,
    features_for,
    sentence_info,
    tokenize,
    vader_analyzer,
    vader_compound,
)

NEUTRAL_BAND = 0.05
LABELS = ("negative", "neutral", "positive")
#: a stretch of a sentence needs this many words to be scored on its own
MIN_STRETCH_WORDS = 3
_WORD = re.compile(r"\w+")

__all__ = [
    "NEUTRAL_BAND", "TargetTone", "TargetEvidence", "ToneWord", "label_of", "sentence_tone_words",
    "target_tone", "target_tones", "vader_analyzer", "vader_compound", "distribution", "Distribution",
]


def label_of(compound: float) -> str:
    """VADER's convention: ≥ 0.05 positive, ≤ -0.05 negative, neutral between."""
    if compound >= NEUTRAL_BAND:
        return "positive"
    if compound <= -NEUTRAL_BAND:
        return "negative"
    return "neutral"


@dataclass
class Distribution:
    """Shares of sentences (or stretches) by label; ``n`` is how many were counted."""

    negative: float = 0.0
    neutral: float = 0.0
    positive: float = 0.0
    n: int = 0


def distribution(scores: Iterable[float]) -> Distribution:
    """Shares of negative / neutral / positive scores (±0.05 neutral band)."""
    return label_distribution([label_of(s) for s in scores])


def label_distribution(labels: Sequence[str]) -> Distribution:
    """Shares of each label among ``labels``."""
    n = len(labels)
    if not n:
        return Distribution()
    return Distribution(
        negative=round(labels.count("negative") / n, 4),
        neutral=round(labels.count("neutral") / n, 4),
        positive=round(labels.count("positive") / n, 4),
        n=n,
    )


@dataclass
class ToneWord:
    """A VADER lexicon word in the text: the reason behind a tone score."""

    start: int
    end: int
    word: str
    valence: float  # VADER lexicon valence (-4..4), after negation


def sentence_tone_words(text: str, start: int, end: int, limit: int = 6) -> list[ToneWord]:
    """The lexicon words of ``text[start:end]`` (offsets into ``text``), strongest first."""
    tokens = tokenize(text[start:end])
    out = [ToneWord(start + t.start, start + t.end, t.text, round(v * 4.0, 3))
           for t, v in zip(tokens, valences(tokens)) if v]
    out.sort(key=lambda w: -abs(w.valence))
    return out[:limit]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# --- tone toward a target -------------------------------------------------------------


@dataclass(frozen=True)
class TargetEvidence:
    """Why the model leans the way it does: a word (sentence offsets) or a named feature."""

    start: int
    end: int
    text: str
    weight: float
    reason: str


class TargetTone(str):
    """The tone of a sentence toward one mention; equal to its label string.

    Attributes: ``label``, ``score`` (P(positive) - P(negative), in [-1, 1]),
    ``probabilities`` (negative, neutral, positive) and ``evidence`` (lexicon words near the
    mention and the model features that weighed most for the label).
    """

    label: str
    score: float
    probabilities: tuple[float, float, float]
    evidence: tuple[TargetEvidence, ...]

    def __new__(cls, label: str, score: float, probabilities: Sequence[float],
                evidence: Sequence[TargetEvidence] = ()) -> "TargetTone":
        obj = super().__new__(cls, label)
        obj.label = label
        obj.score = score
        obj.probabilities = tuple(probabilities)  # type: ignore[assignment]
        obj.evidence = tuple(evidence)
        return obj

    def __reduce__(self):  # keep attributes through pickling (multiprocessing, caches)
        return (TargetTone, (self.label, self.score, self.probabilities, self.evidence))


def _describe(feature: str) -> str:
    family, _, rest = feature.partition(":")
    names = {
        "s": "sentence word", "L": "word left of the mention", "R": "word right of the mention",
        "n": "word next to the mention", "d": "nearby word", "c": "word in the mention's clause",
        "pw": "word before the mention", "nw": "word after the mention", "b": "bigram near the mention",
        "dep": "mention's syntactic role", "head": "mention's governing word", "dh": "role + governor",
        "anc": "word governing the mention's phrase", "mod": "modifier of the mention",
    }
    if rest:
        return f"{names.get(family, family)} '{rest}'"
    return feature


def target_tones(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    *,
    tokens=None,
    offset: int = 0,
    compound: float | None = None,
    explain: bool = True,
) -> list[TargetTone]:
    """Tone of ``sentence`` toward each mention in ``spans`` (sentence character offsets).

    ``tokens``: the sentence's spaCy tokens when a parse is at hand (with ``offset``, the
    sentence's start in their document); without them the sentence is parsed here (cached).
    ``compound``: the sentence's VADER compound when already computed.
    """
    from .target_tone.model import load_model
    from .target_tone.parse import parse_sentence

    if tokens is None:
        tokens, offset = parse_sentence(sentence), 0
    model = load_model()
    info = sentence_info(sentence, compound)
    out: list[TargetTone] = []
    for start, end in spans:
        if not (0 <= start < end <= len(sentence)):
            raise ValueError(f"mention span {start}:{end} is outside the sentence (length {len(sentence)})")
        feats = features_for(sentence, start, end, compound=info.compound, tokens=tokens, offset=offset)
        if explain:
            p, top = model.explain(feats)
        else:
            p, top = model.proba(feats), []
        k = max(range(3), key=lambda i: p[i])
        evidence: list[TargetEvidence] = []
        if explain:
            for a, b, w in evidence_words(info, start, end):
                evidence.append(TargetEvidence(a, b, sentence[a:b], round(w, 3), "VADER lexicon word near the mention"))
            for name, w in top:
                if w > 0:
                    evidence.append(TargetEvidence(start, end, name, round(w, 3), f"model feature: {_describe(name)}"))
        out.append(TargetTone(model.classes[k], round(p[2] - p[0], 4), [round(x, 4) for x in p], evidence))
    return out


def target_tone(sentence: str, start: int, end: int) -> TargetTone:
    """Tone of ``sentence`` toward the mention ``sentence[start:end]``."""
    if not isinstance(sentence, str) or not sentence.strip():
        raise ValueError("target_tone needs a non-empty sentence")
    return target_tones(sentence, [(start, end)])[0]
