"""Loaded terms of a parsed article: each lexicon match and scare quote, with its voice.

:func:`find_loaded_terms` matches the lexicon (:mod:`.matcher`), decides the voice of every
match (:mod:`.voice`) and adds the scare quotes in which no lexicon term sits, emitted with
category ``scare_quote``. Words inside a quoted title are not the writer's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from spacy.tokens import Doc

from ..intervals import SpanIndex
from .lexicon import Lexicon
from .matcher import Matcher
from ..quotes import QuotationIndex
from .voice import voice_context, voice_of


@dataclass
class LoadedTerm:
    """One occurrence of loaded language; ``text == article.text[start:end]``."""

    text: str
    lemma: str
    category: str
    direction: str
    voice: str
    speaker: str | None
    start: int
    end: int
    sentence_index: int | None
    position: str
    rule: str
    note: str
    term: str = ""
    voice_rule: str = ""
    speaker_id: str | None = None


def find_loaded_terms(parsed: Any, lexicon: Lexicon, attributions: Sequence[Any] = (),
                      matcher: Matcher | None = None) -> list[LoadedTerm]:
    """Every loaded term and scare quote of a parsed article, in text order."""
    doc: Doc = parsed.doc
    text = parsed.text
    matcher = matcher or Matcher(lexicon)
    context = voice_context(parsed, attributions)
    index, quotes, cue_ranges = context.attributions, context.quotes, context.cue_ranges
    titles = QuotationIndex(q for q in quotes if q.kind == "title")
    out: list[LoadedTerm] = []

    def sentence_index(offset: int) -> int | None:
        s = parsed.sentence_at(offset)
        return s.index if s is not None else None

    for m in matcher.find(doc):
        if any(titles.containing(m.start, m.end)):
            continue  # a word in a film or book title is not the writer's language
        v = voice_of(doc, m.start, m.end, index, quotes, cue_ranges)
        span = doc[m.i:m.j]
        rule = f"lexicon:{m.entry.term}" + (f"+{m.entry.rule}" if m.entry.rule else "")
        out.append(LoadedTerm(
            text=text[m.start:m.end], lemma=" ".join(t.lemma_.lower() for t in span if not t.is_punct) or m.entry.term,
            category=m.entry.category, direction=m.entry.direction, voice=v.voice, speaker=v.speaker,
            start=m.start, end=m.end, sentence_index=sentence_index(m.start), position=parsed.position(m.start),
            rule=rule, note=m.entry.note, term=m.entry.term, voice_rule=v.rule, speaker_id=v.speaker_id,
        ))
    if lexicon.category_enabled("scare_quote"):
        # terms filed by their start: a term inside a quotation starts inside it
        by_start: SpanIndex[LoadedTerm] = SpanIndex((t.start, t.start, t) for t in out)
        for q in quotes:
            if q.kind != "scare":
                continue
            if any(q.inner_start <= t.start and t.end <= q.inner_end
                   for t in by_start.candidates(q.inner_start, max(q.inner_start, q.inner_end))):
                continue
            s, e = q.inner_start, q.inner_end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " ,.;:":
                e -= 1
            inner = doc.char_span(s, e, alignment_mode="expand")
            lemma = " ".join(t.lemma_.lower() for t in inner if not t.is_punct) if inner is not None else text[s:e].lower()
            term = LoadedTerm(
                text=text[s:e], lemma=lemma, category="scare_quote", direction="against", voice="scare_quote",
                speaker=None, start=s, end=e, sentence_index=sentence_index(s), position=parsed.position(s),
                rule=f"scare_quote:{q.reason}", note="put in quotation marks without being anyone's speech",
                term="", voice_rule=f"scare quote: {q.reason}",
            )
            out.append(term)
            by_start.add(s, s, term)
    out.sort(key=lambda t: (t.start, t.end))
    return out
