"""Who an evaluation in a sentence is about: rules that aim the tone toward a mention.

The target-tone model (:mod:`.target`) reads every evaluative word of the sentence around a
mention. These rules, over the spaCy parse, say which evaluative words are *not* about the
mention and which predicates express support or opposition *toward* it; the rule data (own
lists, a category and a note per entry) is ``framing/data/tone/directed.toml``.

Families (each a :class:`Directed` reason):

* **another actor's phrase** — an evaluative word inside a noun phrase possessed by another
  actor ("his rival's troubles", "the failures of the opposition") or modifying a noun that
  names another actor ("the corrupt incumbent"), when the mention is not part of that phrase;
* **another subject's clause** — an evaluative word of a clause whose nominal subject is not
  the mention and which does not hold the mention ("X cited a report that the regulator had
  ignored warnings"); pronoun subjects are left out (often the mention itself);
* **not asserted** — an evaluative word in the complement of a negated verb of necessity or
  attention ("did not need to dwell on the scandal", "need not fear defeat"): the sentence says
  the subject did not do it;
* **stance toward the mention** — a verb by which someone supports or opposes the mention:
  "the town stands with her", "rallied behind him", "fans booed him", "thousands came to hear
  her". The mention's tone moves toward that stance by :data:`STANCE_LOGIT`.

The masked words are removed before the model reads the sentence (their valences, word
features and their share of the VADER compounds); the stance adds to the model's logit of the
class. Both are listed in the mention's evidence.
"""

from __future__ import annotations

import bisect
import functools
import pathlib
import tomllib
from dataclasses import dataclass
from typing import Any, Sequence

from spacy.tokens import Token

