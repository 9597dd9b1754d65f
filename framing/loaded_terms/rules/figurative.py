"""Figurative uses: the metaphor, not the literal thing ("a storm of criticism", not the
weather; "slashed the budget", not the tyres; "starve schools of money", not people starving).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import group_head, head_token, is_actor, objects
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "figurative"

_WORDS = load_word_lists("loaded_terms/rules/figurative.toml")
STORM_CONTENT = _WORDS["storm_content"]
PHYSICAL_NOUNS = _WORDS["physical_nouns"]
VANDALISM_KINDS = _WORDS["vandalism_kinds"]
VANDALISM_TARGETS = _WORDS["vandalism_targets"]
STARVE_OF = _WORDS["starve_of"]
STARVED_INSTITUTIONS = _WORDS["starved_institutions"]
CROWD_COLLECTIVES = _WORDS["crowd_collectives"]
VERDICT_GIVERS = _WORDS["verdict_givers"]


@rule("puppet_figurative", family=FAMILY,
      covers='"puppet" is not about puppet theatre')
def rule_puppet_figurative(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    words = {t.lemma_.lower() for t in doc[i].sent}
    if words & {"puppetry", "marionette", "theatre", "theater", "muppet", "puppeteer", "show", "festival"}:
        return None
    return i, j


@rule("figurative_cut", family=FAMILY,
      covers='"slash" of budgets, not of tyres or wrists')
def rule_figurative_cut(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return None
    body = {"tyre", "tire", "wrist", "throat", "face", "arm", "neck", "canvas", "painting", "seat", "leg", "hand"}
    if any(o.lemma_.lower() in body for o in objects(verb)):
        return None
    return i, j


@rule("figurative_storm", family=FAMILY,
      covers='"storm"/"firestorm" of criticism, protest or anger, a storm over something, a political/media storm; never weather')
def rule_figurative_storm(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"a storm of criticism", "a political storm", "the storm over X", not the weather."""
    tok = head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in STORM_CONTENT for g in c.children):
            return i, j
        if c.dep_ == "prep" and c.lower_ in ("over", "about", "surrounding"):
            return i, j
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in {"political", "diplomatic", "media", "twitter",
                                                                 "social", "online", "pr", "public"}:
            return i, j
    return None


@rule("not_physical", family=FAMILY,
      covers='"massive" as an evaluative intensifier; not of explosions, earthquakes, stars, heart attacks and other physical things')
def rule_not_physical(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """An intensifier of evaluation ("a massive failure", "massive bonuses"), not of physical size
    ("a massive explosion", "a massive star", "a massive heart attack")."""
    tok = head_token(doc, i, j)
    if tok.dep_ not in ("amod", "acomp"):
        return None
    head = group_head(tok)
    if head is None:
        return None
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    return None if words & PHYSICAL_NOUNS else (i, j)


@rule("figurative_place", family=FAMILY,
      covers='a place likened to a sewer or toilet ("like an open toilet", "has become an open sewer"), not a literal sewer')
def rule_figurative_place(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A place likened to a sewer or toilet: "like an open toilet", "turned into a cesspit",
    "the river is an open sewer", not a literal sewer ("an open sewer runs behind the houses")."""
    tok = head_token(doc, i, j)
    prev = [t.lower_ for t in doc[max(0, i - 3):i]]
    if any(w in ("like", "into", "as") for w in prev):
        return i, j
    return (i, j) if tok.dep_ in ("attr", "oprd") else None


@rule("smear", family=FAMILY,
      covers='"smear" as an attack on people or a reputation, not a medical smear test or a smear of paint')
def rule_smear(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"smear" as an attack on a reputation, not a medical smear test or a smear of paint."""
    tok = head_token(doc, i, j)
    sent = {t.lemma_.lower() for t in tok.sent}
    if sent & {"cervical", "cancer", "screening", "test", "sample", "slide", "microscope", "paint", "blood", "mud", "oil",
               "lipstick", "ink", "grease", "butter", "cream"}:
        return None
    if tok.pos_ == "VERB":
        objs = objects(tok)
        return (i, j) if any(is_actor(o) or o.lemma_.lower() in {"name", "reputation", "character", "record"}
                             for o in objs) else None
    return i, j


@rule("figurative_vandalism", family=FAMILY,
      covers='"vandalism" of something abstract ("ecological", "cultural" vandalism, "vandalism of democracy"), not graffiti')
def rule_figurative_vandalism(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Harm to something abstract told as vandalism ("ecological vandalism", "an act of cultural
    vandalism", "vandalism of our democracy"), not graffiti or smashed windows."""
    tok = head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in VANDALISM_KINDS:
            return min(i, c.i), j
        if c.dep_ == "prep" and c.lower_ in ("of", "against", "on") and \
                any(g.lemma_.lower() in VANDALISM_TARGETS for g in c.children):
            return i, j
    return None


@rule("figurative_starve", family=FAMILY,
      covers='"starve" of money or an institution as object ("starve schools of money"); not people starving')
def rule_figurative_starve(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"starve public schools of money", "services starved of funds": cutting money told as
    starving; not people starving (a literal harm, told by other entries)."""
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in STARVE_OF for g in c.children):
            return i, j
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return None
    return (i, j) if any(o.lemma_.lower() in STARVED_INSTITUTIONS or o.lower_ in STARVED_INSTITUTIONS
                         for o in objects(verb)) else None


@rule("figurative_crusade", family=FAMILY,
      covers='a campaign told as a crusade, not the medieval Crusades')
def rule_figurative_crusade(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """A political campaign told as a holy war ("a climate crusade", "his crusade against"), not
    the medieval Crusades."""
    tok = head_token(doc, i, j)
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return None
    words = {t.lemma_.lower() for t in tok.sent}
    if words & {"medieval", "jerusalem", "knight", "templar", "saladin", "crusader", "century", "holy", "pope"}:
        return None
    return i, j


@rule("figurative_crowd", family=FAMILY,
      covers='a crowd told as a sea, an ocean or a forest: "a sea of flags", "an ocean of faces", "a forest of '
             'raised hands" (the object of "of" a plural noun or a people noun); not a named sea ("the Sea of '
             'Azov"), not a sea of one thing ("a sea of mud")')
def rule_figurative_crowd(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    of = doc[j - 1]
    if of.lower_ != "of" or doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        return None
    for g in of.children:
        if g.dep_ != "pobj":
            continue
        if g.tag_ in ("NNS", "NNPS") or g.lemma_.lower() in CROWD_COLLECTIVES or is_actor(g):
            return i, g.i + 1  # the figure with what it is made of: "a sea of flags"
    return None


@rule("collective_verdict", family=FAMILY,
      covers='a country, its people or a place "gives its answer" or "delivers its verdict": a vote or a rally '
             'told as a verdict the whole nation has pronounced ("the nation has given its answer"); not a '
             'person or an office answering a question')
def rule_collective_verdict(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for s in subjects:
        if s.lemma_.lower() in VERDICT_GIVERS or s.lower_ in VERDICT_GIVERS or s.ent_type_ in ("GPE", "FAC", "LOC"):
            return i, j
    return None
