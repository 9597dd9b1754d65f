"""Context rules of stance-marker entries: a word of the lexicon is a stance marker only where its
rule holds. Each rule names the family of cases it covers (``covers``) and has sentences of the
project's own in ``tests/framing/stance_markers/test_rules.py``.

A rule takes the parse and the matched tokens ``[i, j)`` and returns the tokens to mark (it may
widen the span, e.g. to take in the auxiliary of a passive) or ``None`` when the word is not a
stance marker there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token

Check = Callable[[Doc, int, int], "tuple[int, int] | None"]


@dataclass(frozen=True)
class StanceRule:
    name: str
    covers: str
    check: Check


RULES: dict[str, StanceRule] = {}


def rule(name: str, covers: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        RULES[name] = StanceRule(name, covers, fn)
        return fn
    return register


def _set_off_by_commas(tok: Token) -> bool:
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (before is not None and before.text == ",") or (after is not None and after.text == ",")


@rule("stance_adverb",
      covers='an adverb that is also a manner adverb is a stance marker only where it comments on the '
             'statement: before its verb ("the minister clearly misled parliament"), after a copula '
             '("this is obviously a mistake"), at the head of the sentence or set off by commas '
             '("Clearly, the plan failed"); not after the verb it describes ("she spoke clearly", '
             '"the rules were written plainly")')
def stance_adverb(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.pos_ != "ADV":
        return None
    if tok.is_sent_start or _set_off_by_commas(tok):
        return (i, j)
    head = tok.head
    manner = head.pos_ == "VERB" and head.lemma_.lower() != "be" and head.i < tok.i
    return None if manner else (i, j)


@rule("hearsay_passive",
      covers='a speech or thought verb in the passive with no one named as its source, reporting '
             'content: "he is said to be furious", "the talks are believed to have stalled", "it is '
             'alleged that the funds were moved"; not with an agent ("was believed by the jury"), not '
             'without reported content ("the statement was said aloud", "the alleged attack")')
def hearsay_passive(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    verb = doc[i]
    kids = list(verb.children)
    aux = [c for c in kids if c.dep_ == "auxpass"]
    if not aux or any(c.dep_ == "agent" for c in kids):
        return None
    to_infinitive = any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                        for c in kids)
    that_clause = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids) and \
        any(c.dep_ == "ccomp" for c in kids)
    if not (to_infinitive or that_clause):
        return None
    return (min(aux[0].i, i), max(j, i + 1))
