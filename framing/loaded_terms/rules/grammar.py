"""Grammar: the word must have a given role in the sentence: a modifier ("bloody crackdown"),
a noun in its own right ("three terrorists", not "terrorist attack"), a verb used as a verb
("hyped the threat", not "the much-hyped launch"), or a fixed construction ("order ... restored").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import HYPHENS, head_token
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "grammar"


@rule("attributive", family=FAMILY,
      covers='an adjective used as a modifier or predicate (not a verb form)')
def rule_attributive(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = head_token(doc, i, j)
    if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "acomp"):
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acomp"):
            return None
        return i, j
    return None


@rule("not_compound", family=FAMILY,
      covers='a noun naming people in its own right ("three terrorists", "the elites"), not a modifier ("terrorist attack", "elite troops")')
def rule_not_compound(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A noun naming people or things in its own right, not a modifier of another noun
    ("terrorists", not "terrorist attack"; "the elites", not "elite forces")."""
    tok = head_token(doc, i, j)
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN") and doc[tok.i + 1].head.i != tok.i:
        return None
    return i, j


@rule("not_modifier", family=FAMILY,
      covers='a verb used as a verb ("hyped up the issue"), not "the much-hyped launch"')
def rule_not_modifier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A verb used as a verb ("they hyped up the issue"), not a participle modifying a noun
    ("the much-hyped launch")."""
    tok = head_token(doc, i, j)
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
        return None
    if i >= 1 and doc[i - 1].text in HYPHENS:
        return None
    return i, j


#: verbs that bring a calm state back ("order was restored", "they re-established order")
RESTORING_VERBS = frozenset({"restore", "re-establish", "reestablish"})


@rule("restored_order", family=FAMILY,
      covers='order words (order, calm, normality) as what force brought back: subject or object of '
             'restore/re-establish, or subject of an intransitive "return" ("order was restored", "calm has '
             'returned", "they restored normality"; not "returned the order"); the term is the noun, with '
             'the verb when it is next to it')
def rule_restored_order(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    head = tok.head
    verb = head.lemma_.lower()
    if (tok.dep_ in ("nsubjpass", "dobj", "nsubj") and verb in RESTORING_VERBS) or (tok.dep_ == "nsubj" and verb == "return"):
        if abs(head.i - tok.i) == 1:
            return min(i, head.i), max(j, head.i + 1)
        return i, j  # "Order has now been fully restored": the judgement is the word "order"
    return None
