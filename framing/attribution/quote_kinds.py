"""What each quotation is: someone's ``speech``, a ``title``, a ``mention`` of a word, or a
``scare`` quote (words put in quotation marks without being anyone's speech).

Decided once per article, after attribution, by :func:`classify_quotes`; the loaded-terms
voice reads the result through a :class:`~framing.quotes.QuotationIndex`. Each decision
carries its ``reason``. Word lists: ``framing/data/quote_kinds.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from spacy.tokens import Doc, Span, Token

from ..quotes import QuotationIndex, QuoteSpan
from ..syntax import NAMING_VERBS, noun_phrase, speech_ancestor, subject_of
from ..word_lists import load_word_lists
from .index import AttributionIndex, as_index

_WORDS = load_word_lists("quote_kinds.toml")
TITLE_NOUNS = _WORDS["title_nouns"]
TITLE_CUES = _WORDS["title_cues"]
SPEECH_CUES = _WORDS["speech_cues"]
MENTION_NOUNS = _WORDS["mention_nouns"]


@dataclass(frozen=True)
class QuoteInfo:
    """A quotation span and what it is: ``scare``, ``speech``, ``title`` or ``mention``."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    kind: str
    reason: str
    speaker: str | None = None
    speaker_id: str | None = None


def speaker_text(subj: Token | None, attributions: Sequence[Any] | AttributionIndex,
                 sent: Span | None) -> tuple[str | None, str | None]:
    """Who ``subj`` (the subject of a speech verb) names: a pronoun resolved by an attribution in
    the same sentence, a relative pronoun by its noun, otherwise its noun phrase."""
    if subj is None:
        return None, None
    if subj.pos_ == "PRON" or subj.lower_ in ("which", "who", "that"):
        # resolve with an attribution in the same sentence, if any names a speaker
        if sent is not None:
            for a in as_index(attributions).with_cue_in(sent.start_char, sent.end_char):
                if a.speaker:
                    return a.speaker, a.speaker_id
        if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
            return noun_phrase(subj.head.head), None
        return subj.text, None
    return noun_phrase(subj), None


def prev_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return []
    i = span.start
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < n:
        if not doc[k].is_space:
            out.append(doc[k])
        k -= 1
    return out


def next_tokens(doc: Doc, char: int, n: int) -> list[Token]:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in doc[span.end:span.end + n + 3] if not t.is_space][:n]


def classify_quotes(doc: Doc, quotes: Sequence[Any], attributions: Sequence[Any] | AttributionIndex,
                    text: str | None = None) -> list[QuoteInfo]:
    """Decide for each quotation span whether it is speech, a title, a mention or a scare quote."""
    text = doc.text if text is None else text
    attributions = as_index(attributions)
    out: list[QuoteInfo] = []
    for q in quotes:
        qs, qe = q.start, q.end
        s, e = q.inner_start, q.inner_end
        if getattr(q, "depth", 0):
            continue
        inner = text[s:e].strip()
        if not inner:
            continue
        words = re.findall(r"[\w][\w'\u2019\-]*", inner)
        before = prev_tokens(doc, qs, 4)
        before_low = [t.lower_ for t in before]
        so_called = (len(before_low) >= 3 and before_low[:3] == ["called", "-", "so"]) or \
            (len(before_low) >= 2 and before_low[:2] == ["called", "so"]) or \
            (before_low[:1] == ["so-called"])
        if so_called and len(words) <= 8:
            out.append(QuoteInfo(qs, qe, s, e, "scare", "after so-called"))
            continue
        # someone's direct speech, or the speaker's own words inside reported speech
        cover = attributions.covering(s, e)
        if cover:
            a = cover[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", f"inside {a.kind or 'an'} attribution",
                                 a.speaker, a.speaker_id))
            continue
        overlap = [attributions.items[n] for n in attributions.near(s, e)
                   if attributions.items[n].kind == "direct"
                   and any(cs < e and s < ce for cs, ce in attributions.spans[n])]
        if overlap:
            a = overlap[0]
            out.append(QuoteInfo(qs, qe, s, e, "speech", "overlaps a direct attribution",
                                 a.speaker, a.speaker_id))
            continue
        if len(words) > 6 or re.search(r"[.!?]\W*$", inner) or re.search(r"[.!?]\s+[A-Z]", inner):
            out.append(QuoteInfo(qs, qe, s, e, "speech", "a sentence or long quotation"))
            continue
        if any(t.lemma_.lower() in TITLE_NOUNS or t.lower_ in TITLE_CUES for t in before[:3]) and \
                not any(t.lower_ in ("so-called",) for t in before[:3]):
            out.append(QuoteInfo(qs, qe, s, e, "title", "after a title or naming word"))
            continue
        if before_low[:1] and before_low[0] in ("the", "a") and len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.append(QuoteInfo(qs, qe, s, e, "title", "a capitalised name"))
            continue
        if any(t.lemma_.lower() in MENTION_NOUNS for t in before[:2]):
            out.append(QuoteInfo(qs, qe, s, e, "mention", "after 'the word/term'"))
            continue
        after = next_tokens(doc, qe, 7)
        after_low = [t.lower_ for t in after]
        if "as" in after_low[:3] and any(t.lemma_.lower() in NAMING_VERBS for t in after) and "it" in after_low:
            out.append(QuoteInfo(qs, qe, s, e, "speech", "named 'as X call it'"))
            continue
        if any(t.lower_ in SPEECH_CUES for t in before[:2]):
            out.append(QuoteInfo(qs, qe, s, e, "speech", "after a speech cue"))
            continue
        # the quote's words are part of the content of a speech or naming verb with a subject
        span = doc.char_span(s, e, alignment_mode="expand")
        found = None
        if span is not None and len(span):
            root = span.root
            anc = speech_ancestor(root)
            if anc is not None:
                verb = anc[0]
                subj = subject_of(verb)
                if subj is not None and not (span.start <= subj.i < span.end):
                    spk, sid = speaker_text(subj, attributions, verb.sent)
                    found = QuoteInfo(qs, qe, s, e, "speech", f"content of '{verb.text}'", spk, sid)
        if found is not None:
            out.append(found)
            continue
        out.append(QuoteInfo(qs, qe, s, e, "scare", f"{len(words)}-word quotation that is nobody's speech"))
    return out
