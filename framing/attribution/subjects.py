"""Who speaks a reporting verb where the parse names the wrong words, and who is only spoken to.

* :func:`glued_name_subject` — ``Mr. Haddon Monday told reporters``: the parser made the day the
  verb's adverb and the name a compound of it, leaving the verb no subject (it then borrowed the
  subject of the clause it is coordinated with); the name glued to the day is the speaker.
* :func:`speaking_subject` — ``Shares of X fell after the chipmaker cut its forecast and said ...``:
  a subject that names a thing that cannot speak (shares, prices, earnings: ``cannot_speak`` of
  ``framing/data/speaker_subjects.toml``) yields to the nearest subject before the verb, in the
  same clause, that can; else the organisation named inside the phrase (``Shares of X`` -> X);
  else nobody.
* :func:`is_hearer` — ``Morrow told The Beacon``, ``she wrote to the council``: the object of a
  verb of telling, or the ``to`` phrase of a verb of speaking, is the one spoken to; a later
  ``she said`` never resolves to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..word_lists import load_word_lists
from .mentions import DATE_WORDS
from .verbs_and_roles import roles as load_roles

_LISTS = load_word_lists("speaker_subjects.toml")
CANNOT_SPEAK = _LISTS["cannot_speak"]
TELLING_VERBS = _LISTS["telling_verbs"]
SPEAKING_TO_VERBS = _LISTS["speaking_to_verbs"]
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_VERB_POS = ("VERB", "AUX")


def _is_date_word(tok: Token) -> bool:
    return tok.lower_ in DATE_WORDS or tok.ent_type_ in ("DATE", "TIME")


def glued_name_subject(verb: Token) -> Token | None:
    """The name the parser glued to a day before the verb (``Mr. Haddon Monday told``), when the
    verb has no subject of its own; None otherwise."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.i > verb.i or c.dep_ not in ("npadvmod", "nmod", "advmod") or not _is_date_word(c):
            continue
        # the recogniser often labels the name a part of the date ("Ruiz Monday" as one DATE)
        names = [x for x in c.lefts if x.dep_ == "compound" and x.pos_ == "PROPN" and x.lower_ not in DATE_WORDS]
        if names and names[-1].i == c.i - 1:
            return names[-1]
    return None


def cannot_speak(tok: Token) -> bool:
    """A subject head that names a thing (``shares``, ``prices``, ``earnings``), not a voice."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in CANNOT_SPEAK or tok.lower_ in CANNOT_SPEAK)


def _clause_root(verb: Token) -> Token:
    """The first verb of a chain of coordinated verbs (``fell ... and said``: ``fell``)."""
    while verb.dep_ == "conj" and verb.head.pos_ in _VERB_POS:
        verb = verb.head
    return verb


def speaking_subject(verb: Token, subj: Token | None) -> Token | None:
    """``subj`` unless it names a thing that cannot speak: then the nearest subject between it and
    the verb that can (the subject of a verb in the clause the reporting verb is coordinated in),
    else the organisation or name inside its phrase, else None."""
    if subj is None or not cannot_speak(subj):
        return subj
    root = _clause_root(verb)
    best: Token | None = None
    for t in root.subtree:
        if not (subj.i < t.i < verb.i) or t.dep_ not in _SUBJECT_DEPS or t.head.pos_ not in _VERB_POS:
            continue
        if t.head.i == verb.i or cannot_speak(t) or t.tag_ in ("WDT", "WP", "EX"):
            continue
        if best is None or t.i > best.i:
            best = t
    named = _named_inside(subj)
    if best is not None:
        # "Shares of X AG fell after the chipmaker cut ...": a word for a company, said with "the",
        # stands for the company whose shares the subject names
        if named is not None and best.pos_ == "NOUN" and any(c.lower_ == "the" for c in best.lefts) \
                and load_roles().orgs.get(best.lemma_.lower()) == "business":
            return named
        return best
    return named                      # "Shares of X AG said": the company named inside the phrase


def _named_inside(subj: Token) -> Token | None:
    """The name of the ``of``/``in`` phrase of a thing's subject (``Shares of X AG`` -> ``AG``)."""
    for t in subj.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "in") and t.head.head.i == subj.i and t.pos_ == "PROPN":
            return t
    return None


def is_hearer(tok: Token) -> bool:
    """The person or outlet spoken to: the object of a verb of telling (``told The Beacon``,
    ``assured reporters``) or the ``to`` phrase of a verb of speaking (``wrote to the council``)."""
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.dep_ in ("dobj", "dative") and head.head.pos_ in _VERB_POS:
        return head.head.lemma_.lower() in TELLING_VERBS
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.dep_ in ("prep", "dative"):
        verb = head.head.head
        return verb.pos_ in _VERB_POS and verb.lemma_.lower() in SPEAKING_TO_VERBS | TELLING_VERBS
    return False
