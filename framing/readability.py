"""Readability formulas and passive voice, computed on the shared spaCy parse.

Word, sentence and syllable counts come from the parse (spaCy sentences and tokens), not
from textstat's own splitter (whose ``sentence_count`` ignores sentences of two words or
fewer). Syllables and the Dale–Chall easy-word list come from textstat 0.7.8's English
resources (CMUdict, falling back to Pyphen hyphenation), called with ``lang="en"`` — never
``textstat.set_lang``, which changes a process-wide instance — and cached per word.

Formulas (as in textstat; W words, S sentences, Y syllables):

* Flesch reading ease   206.835 - 1.015 W/S - 84.6 Y/W
* Flesch–Kincaid grade  0.39 W/S + 11.8 Y/W - 15.59
* Gunning fog           0.4 (W/S + 100 complex/W); complex = 3+ syllables, not a proper noun
* SMOG                  1.043 sqrt(30 polysyllables/S) + 3.1291 (polysyllables = 3+ syllables)
* Dale–Chall            0.1579 (100 difficult/W) + 0.0496 W/S (+ 3.6365 when difficult > 5 %);
  difficult = neither the word nor its lemma is on the Dale–Chall easy-word list, and it
  is not a number (textstat also counts inflections of easy words as difficult; we do not).

Passives: a verb with a passive subject or auxiliary (spaCy ``nsubjpass``/``csubjpass``/
``auxpass``); it is *agentless* when no ``agent`` ("by ...") phrase hangs on it —
"mistakes were made", "the outbreak is regarded as ...": the construction hides who acted.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Token

from .loaded_terms.token_table import syntax_table, token_table
from .parse import ParsedArticle

PASSIVE_DEPS = frozenset({"nsubjpass", "csubjpass", "auxpass"})


@functools.lru_cache(maxsize=1)
def _cmudict() -> dict:
    from textstat.backend.utils import get_cmudict

    return get_cmudict("en") or {}


@functools.lru_cache(maxsize=1)
def _pyphen():
    from textstat.backend.utils import get_pyphen

    return get_pyphen("en")


@functools.lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words shipped with textstat (English)."""
    from textstat.backend.utils import get_lang_easy_words

    return frozenset(get_lang_easy_words("en"))


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of one word: CMUdict vowel phones, else Pyphen hyphenation points + 1."""
    w = word.lower().strip(".'’")
    if not w:
        return 0
    entry = _cmudict().get(w)
    if entry:
        return max(1, sum(1 for p in entry[0] if p[-1].isdigit()))
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    return len(_pyphen().positions(w)) + 1


def is_word(token: Token) -> bool:
    return not token.is_space and not token.is_punct and any(c.isalpha() for c in token.text)


@dataclass
class Passive:
    """One passive clause; ``start``/``end`` cover the subject through the verb (and agent)."""

    start: int
    end: int
    verb: str
    verb_start: int
    verb_end: int
    sentence_index: int
    agentless: bool
    subject: str = ""
    agent: str = ""
    agent_start: int = -1
    agent_end: int = -1
    text: str = ""


@dataclass
class Readability:
    words: int
    sentences: int
    syllables: int
    mean_sentence_length: float | None
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog: float | None
    dale_chall: float | None
    complex_words: int
    difficult_words: int
    passive_clauses: int
    passive_sentences: int
    passive_share: float | None            # body sentences with a passive / body sentences
    agentless_passives: int
    agentless_sentences: int
    agentless_share: float | None          # body sentences with an agentless passive / body sentences
    passives: list[Passive] = field(default_factory=list)
    method: str = "formulas of textstat 0.7.8 over spaCy sentences and tokens; CMUdict/Pyphen syllables"


def _span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = [t for t in tokens if not t.is_space]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def find_passives(parsed: ParsedArticle) -> list[Passive]:
    """Every passive clause of the article (headline included), in text order."""
    text = parsed.text
    out: list[Passive] = []
    seen: set[int] = set()
    doc = parsed.doc
    # the relations read off the shared syntax table: a Token only for a passive's verb
    syn = syntax_table(doc)
    for i, dep in enumerate(syn.dep):
        if dep not in PASSIVE_DEPS:
            continue
        verb = doc[syn.head[i]]
        if verb.i in seen:
            continue
        seen.add(verb.i)
        children = list(verb.children)
        subj = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)
        aux = [c for c in children if c.dep_ in ("auxpass", "aux", "neg")]
        agent = next((c for c in children if c.dep_ == "agent"), None)
        parts: list[Token] = [verb] + aux
        if subj is not None:
            parts += list(subj.subtree)
        start, end = _span_of(sorted(parts, key=lambda t: t.i))
        agent_start = agent_end = -1
        agent_text = ""
        if agent is not None:
            agent_start, agent_end = _span_of(agent.subtree)
            agent_text = text[agent_start:agent_end]
            start, end = min(start, agent_start), max(end, agent_end)
        sent = parsed.sentence_at(verb.idx)
        sub_text = text[_span_of(subj.subtree)[0]:_span_of(subj.subtree)[1]] if subj is not None else ""
        out.append(Passive(
            start, end, verb.text, verb.idx, verb.idx + len(verb.text),
            sent.index if sent else -1, agent is None, sub_text, agent_text, agent_start, agent_end,
            text[start:end],
        ))
    out.sort(key=lambda p: p.start)
    return out


def _r(x: float | None, nd: int = 2) -> float | None:
    return None if x is None else round(x, nd)


@dataclass
class BodyCounts:
    """What the readability formulas read: counts over the body's words and sentences."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    complex_words: int = 0
    polysyllables: int = 0
    difficult_words: int = 0


