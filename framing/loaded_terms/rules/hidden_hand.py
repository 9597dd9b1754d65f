"""Hidden hands: events told as steered, paid for or staged from outside ("directed from
abroad", "bankrolled by donors", "its Western curators", "orchestrated provocations").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import HYPHENS, group_head, head_token, is_actor, objects, sent_words, verb_stems
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "hidden_hand"

_WORDS = load_word_lists("loaded_terms/rules/hidden_hand.toml")
STEERING_VERBS = _WORDS["steering_verbs"]
ORCHESTRATED_EVENTS = _WORDS["orchestrated_events"]


@rule("steered_from_abroad", family=FAMILY,
      covers='"from abroad" after a steering verb (directed, funded, orchestrated, instigated ... from abroad); the verb is part of the span')
def rule_steered_from_abroad(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"directed from abroad", "funded from abroad": the span is widened to take in the verb."""
    for k in range(i - 1, max(-1, i - 3), -1):
        tok = doc[k]
        if tok.lemma_.lower() in STEERING_VERBS or verb_stems(tok.lower_) & STEERING_VERBS:
            return k, j
        if tok.pos_ not in ("ADV", "AUX", "PART"):
            break
    return None


@rule("affairs_interference", family=FAMILY,
      covers='"interference in (internal) affairs/politics", not signal interference')
def rule_affairs_interference(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"interference in (a country's internal) affairs", not radio interference."""
    tok = head_token(doc, i, j)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "into"):
            if any(g.lemma_.lower() in {"affair", "affairs", "politics"} for g in c.subtree):
                return i, j
    return None


@rule("funded_by", family=FAMILY,
      covers='"bankrolled by" someone, or people bankrolled ("bankrolling the protesters"); not "bankrolled the film"')
def rule_funded_by(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """Money told as a hidden string: "a group bankrolled by donors", "bankrolling the protesters"
    (a paying agent or a person or group paid), not "the studio bankrolled the film"."""
    verb = head_token(doc, i, j)
    if verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return i, j
    return (i, j) if any(is_actor(o) for o in objects(verb)) else None


@rule("anti_country_forces", family=FAMILY,
      covers='"forces"/"elements" after "anti-<country or people>" ("anti-China forces"); the span starts at "anti"; not "anti-government", "anti-aircraft"')
def rule_anti_country_forces(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"anti-China forces", "anti-Russian elements": unnamed enemies of a country or people
    (state-media register). The span starts at "anti". Not "anti-government forces" (a neutral
    name for rebels) or "anti-aircraft forces"."""
    k = i - 1
    if k < 1:
        return None
    name = doc[k]
    if not (name.text[:1].isupper() and (name.ent_type_ in ("GPE", "NORP", "LOC") or name.pos_ == "PROPN")):
        return None
    if doc[k - 1].text in HYPHENS and k >= 2 and doc[k - 2].lower_ == "anti":
        return k - 2, j
    if doc[k - 1].lower_ == "anti-" or name.lower_.startswith("anti"):
        return k - 1, j
    return None


@rule("foreign_curator", family=FAMILY,
      covers='"curators"/"handlers" with a foreign modifier (Western, foreign, a country); not museums or baggage')
def rule_foreign_curator(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"curators"/"handlers" as foreign controllers ("its Western curators", "their Washington
    handlers"), not museum curators or baggage handlers."""
    tok = head_token(doc, i, j)
    words = sent_words(tok)
    if words & {"museum", "gallery", "exhibition", "art", "artist", "collection", "festival", "baggage", "dog",
                "airport", "luggage", "animal", "food"}:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss"):
            if c.lower_ in {"western", "foreign", "overseas", "american", "us", "nato", "washington", "british",
                            "european", "u.s."} or c.ent_type_ in ("GPE", "NORP"):
                return min(i, c.i), j
    return None


@rule("orchestrated_campaign", family=FAMILY,
      covers='"orchestrated" of a protest, provocation, campaign, coup, riot, smear ...; not "well-orchestrated" or a ceremony')
def rule_orchestrated_campaign(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"orchestrated" as a modifier of protest, provocation or a campaign ("an orchestrated
    information campaign", "orchestrated provocations"): events told as staged by a hidden hand;
    not "a well-orchestrated ceremony"."""
    tok = head_token(doc, i, j)
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod",):
        return (i, j) if any(o.lemma_.lower() in ORCHESTRATED_EVENTS for o in objects(tok)) else None
    head = group_head(tok)
    if head is None:
        return None
    if i >= 2 and doc[i - 1].text in HYPHENS:
        return None  # "well-orchestrated", "carefully-orchestrated"
    return (i, j) if head.lemma_.lower() in ORCHESTRATED_EVENTS else None
