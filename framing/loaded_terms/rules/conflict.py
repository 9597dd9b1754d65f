"""Conflict register: war and unrest told by one side ("Russian occupiers", "the regime's
militants", "a handful of criminals", "protect residents from genocide", "special operation"),
not the neutral wire use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import HYPHENS, head_token, sent_words
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "conflict"

_WORDS = load_word_lists("loaded_terms/rules/conflict.toml")
WAR_WORDS = _WORDS["war_words"]


@rule("military_occupier", family=FAMILY,
      covers='"occupiers" as troops (a nationality or war words in the sentence); not owner-occupiers or "the occupiers of the building"')
def rule_military_occupier(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"occupiers" for an enemy's troops ("Russian occupiers", "the occupiers shelled the town"),
    not owner-occupiers or the occupiers of a building."""
    tok = head_token(doc, i, j)
    if i >= 1 and (doc[i - 1].lower_ == "owner" or (doc[i - 1].text in HYPHENS and i >= 2 and doc[i - 2].lower_ == "owner")):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the occupiers of the building"
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return i, j
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return (i, j) if words & WAR_WORDS else None


@rule("crowd_criminals", family=FAMILY,
      covers='"criminals" for protesters or a crowd ("a handful of criminals", a protest sentence); not court news')
def rule_crowd_criminals(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"criminals" said of protesters, activists or opponents ("a handful of criminals", in a
    sentence about protest or unrest), not police news about convicted criminals."""
    tok = head_token(doc, i, j)
    if tok.dep_ in ("compound", "amod"):
        return None
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in {"handful", "bunch", "band", "gang", "group", "clique"}:
        return i - 2 if doc[i - 2].lower_ == "handful" else i, j
    words = sent_words(tok)
    if words & {"court", "convicted", "sentenced", "prison", "jail", "parole", "police-recorded"}:
        return None
    return (i, j) if words & {"protest", "protests", "protester", "protesters", "demonstrator", "demonstrators", "rally",
                              "activist", "activists", "opposition", "unrest", "riot", "riots", "crowd", "crowds"} else None


@rule("state_militants", family=FAMILY,
      covers='"militants" of a regime, junta, government or country ("the regime\'s militants")')
def rule_state_militants(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"militants" for a state's soldiers ("the Kyiv regime's militants", "militants of the
    regime"): state media denying an army the name of army. Neutral wire copy's "Hamas militants"
    or "Islamist militants" is not flagged."""
    tok = head_token(doc, i, j)
    state = {"regime", "government", "junta", "kyiv", "state", "army"}
    for c in tok.children:
        if c.dep_ == "poss":
            if c.lemma_.lower() in state or c.ent_type_ == "GPE" or any(g.lemma_.lower() in {"regime", "junta"} for g in c.subtree):
                return i, j
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.lemma_.lower() in {"regime", "junta"} for g in c.subtree):
                return i, j
    return None


@rule("genocide_pretext", family=FAMILY,
      covers='"from genocide" after protect/save/shield/defend/rescue')
def rule_genocide_pretext(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"genocide" as the pretext of a military action: "protect/save residents from genocide".
    The legal and historical term ("charged with genocide", "the Rwandan genocide", "genocide
    against the Rohingya" in a court report) is not flagged."""
    tok = head_token(doc, i, j)
    if tok.head.lower_ != "from" or tok.dep_ != "pobj":
        return None
    verb = tok.head.head
    return (i, j) if verb.lemma_.lower() in {"protect", "save", "shield", "defend", "rescue", "liberate", "guard"} else None


@rule("not_special_forces", family=FAMILY,
      covers='"special operation" not followed by forces/command/unit and not plural "operations"')
def rule_not_special_forces(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"special operation" naming a war or crackdown, not "special operations forces/command" or
    a hospital's or police unit's special operation."""
    if j < len(doc) and doc[j].lemma_.lower() in {"force", "forces", "command", "unit", "units", "team", "squad", "executive"}:
        return None
    if doc[j - 1].lower_ == "operations":
        return None
    return i, j
