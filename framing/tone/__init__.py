"""Tone: VADER per sentence (:mod:`.sentences`), the tone of a sentence toward one mention
(:mod:`.target`, a small linear model trained on NewsMTSC) and the tone toward each actor of
an article (:mod:`.actors`). The analysers ``tone`` and ``actor_tone`` call into here; see
``docs/analysers/tone.md``.
"""

from .actors import ActorMention, ActorTone, Evidence, actor_tones, find_mentions, majority_label
from .sentences import (
    NEUTRAL_BAND,
    Distribution,
    QuotedStretch,
    SentenceTone,
    Tone,
    ToneWord,
    VoiceTone,
    article_tone,
    distribution,
    label_distribution,
    label_of,
    sentence_tone_words,
    vader_analyzer,
    vader_compound,
)
from .target import TargetEvidence, TargetTone, target_tone, target_tones

__all__ = [
    "NEUTRAL_BAND", "ActorMention", "ActorTone", "Distribution", "Evidence", "QuotedStretch", "SentenceTone",
    "TargetEvidence", "TargetTone", "Tone", "ToneWord", "VoiceTone", "actor_tones", "article_tone",
    "distribution", "find_mentions", "label_distribution", "label_of", "majority_label",
    "sentence_tone_words", "target_tone", "target_tones", "vader_analyzer", "vader_compound",
]
