"""What the context rules, the matcher and the voice read off the spaCy parse: the head of a
matched span, a verb's objects and subject, whether a token names a person or an actor, and
the base forms of a verb the small parser's lemmatiser misses.

Word classes come from ``framing/data/word_classes.toml``.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from .word_lists import load_word_lists

HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}

_WORDS = load_word_lists("word_classes.toml")
PERSON_NOUNS = _WORDS["person_nouns"]
NOT_PERSON_SUFFIXED = _WORDS["not_person_suffixed"]
NON_CRITIC_SUBJECTS = _WORDS["non_critic_subjects"]
PHYSICAL_OBJECTS = _WORDS["physical_objects"]
ACTOR_NOUNS = _WORDS["actor_nouns"]

#: agent-noun endings that almost always name people ("-ist", "-ian"): "environmentalists", "politicians"
_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians")
_PERSON_PRONOUNS = {"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i", "whom", "who"}


def is_person(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ == "PRON":
        return low in _PERSON_PRONOUNS
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    if lemma in PERSON_NOUNS or low in PERSON_NOUNS:
        return True
    return (tok.pos_ == "NOUN" and len(lemma) > 6 and lemma.endswith(_PERSON_SUFFIXES)
            and lemma not in NOT_PERSON_SUFFIXED and not lemma.endswith("list"))


def is_actor(tok: Token) -> bool:
    """A person, group or organisation that can speak or act."""
    if is_person(tok):
        return True
    if tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return tok.lemma_.lower() not in NON_CRITIC_SUBJECTS
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in ACTOR_NOUNS


def with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def objects(verb: Token) -> list[Token]:
    """A verb's objects (and passive subjects), with their conjuncts."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        objs.append(verb.head)  # "the beaten protesters", "protesters beaten by police"
    if verb.dep_ == "conj":  # "arrested and beat them" shares nothing; but "were beaten and" passive subject
        objs.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
    return with_conjuncts(objs)


def head_token(doc: Doc, i: int, j: int) -> Token:
    """The syntactic head of the tokens [i, j) (hyphens aside)."""
    toks = [t for t in doc[i:j] if t.text not in HYPHENS]
    for t in toks:
        if not (i <= t.head.i < j) or t.head.i == t.i:
            return t
    return toks[-1]


def group_head(tok: Token) -> Token | None:
    """The noun an adjective describes: its head noun, or the subject of its copula."""
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ in ("acomp", "attr"):
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subj[0] if subj else None
    if tok.dep_ == "conj":
        return group_head(tok.head)
    return None


def subject_of(verb: Token) -> Token | None:
    """The verb's grammatical subject (a passive's subject too, unless a ``by`` agent names who
    acts: then the agent); inherited through conj/xcomp/advcl; a relative clause's noun.
    The one subject finder of the library; attribution's speaker finder
    (:func:`framing.attribution.cues.speaker_token`) differs on purpose for passives."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl":
            if c.dep_ == "nsubjpass" and any(x.dep_ == "agent" for x in verb.children):
                agent = next(x for x in verb.children if x.dep_ == "agent")
                objs = [g for g in agent.children if g.dep_ == "pobj"]
                return objs[0] if objs else None
            return c
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return subject_of(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def sent_words(tok: Token) -> set[str]:
    """Lemmas and lower-cased forms of the words of ``tok``'s sentence."""
    return {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}


def verb_stems(low: str) -> set[str]:
    """Base forms guessed from an -ed/-ing ending (the small parser's lemmatiser misses some:
    "trousered" -> "trousere", "raged" -> "rag")."""
    out: set[str] = set()
    for suf in ("ed", "ing"):
        if low.endswith(suf) and len(low) > len(suf) + 2:
            stem = low[: -len(suf)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # slammed -> slam
            if suf == "ed" and stem.endswith("i"):
                out.add(stem[:-1] + "y")  # bullied -> bully
    return out
