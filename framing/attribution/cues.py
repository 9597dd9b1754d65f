"""Cues: the reporting verbs (and ``according to``) that introduce speech, with their content.

Everything here reads the shared spaCy dependency parse; nothing is parsed again.

* :func:`verb_cue` — is this token a reporting verb (lemma in ``reporting_verbs.toml``,
  phrasal verbs by particle), and with which stance;
* :func:`subject_of` — the verb's speaker token: its subject; for a participle
  ("..., adding that"), a conjoined verb ("... but insisted") or an infinitive the
  subject of the verb it hangs on; for a relative clause ("a spokesman who said") the noun
  it modifies; for a passive the ``by`` agent;
* :func:`indirect_content` — the reported content as a token range with the rule that found
  it: a content clause after the cue (``said (that) ...``), before it (``..., officials
  said``), an infinitive, prepositional or object frame (``urged X to``, ``blamed X on Y``,
  ``accused X of``, ``described X ...``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import VerbLexicon

VERB_POS = {"VERB", "AUX"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE = {"who", "which", "that", "whom"}
EXPLETIVE = {"it", "there"}


@dataclass
class VerbCue:
    token: Token
    verb: str          # lemma, or "point out" for phrasal verbs
    stance: str
    start: int         # character span of the cue words
    end: int


def verb_cue(tok: Token, lex: VerbLexicon) -> VerbCue | None:
    if tok.pos_ not in VERB_POS and not tok.tag_.startswith("VB"):
        return None
    lemma = tok.lemma_.lower()
    if not lex.is_cue_lemma(lemma):
        return None
    end = tok.idx + len(tok)
    phr = lex.phrasal.get(lemma)
    if phr:
        for c in tok.children:
            if c.dep_ in ("prt", "prep", "acomp", "advmod") and c.text.lower() in phr and c.i <= tok.i + 2:
                return VerbCue(tok, f"{lemma} {c.text.lower()}", phr[c.text.lower()], tok.idx, c.idx + len(c))
    if lemma not in lex.stance:
        return None
    return VerbCue(tok, lemma, lex.stance[lemma], tok.idx, end)


def subject_of(tok: Token, depth: int = 0) -> tuple[Token | None, str]:
    """(speaker token, how it was found); (None, reason) when there is no speaker."""
    if depth > 4:
        return None, "too_deep"
    passive = False
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.text.lower() in RELATIVE and tok.dep_ in ("relcl", "acl"):
                return tok.head, "relative"
            return c, "subject"
        if c.dep_ == "nsubjpass":
            passive = True
    if passive:
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "agent"
        return None, "passive"
    if tok.dep_ == "conj" and tok.head.pos_ in VERB_POS:
        s, _ = subject_of(tok.head, depth + 1)
        return s, "conjoined"
    if tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ == "VBG":
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, "participle"
        s, _ = subject_of(tok.head, depth + 1)
        return s, "participle"
    if tok.dep_ == "xcomp" and tok.head.pos_ in VERB_POS:
        return None, "infinitive"
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head, "relative"
    return None, "no_subject"


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Drop punctuation, spaces and a leading complementiser 'that' at the ends."""
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space or (doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that",))):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi < lo:
        return None
    return lo, hi


def _right_complement_end(tok: Token, after: int) -> int:
    """Right edge of the verb's complements after token ``after`` (no conjuncts, no punctuation)."""
    hi = after
    for c in tok.rights:
        if c.dep_ in ("conj", "cc", "punct") or c.i <= after:
            continue
        hi = max(hi, c.right_edge.i)
    return hi


def indirect_content(cue: VerbCue, lex: VerbLexicon, subj: Token | None) -> tuple[int, int, str] | None:
    """(first token, last token, rule) of the reported content, or None."""
    tok = cue.token
    doc = tok.doc
    lemma = tok.lemma_.lower()
    skip_lo = subj.left_edge.i if subj is not None else None
    skip_hi = subj.right_edge.i if subj is not None else None
    cue_last = max(tok.i, *(c.i for c in tok.children if c.dep_ == "prt")) if any(c.dep_ == "prt" for c in tok.children) else tok.i
    ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
    # content clauses that are conjoined ("said X and that Y") stay in the first one's subtree
    if ccomps:
        c = ccomps[0] if len(ccomps) == 1 else max(ccomps, key=lambda x: x.right_edge.i - x.left_edge.i)
        lo, hi = c.left_edge.i, c.right_edge.i
        if c.i > tok.i:
            lo = max(lo, cue_last + 1)
            rule = "verb_clause"
            if subj is not None and skip_lo is not None and lo <= skip_hi and skip_lo > tok.i:
                lo = skip_hi + 1      # "said Smith that ..." (rare)
        else:
            hi = min(hi, tok.i - 1)
            if subj is not None and skip_lo is not None and skip_lo > lo:
                hi = min(hi, skip_lo - 1)
            rule = "clause_before_cue"
        t = _trim(doc, lo, hi)
        if t:
            return t[0], t[1], rule
    # frames
    children = list(tok.children)
    preps = lex.preposition_frame.get(lemma, frozenset())
    if lemma in lex.infinitive_frame:
        for c in children:
            if c.dep_ == "xcomp" and c.i > tok.i and any(x.tag_ == "TO" for x in c.children):
                objs = [x for x in children if x.dep_ in ("dobj", "dative") and tok.i < x.i < c.i]
                on = [x for x in children if x.dep_ == "prep" and x.lower_ == "on" and tok.i < x.i < c.i]
                lo = (objs or on or [c])[0].left_edge.i
                t = _trim(doc, lo, c.right_edge.i)
                if t:
                    return t[0], t[1], "infinitive_frame"
            if c.dep_ == "prep" and c.lower_ == "on" and lemma == "call":
                for x in c.children:
                    if x.dep_ == "pobj":
                        for y in x.children:
                            if y.dep_ in ("acl", "relcl") and any(z.tag_ == "TO" for z in y.children):
                                t = _trim(doc, x.left_edge.i, c.right_edge.i)
                                if t:
                                    return t[0], t[1], "infinitive_frame"
    if preps:
        for c in children:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > tok.i and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
                objs = [x for x in children if x.dep_ == "dobj" and tok.i < x.i < c.i]
                lo = objs[0].left_edge.i if objs else c.i
                t = _trim(doc, lo, c.right_edge.i)
                if t:
                    return t[0], t[1], "preposition_frame"
    if lemma in lex.object_frame:
        for c in children:
            if c.dep_ == "dobj" and c.i > tok.i and c.lower_ not in ("what", "which", "it", "this", "that"):
                t = _trim(doc, c.left_edge.i, _right_complement_end(tok, c.i))
                if t:
                    return t[0], t[1], "object_frame"
    # "..., officials said, ..." parsed as a clause hanging on the reported clause
    if subj is not None and tok.dep_ in ("parataxis", "advcl", "ccomp", "conj") and tok.head.i < tok.i:
        first = min(tok.left_edge.i, subj.left_edge.i)
        if first > 0 and doc[first - 1].text in (",", "\u2014", "\u2013"):
            head = tok.head
            lo = head.left_edge.i
            t = _trim(doc, lo, first - 1)
            if t:
                return t[0], t[1], "clause_before_cue"
    return None


def according_to(tok: Token) -> tuple[Token, Token] | None:
    """For ``according`` in ``according to X``: (the 'to' token, X's head)."""
    if tok.lower_ != "according":
        return None
    for c in tok.children:
        if c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj":
                    return c, p
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for p in nxt.children:
            if p.dep_ == "pobj":
                return nxt, p
    return None
