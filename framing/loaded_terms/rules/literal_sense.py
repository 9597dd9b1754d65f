"""Literal-sense guards: a word with a loaded and a plain sense is flagged only where the
sentence does not show the plain one ("regime" of a government, not a tax regime; "jackpot"
outside lottery news; "slander" outside a lawsuit).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...syntax import HYPHENS, head_token, sent_words
from ...word_lists import load_word_lists
from .registry import rule

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry

FAMILY = "literal_sense"

_WORDS = load_word_lists("loaded_terms/rules/literal_sense.toml")
TECHNICAL_REGIME = _WORDS["technical_regime"]
LAND_STORY = _WORDS["land_story"]
LOTTERY = _WORDS["lottery"]
LEGAL_WORDS = _WORDS["legal_words"]
SURVEY_WORDS = _WORDS["survey_words"]


@rule("regime_label", family=FAMILY,
      covers='"regime" names a government (not a tax, sanctions, visa or training regime)')
def rule_regime_label(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = head_token(doc, i, j)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    for m in mods:
        words = {m.lemma_.lower(), m.lower_} | {w for w in re.split(r"[-\s]", m.lower_) if w}
        if words & TECHNICAL_REGIME:
            return None
    # "regime of sanctions", "regime for visas"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "on"):
            for p in c.children:
                if p.lemma_.lower() in TECHNICAL_REGIME:
                    return None
    # "tax-free regime" parsed with a hyphenated compound to the left
    if i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in TECHNICAL_REGIME:
        return None
    return i, j


@rule("plot_scheme", family=FAMILY,
      covers='"plot" is a scheme (not a plot of land, a story\'s plot, a graph)')
def rule_plot_scheme(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    tok = doc[i]
    near = {t.lemma_.lower() for t in doc[max(0, i - 3): min(len(doc), i + 4)]}
    if near & LAND_STORY:
        return None
    sent_words = {t.lemma_.lower() for t in tok.sent}
    if sent_words & {"film", "movie", "novel", "episode", "season", "character", "acre", "hectare", "graph", "chart"}:
        return None
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "prep")]
        if not objs:
            return None
        if any(c.lemma_.lower() in {"course", "route", "point", "curve", "result", "trend", "data", "line", "graph"} for c in objs):
            return None
        return i, j
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "compound":  # "plot twist", "plot line"
        return None
    return i, j


@rule("lie_claim", family=FAMILY,
      covers='"fabrication(s)" as a name for a report; not "fabrication of evidence" (a charge) or "metal fabrication"')
def rule_lie_claim(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"fabrications" as a name for someone's report, not "fabrication of evidence" (a charge) or
    "metal fabrication" (an industry)."""
    tok = head_token(doc, i, j)
    if tok.dep_ == "compound":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in
           {"metal", "steel", "chip", "wafer", "semiconductor", "device", "sheet", "custom", "precision", "welding"}
           for c in tok.children):
        return None
    return i, j


@rule("not_lottery", family=FAMILY,
      covers='"jackpot" outside lottery and casino news')
def rule_not_lottery(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"jackpot" as a figurative windfall, not a lottery prize."""
    words = {t.lemma_.lower() for t in doc[i].sent}
    return None if words & LOTTERY else (i, j)


@rule("not_legal", family=FAMILY,
      covers='not in a sentence about a lawsuit ("sued for slander")')
def rule_not_legal(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"slander" as a name for criticism, not the legal wrong in a lawsuit ("sued for slander")."""
    words = {t.lemma_.lower() for t in doc[i].sent} | {t.lower_ for t in doc[i].sent}
    return None if words & LEGAL_WORDS else (i, j)


@rule("not_survey", family=FAMILY,
      covers='not in survey language ("self-described liberals" in a poll)')
def rule_not_survey(doc: Doc, i: int, j: int, e: LexiconEntry) -> tuple[int, int] | None:
    """"a self-described democratic socialist" distances the writer from a name, but "self-described
    liberals" in a poll is survey language."""
    words = {t.lower_ for t in doc[i].sent}
    return None if words & SURVEY_WORDS or "%" in words else (i, j)
