"""Sentence tone: VADER per sentence, aggregated over the article; narrator vs quoted words.

Article tone is never VADER on the whole article (its compound score saturates on long
text): each spaCy sentence is scored and the article gets the mean and the distribution
(shares negative / neutral / positive, with VADER's documented ±0.05 neutral band). The
outlet's own words (narrator) are scored apart from the words it quotes: a sentence is
split into its quoted and unquoted stretches and each stretch is scored on its own.

Quoted stretches are the content of the ``attributions`` analyser's direct quotes plus any
quotation (``framing.quotes.find_quotes``) of at least four words; shorter quotation-marked
phrases (scare quotes such as "terrorists") stay the narrator's words — the outlet chose to
repeat them. JSON key ``tone`` (see ``docs/analysers/tone.md``).

This module also holds what the tone toward a mention (:mod:`framing.tone.target`) shares
with sentence tone: the VADER analyser, created once per process (``functools.lru_cache``)
and only read, the regex tokenisation and the lexicon valence of each token.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Sequence

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

from ..attribution import content_spans
from ..syntax import word_count
from ..parse import ParsedArticle

NEUTRAL_BAND = 0.05
#: a stretch of a sentence needs this many words to be scored on its own
MIN_STRETCH_WORDS = 3
#: an unattributed quotation of this many words or more counts as quoted speech
MIN_QUOTE_WORDS = 4
METHOD = "VADER 3.3.2 compound per spaCy sentence; ±0.05 neutral band"

TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
NEGATORS = frozenset(w.replace("'", "") for w in NEGATE) | frozenset(NEGATE) | {"n't", "no", "not", "never", "without"}


# --- VADER ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def vader_analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyser of the process (its lexicon ships in the package; read-only)."""
    return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=4096)
def vader_compound(text: str) -> float:
    """VADER's compound score of a short text (a sentence or part of one)."""
    if not text.strip():
        return 0.0
    return float(vader_analyzer().polarity_scores(text)["compound"])


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


# --- words: counting, tokens, lexicon valences ----------------------------------------


@dataclass(frozen=True)
class Token:
    """A regex token of a sentence (a word or one punctuation character), sentence offsets."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@functools.lru_cache(maxsize=2048)
def tokenize(sentence: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(sentence))


def lexicon_valences(tokens: Sequence[Token]) -> tuple[float, ...]:
    """VADER lexicon valence / 4 per token, flipped (× -0.74) after a negator within 3 tokens."""
    lexicon = vader_analyzer().lexicon
    out: list[float] = []
    for i, t in enumerate(tokens):
        v = lexicon.get(t.lower, 0.0) / 4.0
        if v:
            back = tokens[max(0, i - 3):i]
            if any(b.lower in NEGATORS for b in back):
                v = -0.74 * v  # VADER's own negation scalar
        out.append(v)
    return tuple(out)


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
           for t, v in zip(tokens, lexicon_valences(tokens)) if v]
    out.sort(key=lambda w: -abs(w.valence))
    return out[:limit]


# --- article tone ----------------------------------------------------------------------


@dataclass
class QuotedStretch:
    start: int
    end: int
    compound: float


@dataclass
class SentenceTone:
    SPAN_INDEX: ClassVar[str] = "sentence"

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
    method: str = METHOD


def quoted_spans(parsed: ParsedArticle, attributions: Any = None) -> list[tuple[int, int]]:
    """Merged (start, end) article spans of quoted speech."""
    text = parsed.text
    spans: list[tuple[int, int]] = []
    for a in attributions or ():
        if getattr(a, "kind", "") == "direct":
            spans.extend((cs, ce) for cs, ce in content_spans(a) if ce > cs)
    for q in parsed.quotes:
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


def article_tone(parsed: ParsedArticle, attributions: Any = None) -> Tone:
    """Tone of every sentence of ``parsed`` and its aggregates (body mean and distribution,
    headline, narrator vs quoted); ``attributions``: the ``attributions`` analyser's result."""
    text = parsed.text
    quotes = quoted_spans(parsed, attributions)
    sentences: list[SentenceTone] = []
    narrator_words = quoted_words = 0
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
        if s.in_headline or word_count(sent_text) == 0:
            continue
        narrator_words += sum(word_count(text[a:b]) for a, b in outside)
        quoted_words += sum(word_count(text[a:b]) for a, b in inside)
    return tone_of_sentences(text, sentences, narrator_words, quoted_words)


def tone_of_sentences(text: str, sentences: list[SentenceTone], narrator_words: int, quoted_words: int) -> Tone:
    """The article's tone from its sentences' tones (offsets into ``text``) and the words of
    the body in the narrator's and in quoted voice: what a long article's pieces are joined by."""
    body: list[float] = []
    narrator: list[float] = []
    quoted: list[float] = []
    headline: list[float] = []
    for s in sentences:
        if s.in_headline:
            headline.append(s.compound)
            continue
        if word_count(text[s.start:s.end]) == 0:  # stray punctuation split off by the parser
            continue
        body.append(s.compound)
        if s.narrator_compound is not None:
            narrator.append(s.narrator_compound)
        quoted.extend(q.compound for q in s.quoted)
    return Tone(
        mean=_mean(body),
        distribution=distribution(body),
        headline=_mean(headline),
        narrator=VoiceTone(_mean(narrator), distribution(narrator), narrator_words),
        quoted=VoiceTone(_mean(quoted), distribution(quoted), quoted_words),
        sentences=sentences,
    )
