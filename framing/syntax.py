"""What the context rules, the matcher and the voice read off the spaCy parse: the head of a
matched span, a verb's objects and subject, whether a token names a person or an actor, and
the base forms of a verb the small parser's lemmatiser misses.

Word classes come from ``framing/data/word_classes.toml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from .word_lists import load_word_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: a word of running text: letters or digits, with inner apostrophes or hyphens joining its
#: parts ("don't", "Kazakhstan's", "well-known" are one word each)
WORD = re.compile(r"[\w\u00C0-\u024F]+(?:['\u2019\-][\w\u00C0-\u024F]+)*")


def word_count(text: str) -> int:
    """The words of a stretch of text (:data:`WORD`). The one word counter for raw text: quoted
    and narrator words (tone), quoted and content words (attribution), the minimum length of
    a loaded page (ingestion)."""
    return len(WORD.findall(text))


def is_word(token: Any) -> bool:
    """A word of the parse: a token with a letter or digit in it (not punctuation, not space).
    The article's ``word_count`` and every density per 1,000 words count these; the parser
    splits contractions ("do" + "n't"), so a text with contractions has a few more of them
    than :func:`word_count` finds."""
    return not token.is_space and not token.is_punct and any(c.isalnum() for c in token.text)

HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}

_WORDS = load_word_lists("word_classes.toml")
PERSON_NOUNS = _WORDS["person_nouns"]
NOT_PERSON_SUFFIXED = _WORDS["not_person_suffixed"]
NON_CRITIC_SUBJECTS = _WORDS["non_critic_subjects"]
PHYSICAL_OBJECTS = _WORDS["physical_objects"]
ACTOR_NOUNS = _WORDS["actor_nouns"]
SPEECH_VERBS = _WORDS["speech_verbs"]
NAMING_VERBS = _WORDS["naming_verbs"]
PREP_CONTENT_VERBS = _WORDS["prep_content_verbs"]
AS_JUDGEMENT_VERBS = _WORDS["as_judgement_verbs"]
PLACE_HEAD_NOUNS = _WORDS["place_head_nouns"]
PLACE_PART_NOUNS = _WORDS["place_part_nouns"]
MOTION_VERBS = _WORDS["motion_verbs"]
ACTOR_OBJECT_VERBS = _WORDS["actor_object_verbs"]

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


def noun_phrase(tok: Token) -> str:
    """The noun phrase ``tok`` heads, up to ``tok`` (its determiners, modifiers and compounds)."""
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "punct", "appos", "acl") or t.i == tok.i]
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod")]
    start = min([tok.i] + [t.i for t in left])
    return tok.doc[start:tok.i + 1].text if toks else tok.text


def speech_ancestor(tok: Token, limit: int = 12) -> tuple[Token, Token] | None:
    """The nearest ancestor verb of which ``tok`` is part of the said/claimed content.

    Returns (verb, child-on-the-path) or None. Content enters the verb as a clause
    (ccomp, xcomp, parataxis), through a preposition for accuse/blame verbs, or as the
    object of a naming verb ('called it "X"').
    """
    child, node = tok, tok.head
    steps = 0
    while node is not child and steps < limit:
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and lemma in AS_JUDGEMENT_VERBS and child.dep_ == "prep" and child.lower_ == "as":
            return node, child
        if node.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS:
            dep = child.dep_
            if dep == "advcl" and describes_the_act(child):
                pass  # '"...," she said, repeating the arguments of X': the narrator describes the act
            elif dep in ("ccomp", "xcomp", "parataxis", "advcl") and lemma not in NAMING_VERBS - {"call", "describe"}:
                return node, child
            if dep in ("ccomp", "xcomp", "parataxis"):
                return node, child
            if dep == "prep" and lemma in PREP_CONTENT_VERBS | {"describe"}:
                return node, child
            if dep in ("dobj", "oprd", "attr", "prep") and lemma in NAMING_VERBS:
                return node, child
        # a clause reporting speech from its head: '... police admitted' (head verb with ccomp child)
        child, node = node, node.head
        steps += 1
    return None


def describes_the_act(clause: Token) -> bool:
    """An adverbial clause of a speech verb that describes the act of speaking rather than giving
    its content: a participle without a subject of its own ("said, repeating the arguments of
    ...", "said, citing ...", "wrote, echoing ..."; a speech-verb participle only when it has no
    clause of its own, unlike "adding that ..."), or a clause of time or manner ("said as
    prices rose")."""
    kids = list(clause.children)
    if clause.lemma_.lower() in SPEECH_VERBS:
        # "adding that ...", "saying ..." give content; "repeating the arguments of X" does not
        return not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids)
    if any(c.dep_ == "mark" and c.lower_ in ("as", "while", "after", "before", "when", "since", "because") for c in kids):
        return True
    # set off by a comma: "said, repeating ..." (not '"a coup" coordinated from abroad', which the
    # small parser may hang on the speech verb too)
    edge = clause.left_edge.i
    comma = edge > 0 and clause.doc[edge - 1].text in (",", ";", "\u2014", "\u2013")
    return comma and clause.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
