"""Targets: who or what a word is said of. The verb's object or subject, or the noun an
adjective describes, must be of the right kind: people ("beat demonstrators", not "beat
expectations"), dissent ("silence dissent"), money ("pocketed £2m"), actions ("decisive
measures"), an institution ("the department begs for funding").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...syntax import group_head, head_token, is_actor, is_person, objects, sent_words, subject_of
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "targets"

_WORDS = load_word_lists("loaded_terms/rules/targets.toml")
DISSENT_OBJECTS = _WORDS["dissent_objects"]
VICTIM_HARM = _WORDS["victim_harm"]
MONEY_WORDS = _WORDS["money_words"]
PRAISED_ACTIONS = _WORDS["praised_actions"]
DANGEROUS_TARGETS = _WORDS["dangerous_targets"]
DANGEROUS_LITERAL_PEOPLE = _WORDS["dangerous_literal_people"]
MELTDOWN_LITERAL = _WORDS["meltdown_literal"]
LEGAL_CLASSIFIERS = _WORDS["legal_classifiers"]
SENTENCING_WORDS = _WORDS["sentencing_words"]


@rule("person_object", family=FAMILY,
      covers='the verb\'s object (or passive subject) is a person or group: "beat demonstrators", not "beat expectations"')
def rule_person_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    objs = objects(verb)
    if any(is_person(o) for o in objs):
        return i, j
    # "beaten to death", "beat up"
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return i, j
    if any(c.dep_ == "prep" and any(g.lower_ == "death" for g in c.children) for c in verb.children):
        return i, j
    return None


@rule("dissent_object", family=FAMILY,
      covers='the object is dissent, critics, the press, protest ...: "silence dissent"')
def rule_dissent_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    for o in objects(verb):
        if o.lemma_.lower() in DISSENT_OBJECTS or o.lower_ in DISSENT_OBJECTS:
            return (i, max(j, o.i + 1)) if o.i - j <= 2 and o.i >= j else (i, j)
    return None


@rule("person_modifier", family=FAMILY,
      covers='the adjective describes people ("radical agitators", not "radical reform")')
def rule_person_modifier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    head = group_head(head_token(doc, i, j))
    return (i, j) if head is not None and is_person(head) else None


@rule("person_target", family=FAMILY,
      covers='the noun is said of people ("they are animals")')
def rule_person_target(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = head_token(doc, i, j)
    if tok.dep_ == "attr":
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (i, j) if subj and is_person(subj[0]) else None
    if tok.dep_ == "appos" and is_person(tok.head):
        return i, j
    if any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in tok.children) and tok.dep_ in ("nsubj", "dobj"):
        return i, j
    return None


@rule("actor_subject", family=FAMILY,
      covers="the verb's subject is a person, group or organisation")
def rule_actor_subject(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb whose subject is a person or group ("bosses raked in", "critics seethed")."""
    verb = head_token(doc, i, j)
    subj = subject_of(verb)
    return (i, j) if subj is not None and is_actor(subj) else None


@rule("praised_action", family=FAMILY,
      covers='"decisive" of measures, action, leadership, steps (not "a decisive vote", "the decisive factor")')
def rule_praised_action(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"decisive measures", "decisive leadership" (not "a decisive vote", "the decisive factor")."""
    tok = head_token(doc, i, j)
    head = group_head(tok)
    return (i, j) if head is not None and head.lemma_.lower() in PRAISED_ACTIONS else None


@rule("alleged_label", family=FAMILY,
      covers='"alleged" doubts victims or harms ("alleged victims"), not the legal "alleged attacker"')
def rule_alleged_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.dep_ != "amod" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return (i, j) if tok.head.lemma_.lower() in VICTIM_HARM else None


@rule("dangerous_judgement", family=FAMILY,
      covers='"dangerous" of people (not offenders, suspects, drivers) or of rhetoric, lies, ideas, ideology, agendas')
def rule_dangerous_judgement(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"dangerous" as a judgement of people, rhetoric or ideas ("dangerous rhetoric", "a dangerous
    extremist", "his dangerous lies"), not of roads, storms, drugs or a "dangerous offender"."""
    head = group_head(head_token(doc, i, j))
    if head is None:
        return None
    words = {head.lower_, head.lemma_.lower()}
    if words & DANGEROUS_LITERAL_PEOPLE:
        return None
    if words & DANGEROUS_TARGETS:
        return i, j
    return (i, j) if head.pos_ != "PRON" and is_person(head) and head.ent_type_ != "NORP" else None


@rule("person_meltdown", family=FAMILY,
      covers='a person\'s or group\'s meltdown (possessor, "had/suffered a meltdown" with a person subject, "online meltdown"); not nuclear, market or financial')
def rule_person_meltdown(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A person's or group's "meltdown" ("activists had a meltdown", "his meltdown on air"), not
    a reactor or a market meltdown."""
    tok = head_token(doc, i, j)
    if sent_words(tok) & MELTDOWN_LITERAL:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return i, j
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"have", "suffer", "throw", "stage", "go"}:
        subj = subject_of(tok.head)
        return (i, j) if subj is not None and is_actor(subj) else None
    return (i, j) if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in {"online", "on-air", "social", "public", "total", "epic", "full"}) for c in tok.children) else None


def _is_money(tok: Token) -> bool:
    if tok.ent_type_ == "MONEY" or tok.lemma_.lower() in MONEY_WORDS or tok.lower_ in MONEY_WORDS:
        return True
    if any(c.text in "£$€¥" or c.ent_type_ == "MONEY" for c in tok.subtree):
        return True
    return bool(re.match(r"^[£$€]?\d[\d,.]*(m|bn|k|million|billion)?$", tok.lower_)) and \
        any(t.text in "£$€" for t in tok.doc[max(0, tok.i - 2):tok.i + 1])


@rule("money_object", family=FAMILY,
      covers='taking money: the object is a sum or money word ("pocketed £2m", "raked in millions"), not "pocketed the ball"')
def rule_money_object(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Taking money: "pocketed £2m", "raked in millions", not "pocketed the ball"."""
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    objs = objects(verb) + [c for c in verb.children if c.dep_ in ("npadvmod", "attr", "oprd")] + \
        [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return (i, j) if any(_is_money(o) for o in objs) else None


@rule("offence_label", family=FAMILY,
      covers='people named by an offence outside the language of the law: "the offenders who wrecked the park", '
             'not "first-time offenders", "a repeat offender" or offenders in a sentence about sentencing or prison')
def rule_offence_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A noun of offenders ("offender") as the writer's label for people, not the law's
    category: not with a legal classifier as modifier ("first-time offenders", "young
    offenders", "a sex offender"), and not in a sentence with words of sentencing, prisons or
    court procedure ("carries a maximum sentence", "released on parole")."""
    tok = doc[j - 1]
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    # a hyphenated classifier ("first-time") is split by the tokenizer: read the words before
    before = doc[max(0, i - 3):i].text.lower().replace(" ", "")
    if mods & LEGAL_CLASSIFIERS or any(before.endswith(c) for c in LEGAL_CLASSIFIERS if "-" in c):
        return None
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return None if words & SENTENCING_WORDS else (i, j)
