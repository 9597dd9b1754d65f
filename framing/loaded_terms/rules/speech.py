"""Speech verbs: a verb is flagged only when it introduces speech or, for the verbs of attack
and fury, when it is used for criticism by someone ("claimed the network was losing money",
"slammed the plan"), not "claimed the lives of 12" or "slammed the door".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...syntax import PHYSICAL_OBJECTS, head_token, is_actor, objects, subject_of
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "speech"

_WORDS = load_word_lists("loaded_terms/rules/speech.toml")
CLAUSE_NOUNS = _WORDS["clause_nouns"]
TIME_PREPS = _WORDS["time_preps"]


def _introduces_speech(verb: Token) -> bool:
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return True
    if verb.dep_ in ("parataxis",):
        return True
    # '"...," he claimed' / 'claimed: "..."' — a quotation mark right next to the clause
    sent = verb.sent
    window = verb.doc[max(sent.start, verb.i - 4):min(sent.end, verb.i + 3)]
    if any(t.text in "\"\u201c\u201d\u2018\u2019\u00ab\u00bb" for t in window) and not any(c.dep_ == "dobj" for c in kids):
        return True
    # "it was claimed that" / "he claimed so" — a clause with 'that' marker attached elsewhere
    if any(c.dep_ == "mark" for c in kids):
        return True
    return _misattached_that_clause(verb)


def _misattached_that_clause(verb: Token) -> bool:
    """"bragged after the vote that the city was leading": the small parser hangs the that-clause
    on the noun of a time or place phrase. A clause with "that" as its marker and a subject of its
    own, under a prepositional phrase of the verb whose noun takes no clause, is the verb's."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in CLAUSE_NOUNS:
                continue
            for cl in noun.children:
                if cl.dep_ not in ("acl", "relcl", "ccomp") or cl.i < noun.i or \
                        not any(m.dep_ in ("nsubj", "nsubjpass") and m.lower_ != "that" for m in cl.children):
                    continue
                that = [m for m in cl.children if m.lower_ == "that" and m.i < cl.i]
                if any(m.dep_ == "mark" for m in that):
                    return True
                # "boasted after the hearing that he had won", read as a relative clause
                if that and prep.lower_ in TIME_PREPS:
                    return True
    return False


@rule("speech_verb", family=FAMILY,
      covers='the verb introduces speech (a that-clause, a reported clause, a quotation): "claimed the network was losing money", not "claimed the lives of 12" or "admitted to hospital"')
def rule_speech_verb(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("amod",):  # "the alleged attack" is not a reporting verb
        return None
    # "claims to speak for", "claimed to be" are the delegitimising "claim to" (its own entry)
    if any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children) \
            and tok.lemma_.lower() == "claim":
        return None
    return (i, j) if _introduces_speech(tok) else None


@rule("attack_verb", family=FAMILY,
      covers='a verb of assault or fury used for criticism ("slammed the plan", "blasted the bosses as greedy", "fumed: ..."): the subject is a person or group (or the verb introduces speech or an "as"-judgement); not "slammed the door", "slammed into a wall", "blasted them with water cannon", "fighting raged"')
def rule_attack_verb(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb of physical assault used for criticism: "slammed the plan", "blasted the bosses as
    greedy", "fumed: ...". Rejected for literal uses: a physical object ("slammed the door"), a
    motion ("slammed into a wall"), an instrument ("blasted them with water cannon") or a subject
    that is not an actor ("fighting raged")."""
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ in ("shut", "open", "down", "off", "away") for c in kids):
        return None
    if j - i == 1 and any(c.dep_ == "prep" and c.lower_ in ("into", "through", "across", "onto") for c in kids):
        return None
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in PHYSICAL_OBJECTS for g in c.children) for c in kids):
        return None  # "slammed on the brakes", "blasted them with water cannon"
    if any(o.lemma_.lower() in PHYSICAL_OBJECTS for o in objects(verb)):
        return None
    subj = subject_of(verb)
    if subj is not None and subj.dep_ != "nsubjpass":
        return (i, j) if is_actor(subj) else None
    if subj is not None:  # passive: "the plan was slammed by unions"
        agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return (i, j) if agent and is_actor(agent[0]) else None
    # a headline or a clause without a subject: only with speech or an "as"-judgement
    if _introduces_speech(verb) or any(c.dep_ == "prep" and c.lower_ in ("as", "for", "over") for c in kids):
        return i, j
    return None
