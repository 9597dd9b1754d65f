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

from ..syntax import is_actor, is_person

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


#: verbs whose "could" reports an ability or a perception ("could not find", "could see"), not a guess
ABILITY_VERBS = frozenset({
    "see", "hear", "feel", "smell", "taste", "find", "afford", "remember", "imagine", "read", "walk",
    "swim", "speak", "sleep", "breathe", "move", "stand", "wait", "recall", "bear",
})
_SECOND_PERSON = frozenset({"you", "u"})


def _modal_verb(tok: Token) -> Token | None:
    """The verb a modal auxiliary belongs to."""
    if tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        return tok.head
    return None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl"):
            return c
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject(verb.head)
    return None


@rule("epistemic_modal",
      covers='"may", "might", "could" as a guess about what is or will be the case (epistemic): '
             'with a perfect ("may have misled", "could have been avoided"), with "be" or "well" ("it '
             'might be too late", "may well fall"), or with something other than a person as subject '
             '("the plan could cost jobs", "there may be delays"); not permission or prohibition ("you '
             'may leave", "visitors may not park here", "May I ask"), not ability ("could not find her", '
             '"she could see the smoke"), not a purpose ("so anyone could follow them"), not a question or '
             'request ("Could you help?")')
def epistemic_modal(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.tag_ != "MD":
        return None
    verb = _modal_verb(tok)
    if verb is None:
        return None
    subject = _subject(verb)
    if subject is not None and subject.i > tok.i and verb.i > tok.i:
        return None  # inverted: a question or request ("May I ask", "Could you help")
    if verb.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in ("so", "that") for c in verb.children)
                                 or (i >= 2 and doc[i - 2].lower_ == "so") or (i >= 1 and doc[i - 1].lower_ == "so")):
        return None  # a purpose: "written plainly so anyone could follow them"
    if i + 2 < len(doc) and doc[i + 1].lower_ == "as" and doc[i + 2].lower_ == "well":
        return None  # "might as well": a comparison, not a guess
    lower = tok.lower_
    negated = any(c.dep_ == "neg" for c in verb.children) or (i + 1 < len(doc) and doc[i + 1].lower_ in ("not", "n't"))
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > tok.i for c in verb.children)
    after = doc[i + 1] if i + 1 < len(doc) else None
    be_or_well = after is not None and (after.lemma_.lower() == "be" or after.lower_ == "well")
    person = subject is not None and (subject.lower_ in _SECOND_PERSON or is_person(subject) or is_actor(subject))
    if subject is not None and subject.lower_ in _SECOND_PERSON:
        return None  # "you may leave", "you could try": permission or advice
    if lower in ("could", "can") and not perfect:
        if negated or verb.lemma_.lower() in ABILITY_VERBS:
            return None  # ability: "could not find", "could see"
    if lower == "may" and negated and person and not perfect:
        return None  # prohibition: "protesters may not enter the square"
    if perfect or be_or_well or not person or lower == "might":
        return (i, j)
    # a person or group subject with a plain verb: "the minister may resign", "unions could strike"
    # is a guess too, unless the sentence grants or refuses permission
    allowed = {"allow", "permit", "entitle", "rule", "law", "policy", "regulation", "guideline"}
    if any(t.lemma_.lower() in allowed for t in tok.sent):
        return None
    return (i, j)


@rule("evidential_raising",
      covers='"appear"/"seem" presenting a statement as an impression: with a to-infinitive ("the '
             'minister appears to have misled", "the talks seem to be stalling"), "it seems/appears '
             'that ...", or an adjective ("the fire does not appear suspicious", "the party seems '
             'unaware"); not "appeared in court", "appeared on television", "a crack appeared"')
def evidential_raising(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    verb = doc[i]
    kids = list(verb.children)
    to_infinitive = any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                        for c in kids)
    that_clause = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids) and \
        any(c.dep_ in ("ccomp", "advcl") for c in kids)
    impression = any(c.dep_ in ("acomp", "oprd") for c in kids)
    return (i, j) if (to_infinitive or that_clause or impression) else None


#: nouns of evidence that can "suggest" a conclusion ("the figures suggest ...")
EVIDENCE_NOUNS = frozenset({
    "evidence", "data", "figure", "number", "study", "report", "survey", "poll", "research", "analysis",
    "result", "finding", "record", "document", "statistic", "trend", "sign", "test", "review", "estimate",
    "model", "footage", "image", "email", "message", "source", "this", "that", "it", "which",
})


@rule("evidential_suggest",
      covers='"suggest"/"indicate" with evidence, not a person, as subject and a clause as content: '
             '"the figures suggest the scheme is failing", "early results indicate that turnout fell" '
             '(the writer presents a conclusion as a likelihood); not a person proposing ("she suggested '
             'a meeting", "he suggested that they wait"), not "suggested retail price"')
def evidential_suggest(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return None
    subject = _subject(verb)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = verb.head  # "evidence to suggest that ...", "figures that suggest ..."
    if subject is None or is_person(subject) or is_actor(subject):
        return None
    if subject.lemma_.lower() not in EVIDENCE_NOUNS and subject.lower_ not in EVIDENCE_NOUNS:
        return None
    if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    return (i, j)


@rule("claim_to_verb",
      covers='"claims to" / "purports to" + verb: a self-description the writer does not vouch for ("the '
             'group claims to represent every farmer", "a letter purporting to come from the minister"); '
             'not a claim as a noun ("a claim to the land") or "claimed to the police that" (no verb)')
def claim_to_verb(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return None
    to = doc[j - 1]
    if to.lower_ != "to" or to.pos_ != "PART":
        return None
    return (i, j) if to.head.dep_ == "xcomp" and to.head.head.i == verb.i else None


#: predicates that leave a "whether" clause open ("whether ... is another question / unclear")
OPEN_PREDICATES = frozenset({
    "question", "unclear", "uncertain", "doubtful", "open", "unknown", "guess", "matter", "debatable",
    "moot", "see",
})


@rule("open_question",
      covers='rhetorical doubt: a "whether" clause as the subject of a predicate that leaves it open '
             '("Whether the aid will arrive in time is another question", "whether anyone is counting '
             'remains unclear", "whether the cuts work is anyone\'s guess") or a "whether" clause after '
             '"it is unclear / doubtful" ("it is doubtful whether the deal survives"): the writer raises '
             'the doubt without stating it; not a "whether" clause as an object ("they asked whether the '
             'road was open", "she will decide whether to stand")')
def open_question(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    tok = doc[i]
    if tok.lower_ != "whether":
        return None
    clause = tok.head
    if clause.dep_ == "csubj":
        main = clause.head
    elif clause.dep_ in ("ccomp", "advcl") and any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it")
                                                 for c in clause.head.children):
        main = clause.head  # "it is unclear whether ...": "it" stands for the clause
    else:
        return None
    if main.lemma_.lower() not in ("be", "remain"):
        return None
    predicates = [c for c in main.children if c.dep_ in ("attr", "acomp", "xcomp", "oprd")]
    if not any(p.lemma_.lower() in OPEN_PREDICATES or any(g.lemma_.lower() in OPEN_PREDICATES for g in p.subtree)
               for p in predicates):
        return None
    return (i, j)
