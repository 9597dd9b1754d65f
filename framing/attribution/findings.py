"""Findings: polls, surveys and ballots the article reports, which are nobody's voice.

``A YouGov poll found that 52% of adults ...``, ``according to a survey by the Lakeside
Institute``, ``58 percent of voters said ...``, ``Respondents said ...``: the sentence has the
shape of an attribution (a reporting verb, a subject, a content), but what it reports is a count
of answers or votes. The pollster does not argue the content and the people asked are no one
source, so such a sentence is a :class:`Finding` (JSON key ``findings``), not an attribution: the
voices table, the speaker-type shares and the scorecard never count it, and the finding says who
ran the poll (``source``), whom it asked (``population``) and which rule made it a finding.

The words are data (``framing/data/opinion_measures.toml``). Studies, reports, estimates and
data releases are not findings: they state their author's claim and stay attributions to the
author (``a study by the institute found`` -> the institute).

:func:`opinion_measure` decides, for the subject token of a reporting verb (or the object of
``according to``), which family of measure it names; :mod:`.extract` diverts those attributions
here (:func:`make_finding`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..word_lists import load_word_lists
from .mentions import Mentions
from .phrases import joined, noun_phrase, strip_det, variants

_LISTS = load_word_lists("opinion_measures.toml")
INSTRUMENTS = _LISTS["instruments"]
RESULTS = _LISTS["results"]
NOT_OPINION = _LISTS["not_opinion"]
RESPONDENTS = _LISTS["respondents"]
ASKED = _LISTS["asked"]
SHARES = _LISTS["shares"]

#: the rules that make a sentence a finding (``Finding.rule``), with the reason shown to users
REASONS = {
    "poll_subject": "a poll, survey or ballot is the subject of the reporting verb: it reports a count of answers or votes",
    "poll_according_to": "'according to' names a poll, survey or ballot: a count of answers or votes",
    "respondents": "the subject is the people a poll asked: no one voice",
    "share_of_people": "the subject is a share of a population ('N percent of voters'): a count of answers, not one voice",
}

_IN_TEN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+"
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred)\b", re.I)


@dataclass
class Finding:
    """A poll, survey or ballot result the article reports (offsets into ``article.text``).

    ``measure`` is the words naming the poll or the people counted; ``source`` who ran it
    (``""`` when the text names nobody), ``population`` whom it asked (``""`` when not given);
    ``content`` what it found. ``rule`` names the step that made it a finding, ``reason`` says
    why it is no voice.
    """

    measure: str
    measure_start: int
    measure_end: int
    instrument: str
    source: str
    population: str
    verb: str
    content: str
    content_start: int
    content_end: int
    cue_start: int
    cue_end: int
    sentence_index: int
    position: str
    rule: str
    reason: str
    source_start: int = -1
    source_end: int = -1


def _words(tok: Token) -> tuple[str, ...]:
    return (*variants(tok.lower_), tok.lemma_.lower())


def _instrument_word(tok: Token) -> str | None:
    """The instrument a noun names (``poll``), with ``poll results`` / ``ballot papers`` too."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("ORG", "FAC", "GPE", "PERSON"):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before not in mods and before.whitespace_ == " " and before.is_title \
            and before.is_sent_start and before.pos_ in ("NOUN", "PROPN"):
        mods.append(before)            # "Ballot papers show ...": the parser cut the sentence's first word off
    if any(w in NOT_OPINION for m in mods for w in _words(m)):
        return None
    for m in mods:
        phrase = f"{m.lower_} {tok.lower_}"
        if phrase in INSTRUMENTS:
            return phrase
    if any(w in INSTRUMENTS for w in _words(tok)):
        return tok.lemma_.lower()
    if any(w in RESULTS for w in _words(tok)):
        for m in mods:
            if any(w in INSTRUMENTS for w in _words(m)):
                return m.lemma_.lower()
    return None


