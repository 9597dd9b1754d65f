"""Article tone: VADER per sentence, mean and distribution; narrator vs quoted words.

JSON key ``tone`` (see ``docs/analysers/tone.md``). Quoted stretches are the content of the
``attributions`` analyser's direct quotes plus any quotation (``framing.quotes.find_quotes``)
of at least four words; shorter quotation-marked phrases (scare quotes such as "terrorists")
stay the narrator's words — the outlet chose to repeat them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..attribution import content_spans
from ..parse import ParsedArticle
from ..quotes import find_quotes
from ..tone import (
    MIN_STRETCH_WORDS,
    Distribution,
    ToneWord,
    distribution,
    label_of,
    sentence_tone_words,
    vader_compound,
    word_count,
)
from .base import BaseAnalyser

#: an unattributed quotation of this many words or more counts as quoted speech
MIN_QUOTE_WORDS = 4


@dataclass
class QuotedStretch:
    start: int
    end: int
    compound: float


@dataclass
class SentenceTone:
    index: int
    start: int
    end: int
    paragraph: int
    in_headline: bool
    position: str            # headline | lede | body
    compound: float          # VADER compound of the whole sentence
    label: str
    narrator_compound: float | None   # the sentence without its quoted stretches (None: nothing left)
    quoted: list[QuotedStretch] = field(default_factory=list)
    words: list[ToneWord] = field(default_factory=list)  # lexicon words behind the score


@dataclass
class VoiceTone:
    mean: float | None
    distribution: Distribution
    words: int


@dataclass
class Tone:
    mean: float | None                 # mean sentence compound over the body
    distribution: Distribution         # body sentences by label
    headline: float | None             # compound of the headline
    narrator: VoiceTone                # the outlet's own words (body)
    quoted: VoiceTone                  # words inside quotations (body)
    sentences: list[SentenceTone] = field(default_factory=list)
    method: str = "VADER 3.3.2 compound per spaCy sentence; ±0.05 neutral band"


def quoted_spans(parsed: ParsedArticle, attributions: Any = None) -> list[tuple[int, int]]:
    """Merged (start, end) article spans of quoted speech."""
    text = parsed.text
    spans: list[tuple[int, int]] = []
    for a in attributions or ():
        if getattr(a, "kind", "") == "direct":
            spans.extend((cs, ce) for cs, ce in content_spans(a) if ce > cs)
    for q in find_quotes(text, parsed.article.paragraphs):
        for a, b in (q.parts or ((q.inner_start, q.inner_end),)):
            if word_count(text[a:b]) >= MIN_QUOTE_WORDS:
                spans.append((a, b))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _split(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(narrator pieces, quoted pieces) of the sentence span."""
    inside: list[tuple[int, int]] = []
    for a, b in quotes:
        if b <= start or a >= end:
            continue
        inside.append((max(a, start), min(b, end)))
    outside: list[tuple[int, int]] = []
    cur = start
    for a, b in inside:
        if a > cur:
            outside.append((cur, a))
        cur = max(cur, b)
    if cur < end:
        outside.append((cur, end))
    return outside, inside


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


class ToneAnalyser(BaseAnalyser):
    name = "tone"
    version = "1"
    depends_on = ("attributions",)
    result_type = Tone

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Tone:
        text = parsed.text
        quotes = quoted_spans(parsed, prior.get("attributions"))
        sentences: list[SentenceTone] = []
        body, narrator, quoted = [], [], []
        narrator_words = quoted_words = 0
        headline: list[float] = []
        for s in parsed.sentences:
            sent_text = text[s.start:s.end]
            compound = round(vader_compound(sent_text), 4)
            outside, inside = _split(s.start, s.end, quotes)
            q_out: list[QuotedStretch] = []
            for a, b in inside:
                if word_count(text[a:b]) >= MIN_STRETCH_WORDS:
                    c = round(vader_compound(text[a:b]), 4)
                    q_out.append(QuotedStretch(a, b, c))
            if inside:
                rest = " ".join(text[a:b] for a, b in outside)
                n_compound = round(vader_compound(rest), 4) if word_count(rest) >= MIN_STRETCH_WORDS else None
            else:
                n_compound = compound
            sentences.append(SentenceTone(
                s.index, s.start, s.end, s.paragraph, s.in_headline, parsed.position(s.start),
                compound, label_of(compound), n_compound, q_out,
                sentence_tone_words(text, s.start, s.end),
            ))
            if s.in_headline:
                headline.append(compound)
                continue
            if word_count(sent_text) == 0:  # stray punctuation split off by the parser
                continue
            body.append(compound)
            if n_compound is not None:
                narrator.append(n_compound)
            quoted.extend(q.compound for q in q_out)
            narrator_words += sum(word_count(text[a:b]) for a, b in outside)
            quoted_words += sum(word_count(text[a:b]) for a, b in inside)
        return Tone(
            mean=_mean(body),
            distribution=distribution(body),
            headline=_mean(headline),
            narrator=VoiceTone(_mean(narrator), distribution(narrator), narrator_words),
            quoted=VoiceTone(_mean(quoted), distribution(quoted), quoted_words),
            sentences=sentences,
        )

    @staticmethod
    def summary_row(result: Tone) -> dict[str, Any]:
        return {
            "tone_mean": result.mean,
            "tone_negative": result.distribution.negative,
            "tone_neutral": result.distribution.neutral,
            "tone_positive": result.distribution.positive,
            "tone_narrator": result.narrator.mean,
            "tone_quoted": result.quoted.mean,
            "tone_headline": result.headline,
        }


ANALYSER = ToneAnalyser()
