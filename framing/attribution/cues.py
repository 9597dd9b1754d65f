"""Cues: the reporting verbs (and ``according to``) that introduce speech, with their content.

Everything here reads the shared spaCy dependency parse; nothing is parsed again.

* :func:`verb_cue` — is this token a reporting verb (lemma in ``reporting_verbs.toml``,
  phrasal verbs by particle), and with which stance;
* :func:`speaker_token` — the reporting verb's speaker token: its subject; for a participle
  ("..., adding that"), a conjoined verb ("... but insisted") or an infinitive the
  subject of the verb it hangs on; for a relative clause ("a spokesman who said") the noun
  it modifies; for a passive the ``by`` agent;
* :func:`indirect_content` — the reported content as a token range with the rule that found
  it: a content clause after the cue (``said (that) ...``), before it (``..., officials
  said``), an infinitive, prepositional or object frame (``urged X to``, ``blamed X on Y``,
  ``accused X of``, ``described X ...``) or what a naming verb calls its object (``called the
  plan a crutch``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..quotes import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT_DOUBLE, STRAIGHT_SINGLE
from ..syntax import PERSON_NOUNS
from .phrases import PERSONAL_TITLE_WORDS, agent_noun, variants
from .verbs_and_roles import VerbLexicon, roles as load_roles

VERB_POS = {"VERB", "AUX"}
RELATIVE = {"who", "which", "that", "whom"}
#: the rules :func:`indirect_content` writes
CONTENT_RULES = ("verb_clause", "clause_before_cue", "infinitive_frame", "preposition_frame", "naming_frame",
                 "object_frame", "parenthetical_cue")
#: what a naming verb's object is called: its object complement, a second object, an attribute
NAMING_COMPLEMENTS = ("oprd", "attr", "xcomp", "dobj", "acomp")
DOCUMENT_NOUNS = {"statement", "interview", "letter", "post", "message", "email", "video", "speech",
                  "briefing", "conference", "address", "tweet", "note", "release", "communique"}


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
    if lemma in lex.frame_only and not lex.is_cue_lemma(lemma):
        preps = lex.preposition_frame.get(lemma, frozenset())
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        if any(c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i
               for c in [*tok.children, *(y for o in objs for y in o.children)]):
            return VerbCue(tok, lemma, lex.frame_only[lemma], tok.idx, tok.idx + len(tok))
        return None
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


_MEMBER_PREPS = frozenset({"of", "at", "from", "with"})


def _continues_phrase_of(earlier: Token, later: Token) -> bool:
    """``later`` starts right where a prepositional phrase of ``earlier`` ends
    (``Barrett [of the charity] [Early Steps Trust]``): one noun phrase split in two by the parser."""
    return later.pos_ == "PROPN" and any(
        c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS and c.i > earlier.i and c.right_edge.i + 1 == later.left_edge.i
        for c in earlier.children)


def _person_hung_on_org(subj: Token) -> Token | None:
    """``Ms Hana Kurt of the campaign group Fair Fares Alliance said``, parsed with the person as a
    modifier (``nmod``) of the organisation's name: the person, when a personal title or the
    PERSON label marks the name and its ``of``/``at`` phrase leads to the organisation."""
    if subj.pos_ != "PROPN":
        return None
    for c in subj.children:
        if c.dep_ != "nmod" or c.pos_ != "PROPN" or c.i >= subj.i:
            continue
        titled = c.ent_type_ == "PERSON" or any(
            g.dep_ == "compound" and g.lower_.rstrip(".") in PERSONAL_TITLE_WORDS for g in c.children)
        if titled and any(p.dep_ == "prep" and p.lower_ in _MEMBER_PREPS and p.i == c.i + 1 for p in c.children):
            return c
    return None


#: verbs of perceiving or recording whose passive subject is the one speaking in the participle
#: after them ("can be heard saying", "was caught on camera telling", "was filmed saying")
PERCEIVED_AS = frozenset({"hear", "overhear", "see", "catch", "record", "film", "tape", "capture", "show"})

#: adjectives whose infinitive was not done ("reluctant to say whether", like "declined to say")
_NOT_SAYING_ADJECTIVES = frozenset({"reluctant", "unwilling", "unable", "loath", "loth", "afraid", "hesitant",
                                    "unprepared", "too"})


def speaker_token(tok: Token, depth: int = 0) -> tuple[Token | None, str]:
    """(speaker token, how it was found); (None, reason) when there is no speaker.

    Unlike the grammatical subject (:func:`framing.syntax.subject_of`), a passive verb's
    speaker is its ``by`` agent or nobody ("it was announced that ...")."""
    if depth > 4:
        return None, "too_deep"
    # "He was quoted as saying ...", "she was heard saying": the person quoted is the speaker
    if tok.tag_ == "VBG" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ("quote", "cite", "record"):
        v = tok.head.head
        for c in v.children:
            if c.dep_ in ("nsubjpass", "nsubj"):
                return c, "quoted_as"
    # "Pryce can be heard saying that ...", "was caught on tape saying": the one heard speaks
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl", "ccomp") and tok.head.lemma_.lower() in PERCEIVED_AS:
        v = tok.head
        for c in v.children:
            if c.dep_ == "nsubjpass":
                return c, "quoted_as"
    passive = False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # a misparse with two subjects ("Talks stalled on Monday, two people ... said"): the one
        # next to the verb speaks; the earlier one belongs to the reported clause
        before = [c for c in subjects if c.i < tok.i]
        after = [c for c in subjects if c.i > tok.i]
        if before and after and any(tok.doc[k].text in _CLOSE_QUOTES for k in range(before[-1].i + 1, tok.i)):
            # '"Not a call, not a letter," said Ada Pell': the earlier "subject" is inside the quotation
            return _person_hung_on_org(after[0]) or after[0], "subject"
        first = before[-1] if before else subjects[0]
        # ... unless the later one continues the earlier one's "of"/"at"/"from" phrase ("Dr Leona
        # Barrett of the charity Early Steps Trust said": the parser made the trust a second subject)
        if len(before) >= 2 and _continues_phrase_of(before[-2], first):
            first = before[-2]
        if first.text.lower() in RELATIVE and tok.dep_ in ("relcl", "acl"):
            return tok.head, "relative"
        return first, "subject"
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.text.lower() in RELATIVE and tok.dep_ in ("relcl", "acl"):
                return _described(tok.head), "relative"
            return _person_hung_on_org(c) or c, "subject"
        if c.dep_ == "nsubjpass":
            passive = True
    if not passive and tok.i >= 2:
        # '"Ballots don't grow legs," posted Kayla Dorsey, a delegate': after the quotation the
        # speaker comes after the verb, which the parser may take for its object
        prev = [t.text for t in tok.doc[tok.i - 2:tok.i]]
        if prev[-1] in _CLOSE_QUOTES or (prev[-1] == "," and prev[0] in _CLOSE_QUOTES):
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1]
            if objs:
                return objs[0], "subject"
    if passive:
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "agent"
        return None, "passive"
    if tok.dep_ == "conj" and tok.head.pos_ in VERB_POS:
        s, _ = speaker_token(tok.head, depth + 1)
        return s, "conjoined"
    if tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ == "VBG":
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, "participle"
        s, _ = speaker_token(tok.head, depth + 1)
        return s, "participle"
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp" and tok.head.head.pos_ in VERB_POS \
            and tok.head.lower_ not in _NOT_SAYING_ADJECTIVES:
        # "has been careful to say he is ...", "was quick to point out that ...": the speaker is the
        # subject of the adjective's verb
        s, _ = speaker_token(tok.head.head, depth + 1)
        return s, "adjective_complement"
    if tok.dep_ == "xcomp" and tok.head.pos_ in VERB_POS:
        return None, "infinitive"
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return _described(tok.head), "relative"
    return None, "no_subject"


def _described(noun: Token) -> Token:
    """The antecedent of a relative clause, or the named person it describes in apposition
    (``Didier Lukusa, a mechanic who said he had joined the march``: Lukusa)."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and noun.head.ent_type_ == "PERSON":
        return noun.head
    return noun


