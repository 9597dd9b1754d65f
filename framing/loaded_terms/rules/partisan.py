"""Partisan register: US-style partisan labels and charges ("MAGA Republicans", "the woke
agenda", "election lies", "the stolen election", "rammed through", "handouts for illegal
immigrants"), each guarded against its neutral use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import HYPHENS, PHYSICAL_OBJECTS, head_token, is_actor, is_person, objects, sent_words, verb_stems
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "partisan"

_WORDS = load_word_lists("loaded_terms/rules/partisan.toml")
LEGISLATIVE = _WORDS["legislative"]
LEGISLATURES = _WORDS["legislatures"]
THROUGH_ONLY = _WORDS["through_only"]
AGENDA_SMEARS = _WORDS["agenda_smears"]
MAGA_HEADS = _WORDS["maga_heads"]
LIE_MODIFIERS = _WORDS["lie_modifiers"]
MIGRATION_WORDS = _WORDS["migration_words"]
WELFARE_WORDS = _WORDS["welfare_words"]


@rule("forced_passage", family=FAMILY,
      covers='ram/force/jam/bulldoze + "through" with a measure or a legislature ("rammed through a ban", "forced the bill through parliament"); railroad/steamroll also with a measure or people as object; not "rammed the gate", "forced their way through the crowd"; an adjacent "through" joins the span')
def rule_forced_passage(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A measure pushed through without debate: "rammed through a ban", "forced the bill through
    parliament", "railroaded the vote", "steamrolled the opposition". Not "rammed the gate",
    "forced their way through the crowd", "bulldozed the homes". The span takes in an adjacent
    "through"."""
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    objs = objects(verb)
    through_prt = [c for c in kids if c.dep_ == "prt" and c.lower_ == "through"]
    through_prep = [c for c in kids if c.dep_ == "prep" and c.lower_ == "through"]
    legislative = any(o.lemma_.lower() in LEGISLATIVE for o in objs) or \
        any(g.lemma_.lower() in LEGISLATIVE for c in through_prep for g in c.children if g.dep_ == "pobj")
    via_body = any(g.lemma_.lower() in LEGISLATURES for c in through_prep for g in c.children if g.dep_ == "pobj")
    if any(o.lemma_.lower() in PHYSICAL_OBJECTS or o.lemma_.lower() == "way" for o in objs):
        return None
    ok = ((through_prt and (legislative or not objs)) or via_body or (through_prep and legislative))
    if not ok and verb.lemma_.lower() not in THROUGH_ONLY and not verb_stems(verb.lower_) & THROUGH_ONLY:
        ok = legislative or any(is_actor(o) for o in objs)
    if not ok:
        return None
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.lower_ == "through" and nxt.head.i == verb.i:
        return i, j + 1
    return i, j


@rule("smear_agenda", family=FAMILY,
      covers='"agenda" with a partisan modifier (socialist, woke, globalist, radical, hidden ...); the modifier joins the span')