@dataclass
class ReadabilityParts:
    """The counts and passives of a text, before the formulas (a long article's pieces add up)."""

    counts: BodyCounts
    passives: list[Passive]
    #: for each passive: whether its sentence is a counted body sentence
    in_body: list[bool]


def readability(parsed: ParsedArticle) -> Readability:
    """Readability of the body (the headline is left out) and its passive clauses."""
    return readability_of(readability_parts(parsed))


def readability_parts(parsed: ParsedArticle) -> ReadabilityParts:
    """The body counts and passive clauses of ``parsed`` (:func:`readability_of` scores them)."""
    body_start = parsed.article.body_start
    body_sentences = [s for s in parsed.sentences if not s.in_headline]
    easy = easy_words()
    c = BodyCounts()
    counted: set[int] = set()
    words_in: dict[int, int] = {}
    ends = sorted((s.start, s.end, s.index) for s in body_sentences)
    k = 0
    doc = parsed.doc
    # the token attributes as lists by index (no spaCy Token built per token)
    table = token_table(doc)
    is_space, is_punct, has_alpha = table.is_space, table.is_punct, table.has_alpha
    pos, lower, lemma = table.pos, table.lower, table.lemma
    syn = syntax_table(doc)
    text, ent_type, like_num = syn.text, syn.ent_type, syn.like_num
    for i, idx in enumerate(table.idx):  # one pass over the tokens
        if idx < body_start:
            continue
        while k < len(ends) and idx >= ends[k][1]:
            k += 1
        if k >= len(ends):
            break
        if idx < ends[k][0] or is_space[i] or is_punct[i] or not has_alpha[i]:  # not :func:`is_word`
            continue
        words_in[ends[k][2]] = words_in.get(ends[k][2], 0) + 1
        y = syllables(text[i])
        c.syllables += y
        if y >= 3:
            c.polysyllables += 1
            if pos[i] != "PROPN" and not ent_type[i]:  # no entity type
                c.complex_words += 1
        if not like_num[i] and lower[i] not in easy and lemma[i] not in easy:
            c.difficult_words += 1
    for index, n_words in words_in.items():
        c.sentences += 1
        c.words += n_words
        counted.add(index)
    passives = find_passives(parsed)
    return ReadabilityParts(c, passives, [p.sentence_index in counted for p in passives])


def join_readability(parts: Iterable[ReadabilityParts]) -> ReadabilityParts:
    """The parts of a long article from those of its pieces (in order): counts added."""
    c = BodyCounts()
    passives: list[Passive] = []
    in_body: list[bool] = []
    for part in parts:
        for name in ("words", "sentences", "syllables", "complex_words", "polysyllables", "difficult_words"):
            setattr(c, name, getattr(c, name) + getattr(part.counts, name))
        passives.extend(part.passives)
        in_body.extend(part.in_body)
    return ReadabilityParts(c, passives, in_body)


def readability_of(parts: ReadabilityParts) -> Readability:
    """The readability formulas and passive shares over the counts of ``parts``."""
    c, passives = parts.counts, parts.passives
    W, S, Y = c.words, c.sentences, c.syllables
    complex_words, poly, difficult = c.complex_words, c.polysyllables, c.difficult_words
    body_passives = [p for p, inside in zip(passives, parts.in_body) if inside]
    passive_sentences = len({p.sentence_index for p in body_passives})
    agentless_sentences = len({p.sentence_index for p in body_passives if p.agentless})
    if W == 0 or S == 0:
        return Readability(W, S, Y, None, None, None, None, None, None, 0, 0,
                           len(body_passives), passive_sentences, None,
                           sum(p.agentless for p in body_passives), agentless_sentences, None, passives)
    wps, spw = W / S, Y / W
    pct_difficult = 100.0 * difficult / W
    dale = 0.1579 * pct_difficult + 0.0496 * wps + (3.6365 if pct_difficult > 5 else 0.0)
    return Readability(
        words=W,
        sentences=S,
        syllables=Y,
        mean_sentence_length=_r(wps),
        flesch_reading_ease=_r(206.835 - 1.015 * wps - 84.6 * spw),
        flesch_kincaid_grade=_r(0.39 * wps + 11.8 * spw - 15.59),
        gunning_fog=_r(0.4 * (wps + 100.0 * complex_words / W)),
        smog=_r(1.043 * math.sqrt(poly * 30.0 / S) + 3.1291),
        dale_chall=_r(dale),
        complex_words=complex_words,
        difficult_words=difficult,
        passive_clauses=len(body_passives),
        passive_sentences=passive_sentences,
        passive_share=_r(passive_sentences / S, 4),
        agentless_passives=sum(p.agentless for p in body_passives),
        agentless_sentences=agentless_sentences,
        agentless_share=_r(agentless_sentences / S, 4),
        passives=passives,
    )