def _names_a_thing(clause: Token) -> bool:
    """The clause's subject names a thing that cannot speak (``the real figure``, ``the budget``): a
    reporting verb conjoined to the clause is then the outer speaker's; a person, group or body
    (``the police arrived and told everyone to leave``) may speak it themselves."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lex = load_roles()
    low = subj.lower_
    return not (agent_noun(low) or subj.lemma_.lower() in PERSON_NOUNS or any(
        v in lex.roles or v in lex.orgs or v in lex.anonymous_people or v in lex.generic for v in variants(low)))


def _relative_misparse(verb: Token, clause: Token) -> bool:
    """``declared a state of emergency that included ...``: a relative clause, not content."""
    if verb.dep_ in ("relcl", "acl"):
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].tag_ in ("WDT", "WP") and subj[0].i == clause.left_edge.i


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Drop punctuation, spaces and a leading complementiser 'that' at the ends."""
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space or (doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that",))):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi < lo:
        return None
    return lo, hi


#: quotation marks as tokens: the project's marks (:mod:`framing.quotes`) and the tokenizer's
#: two-character ASCII forms
_OPEN_QUOTES = frozenset(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT_DOUBLE + STRAIGHT_SINGLE) | {"``"}
_CLOSE_QUOTES = frozenset(DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE) | {"''"}


def _quoted_start(doc: Doc, lo: int, hi: int) -> int | None:
    """The last token of the quotation that opens tokens ``lo``..``hi`` ("'targeted support' for
    families" -> "support"), or None when they do not open with a quotation mark."""
    while lo <= hi and doc[lo].is_space:
        lo += 1
    opening = lo if doc[lo].text in _OPEN_QUOTES else lo - 1
    if opening < 0 or doc[opening].text not in _OPEN_QUOTES:
        return None
    for k in range(opening + 2, min(hi + 1, len(doc) - 1) + 1):
        if doc[k].text in _CLOSE_QUOTES:
            return k - 1
    return None


def _copula_before_quote(clause: Token, hi: int) -> int:
    """``claimed the detainees were "journalists doing their job"``: a reported clause that ends on
    its copula (``were``, ``was``) with the quotation after it, which the parser hung elsewhere,
    runs to the end of that quotation."""
    doc = clause.doc
    k = hi - 1 if doc[hi].text in _OPEN_QUOTES else hi     # the parser may hang the opening mark on the copula
    last = doc[k]
    if last.lemma_.lower() != "be" or k + 1 >= len(doc) or doc[k + 1].text not in _OPEN_QUOTES:
        return hi
    if any(c.dep_ in ("attr", "acomp", "oprd") and c.i > last.i for c in last.children):
        return hi
    end = _quoted_start(doc, k + 1, clause.sent.end - 1)
    return hi if end is None else end + 1


def _right_complement_end(tok: Token, after: int) -> int:
    """Right edge of the verb's complements after token ``after`` (no conjuncts, no punctuation)."""
    hi = after
    for c in tok.rights:
        if c.dep_ in ("conj", "cc", "punct") or c.i <= after:
            continue
        hi = max(hi, c.right_edge.i)
    return hi


#: conjunctions that open a clause of time, cause or condition: what happened around the speech act
#: ("as", "if", "while", "although" are left out: they open asides inside a content, "said that, if
#: elected, she would ...", "said dredging the bay, as the council has proposed, would harm ...")
_ADVERBIAL_MARKS = frozenset({"after", "before", "when", "because", "since", "once", "until", "whenever"})


def _adverbial_clause(clause: Token, verb: Token) -> bool:
    """``asked for a recount after the ballots found in the office erased his lead``: a clause after
    the verb opened by a conjunction of time, cause or condition is no content, even where the
    parser made it the verb's complement."""
    first = clause.left_edge
    if first.i <= verb.i or any(x.dep_ == "xcomp" and x.tag_ == "VBG" and verb.i < x.i < first.i
                                 for x in verb.children):
        return False               # "said moving the port, after the vote, would ...": a gerund subject
    # a clause with a subject of its own is a content whatever opens it ("said because the ballots
    # were late the count would take a week"); the misparse leaves the predicate without one
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children):
        return False
    if first.lower_ in _ADVERBIAL_MARKS and first.dep_ == "mark":
        return True
    # "asked for a recount after ballots found in an office erased his lead": the parser split the
    # adverbial clause, its subject an ``advcl`` of the verb, its predicate (no subject) the "ccomp"
    return any(c.dep_ == "advcl" and c.i < clause.i and c.right_edge.i == first.i - 1
               and c.left_edge.lower_ in _ADVERBIAL_MARKS for c in verb.children)