def rule_smear_agenda(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"agenda" with a partisan modifier ("the socialist agenda", "a woke agenda", "their hidden
    agenda"); the span takes in the modifier. Not "the meeting's agenda", "a reform agenda"."""
    tok = head_token(doc, i, j)
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    best = None
    for m in mods:
        words = {m.lower_, m.lemma_.lower()}
        start = m.i
        # hyphenated modifiers are several tokens: "far - left", "anti - growth"
        if m.i >= 2 and doc[m.i - 1].text in HYPHENS:
            words.add(f"{doc[m.i - 2].lower_}-{m.lower_}")
            start = m.i - 2
        for c in m.children:
            if c.i < m.i and c.dep_ in ("amod", "advmod", "compound", "npadvmod") and \
                    m.i - c.i <= 2 and doc[m.i - 1].text in HYPHENS:
                words.add(f"{c.lower_}-{m.lower_}")
                start = min(start, c.i)
        if words & AGENDA_SMEARS:
            best = start if best is None else min(best, start)
    return (best, j) if best is not None else None


@rule("maga_label", family=FAMILY,
      covers='"MAGA" before a person or group noun ("MAGA Republicans", "a MAGA senator"); not the hat, slogan or rally', inside_names=True)
def rule_maga_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"MAGA" as a label for people ("MAGA Republicans", "a MAGA senator", "the MAGA crowd"),
    not the slogan on a hat or a rally name."""
    k = j
    while k < len(doc) and doc[k].text in HYPHENS:
        k += 1
    if k >= len(doc):
        return None
    nxt = doc[k]
    words = {nxt.lower_, nxt.lemma_.lower()}
    if words & {"hat", "hats", "cap", "caps", "slogan", "rally", "rallies", "merchandise"}:
        return None
    return (i, j) if words & MAGA_HEADS or is_person(nxt) else None


@rule("lie_accusation", family=FAMILY,
      covers='noun "lies" with a possessor ("his lies"), a judging modifier ("election lies", "dangerous lies") or as what is spread or told; not the verb, a "white lie" or a lie detector')
def rule_lie_accusation(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"lies" as an accusation: someone's lies ("his lies", "Trump's lies"), lies with a judging
    modifier ("election lies", "dangerous lies", "the Big Lie") or the object of telling/spreading;
    not the verb ("the truth lies in"), a "white lie" or a lie-detector test."""
    tok = head_token(doc, i, j)
    if tok.pos_ in ("VERB", "AUX"):
        # the small parser reads "his election lies at" as a clause with the verb "lies"
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1]
        if tok.lower_ == "lies" and subj and subj[0].lower_ in LIE_MODIFIERS and \
                any(c.dep_ == "poss" for c in subj[0].children):
            return subj[0].i, j
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "compound":  # "lie detector"
        return None
    if any(w in {"detector", "polygraph", "white"} for w in sent_words(tok)):
        return None
    for c in tok.children:
        if c.dep_ == "poss":
            return i, j
        if c.dep_ in ("amod", "compound") and c.lower_ in LIE_MODIFIERS:
            return min(i, c.i), j
    if tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() in {"spread", "peddle", "push", "repeat", "tell", "amplify"}:
        return i, j
    return None


@rule("stolen_election", family=FAMILY,
      covers='"stolen"/"steal" of an election, vote, ballot or presidency; not a stolen car')
def rule_stolen_election(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """An election told as stolen ("the stolen election", "the election was stolen", "steal the
    vote"), not a stolen car or stolen data."""
    tok = head_token(doc, i, j)
    cands = [tok.head] if tok.dep_ in ("amod", "acl") else []
    cands += objects(tok) if tok.pos_ in ("VERB", "AUX") else []
    if tok.dep_ in ("acomp",):
        cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (i, j) if any(c.lemma_.lower() in {"election", "vote", "ballot", "presidency", "race", "mandate"}
                         for c in cands) else None


@rule("migration_magnet", family=FAMILY,
      covers='"magnet for" migrants, immigration or asylum seekers; not for tourists or talent')
def rule_migration_magnet(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A place called a "magnet" for migrants ("a magnet for illegal immigration"); not a magnet
    for tourists or talent, nor a physical magnet."""
    tok = head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return (i, j) if any(t.lemma_.lower() in MIGRATION_WORDS or t.lower_ in MIGRATION_WORDS
                                 for t in c.subtree) else None
    return None


@rule("welfare_handout", family=FAMILY,
      covers='"handouts" as public spending on the undeserving (government/welfare/taxpayer words, migrants); not cash, press or food handouts')
def rule_welfare_handout(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"handouts" for public spending told as charity to the undeserving ("government handouts",
    "handouts for illegal immigrants"); not a press handout, a charity's food handout or "cash
    handouts" in economic copy."""
    tok = head_token(doc, i, j)
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & {"cash", "press", "food", "media"}:
        return None
    if mods & WELFARE_WORDS:
        return i, j
    return (i, j) if sent_words(tok) & (WELFARE_WORDS - {"government", "state", "federal"}) else None
