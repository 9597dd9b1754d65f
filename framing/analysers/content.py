"""Content words, named entities and figures of each article: what cross-outlet comparison reads.

The comparison (:mod:`framing.compare`) works from analyses alone, never re-parsing, so this
analyser keeps what it needs from the shared parse:

* ``terms`` — every content word (not a stop word, not punctuation or a figure) with its
  lower-case lemma, character span, sentence index and a position counter ``pos``: two
  terms are adjacent (a bigram) only when their ``pos`` differ by one, i.e. no punctuation,
  stop word or sentence boundary lies between them (an in-word hyphen does not break a
  bigram: "foreign-trained");
* ``entities`` — people, organisations, places and groups, with a normalised name for
  merging across outlets;
* ``numbers`` — figures with what they count (:mod:`framing.numbers`);
* ``events`` — events and claims of the families in :mod:`framing.reported_events` (use of
  force, economic causes, demands, restrictions), each with its span and the entry that found it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from spacy.attrs import IS_CURRENCY, IS_STOP, LENGTH, LIKE_EMAIL, LIKE_NUM, LIKE_URL

from ..loaded_terms.token_table import token_table
from ..model import Article
from ..numbers import NumberMention, extract_numbers
from ..parse import ParsedArticle
from ..reported_events import EventMention, find_reported_events
from .base import BaseAnalyser

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "X"}
#: frequent words that carry no topic in news copy (reporting verbs are kept out of vocabulary)
EXTRA_STOP = {"say", "tell", "also", "would", "could", "may", "might", "must", "shall", "will", "can",
              "mr", "mrs", "ms", "dr", "get", "go", "make", "take", "like", "just", "even", "still", "yet"}
_TITLES = re.compile(r"^(?:the|president|prime minister|minister|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|"
                     r"lord|lady|rev|reverend|judge|justice|cllr|councillor|ambassador|commissioner|"
                     r"general|gen|colonel|col|captain|capt|lieutenant|lt|sergeant|sgt|"
                     r"secretary of state|secretary|senator|sen|rep|representative|congressman|congresswoman|"
                     r"governor|gov|mayor|king|queen|prince|chairman|chairwoman|"
                     r"former|acting|deputy|chief|head of state)\.?\s+", re.IGNORECASE)


@dataclass
class Term:
    lemma: str
    start: int
    end: int
    sentence: int
    pos: int


@dataclass
class EntityMention:
    text: str
    norm: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass
class Content:
    terms: list[Term] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)


def normalise_name(text: str) -> str:
    """A key for merging names across outlets: no titles, possessives, punctuation or case.

    >>> normalise_name("President Kassym-Jomart Tokayev's")
    'kassym jomart tokayev'
    """
    t = re.sub(r"\s+", " ", text).strip()
    t = re.sub(r"['’]s$", "", t)
    prev = None
    while prev != t:
        prev, t = t, _TITLES.sub("", t)
    t = re.sub(r"[^\w\s]", " ", t.casefold())
    return re.sub(r"\s+", " ", t).strip()


def content_flags(doc: Any) -> list[bool]:
    """Per token of ``doc``: a content word (not space, punctuation, a stop word, a number, a
    currency sign, a URL or an e-mail address; a part of speech of ``CONTENT_POS`` with a letter
    in it; a lemma of two letters or more outside ``EXTRA_STOP``; not a clitic like "'s"). Read
    from the token arrays (the lexical flags by ``Doc.to_array``, the forms from the shared
    :func:`token_table`) without building a spaCy ``Token`` per token."""
    if not len(doc):
        return []
    t = token_table(doc)
    # one flag per token: any of the five set (summed up by numpy, not a list per token)
    flagged = doc.to_array([IS_STOP, LIKE_NUM, IS_CURRENCY, LIKE_URL, LIKE_EMAIL]).any(axis=1).tolist()
    return [
        not (space or punct or f) and p in CONTENT_POS and alpha and len(lemma) > 1
        and lemma not in EXTRA_STOP and not low.startswith("'")
        for space, punct, f, p, alpha, lemma, low
        in zip(t.is_space, t.is_punct, flagged, t.pos, t.has_alpha, t.lemma, t.lower)
    ]


class ContentAnalyser(BaseAnalyser):
    name = "content"
    version = "7"  # 7: merged: years, tallies, homes, removals (below) and denied events; 6: four-digit years are no counts ("the 1972 towers"), tallies ("voted 7-4") are one
    # figure, homes ("212 flats") are their own category, events of people cleared or removed ("Police cleared the gallery");
    # a reported event its clause denies ("no tear gas was used") is none
    # 5: detentions without an arrest word ("taken away", "rounded up"), percentage changes,
    # reported events and claims (use of force, economic causes, demands, restrictions)
    # 4: vague amounts ("a few hundred"), a figure's source and restated estimates, crowd-size cues
    # 3: head counts of people ("1,200 residents", "a population of 1,200") are category population
    result_type = Content

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Content:
        doc = parsed.doc

        def sentence_of(offset: int) -> int:
            s = parsed.sentence_at(offset)
            return s.index if s is not None else -1

        terms: list[Term] = []
        pos = 0
        # the token loop reads arrays (a spaCy Token only for an in-word hyphen's neighbours)
        table = token_table(doc)
        content = content_flags(doc)
        is_space, is_punct, lower, lemma, idx = table.is_space, table.is_punct, table.lower, table.lemma, table.idx
        length = doc.to_array(LENGTH).tolist() if len(doc) else []
        for sent in parsed.sentences:
            pos += 2  # a sentence boundary always breaks a bigram
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if is_space[i]:
                    continue
                if lower[i] in ("-", "‐") and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
                    continue  # in-word hyphen: "foreign-trained" stays one bigram
                pos += 1
                if content[i]:
                    terms.append(Term(lemma[i], idx[i], idx[i] + length[i], sent.index, pos))
                elif not is_punct[i]:
                    pos += 1  # a stop word between two content words breaks the bigram
        entities: list[EntityMention] = []
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            # the small model tags capitalised common words ("Queues", "KAZAKHSTAN BURNS"): keep
            # names only (proper nouns, no verbs)
            if any(t.pos_ in ("VERB", "AUX", "PRON", "ADV") for t in ent) or (len(ent) == 1 and ent[0].pos_ != "PROPN"):
                continue
            # the small model sometimes runs an entity across a paragraph break: cut it there
            text = ent.text.split("\n")[0].strip()
            norm = normalise_name(text)
            if not norm or len(norm) < 2:
                continue
            start = ent.start_char
            entities.append(EntityMention(text, norm, ent.label_, start, start + len(text), sentence_of(start)))
        # the article's text is the doc's (``Doc.text`` would join every token again)
        text = parsed.text
        events = find_reported_events(text, ((s.index, s.start, s.end) for s in parsed.sentences))
        return Content(terms, entities, extract_numbers(doc, sentence_of, text), events)

    def merge(self, parts: Sequence[Content], prior: Mapping[str, Any], article: Article) -> Content:
        """Lists joined; each piece's ``pos`` counter continues after the previous piece's
        (a piece starts with a sentence, so no bigram runs across pieces)."""
        out = Content()
        for part in parts:
            base = out.terms[-1].pos if out.terms else 0
            out.terms.extend(replace(t, pos=t.pos + base) for t in part.terms)
            out.entities.extend(part.entities)
            out.numbers.extend(part.numbers)
            out.events.extend(part.events)
        return out


ANALYSER = ContentAnalyser()