def indirect_content(cue: VerbCue, lex: VerbLexicon, subj: Token | None) -> tuple[int, int, str] | None:
    """(first token, last token, rule) of the reported content, or None."""
    tok = cue.token
    doc = tok.doc
    lemma = tok.lemma_.lower()
    skip_lo = subj.left_edge.i if subj is not None else None
    skip_hi = subj.right_edge.i if subj is not None else None
    if lemma in lex.naming_frame and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return None                 # "a trader calling himself the King of Copper": a self-chosen name
    cue_last = max(tok.i, *(c.i for c in tok.children if c.dep_ == "prt")) if any(c.dep_ == "prt" for c in tok.children) else tok.i
    ccomps = [c for c in tok.children if c.dep_ == "ccomp" and not _relative_misparse(tok, c)
              and not _adverbial_clause(c, tok)]
    # content clauses that are conjoined ("said X and that Y") stay in the first one's subtree
    if ccomps:
        c = ccomps[0] if len(ccomps) == 1 else max(ccomps, key=lambda x: x.right_edge.i - x.left_edge.i)
        lo, hi = c.left_edge.i, c.right_edge.i
        # "told X that every envelope was matched ..., every signature checked and ...": a list of
        # clauses the parser made separate complements, each right after the other, is one content
        after = sorted((x for x in ccomps if x.left_edge.i > tok.i), key=lambda x: x.left_edge.i)
        if len(after) >= 2 and c in after and all(
                all(doc[k].is_punct or doc[k].dep_ == "cc" for k in range(a.right_edge.i + 1, b.left_edge.i))
                for a, b in zip(after, after[1:])):
            lo, hi = after[0].left_edge.i, after[-1].right_edge.i
        # "said the figure was higher and accused the authorities of hiding bodies": a reporting
        # verb conjoined to the clause, with no subject of its own, is a second act of speech
        # (its own attribution), not part of what was said
        acts = [x for x in c.children if x.dep_ == "conj" and x.i > c.i and x.pos_ in VERB_POS
                and lex.is_cue_lemma(x.lemma_.lower()) and x.lemma_.lower() in lex.stance
                and not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children) and c.i > tok.i]
        if acts and _names_a_thing(c):
            hi = min(hi, acts[0].left_edge.i - 1)
        hi = _copula_before_quote(c, hi)
        if c.i > tok.i:
            # "said moving soil and planting trees ... had a poor record": a gerund subject the
            # parser hung on the verb belongs to the clause
            gerunds = [x for x in tok.children if x.dep_ == "xcomp" and x.tag_ == "VBG" and tok.i < x.i < c.left_edge.i]
            if gerunds:
                lo = gerunds[0].left_edge.i
            lo = max(lo, cue_last + 1)
            rule = "verb_clause"
            if skip_lo is not None and skip_hi is not None and lo <= skip_hi and skip_lo > tok.i:
                lo = skip_hi + 1      # "said Smith that ..." (rare)
        else:
            hi = min(hi, tok.i - 1)
            if skip_lo is not None and skip_lo > lo:
                hi = min(hi, skip_lo - 1)
            rule = "clause_before_cue"
            # "X accuses Y of rigging the vote; party denies it", "...; governor vows veto": a clause
            # a semicolon closes is no content of the verb after it
            if any(doc[k].text == ";" for k in range(hi + 1, tok.i)):
                hi = lo - 1
        t = _trim(doc, lo, hi)
        if t:
            return t[0], t[1], rule
    children = list(tok.children)
    # "said in a statement that ...": the clause hangs on the document noun
    for c in children:
        if c.dep_ == "prep" and c.i > tok.i:
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENT_NOUNS:
                    for x in p.children:
                        if x.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
                            t = _trim(doc, x.left_edge.i, x.right_edge.i)
                            if t:
                                return t[0], t[1], "verb_clause"
    # frames
    preps = lex.preposition_frame.get(lemma, frozenset())
    if lemma in lex.infinitive_frame:
        for c in children:
            # "called for Pryce to resign": the parser's clause with "for" and its own subject
            if c.dep_ == "advcl" and c.i > tok.i and any(x.tag_ == "TO" for x in c.children) and any(
                    x.dep_ == "mark" and x.lower_ == "for" and x.i == c.left_edge.i for x in c.children) \
                    and any(x.dep_ == "nsubj" for x in c.children):
                t = _trim(doc, c.left_edge.i + 1, c.right_edge.i)
                if t:
                    return t[0], t[1], "infinitive_frame"
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
        objs = [x for x in children if x.dep_ == "dobj" and x.i > tok.i]
        # the preposition may hang on the verb or, misattached, on its object ("accused X of Y")
        cands = children + [y for o in objs for y in o.children]
        for c in cands:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > tok.i and any(
                    x.dep_ in ("pobj", "pcomp") or (c.lower_ == "as" and not x.is_punct) for x in c.children) \
                    and not any(x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in c.children):
                # "called his brother on Sunday": a time is no reported content
                before = [x for x in objs if x.i < c.i]
                lo = before[0].left_edge.i if before else c.i
                hi = c.right_edge.i
                # "accused the authorities of hiding bodies to protect the president's image": a
                # purpose clause right after the frame, hung on the verb, is part of the charge
                for x in children:
                    if x.dep_ in ("advcl", "xcomp") and x.left_edge.i == hi + 1 and any(
                            y.tag_ == "TO" for y in x.children):
                        hi = x.right_edge.i
                t = _trim(doc, lo, hi)
                if t:
                    return t[0], t[1], "preposition_frame"
    # "warned colleagues before the vote that they were ...", "bragged after the vote that X was ...":
    # a that-clause with its own subject that the parser hung on a noun of the verb's own phrase
    for c in children:
        if c.i <= tok.i or c.dep_ not in ("prep", "dobj", "dative", "npadvmod"):
            continue
        for x in c.subtree:
            if x.i <= tok.i or x.dep_ not in ("acl", "relcl", "ccomp", "advcl") or x.pos_ not in VERB_POS:
                continue
            mark = x.left_edge
            if not (mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.i == x.i):
                continue
            if any(m.dep_ in ("nsubj", "nsubjpass") and m.lower_ not in RELATIVE for m in x.children):
                t = _trim(doc, mark.i, x.right_edge.i)
                if t:
                    return t[0], t[1], "verb_clause"
    if lemma in lex.naming_frame:
        span = naming_clause(tok)
        if span is not None:
            return span[0], span[1], "naming_frame"
    if lemma in lex.object_frame:
        for c in children:
            if c.dep_ == "dobj" and c.i > tok.i and c.lower_ not in ("what", "which", "it", "this", "that"):
                hi = max(c.right_edge.i, _right_complement_end(tok, c.i))
                # "demanded a hand recount of all 118 precincts and sent his lawyers to court": a
                # verb conjoined inside the object's phrase is another deed, not the thing demanded
                deeds = [x.i for x in c.subtree if x.dep_ == "conj" and x.pos_ in VERB_POS and x.i > c.i]
                if deeds:
                    cc = [x.i for x in doc[c.i:min(deeds)] if x.dep_ == "cc"]
                    hi = min(hi, (cc[-1] if cc else min(deeds)) - 1)
                t = _trim(doc, c.left_edge.i, hi)
                if t:
                    return t[0], t[1], "object_frame"
    # "promises 'targeted support'", "denied 'any wrongdoing'": a direct object in quotation marks
    # is the speaker's own words (a partial quotation), whatever the verb does with objects; only
    # with the verb's own subject ("condemned her for branding it 'a licence to evict'": the
    # gerund's speaker is not the one condemning); a second object is a misparse of someone else's
    # words ("condemned her ... 'a licence to evict'")
    own_objects = [c for c in children if c.dep_ == "dobj" and c.i > tok.i]
    for c in (own_objects if subj is not None and subj.head.i == tok.i and len(own_objects) == 1 else []):
        end = _quoted_start(doc, c.left_edge.i, c.right_edge.i)
        lo = c.left_edge.i
        if end is None and c.left_edge.dep_ == "det" and lo + 1 < c.i and doc[lo + 1].text in _OPEN_QUOTES:
            # "thanked the "heroes of labour" who ...": a determiner, then the quotation of the
            # object's own noun (not a quoted modifier: "praised the "heroic" work")
            end = _quoted_start(doc, lo + 1, c.right_edge.i)
            if end is not None and not (lo + 1 < c.i <= end):
                end = None
            if end is not None:
                end += 1                      # through the closing mark: a noun phrase quoting its noun
        if end is not None:
            t = _trim(doc, lo, end)
            if t:
                return t[0], t[1], "object_frame"   # the quotation pass then writes it as a quote
    # "..., officials said." / "The bank, he said, would ..." when the parser did not link
    # the reported clause to the verb: the cue is a parenthesis of subject + verb
    if subj is not None and not any(c.dep_ in ("mark", "dobj", "xcomp", "ccomp") for c in children):
        own_lo = min(tok.i, subj.left_edge.i)
        own_hi = max(tok.i, subj.right_edge.i)
        for c in children:
            if c.dep_ in ("advmod", "npadvmod", "prep", "prt", "aux", "neg", "dative") and c.i > tok.i:
                own_hi = max(own_hi, c.right_edge.i)
        sent = tok.sent
        if own_lo > sent.start and doc[own_lo - 1].text in (",", "\u2014", "\u2013"):
            before = [t for t in doc[sent.start:own_lo - 1] if not (t.is_punct or t.is_space)]
            rest = own_hi + 1
            while rest < sent.end and (doc[rest].is_punct or doc[rest].is_space):
                rest += 1
            after = [t for t in doc[rest:sent.end] if not (t.is_punct or t.is_space)]
            if len(before) >= 2 and not after:
                t = _trim(doc, sent.start, own_lo - 2)
                if t:
                    return t[0], t[1], "clause_before_cue"
            if len(before) >= 1 and after and own_hi + 1 < sent.end and doc[own_hi + 1].text in (",", "\u2014", "\u2013"):
                host = tok.head if tok.head.i != tok.i and tok.head.pos_ in VERB_POS else sent.root
                end = host_clause_end(host, own_hi + 1)
                t = _trim(doc, sent.start, end)
                if t and t[1] <= own_hi:
                    # "X was cleared, the ministry said, and Y ...": the clause ends at the parenthesis
                    t = _trim(doc, sent.start, own_lo - 2)
                if t:
                    return t[0], t[1], "parenthetical_cue"
    return None