def _asked_group(tok: Token) -> bool:
    """``those polled``, ``voters surveyed``, ``people questioned``: the people a poll asked."""
    return any(c.dep_ in ("acl", "amod", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in ASKED
               for c in tok.children)


def _of_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "among"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def opinion_measure(head: Token) -> tuple[str, str] | None:
    """(family, instrument) when the noun phrase of ``head`` names a poll, survey or ballot
    (``instrument``), the people a poll asked (``respondents``) or a share of a population
    (``share``); ``None`` for anything else (a person, an organisation, a study)."""
    if head.pos_ == "PROPN":
        return None
    inst = _instrument_word(head)
    if inst is not None:
        return "instrument", inst
    words = _words(head)
    if head.pos_ == "NOUN" and any(w in RESPONDENTS for w in words):
        return "respondents", "respondents"
    obj = _of_object(head)
    if _asked_group(head) or (obj is not None and _asked_group(obj)):
        return "respondents", "respondents"
    text = " ".join(t.lower_ for t in head.subtree)
    if obj is not None and (any(w in SHARES for w in words) or (head.pos_ == "NUM" and "%" in text)):
        return "share", "share"
    if _IN_TEN.search(joined(noun_phrase(head))) and head.pos_ in ("NOUN", "NUM"):
        return "share", "share"
    return None


def _name(tok: Token, mentions: Mentions) -> tuple[str, int, int]:
    """The name of the body behind a poll: its entity's name, or the words of its phrase when they
    say more (``Marlow University's Center for Public Opinion``: the possessor is no part of it)."""
    poss = {t.i for c in tok.lefts if c.dep_ == "poss" for t in c.subtree}
    toks = [t for t in noun_phrase(tok) if t.i not in poss and not (t.dep_ == "case" and t.i < tok.i)]
    phrase = strip_det(joined(toks))
    ent = mentions.entity_at(tok)
    name = strip_det(ent.name) if ent is not None else ""
    if not name or (name in phrase and len(phrase) > len(name)):
        name = phrase
    return name, toks[0].idx, toks[-1].idx + len(toks[-1])


def measure_source(head: Token, mentions: Mentions) -> tuple[str, int, int]:
    """Who ran the poll named by ``head``: ``A YouGov poll``, ``the union's survey``, ``a poll
    by the Kestova Institute``, ``a survey conducted by X`` (``""`` when the text names nobody)."""
    # a sentence's capitalised first word with no entity is a common word ("Ballot papers show")
    names = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             and not (c.is_sent_start and not c.ent_type_ and mentions.entity_at(c) is None)]
    if names:
        ent = next((mentions.entity_at(t) for t in names if mentions.entity_at(t) is not None), None)
        s, e = names[0].left_edge.idx, names[-1].idx + len(names[-1])
        if ent is not None:
            return strip_det(ent.name), s, e
        return joined([t for t in head.lefts if t in names or t.i > names[0].i and t.i < head.i]), s, e
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return _name(c, mentions)
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None:
                return _name(p, mentions)
        if c.dep_ == "acl":
            for a in c.children:
                if a.dep_ == "agent":
                    p = next((x for x in a.children if x.dep_ == "pobj"), None)
                    if p is not None:
                        return _name(p, mentions)
    return "", -1, -1


def measure_population(head: Token) -> str:
    """Whom the poll asked: ``a poll of 1,000 readers`` / ``58 percent of Americans``."""
    obj = _of_object(head)
    if obj is None:
        return ""
    return strip_det(joined(noun_phrase(obj)))


def instrument_in_sentence(tok: Token) -> Token | None:
    """The poll a sentence names besides its subject (``In a Westbrook survey, 31% of
    respondents said``; ``..., according to a poll for the Herald``)."""
    for t in tok.sent:
        if t.i != tok.i and t.dep_ in ("pobj", "nsubj", "dobj") and _instrument_word(t) is not None:
            return t
    return None
