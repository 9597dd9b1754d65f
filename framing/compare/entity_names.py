"""Which names the comparison counts as people and organisations.

* :func:`clean_mentions` removes the small model's entity noise before anything is compared,
  each rule named in ``NAME_NOISE`` (the rule a removed or cut mention carries):

  - ``possessive_fragment`` — a span running across a possessive is two names or a name and a
    word: "Obama's Afghan" → "Obama"; "Steele's RNC" → "Steele" and "RNC". The part after the
    ``'s`` is kept only when it is a name in its own right (written in capitals, "RNC", or
    named on its own elsewhere in the event);
  - ``headline_case`` — in a headline every word is capitalised, so the model takes common
    words for names: "Afghanistan Comments", "Senate Vote". A headline mention keeps only the
    words the event's articles also capitalise in the middle of a body sentence ("Afghanistan")
    or that are names on their own; a mention left with no such word is dropped.

A name the event writes after "in" ("in Velm") is a place, though the recogniser tags a mention of
it a person (``place_by_preposition``).

Which names are one person or organisation is decided in one place for every table of an event,
:mod:`framing.compare.identity` (the omission matrix reads it over these cleaned mentions).
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections import Counter
from typing import Callable, Mapping, Sequence

from ..analysers.content import Content, EntityMention, normalise_name
from ..analysis import ArticleAnalysis, result_of
from .common import top_ends

POSSESSIVE_FRAGMENT = "possessive_fragment"
HEADLINE_CASE = "headline_case"
PUNCTUATION_BREAK = "punctuation_break"
SENTENCE_START_WORD = "sentence_start_word"
NO_CAPITAL = "no_capital"
NAME_NOISE = (PUNCTUATION_BREAK, POSSESSIVE_FRAGMENT, HEADLINE_CASE, SENTENCE_START_WORD, NO_CAPITAL)

_POSSESSIVE = re.compile(r"['’]s?\s+")
_BREAK = re.compile(r"\s*(?:[:;]|\s[-–—]\s|—)\s*")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _headline_end(analysis: ArticleAnalysis) -> int:
    return top_ends(analysis)[0]


def _sentences_of_bodies(analyses: Sequence[ArticleAnalysis]) -> list[str]:
    out: list[str] = []
    for a in analyses:
        body = a.article.text[_headline_end(a):]
        out.extend(re.split(r"(?<=[.!?:;\"”])\s+|\n+", body))
    return out


def body_capitalised(analyses: Sequence[ArticleAnalysis]) -> set[str]:
    """Lower-cased words written with a capital (or in capitals: "RNC") in the middle of a body
    sentence (not a sentence's first word) somewhere in the event: the words its writers treat
    as names."""
    words: set[str] = set()
    for sentence in _sentences_of_bodies(analyses):
        for m in list(_WORD.finditer(sentence))[1:]:
            if m.group()[0].isupper():
                words.add(m.group().lower().strip("'’."))
    return words


def capitalised_alone(analyses: Sequence[ArticleAnalysis]) -> set[str]:
    """Lower-cased words capitalised mid-sentence on their own (neither neighbour capitalised):
    "the Council said" — a one-word name, not part of a longer one."""
    words: set[str] = set()
    for sentence in _sentences_of_bodies(analyses):
        found = [m.group() for m in _WORD.finditer(sentence)]
        for i in range(1, len(found)):
            nxt = found[i + 1] if i + 1 < len(found) else ""
            if found[i][0].isupper() and not found[i - 1][0].isupper() and not nxt[:1].isupper():
                words.add(found[i].lower().strip("'’."))
    return words


def lowercase_words(analyses: Sequence[ArticleAnalysis]) -> set[str]:
    """Words the event writes in lower case somewhere (common words)."""
    return {m.group() for a in analyses for m in re.finditer(r"\b[a-z][a-z'’-]+\b", a.article.text)}


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"


def _split_at(e: EntityMention, boundary: re.Pattern[str], standalone: set[str]) -> list[EntityMention]:
    """The part of a mention before ``boundary``, then the parts after it that are names alone."""
    m = boundary.search(e.text)
    if m is None or m.start() == 0 or m.end() >= len(e.text):
        return [e]
    head = _cut(e, 0, m.start())
    tail = _cut(e, m.end(), len(e.text) - m.end())
    out = [head] if head.norm else []
    if tail.norm and _is_name_alone(tail.text, standalone):
        out.extend(_split_at(tail, boundary, standalone))
    return out


def split_at_punctuation(e: EntityMention, standalone: set[str]) -> list[EntityMention]:
    """``punctuation_break``: "Storm Elspeth: Calder" → ["Storm Elspeth"]."""
    return _split_at(e, _BREAK, standalone)


def _is_name_alone(text: str, standalone: set[str]) -> bool:
    t = text.strip()
    return bool(t) and (t.replace(".", "").replace("&", "").isupper() and len(t) >= 2 or normalise_name(t) in standalone)


def _cut(e: EntityMention, offset: int, length: int) -> EntityMention:
    """The part ``[offset, offset + length)`` of a mention's text as a mention of its own."""
    text = e.text[offset:offset + length].strip(" ,;:-")
    lead = e.text[offset:offset + length].find(text)
    start = e.start + offset + max(0, lead)
    return replace(e, text=text, norm=normalise_name(text), start=start, end=start + len(text))


def split_possessive(e: EntityMention, standalone: set[str]) -> list[EntityMention]:
    """``possessive_fragment``: "Obama's Afghan" → ["Obama"], "Steele's RNC" → ["Steele", "RNC"]."""
    return _split_at(e, _POSSESSIVE, standalone)


def trim_headline_words(e: EntityMention, capitalised: set[str], standalone: set[str]) -> EntityMention | None:
    """``headline_case``: keep the run of words the event writes as names; None when none is."""
    words = list(_WORD.finditer(e.text))
    keep = [w for w in words if w.group().lower().strip("'’.") in capitalised
            or normalise_name(w.group()) in standalone]
    if not keep:
        return None
    if len(keep) == len(words):
        return e
    # the longest run of consecutive kept words ("Afghanistan Comments" → "Afghanistan")
    kept = {id(w) for w in keep}
    runs: list[list[re.Match[str]]] = [[]]
    for w in words:
        if id(w) in kept:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    best = max((r for r in runs if r), key=len)
    return _cut(e, best[0].start(), best[-1].end() - best[0].start())


def clean_mentions(analyses: Sequence[ArticleAnalysis],
                   entities: Callable[[ArticleAnalysis], list[EntityMention]] | None = None,
                   ) -> dict[str, list[EntityMention]]:
    """Each article's entity mentions (article id → mentions) with the ``NAME_NOISE`` rules applied."""
    def default(a: ArticleAnalysis) -> list[EntityMention]:
        content = result_of(a, "content", Content)
        return list(content.entities) if content is not None else []

    get = entities or default
    raw = {a.article.id: get(a) for a in analyses}
    # names seen as a whole mention outside headlines, with no possessive inside
    standalone = {e.norm for a in analyses for e in raw[a.article.id]
                  if e.start >= _headline_end(a) and not _POSSESSIVE.search(e.text)}
    labels_alone: dict[str, Counter[str]] = {}
    for a in analyses:
        for e in raw[a.article.id]:
            if e.norm in standalone and not _POSSESSIVE.search(e.text):
                labels_alone.setdefault(e.norm, Counter())[e.label] += 1
    outlet_names = {normalise_name(a.article.outlet) for a in analyses}
    capitalised = body_capitalised(analyses)
    alone = capitalised_alone(analyses)
    lower = lowercase_words(analyses)
    out: dict[str, list[EntityMention]] = {}
    for a in analyses:
        head = _headline_end(a)
        text = a.article.text
        cleaned: list[EntityMention] = []
        for e in raw[a.article.id]:
            if e.norm in outlet_names:
                parts = [e]  # an outlet's own name ("Nation's Voice") is one name, possessive and all
            else:
                parts = [p for q in split_at_punctuation(e, standalone) for p in split_possessive(q, standalone)]
            parts = [p if p.start == e.start else tail_label(p, labels_alone) for p in parts]
            for part in parts:
                if part.start < head:
                    trimmed = trim_headline_words(part, capitalised, standalone)
                    if trimmed is None:
                        continue
                    part = trimmed
                elif common_word_at_sentence_start(part, text, alone, lower):
                    continue
                if not any(w.group()[0].isupper() for w in _WORD.finditer(part.text)):
                    continue  # no_capital
                if part.norm and len(part.norm) >= 2:
                    cleaned.append(part)
        out[a.article.id] = cleaned
    places = places_by_preposition(analyses, out)
    if places:
        for aid, ms in out.items():
            out[aid] = [replace(m, label="GPE") if m.label == "PERSON" and m.norm in places else m for m in ms]
    return out


_IN_BEFORE = re.compile(r"\b(?:in|In|into|across|throughout)\s+$")


def places_by_preposition(analyses: Sequence[ArticleAnalysis], mentions: Mapping[str, list[EntityMention]]) -> set[str]:
    """``place_by_preposition``: the names the event writes after "in" ("in Velm", "into Sevrin")
    and not as an owner ("in Reld's speech"): places, though the recogniser tags one mention a
    person — no person is "in" anyone. Returns their normalised names."""
    out: set[str] = set()
    for a in analyses:
        text = a.article.text
        for m in mentions.get(a.article.id, []):
            if m.label in ("PERSON", "GPE", "LOC", "FAC") and _IN_BEFORE.search(text[max(0, m.start - 12):m.start]) \
                    and not re.match(r"['\u2019]s\b", text[m.end:m.end + 3]):
                out.add(m.norm)
    return out


PLACE_LABELS = ("GPE", "LOC", "FAC")


def tail_label(part: EntityMention, labels_alone: Mapping[str, Counter[str]]) -> EntityMention:
    """A name cut from after a possessive or a break ("Cyprus" of "Ana Moravec's Cyprus") is not
    of the glued span's kind: it takes the kind the event gives that name on its own (a place
    when the recogniser's tags are split between a place and an actor), else stays as tagged."""
    seen = labels_alone.get(part.norm)
    if not seen:
        return part
    best = max(seen.items(), key=lambda kv: (kv[1], kv[0] in PLACE_LABELS))[0]
    return replace(part, label=best)


def common_word_at_sentence_start(e: EntityMention, text: str, alone: set[str], lower: set[str]) -> bool:
    """``sentence_start_word``: "Turnout was 61%" (and "turnout" elsewhere, never "Turnout" alone mid-sentence)."""
    words = _WORD.findall(e.text)
    if len(words) != 1 or not _at_sentence_start(text, e.start) or words[0].isupper():
        return False
    w = words[0].lower().strip("'’.")
    return w in lower and w not in alone