def _non_finite(clause: Token) -> bool:
    """``to hear ...``, ``easing ...``, ``guarded by ...``: a clause with no tense of its own."""
    return clause.tag_ in ("VBG", "VBN") or (clause.tag_ == "VB" and any(c.tag_ == "TO" for c in clause.children))


def host_clause_end(host: Token, after: int) -> int:
    """The last token of the clause a parenthetical attribution (``..., organisers said, ...``,
    ``..., according to X, ...``) is inserted in, ``host`` its verb, ``after`` the first token after
    the parenthesis.

    A parenthetical's scope is its host clause: the subject, the verb and the verb's arguments
    and modifiers. What the narrator adds after them is a proposition of its own and no part of
    the claim: a non-finite adverbial clause of the verb (``gathered to hear ...``, ``..., easing
    ...``), a conjoined clause with a subject of its own (``..., and the mayor ...``), a
    non-restrictive relative or participial clause set off by a comma (``..., which ...``,
    ``..., where ...``, ``..., guarded by ...``)."""
    doc = host.doc
    sent = host.sent
    cut = sent.end
    for c in host.rights:
        if c.i < after:
            continue
        if c.dep_ == "advcl" and _non_finite(c):
            cut = min(cut, c.left_edge.i)
        elif c.dep_ == "conj" and c.pos_ in VERB_POS and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            cut = min(cut, c.left_edge.i)
    for t in doc[after:cut]:
        if t.dep_ in ("relcl", "acl") and t.head.i < t.i and t.left_edge.i > after and (
                t.dep_ == "relcl" or _non_finite(t)) and doc[t.left_edge.i - 1].text in (",", "\u2014", "\u2013"):
            cut = min(cut, t.left_edge.i)
            break
    return cut - 1