DATA_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "tone" / "directed.toml"
REFERENTS_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "actors" / "referents.toml"
#: added to the logit of the positive (support) or negative (oppose) class
STANCE_LOGIT = 3.0
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: a noun phrase in these relations describes its head or the subject ("X, the corrupt mayor";
#: "X is a disgraceful rival"), so its words may be about the mention
_PREDICATIVE = frozenset({"attr", "oprd", "appos", "acomp"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod"})


class DirectedRulesError(RuntimeError):
    pass


@dataclass(frozen=True)
class StanceRule:
    lemmas: frozenset[str]
    stance: str                      # support | oppose
    preps: frozenset[str]
    object: bool
    purpose: frozenset[str]
    particle: str
    category: str


@dataclass(frozen=True)
class DirectedRules:
    actor_nouns: frozenset[str]
    bodies: frozenset[str]           # actor nouns that are the possessor's own ("her campaign")
    necessity: frozenset[str]        # negated with an xcomp ("did not need to ...")
    modals: frozenset[str]           # negated modals of the same sense ("need not ...")
    attention: frozenset[str]        # negated with a prepositional complement ("did not dwell on")
    stances: tuple[StanceRule, ...]


def _words(entry: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise DirectedRulesError(f"{where}: '{key}' must be a list of words")
    return frozenset(w.lower() for w in value)


@functools.lru_cache(maxsize=4)
def directed_rules(path: str | None = None) -> DirectedRules:
    """The rules of ``path`` (default: the shipped file), read once per process."""
    p = pathlib.Path(path) if path else DATA_PATH
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        refs = tomllib.loads(REFERENTS_PATH.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DirectedRulesError(f"tone rules file {p} could not be read: {exc}; fix or restore it") from exc
    nouns: set[str] = set()
    bodies: set[str] = set()
    for k, entry in enumerate(data.get("actor_noun", [])):
        words = _words(entry, "lemmas", f"{p} actor_noun #{k + 1}")
        nouns |= words
        if entry.get("kind") == "body":
            bodies |= words
    for entry in refs.values():
        if isinstance(entry, dict):
            nouns |= {w.lower() for w in entry.get("lemmas", [])}
    necessity: set[str] = set()
    modals: set[str] = set()
    attention: set[str] = set()
    for k, entry in enumerate(data.get("not_asserted", [])):
        where = f"{p} not_asserted #{k + 1}"
        kind = entry.get("complement")
        if kind not in ("xcomp", "prep"):
            raise DirectedRulesError(f"{where}: 'complement' must be \"xcomp\" or \"prep\"")
        (necessity if kind == "xcomp" else attention).update(_words(entry, "lemmas", where))
        modals.update(_words(entry, "modal", where))
    stances = []
    for k, entry in enumerate(data.get("stance", [])):
        where = f"{p} stance #{k + 1}"
        if entry.get("stance") not in ("support", "oppose"):
            raise DirectedRulesError(f"{where}: 'stance' must be \"support\" or \"oppose\"")
        rule = StanceRule(_words(entry, "lemmas", where), entry["stance"], _words(entry, "prep", where),
                          bool(entry.get("object", False)), _words(entry, "purpose", where),
                          str(entry.get("particle", "")).lower(), str(entry.get("category", "")))
        if not rule.lemmas or not (rule.preps or rule.object or rule.purpose):
            raise DirectedRulesError(f"{where}: needs 'lemmas' and one of 'prep', 'object', 'purpose'")
        stances.append(rule)
    return DirectedRules(frozenset(nouns), frozenset(bodies), frozenset(necessity), frozenset(modals), frozenset(attention), tuple(stances))


@dataclass(frozen=True)
class Directed:
    """What the rules found for one mention: evaluative words (document token indices) that are
    not about it, each with its reason, and a stance toward it ("" when none)."""

    masked: tuple[tuple[int, str], ...] = ()
    stance: str = ""
    stance_token: int = -1
    stance_reason: str = ""


NOTHING = Directed()


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _within(top: Token, t: Token) -> bool:
    return t.i == top.i or top.is_ancestor(t)


def _is_actor(n: Token, rules: DirectedRules) -> bool:
    return n.ent_type_ in ACTOR_ENTITY_TYPES or _lemma(n) in rules.actor_nouns


def _owner(n: Token, rules: DirectedRules) -> Token | None:
    """The actor a noun belongs to: its possessor ("his rival's troubles": rival) or the object of
    its "of" ("the failures of the opposition"); pronoun possessors are left out (often the
    mention itself: "he defended his record"), and so are possessors that are not actors ("the
    deal's critics")."""
    for c in n.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and (
                c.ent_type_ in ACTOR_ENTITY_TYPES or not c.ent_type_ and (c.pos_ == "PROPN" or _is_actor(c, rules))
                or c.lower_ == "whose"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in _NOUNS and _is_actor(o, rules):
                    return o
    return None


@dataclass(frozen=True)
class _Facts:
    """What the rules need of one evaluative token whatever the mention (computed once per
    sentence): the noun it is or qualifies, that noun's owner, its clause's verb and subject."""

    name: bool                   # part of a name ("Melissa Block"): not an evaluation
    noun: Token | None
    noun_actor: bool
    noun_body: bool
    owner: Token | None
    verb: Token | None           # the clause's verb (t itself or its nearest verb ancestor)
    subject: Token | None        # that verb's nominal subject (None: none, or a pronoun)


def _facts(t: Token, rules: DirectedRules) -> _Facts:
    if t.pos_ == "PROPN" or t.ent_type_:
        return _Facts(True, None, False, False, None, None, None)
    n = t if t.pos_ in _NOUNS else t.head if t.dep_ in _MODIFIER_DEPS and t.head.pos_ in _NOUNS else None
    noun_actor = n is not None and _is_actor(n, rules)
    noun_body = n is not None and _lemma(n) in rules.bodies
    owner = _owner(n, rules) if n is not None and n.dep_ not in _PREDICATIVE else None
    v: Token | None = t
    for _ in range(4):
        assert v is not None
        if v.pos_ in ("VERB", "AUX"):
            break
        if v.head.i == v.i:
            v = None
            break
        v = v.head
    else:
        v = None
    subj = None
    if v is not None:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.pos_ == "PRON" or subj.tag_ in ("WP", "WDT")):
            subj = None
    return _Facts(False, n, noun_actor, noun_body, owner, v, subj)


def _another_actors_phrase(t: Token, root: Token, facts: _Facts) -> str:
    """Why the evaluative token ``t`` is about another actor than the mention governed by
    ``root``, or ``""``."""
    n = facts.noun
    if n is None or n.i == root.i or n.dep_ in _PREDICATIVE:
        return ""
    if n.head.i == root.i and n.dep_ in _MODIFIER_DEPS:  # "the popular Prime Minister X": X's title
        return ""
    if root.dep_ == "appos" and root.head.i == n.i:  # "the popular leader, X,": X is that leader
        return ""
    mentions_own = _within(n, root)  # "X's troubles", "the troubles of X": the mention's own phrase ...
    if n.i != t.i and facts.noun_actor and not (mentions_own and facts.noun_body):
        return f"describes another actor ('{n.text}')"  # ... but "X's corrupt rival" is the rival
    if mentions_own:
        return ""
    owner = facts.owner
    if owner is not None and owner.lower_ not in _words_of(root):  # "his rival's troubles"; not "Ryan ... Ryan's"
        return f"in a phrase of another actor ('{owner.text}')"
    return ""


def _another_subjects_clause(root: Token, facts: _Facts) -> str:
    """Why a token is said of another subject: it is (or qualifies) a verb whose nominal subject
    is not the mention, in a clause that does not hold the mention ("X criticised the report that
    the minister failed to ..."); pronoun subjects are left out (often the mention itself)."""
    v, subj = facts.verb, facts.subject
    if v is None or subj is None or _within(v, root) or _within(subj, root):
        return ""
    return f"said of another subject ('{subj.text}')"


def _words_of(root: Token) -> set[str]:
    """The lower-cased words of the mention's phrase: a possessor that repeats one of them is the
    mention's own actor named again ("Speaker Paul Ryan ... Ryan's attack")."""
    return {t.lower_ for t in root.subtree if t.pos_ == "PROPN"} | {root.lower_}


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _not_asserted(t: Token, root: Token, rules: DirectedRules) -> tuple[str, list[int]]:
    """Why ``t`` is in the complement of a negated verb of necessity or attention that does not
    hold the mention, with the construction's tokens (the verb, its negation, its modal and the
    complement: what did not happen says nothing of the subject), or ``("", [])``."""
    child, v = t, t
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") and _negated(v):
            lemma = _lemma(v)
            negs = [c for c in v.children if c.dep_ == "neg"]
            modal = next((a for a in v.children if a.dep_ == "aux" and _lemma(a) in rules.modals), None)
            if child.i != v.i and not _within(child, root) and (
                    lemma in rules.necessity and child.dep_ == "xcomp" or lemma in rules.attention and child.dep_ == "prep"):
                tokens = [v.i] + [c.i for c in negs] + [x.i for x in child.subtree]
                return f"not asserted: complement of negated '{v.text}'", tokens
            # the modal "X need not fear defeat": the mention is the subject of the negated verb
            if modal is not None and root.head.i == v.i and root.dep_ in ("nsubj", "nsubjpass") and not _within(root, t):
                tokens = [v.i, modal.i] + [c.i for c in negs]
                for c in v.children:
                    if c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg", "punct") and not _within(c, root):
                        tokens.extend(x.i for x in c.subtree)
                return f"not asserted: '{modal.text} not {v.text}'", tokens
        if v.head.i == v.i:
            break
        child, v = v, v.head
    return "", []


def _forms(v: Token) -> set[str]:
    """The lemma and plain stems of a verb the lemmatiser does not know ("jeered" -> "jeer")."""
    w = v.lower_
    out = {_lemma(v), w}
    if w.endswith("ed"):
        out |= {w[:-2], w[:-1]}
    elif w.endswith("ing"):
        out |= {w[:-3], w[:-3] + "e"}
    elif w.endswith("s"):
        out.add(w[:-1])
    return out


def _stance(root: Token, rules: DirectedRules) -> tuple[str, Token, str] | None:
    """Support or opposition toward the mention; a negated predicate turns it round ("would not
    vote for X", "did not cheer X")."""
    found = _stance_predicate(root, rules)
    if found is None:
        return None
    stance, verb, phrase = found
    if _negated(verb):
        stance = "oppose" if stance == "support" else "support"
        return stance, verb, f"{stance} toward the mention: {phrase}, negated"
    return stance, verb, f"{stance} toward the mention: {phrase}"


def _stance_predicate(root: Token, rules: DirectedRules) -> tuple[str, Token, str] | None:
    r = root
    while r.dep_ == "conj" and r.head.i != r.i:  # "stands with X and Y": Y as X
        r = r.head
    head = r.head
    dep = r.dep_
    if dep not in ("pobj", "dobj", "nsubjpass", "nsubj"):
        return None
    # "came to hear X", "gathered to hear X speak": X is the object (or the subject of the clause
    # that is the object) of a verb that is the purpose of coming
    v: Token | None = head if dep == "dobj" else \
        head.head if dep == "nsubj" and head.dep_ in ("ccomp", "xcomp") else None
    if v is not None and v.dep_ not in ("xcomp", "advcl"):
        v = None
    prep = head.lower_ if dep == "pobj" else ""
    verb_forms = _forms(head.head) if prep else set()
    head_forms = _forms(head) if dep in ("dobj", "nsubjpass") else set()
    v_forms, coming_forms = (_forms(v), _forms(v.head)) if v is not None else (set(), set())
    for rule in rules.stances:
        if prep and prep in rule.preps and verb_forms & rule.lemmas:
            verb = head.head
            return rule.stance, verb, f"'{verb.text} {head.text}' ({rule.category})"
        if rule.object and head_forms & rule.lemmas:
            if rule.particle and not any(c.dep_ == "prt" and c.lower_ == rule.particle for c in head.children):
                continue
            return rule.stance, head, f"'{head.text}' ({rule.category})"
        if v is not None and rule.purpose and v_forms & rule.lemmas and coming_forms & rule.purpose:
            return rule.stance, v.head, f"'{v.head.text} ... to {v.text}' ({rule.category})"
    return None


def directed(root: Token, inside: set[int], nonzero: Sequence[int], lo: int, hi: int,
             rules: DirectedRules | None = None, negated: frozenset[int] | None = None,
             known: dict[int, _Facts] | None = None) -> Directed:
    """The rules for the mention whose tokens are ``inside`` (``root``: the one governing the
    others), over the evaluative tokens ``nonzero`` (sorted document indices) of the sentence's
    token range ``lo:hi``; ``negated``: the document's tokens with a ``neg`` dependent, when known
    (the not-asserted family needs one in the sentence); ``known``: a dict shared by the mentions
    of one sentence (what does not depend on the mention is worked out once)."""
    rules = rules or directed_rules()
    doc = root.doc
    any_negation = True if negated is None else any(lo <= k < hi for k in negated)
    masked: dict[int, str] = {}
    for j in nonzero[bisect.bisect_left(nonzero, lo):bisect.bisect_left(nonzero, hi)]:
        if j in inside:
            continue
        facts = known.get(j) if known is not None else None
        t = doc[j]
        if facts is None:
            facts = _facts(t, rules)
            if known is not None:
                known[j] = facts
        if facts.name:  # a name ("Melissa Block"), not an evaluation
            continue
        foreign = _another_actors_phrase(t, root, facts) or _another_subjects_clause(root, facts)
        if foreign:
            masked[j] = foreign
        if not any_negation:
            continue
        unasserted, construction = _not_asserted(t, root, rules)
        for k in construction:
            if k not in inside:
                masked.setdefault(k, unasserted)
    st = _stance(root, rules)
    if not masked and st is None:
        return NOTHING
    found = tuple(sorted(masked.items()))
    if st is None:
        return Directed(found)
    return Directed(found, st[0], st[1].i, st[2])