#: the objects of a self-naming ("calling itself X"): the subject's chosen name, not a speech act
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "themself", "ourselves", "myself"})


def relative_naming(verb: Token) -> bool:
    """``the centres - which one shopkeeper branded a "total joke"``: a naming verb whose object is
    the relative pronoun opening its clause (the parser may label it a subject, and the clause a
    complement)."""
    rel = verb.left_edge
    return verb.dep_ in ("relcl", "ccomp") and rel.lower_ in ("which", "that") and rel.head.i == verb.i \
        and rel.dep_ in ("nsubj", "dobj") and rel.i < verb.i


def naming_clause(verb: Token) -> tuple[int, int] | None:
    """``called the plan a crutch``, ``labelled the protest a riot``, ``branded the budget "a
    betrayal"``, ``calling it a gross interference``: (first, last token) of the object with what
    it is called; None when the verb names nothing (``called the police``, ``called his brother``)."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if objs and relative_naming(verb):
        # "the centres - which one shopkeeper branded a "total joke" because ...": the relative
        # pronoun is the object, so the noun after the verb is what it is called
        obj = objs[0]
        cut = {t.i for c in obj.children if c.dep_ in ("relcl", "acl") and c.i > obj.i for t in c.subtree}
        hi = max([obj.i] + [t.i for t in obj.subtree if t.i > obj.i and t.i not in cut and not (
            t.is_punct and t.text not in _CLOSE_QUOTES)])
        if hi + 1 < len(verb.doc) and verb.doc[hi + 1].text in _CLOSE_QUOTES:
            hi += 1
        return _trim(verb.doc, obj.left_edge.i, hi)
    if not objs:
        # "called the cut-off "crude"": a hyphenated object the parser left without its dobj label,
        # words between the verb and the complement
        comps = [c for c in verb.children if c.i > verb.i + 1 and c.dep_ in NAMING_COMPLEMENTS]
        if comps and any(t.pos_ in ("NOUN", "PROPN", "PRON") or t.dep_ == "det"
                         for t in verb.doc[verb.i + 1:comps[0].i] if t.i < comps[0].i - 1 or t.pos_ != "PUNCT"):
            return _trim(verb.doc, verb.i + 1, max(c.right_edge.i for c in comps))
        return None
    obj = objs[0]
    comps = [c for c in verb.children if c.i > obj.right_edge.i and c.dep_ in NAMING_COMPLEMENTS]
    if comps:
        # "called it a non-apology": the parser splits a hyphenated complement into several
        hi = max(c.right_edge.i for c in comps)
        # "calling the protesters "terrorist gangs" trained abroad and begging the CSTO for help": a
        # verb the parser conjoined inside the complement starts a new predicate
        verbs = [t for t in comps[0].subtree if t.dep_ == "conj" and t.pos_ == "VERB" and t.i > comps[0].i]
        if verbs:
            hi = verbs[0].left_edge.i - 1
    elif any(c.dep_ == "appos" for c in obj.children):
        hi = obj.right_edge.i                 # the verdict "a chilling blow": the parser's apposition
    elif any(t.text in _OPEN_QUOTES for t in verb.doc[obj.i + 1:obj.right_edge.i]):
        # "called such demands “irresponsible and shameful at a time when ...”": the quoted verdict
        # the parser hung inside the object (as its modifier) is the naming's complement, up to
        # where the quotation closes
        hi = obj.right_edge.i
        end = verb.sent.end
        for t in verb.doc[hi + 1:end]:
            if t.text in _CLOSE_QUOTES:
                hi = t.i
                break
    else:
        return None
    return _trim(verb.doc, obj.left_edge.i, hi)


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
