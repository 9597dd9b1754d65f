"""Named mentions: every proper-name run of an article, grouped into people and organisations.

A run is split into title and name ("Prime Minister Elin Sarr" -> role "Prime Minister",
name "Elin Sarr") and grouped into entities: a person by surname (``Tokayev``,
``President Tokayev`` and ``Kassym-Jomart Tokayev`` are one person, named by the fullest
mention; namesakes with other first names stay apart), an organisation by its name.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Iterator

import numpy
from spacy.attrs import LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from .phrases import (COMPANY_WORDS, DETERMINERS, GENERIC_ORG_HEADS, PERSONAL_TITLE_WORDS, agent_noun, aged, before_preposition, is_country, is_name_token,
                      joined, office_in_clause, owned_business, role_phrase, slug, variants, who_clause)
from ..syntax import PLACE_PART_NOUNS
from ..quotes import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT_DOUBLE
from .steps import NOTHING, Nothing, Step, first_decision
from .verbs_and_roles import RoleLexicon, roles as load_roles

#: words before "for" + an office that make the office one sought, not held ("candidate for governor")
_SEEKING = frozenset({"candidate", "candidates", "nominee", "hopeful", "contender", "challenger", "running"})
#: entity labels of places and numbers: a run labelled so is no name unless it has a title
_NOT_NAME_LABELS = ("GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "FAC", "NORP")
#: words the small model glues to the end of a name ("Michael Steele Sunday to better explain"):
#: days, months and time words are never the last word of a person's or organisation's name
DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "june", "july", "august", "september",
                        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                        "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tonight", "tomorrow"})
#: third-person pronouns that say a person's gender
GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                     "herself": "f"}
PLACE_PREPS = {"from", "in", "at", "near", "across", "outside", "inside", "into", "throughout", "around", "to"}
#: emphatic reflexives right after a name (``Hartsell herself``): a person of this gender
_REFLEXIVE_GENDER = {"herself": "f", "himself": "m"}
#: prepositions of location only: their object is where something is, never whom it came from
_LOCATION_PREPS = frozenset({"in", "near", "across", "outside", "inside", "into", "throughout", "around"})


def _clause_verbs(tok: Token) -> set[int]:
    """The verb of the clause ``tok`` is in (the first verb above it), with the verbs it is
    conjoined to or the complement of (``repeated his pledge``, ``signed ... and defended his
    plan``, ``wants to keep her seat``): the verbs whose subject is this clause's subject."""
    v = tok.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    out = {v.i} if v.pos_ in ("VERB", "AUX") else set()
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
        out.add(v.i)
    return out


def sentences_back(tok: Token, n: int) -> int:
    """The first token index of the sentence ``n`` sentences before ``tok``'s (or of the text)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


def _proper_nouns(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` tagged ``PROPN``, in order (found from the part-of-speech array, so
    that no other token object is made)."""
    if not len(doc):
        return []
    return [doc[i] for i in (doc.to_array(POS) == PROPN).nonzero()[0].tolist()]


@dataclass
class Entity:
    """A person or organisation mentioned by name; ``key`` groups its mentions."""

    key: str
    kind: str                       # person | org
    name: str                       # fullest name seen
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    ner: str = ""
    mentions: list[int] = field(default_factory=list)   # token indices of mention heads
    context: list[str] = field(default_factory=list)    # relative clauses ("which represents ...")
    first: int = -1                 # token index of the first full mention (namesakes)
    org: "Entity | None" = None     # the organisation named in the person's role ("researcher at X")
    org_at: int = -1                # a token of that organisation's mention

    def add_role(self, role: str) -> None:
        role = role.strip(" ,")
        if role and role.lower() not in (r.lower() for r in self.roles):
            self.roles.append(role)



#: quotation marks that open and close a quoted title (straight single quotes are left out:
#: they are apostrophes as often)
_TITLE_OPEN = frozenset(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT_DOUBLE)
_TITLE_CLOSE = frozenset(DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT_DOUBLE)


def _quoted_title(doc: Doc, run: list[Token]) -> bool:
    """The whole name run stands between quotation marks, nothing else inside them: the title of
    a work, a show, a programme or a bill ('the "Smart Traveler Enrollment Program"'), not a
    person or an organisation that speaks."""
    lo, hi = run[0].i, run[-1].i
    return lo > 0 and hi + 1 < len(doc) and doc[lo - 1].text in _TITLE_OPEN and doc[hi + 1].text in _TITLE_CLOSE


class Mentions:
    """Proper-name runs of the article grouped into people and organisations."""

    def __init__(self, doc: Doc, lex: RoleLexicon | None = None, skip: set[int] | frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.lex = lex or load_roles()
        #: token indices that name no one (datelines: ``COLUMBUS, Ohio (AP) —``)
        self.skip = skip
        self.people: dict[str, Entity] = {}
        self.orgs: dict[str, Entity] = {}
        #: (token index, entity) in text order, for pronoun and role resolution
        self.timeline: list[tuple[int, Entity]] = []
        self._by_token: dict[int, Entity] = {}
        self._by_name_token: dict[str, Entity] = {}
        #: surname -> different people sharing it ("Yusuf Haddani" and his brother "Karim Haddani")
        self._namesakes: dict[str, list[Entity]] = {}
        #: (person, what they own or run) from "who owns ..." clauses, decided after the scan
        self._owned: list[tuple[Entity, str]] = []
        #: the timeline sorted latest first (see _latest_first), and the timeline it was sorted from
        self._sorted: list[tuple[int, Entity]] = []
        self._sorted_keys: list[int] = []
        self._sorted_src: list[tuple[int, Entity]] | None = None
        self._sorted_len = 0
        self._scan()
        self._owners()
        self._pronoun_genders()
        self._office_descriptions()

    # -- name runs -------------------------------------------------------------------------
    def run_of(self, head: Token) -> list[Token]:
        """The contiguous proper-name/title run ending at ``head`` (compounds to its left)."""
        toks = [head]
        i = head.i - 1
        while i >= 0:
            t = self.doc[i]
            if i in self.skip:
                break              # "PELL TOWNSHIP - Ron Tilley": a dateline the parser hung on the name
            if t.text in ("-", "\u2010") and not t.whitespace_ and i > 0 and not self.doc[i - 1].whitespace_:
                toks.insert(0, t)
                i -= 1
                continue
            if t.head.i in {x.i for x in toks} or (t.dep_ == "compound" and t.head.i > t.i and t.head.i <= head.i):
                if t.dep_ in ("compound", "amod", "nmod", "punct") or is_name_token(t):
                    if t.dep_ == "punct" and t.text not in ("-", "."):
                        break
                    toks.insert(0, t)
                    i -= 1
                    continue
            break
        # "Councilwoman Rita Gomez" right after the headline, each word parsed as its own root:
        # capitalised names before the run, on the same line, that the parser left unattached
        # ... and the words of the person's name as the entity recogniser spans it ("Gordon" parsed
        # as punctuation of a dateline before "Pike")
        while i >= 0 and head.i - i < 6 and self.doc[i].pos_ == "PROPN" and self.doc[i].whitespace_ == " " \
                and self.doc[i].is_title and i not in self.skip and (
                    (self.doc[i].dep_ == "ROOT" and self.doc[i].head.i == i
                     and self.doc[i].ent_type_ not in ("DATE", "TIME", "GPE", "LOC"))
                    or (self.doc[i].ent_type_ == "PERSON" and self.doc[i + 1].ent_iob_ == "I"
                        and self.doc[i + 1].ent_type_ == "PERSON")):
            toks.insert(0, self.doc[i])
            i -= 1
        # "Governor Ada Lin" with the title parsed apart: a capitalised title word right before the name
        while i >= 0 and head.i - i < 6 and self.doc[i].is_title \
                and (self.doc[i].lower_.rstrip(".") in self.lex.titles or self.doc[i].lower_ in self.lex.roles
                     or f"{self.doc[i].lower_} {toks[0].lower_.rstrip('.')}" in self.lex.roles):
            toks.insert(0, self.doc[i])
            i -= 1
        # "Talk radio host Rush Limbaugh", "GOP chairman Michael Steele" with the parser's tree
        # broken at the start of a sentence: a role noun right before the name, with the words
        # that modify it (nouns, names, adjectives; no punctuation between)
        if toks[0].i < head.i and self._role_noun(toks[0]):
            i = toks[0].i - 1              # the role noun is in the run already ("GOP chairman")
        if i >= 0 and (i == toks[0].i - 1 and self._role_noun(self.doc[i]) or self._role_noun(toks[0])):
            j = i
            while j >= 0 and i - j < 4 and self.doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and self.doc[j].whitespace_ \
                    and self.doc[j].dep_ not in ("dobj", "pobj", "attr") and j not in self.skip:
                j -= 1
            if j < i:
                toks = list(self.doc[j + 1:i + 1]) + toks
                i = j
        # "U.S. Secretary of State Antony Blinken": a title with its own preposition
        lefts = [c for c in head.lefts if c.dep_ == "nmod" and c.left_edge.i < toks[0].i]
        if lefts:
            toks = list(self.doc[min(c.left_edge.i for c in lefts):head.i + 1])
            # "Former Secretary of State Helen Voss": a capitalised modifier of the name before the title
            while toks[0].i > 0 and self.doc[toks[0].i - 1].head.i == head.i \
                    and self.doc[toks[0].i - 1].dep_ == "amod" and self.doc[toks[0].i - 1].is_title:
                toks.insert(0, self.doc[toks[0].i - 1])
        return toks

    def _holder_after_office(self, tok: Token) -> tuple[Token, list[Token], list[Token], list[Token]] | None:
        """``Minister of Health Teodor Halvik``, ``Secretary of Labor Ana Ruiz`` parsed as one
        object of "of": a person's title, the office's field words (``[office_fields]``), then
        the holder's name (two proper nouns at least, none a field word). None for a body's name
        ("Ministry of Internal Affairs")."""
        office = tok.head.head
        if not any(v in self.lex.roles or v in self.lex.titles for v in variants(office.lower_)) \
                or any(v in self.lex.orgs for v in variants(office.lower_)):
            return None
        run = self.run_of(tok)
        k = 0
        while k < len(run) and run[k].lower_ in self.lex.office_fields:
            k += 1
        name = run[k:]
        if k == 0 or len(name) < 2 or not all(t.pos_ == "PROPN" and t.lower_ not in self.lex.office_fields for t in name):
            return None
        title = [t for t in self.doc[office.left_edge.i:name[0].i] if not t.is_space]
        return tok, run, title, name

    def split_title(self, toks: list[Token]) -> tuple[list[Token], list[Token]]:
        """(title/role tokens, name tokens): the name is the longest proper-name suffix."""
        name: list[Token] = []
        # tokens of the head's own entity span ("Nino Beridze", even if labelled GPE) are name
        ent_start = toks[-1].i
        while ent_start > 0 and self.doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        same_entity = toks[-1].ent_type_ != "" and toks[-1].ent_type_ != "NORP"
        # a person's name of two words or more keeps a surname that is also a word ("Ed Banks")
        person_span = toks[-1].ent_type_ == "PERSON" and toks[-1].i > ent_start
        # "Minister of Internal Affairs Anton Hessel": a title with its own preposition ends where
        # the person's name begins; the capitalised words after "of" are the office's, not the name's
        # (where the entity recogniser spans the name; else where the parse ends the object of
        # "of": "Former Minister of Finance Ivo Sand", the object "Finance", the name after it)
        name_from = -1
        for t in toks:
            if t.lower_ == "of" and t.i < toks[-1].i:
                if person_span and t.i < ent_start:
                    name_from = ent_start
                else:
                    objects = [c for c in t.children if c.dep_ == "pobj" and c.i < toks[-1].i]
                    if objects and all(x.i < toks[-1].i for x in objects[0].subtree):
                        name_from = max(x.i for x in objects[0].subtree) + 1
        for t in reversed(toks):
            low = t.text.lower()
            if t.i < name_from:
                break
            if same_entity and t.i >= ent_start and (t.pos_ == "PROPN" or (person_span and t.is_title)) \
                    and low not in self.lex.titles \
                    and not any(v in self.lex.roles for v in variants(low)) \
                    and (person_span or not any(v in self.lex.orgs for v in variants(low))):
                name.insert(0, t)
                continue
            if t.text in ("-", "\u2010") and name:
                name.insert(0, t)
                continue
            if t.pos_ != "PROPN" and not (t.is_title and t.pos_ in ("NOUN", "X")):
                break
            if low in self.lex.titles or low.rstrip(".") in self.lex.titles or t.ent_type_ in ("NORP", "GPE"):
                break
            if any(v in self.lex.roles or v in self.lex.orgs for v in variants(low)):
                break
            name.insert(0, t)
        while name and name[0].text in ("-", "\u2010"):
            name.pop(0)
        title = toks[:len(toks) - len(name)]
        return title, name

    def org_words(self, tokens: list[Token]) -> bool:
        words = [t.text.lower() for t in tokens]
        for i, w in enumerate(words):
            for v in variants(w):
                if v in self.lex.orgs:
                    return True
            if i + 1 < len(words) and f"{w} {words[i + 1]}" in self.lex.orgs:
                return True
        return False

    def _scan(self) -> None:
        doc = self.doc
        found: list[tuple[Token, list[Token], list[Token], list[Token]]] = []
        #: token index of a name's last word -> the glued date word the parser made the head
        glued: dict[int, int] = {}
        for tok in _proper_nouns(doc):
            if tok.i in self.skip:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                continue                       # not the head of its run
            if nxt is not None and nxt.text in ("-", "\u2010") and not tok.whitespace_:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN":
                held = self._holder_after_office(tok)
                if held is not None:
                    found.append(held)
                    glued[tok.i] = tok.head.head.i   # the office word, the subject, names them too
                continue                       # "Ministry of Internal Affairs": part of a longer name
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.ent_type_ != "ORG" \
                    and tok.head.head.lower_ != "according" and not self._member_of(tok) \
                    and not self._person_after_preposition(tok):
                continue                       # "a driver from Zhanaozen": a place, not a person
            if tok.dep_ in ("nmod", "pobj") and tok.head.dep_ in ("nmod", "prep") and tok.head.head.pos_ == "PROPN" \
                    and tok.head.head.i > tok.i:
                continue                       # "Secretary of State" inside a title
            run = self.run_of(tok)
            said_at = tok
            # "Michael Steele Sunday": the date glued to the name is no part of it; the mention is
            # the name's (filed under the glued token too, which the parser made the head)
            while len(run) >= 2 and self._glued_word(run[-1]) and not self._glued_word(run[-2]):
                run = run[:-1]
            if run[-1].i != tok.i:
                if run[-1].pos_ != "PROPN" or run[-1].i in self.skip:
                    continue
                tok = run[-1]
                glued[tok.i] = said_at.i
            # "Anchor Lauren Pike pressed him": a surname the parser made an adverb or a noun of the
            # verb, which the recogniser still spans with the given name, ends the name
            while run[-1].i + 1 < len(doc) and run[-1].ent_type_ == "PERSON" and doc[run[-1].i + 1].ent_iob_ == "I" \
                    and doc[run[-1].i + 1].ent_type_ == "PERSON" and doc[run[-1].i + 1].is_title \
                    and doc[run[-1].i + 1].pos_ in ("ADV", "NOUN", "ADJ", "VERB") and run[-1].whitespace_ \
                    and not any(c.dep_ in ("nsubj", "dobj") for c in doc[run[-1].i + 1].children):
                run = [*run, doc[run[-1].i + 1]]
            if _quoted_title(doc, run):
                continue                       # '"Smart Traveler Enrollment Program"': a work's, a
                                               # programme's or a bill's title, no one's name
            title, name = self.split_title(run)
            if not name and len(run) >= 2 and self.org_words([run[-1]]) and run[-1].pos_ == "PROPN" \
                    and run[0].pos_ == "PROPN" and (not self._role_is_person(run[-1].text)
                                                    or self.org_words(run[1:-1])):
                title, name = [], run          # "Brill Foods", "Interior Ministry": the name ends in its kind
                # ... unless a person's title comes first ("Former Governor Ed Banks": a surname
                # that is also an organisation word)
                titled = [k for k, t in enumerate(run[:-2]) if t.lower_.rstrip(".") in self.lex.titles]
                if titled and run[-1].ent_type_ in ("PERSON", ""):
                    title, name = run[:titled[-1] + 1], run[titled[-1] + 1:]
            if not name:
                continue
            if title and title[0].i >= 2 and doc[title[0].i - 1].lower_ == "for" \
                    and doc[title[0].i - 2].lower_ in _SEEKING:
                # "candidate for governor Tom Bly": the office is sought, not held
                title = [doc[title[0].i - 2], doc[title[0].i - 1], *title]
            if tok.ent_type_ in _NOT_NAME_LABELS:
                if not title and not (len(name) >= 2 and (who_clause(tok) or aged(tok))) and len(name) != 1:
                    continue
            found.append((tok, run, title, name))
        # full names first, so that a short form seen earlier ("Xi says", a headline) finds them
        order = sorted(range(len(found)), key=lambda k: -len([t for t in found[k][3] if t.text not in ("-", "\u2010")]))
        results: dict[int, Entity] = {}
        for k in order:
            tok, run, title, name = found[k]
            ent = self._classify(tok, run, title, name)
            if ent is not None:
                results[k] = ent
        for k in sorted(results):
            tok = found[k][0]
            ent = results[k]
            ent.mentions.append(tok.i)
            self._by_token[tok.i] = ent
            self.timeline.append((tok.i, ent))
            if tok.i in glued:
                self._by_token[glued[tok.i]] = ent
        self._people_read_as_organisations()
        # "the National Security Committee (KNB)": the acronym names the same body
        for k in sorted(results):
            tok, ent = found[k][0], results[k]
            if ent.kind != "org" or tok.i + 3 >= len(doc):
                continue
            a, b, c = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
            if a.text == "(" and c.text == ")" and b.text.isupper() and len(b.text) >= 2:
                acr = slug(b.text)
                other = self.orgs.get(acr)
                if other is not None and other is not ent:
                    for i in other.mentions:
                        self._by_token[i] = ent
                    self.timeline = [(i, ent if e is other else e) for i, e in self.timeline]
                self.orgs[acr] = ent
                self._by_token[b.i] = ent

    def _people_read_as_organisations(self) -> None:
        """``Lydia Hartsell's campaign`` labelled an organisation, ``Hartsell went from ...`` after
        it, then ``Hartsell herself``: a name of one to three words with no organisation word,
        whose last word is the surname of a person the article names, is that person (the
        recogniser's organisation label gives way to person evidence elsewhere in the text)."""
        if not self.orgs or not self.people:
            return
        for org in list({id(e): e for e in self.orgs.values()}.values()):    # each once, whatever its keys
            words = org.name.split()
            if not 1 <= len(words) <= 3 or org.roles or org.context:
                continue
            person = self.people.get(words[-1].lower())
            if person is None or self._namesakes.get(words[-1].lower()):
                continue
            toks = [self.doc[i] for i in org.mentions]
            if any(self.org_words([t]) for t in toks) or any(
                    v in self.lex.orgs for w in words for v in variants(w.lower())):
                continue
            if len(words) >= 2 and len(person.name.split()) >= 2 and person.name.split()[0] != words[0]:
                continue                   # another first name: not the same person
            for i in org.mentions:
                self._by_token[i] = person
            person.mentions = sorted({*person.mentions, *org.mentions})
            self.timeline = [(i, person if e is org else e) for i, e in self.timeline]
            if len(org.name) > len(person.name):
                person.name, person.key = org.name, slug(org.name)
            for k in [k for k, e in self.orgs.items() if e is org]:
                del self.orgs[k]
            for w in words:
                self._by_name_token.setdefault(w.lower(), person)

    def _pronoun_genders(self) -> None:
        """A person's gender from a pronoun that can only be theirs, in text order, in its sentence:
        a subject or possessive pronoun inside the clause whose subject is one named person
        (``Ruth Ames repeated her promise``: Ames is ``f``), or a pronoun in a sentence naming
        several people of whom all but one are known to be of the other gender (``Hale attacked
        Ames over a report that she ...``, Hale known as ``m``: Ames). A person of unknown gender is
        otherwise left so; a gender already known is never changed."""
        doc = self.doc
        if not self.timeline or not len(doc):
            return
        hashes = [doc.vocab.strings.add(w) for w in GENDERED_PRONOUNS]
        pronouns = numpy.isin(doc.to_array(LOWER), hashes).nonzero()[0].tolist()
        if not pronouns:
            return
        people = sorted((j, e) for j, e in self._by_token.items() if e.kind == "person")
        at = [j for j, _ in people]
        for p in pronouns:
            tok = doc[p]
            if tok.pos_ != "PRON" or p in self._by_token:
                continue
            gender = GENDERED_PRONOUNS[tok.lower_]
            # the people the sentence names before the pronoun, with the token of each mention
            lo = bisect.bisect_left(at, tok.sent.start)
            hi = bisect.bisect_left(at, p)
            named_at = [(doc[j], e) for j, e in people[lo:hi]]
            seen: list[Entity] = []
            for _, e in named_at:
                if not any(x is e for x in seen):
                    seen.append(e)
            if not seen:
                continue
            fits = [e for e in seen if e.gender in (None, gender)]
            bound: list[Entity] = []
            if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                verbs = _clause_verbs(tok)
                for t, e in named_at:
                    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in verbs and not any(x is e for x in bound):
                        bound.append(e)
            chosen: Entity | None = None
            if len(bound) == 1:
                chosen = bound[0] if bound[0].gender in (None, gender) else None
            elif len(seen) >= 2 and len(fits) == 1:
                chosen = fits[0]
            if chosen is not None and chosen.gender is None:
                chosen.gender = gender

    def _office_descriptions(self) -> None:
        """``Viktor Lenhart threw a party ... pop star Dana Ruzicka ... for the PM's final rally``: a
        definite description of an office one person holds at a time (``[single_holder_offices]``:
        ``the PM``, ``the prime minister's``, ``the governor``) names the latest person named in the
        three sentences before it who has no role or description of their own (a person with a
        role is someone else) and whose name never takes an article (``The Beacon``); that person
        takes the office as a role. A person already named
        with the office needs nothing; no one without a role: nothing."""
        offices = self.lex.single_holder_offices
        if not offices or not self.people:
            return
        for tok in self._office_candidates():
            office = tok.lower_
            prev = tok.doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.dep_ in ("compound", "amod") and prev.head.i == tok.i \
                    and f"{prev.lower_} {office}" in offices:
                office, first = f"{prev.lower_} {office}", prev
            else:
                first = tok
            if office not in offices or tok.tag_ not in ("NN", "NNP") or tok.dep_ == "compound":
                continue
            det = first.doc[first.i - 1] if first.i > 0 else None
            if det is None or det.lower_ != "the" or det.head.i != tok.i:
                continue
            lo = sentences_back(tok, 3)
            for j, ent in self.before_at(tok.i):
                if j < lo:
                    break
                if ent.kind != "person":
                    continue
                if any(office in r.lower() for r in ent.roles):
                    break                       # the office's holder is named with it
                if ent.roles or ent.context or any(self._described_at(m) for m in ent.mentions if m < tok.i):
                    continue                    # a person with a role of their own is someone else
                if any(c.dep_ == "det" for m in ent.mentions for c in self.doc[m].children):
                    continue                    # "told The Beacon": a name with an article is no person's
                ent.add_role(first.doc[first.i:tok.i + 1].text)
                break

    def _described_at(self, i: int) -> bool:
        """The name at token ``i`` comes with words that say who the person is, in a form not
        read as a role: a common noun before it (``engineer Rosa Mund``), an apposition or a
        number (``Otto Lang, 71``)."""
        head = self.doc[i]
        start = min(t.i for t in self.run_of(head))
        before = self.doc[start - 1] if start > 0 else None
        return any(c.dep_ in ("appos", "acl", "relcl") for c in head.children) or any(
            t.pos_ in ("NOUN", "ADJ", "NUM") for t in head.subtree if t.i != head.i) or (
            before is not None and before.pos_ == "NOUN" and before.text.islower())

    def _office_candidates(self) -> list[Token]:
        """Tokens whose lower-case text is the last word of a single-holder office."""
        doc = self.doc
        if not len(doc):
            return []
        lasts = [doc.vocab.strings.add(o.split()[-1]) for o in self.lex.single_holder_offices]
        hits = numpy.isin(doc.to_array(LOWER), lasts).nonzero()[0].tolist()
        return [t for t in (doc[i] for i in hits) if t.pos_ in ("NOUN", "PROPN")]

    def _role_noun(self, tok: Token) -> bool:
        low = tok.lower_
        return tok.pos_ == "NOUN" and tok.whitespace_ != "" and tok.dep_ not in ("dobj", "pobj", "attr") and (
            any(v in self.lex.roles or v in self.lex.generic for v in variants(low)) or low in self.lex.titles)

    @staticmethod
    def _glued_word(tok: Token) -> bool:
        """A day, month or time word (or a lower-case word) at the end of a name run."""
        return tok.lower_ in DATE_WORDS or tok.ent_type_ in ("DATE", "TIME") or tok.text.islower()

    def _owners(self) -> None:
        """A person who owns or runs a business the article names speaks as its owner (business):
        ``who owns Sweet Rise Bakery``, ``who has owned the hardware store`` after ``Heidecker
        Hardware``; ``who runs the corner bakery`` only describes a local."""
        # "Front spokesman Arman Dedeyan" after "the Highland Freedom Front": the short form in a
        # person's title names the organisation they speak for
        ends = {o.name.split()[-1]: o for o in self.orgs.values() if len(o.name.split()) >= 2 and o.mentions}
        for ent in self.people.values():
            if ent.org is not None:
                continue
            for role in ent.roles:
                hit = next((ends[w] for w in role.split() if w[:1].isupper() and w in ends), None)
                if hit is not None:
                    ent.org, ent.org_at = hit, hit.mentions[0]
                    break
        org_words = {w for o in self.orgs.values() for w in o.name.lower().split()}
        for ent, owned in self._owned:
            words = owned.split()
            named = any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper() and words[0].lower() not in DETERMINERS)
            known = any(w.lower() in org_words for w in words if w.lower() not in DETERMINERS)
            # "who has led the company since 2021": the company the article is about
            company = len(words) == 2 and words[0].lower() in ("the", "its") and words[1].lower() in COMPANY_WORDS
            if named or known or company:
                ent.add_role(f"owner of {owned}")

    def _person_after_preposition(self, tok: Token) -> bool:
        """``The order came from Piet Lund, the colonel``, ``a call to Ana Ruiz, 34``: a full name
        the entity recogniser labels a person, or a name with a person's apposition, is a person
        even after a preposition of place."""
        # ... but after a preposition of location ("practices law in Corbin Falls", "a rally at Glen
        # Ellis") the recogniser's label alone is not enough: people come from and go to someone,
        # they are not "in" or "near" them
        if tok.ent_type_ == "PERSON" and tok.i > 0 and self.doc[tok.i - 1].ent_type_ == "PERSON" \
                and self.doc[tok.i - 1].ent_iob_ == "B" and self.doc[tok.i - 1].dep_ == "compound" \
                and tok.head.lower_ not in _LOCATION_PREPS:
            return True
        return any(c.dep_ == "appos" and (c.lemma_.lower() in self.lex.roles or c.like_num) for c in tok.children)

    def _member_of(self, tok: Token) -> bool:
        """``a researcher at X`` / ``a coordinator with X`` / ``a spokesman for X``: X is an organisation."""
        prep, noun = tok.head, tok.head.head
        return tok.dep_ == "pobj" and prep.lower_ in ("at", "with", "for") and noun.pos_ == "NOUN" \
            and any(v in self.lex.roles for v in variants(noun.lower_))

    def _classify(self, head: Token, run: list[Token], title: list[Token], name: list[Token]) -> Entity | None:
        """The entity a name run stands for (the first step of :data:`NAME_STEPS` that decides)."""
        return first_decision(NAME_STEPS, _NameRun(self, head, run, title, name))

    def add_person(self, tok: Token) -> Entity:
        """A person named only inside a clause ("who gave only her first name, Amina")."""
        key = tok.lower_
        ent = self.people.get(key) or self.people.setdefault(key, Entity(slug(tok.text), "person", tok.text, ner="PERSON", first=tok.i))
        self._by_token[tok.i] = ent
        self._by_name_token.setdefault(key, ent)
        self.timeline.append((tok.i, ent))
        return ent

    def _same_person(self, surname: str, full: str) -> Entity | None:
        """The person already known under ``full`` (or a compatible shorter/longer form of it)."""
        words = set(full.lower().split())
        for ent in self._namesakes.get(surname, [self.people[surname]] if surname in self.people else []):
            other = set(ent.name.lower().split())
            if len(other) < 2 or other <= words or words <= other:
                return ent
        return None

    def _short_form(self, surname: str, at: int) -> Entity | None:
        """A bare surname: the namesake introduced last before ``at`` (else the first one)."""
        cands = self._namesakes.get(surname)
        if not cands:
            return self.people.get(surname)
        before = [e for e in cands if 0 <= e.first < at]
        return max(before, key=lambda e: e.first) if before else cands[0]

    def _name_is_known_org(self, name: list[Token]) -> bool:
        return slug(joined(name)) in self.orgs

    @staticmethod
    def _surname(name: list[Token]) -> str:
        return name[-1].text.lower()

    def _role_is_person(self, role: str) -> bool:
        words = role.lower().split()
        return any(v in self.lex.roles for w in words for v in variants(w.strip(",")))

    def appositive_role(self, head: Token) -> str | None:
        """``X, a coordinator with Y`` / ``a coordinator with Y, X``: the role phrase."""
        for c in head.children:
            if c.dep_ == "appos" and c.lower_ not in _REFLEXIVE_GENDER:
                return role_phrase(c)
        # "the Greenway Institute, an activist group bankrolled by ...": an apposition the parser
        # attached elsewhere, recognised by its words (a/an, modifiers, an organisation noun)
        doc = head.doc
        j = head.i + 1
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an") and head.pos_ == "PROPN":
            k = j + 2
            while k < len(doc) and k < j + 6 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT") and doc[k].text != ",":
                if doc[k].pos_ == "NOUN" and doc[k].lower_ in GENERIC_ORG_HEADS:
                    return doc[j + 1:k + 1].text
                k += 1
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
            return role_phrase(head.head, stop=head.i)
        return None

    # -- lookup ---------------------------------------------------------------------------
    def entity_at(self, tok: Token) -> Entity | None:
        return self._by_token.get(tok.i)

    def known_surname(self, tok: Token) -> Entity | None:
        """A bare capitalised word that is the surname of a person named in full before ``tok``."""
        ent = self._short_form(tok.lower_, tok.i) or self._by_name_token.get(tok.lower_)
        # a person known by a given name alone ("who gave only her first name, Amina") is that name
        # later too, whatever label the recogniser gives the rare word ("Amina said she ...")
        given_only = ent is not None and len(ent.name.split()) == 1 and ent.ner == "PERSON" \
            and ent.name.lower() == tok.lower_
        if ent is None or ent.kind != "person" or (len(ent.name.split()) < 2 and not given_only) \
                or not (0 <= ent.first < tok.i):
            return None
        self._by_token[tok.i] = ent
        return ent

    def note(self, i: int, ent: Entity) -> None:
        """Record a resolved mention (speaker NPs, pronouns) on the timeline."""
        self.timeline.append((i, ent))
        ent.mentions.append(i)

    def iter_before(self, i: int) -> Iterator[Entity]:
        """Entities mentioned before token ``i``, latest first (each once), lazily: callers that
        stop at the first fit read only the latest mentions."""
        return (ent for _, ent in self.before_at(i))

    def _latest_first(self) -> tuple[list[int], list[tuple[int, Entity]]]:
        """The timeline sorted latest first (stable: equal indices keep timeline order), kept up
        to date as mentions are noted instead of sorted again for every question."""
        if self._sorted_src is not self.timeline or self._sorted_len > len(self.timeline):
            self._sorted = sorted(self.timeline, key=lambda x: -x[0])
            self._sorted_keys = [-j for j, _ in self._sorted]
        else:
            for item in self.timeline[self._sorted_len:]:
                k = bisect.bisect_right(self._sorted_keys, -item[0])
                self._sorted_keys.insert(k, -item[0])
                self._sorted.insert(k, item)
        self._sorted_src, self._sorted_len = self.timeline, len(self.timeline)
        return self._sorted_keys, self._sorted

    def before_at(self, i: int) -> Iterator[tuple[int, Entity]]:
        """(latest mention index, entity) for entities mentioned before token ``i``, latest first
        (lazily; each entity once)."""
        keys, ordered = self._latest_first()
        seen: set[int] = set()
        for k in range(bisect.bisect_right(keys, -i), len(ordered)):
            j, ent = ordered[k]
            if id(ent) in seen:
                continue
            seen.add(id(ent))
            yield j, ent


class _NameRun:
    """What the steps of :data:`NAME_STEPS` read: one proper-name run, split into title and name,
    with the evidence around it (computed when a step first asks)."""

    def __init__(self, mentions: Mentions, head: Token, run: list[Token], title: list[Token], name: list[Token]) -> None:
        self.mentions, self.lex = mentions, mentions.lex
        self.head, self.run, self.title, self.name = head, run, title, name
        self.title_words = [t.text.lower().rstrip(".") for t in title]
        self.appos_role = mentions.appositive_role(head)

    @functools.cached_property
    def org_title(self) -> bool:
        """``the rights group Open Door Watch``, ``Campaign group Clean Coasts Now``: an organisation
        word written before the name; ``the rights group, Civic Lantern`` / ``Civic Lantern, a
        rights group``: the apposition says it."""
        lex, head, appos_role = self.lex, self.head, self.appos_role
        org_title = bool(self.title) and self.mentions.org_words(self.title) and not any(
            w in lex.titles or any(v in lex.roles or v in lex.generic for v in variants(w)) for w in self.title_words)
        appos_head = before_preposition(appos_role) if appos_role else ""
        # the apposition must be headed by an organisation word ("a rights group"), not a
        # person's ("Brazile's CNN colleague")
        last = appos_head.lower().split()[-1:] if appos_head else []
        heads_org = bool(last) and any(v in lex.orgs or v in GENERIC_ORG_HEADS for v in variants(last[0].strip(",")))
        # "A spokesman for the Democratic National Committee, Hari Sevugan,": a full name the parser
        # hung on the organisation as its apposition is a person, not the organisation's name
        hung_on_org = self.head.dep_ == "appos" and self.head.ent_type_ == "PERSON" and len(self.name) >= 2 \
            and self.head.head.pos_ == "PROPN" and self.head.head.i < self.head.i
        # "Dr Leona Barrett of the charity Early Steps Trust": a person's title before a name the
        # recogniser calls a person's says the organisation in apposition is where she works
        titled_person = (self.head.ent_type_ == "PERSON" and self.person_title) or any(
            w in PERSONAL_TITLE_WORDS for w in self.title_words)
        if appos_role and heads_org and not hung_on_org and not titled_person and not any(w in lex.titles or any(v in lex.roles or v in lex.generic for v in variants(w))
                                  for w in appos_role.lower().replace(",", " ").split()) and self.mentions.org_words(
                [t for t in head.doc[max(0, head.i - 12):head.i + 12] if t.text in appos_head.split()]):
            org_title = True
        return org_title

    @functools.cached_property
    def person_title(self) -> bool:
        """A title or role word for a person written before the name (``Governor``, ``Sen.``)."""
        lex = self.lex
        return any(w in lex.titles or w.rstrip(".") in lex.titles or any(v in lex.roles for v in variants(w))
                   for w in self.title_words if w not in ("former", "ex"))

    @functools.cached_property
    def person_evidence(self) -> bool:
        lex = self.lex
        return (
            self.head.ent_type_ == "PERSON" or who_clause(self.head) or (len(self.name) >= 2 and aged(self.head))
            or any(w in lex.titles or any(v in lex.roles for v in variants(w)) for w in self.title_words)
            or (self.appos_role is not None and self.mentions._role_is_person(self.appos_role))
            or self.occupation_title
            or self.reflexive is not None
        )

    @functools.cached_property
    def occupation_title(self) -> bool:
        """``fitness influencer Brianna Vale``, ``harvester operator Jo Lind``: a word for a person by
        what they do (its ending says so) right before a full name is that person's role; a word
        for a business (``retailer``, in the organisation words) is not."""
        if len(self.name) < 2 or not self.title_words:
            return False
        last = self.title_words[-1]
        return agent_noun(last) and not any(v in self.lex.orgs for v in variants(last))

    @functools.cached_property
    def reflexive(self) -> str | None:
        """``Hartsell herself has been eager ...``: an emphatic reflexive after the name says a
        person (the recogniser may call the name an organisation) and gives the gender."""
        return next((_REFLEXIVE_GENDER[c.lower_] for c in self.head.children
                     if c.dep_ == "appos" and c.i == self.head.i + 1 and c.lower_ in _REFLEXIVE_GENDER), None)

    @functools.cached_property
    def relative(self) -> Token | None:
        return next((c for c in self.head.children if c.dep_ == "relcl"), None)

    @functools.cached_property
    def context(self) -> str:
        """The relative clause without its verbs ("who came downtown to watch": no "watch" group)."""
        rel = self.relative
        return " ".join(t.text for t in rel.subtree if t.pos_ not in ("VERB", "AUX")) if rel is not None else ""

    @property
    def surname(self) -> str:
        return self.mentions._surname(self.name)


def _person_short_form(n: _NameRun) -> Entity | None:
    """A bare surname of a person named in full."""
    if len(n.name) != 1 or n.title:
        return None
    m = n.mentions
    ent = m._short_form(n.surname, n.head.i) or m._by_name_token.get(n.surname)
    if ent is not None and not ent.roles and not ent.context and not n.appos_role and _org_short_form(n) is not None:
        return None                        # "Vantor said" after "Vantor Motors AG": the company, not a
                                           # person the parser made of a headline ("Vantor Rises")
    if ent is not None and ent.kind == "person" and n.appos_role and (
            m._role_is_person(n.appos_role) or any(w in n.lex.generic for w in n.appos_role.lower().split())):
        ent.add_role(n.appos_role)         # "Steele, the RNC chairman": a role given with the short form
    return ent


def _org_short_form(n: _NameRun) -> Entity | None:
    """``Halvorsen said`` after ``Halvorsen Motors``: the short form of an organisation's name."""
    if len(n.name) != 1 or n.title or who_clause(n.head) or (n.appos_role and n.mentions._role_is_person(n.appos_role)):
        return None
    low = n.name[0].lower_
    for org in n.mentions.orgs.values():
        words = org.name.lower().split()
        if len(words) >= 2 and (words[0] == low or (words[0] in DETERMINERS and words[1] == low)):
            return org
    return None


def _place_or_number(n: _NameRun) -> Entity | Nothing | None:
    """One word labelled a place or a number, with no title: not a speaker's name."""
    if (n.head.ent_type_ in _NOT_NAME_LABELS or is_country(n.head, n.lex.countries)) and not n.title \
            and len(n.name) == 1:
        return NOTHING                     # a country is no person ("Kazakhstan said", tagged PERSON)
    return None


def _place_owning_its_parts(n: _NameRun) -> Entity | Nothing | None:
    """One word, no title, owning a part of a place (``who runs Velm's ports``, ``Belmark's
    borders``; :data:`~framing.syntax.PLACE_PART_NOUNS`): a place, whatever the entity recogniser
    says, unless it is the short form of a person named in full (``Tilde's residents`` after Mayor
    Jan Tilde). Before the short forms: a one-word name seen before (``when Belmark closed the
    port``) is no person either."""
    head = n.head
    if n.title or len(n.name) != 1 or head.dep_ != "poss" or head.head.lemma_.lower() not in PLACE_PART_NOUNS:
        return None
    full = n.mentions._short_form(n.surname, head.i)
    if full is not None and len(full.name.split()) >= 2:
        return None
    return NOTHING


#: prepositions whose object is the channel words went through ("wrote on X", "sent via Signal")
CHANNEL_PREPS = frozenset({"on", "via", "across", "through"})


def _platform_as_channel(n: _NameRun) -> Entity | Nothing | None:
    """A social network or messaging app named as where words were posted (``wrote on X``,
    ``posted the files on Telegram``, ``a message sent via WhatsApp``;
    :attr:`~framing.attribution.verbs_and_roles.RoleLexicon.platforms`): a channel, no speaker
    and no antecedent for a later "he" or "the group". A platform as a subject (``X said it
    removed the posts``, the company speaking) is not this family."""
    head = n.head
    if n.title or head.dep_ != "pobj" or head.head.lower_ not in CHANNEL_PREPS:
        return None
    words = " ".join(t.lower_ for t in n.name).rstrip(".")
    return NOTHING if words in n.lex.platforms else None


def _organisation(n: _NameRun) -> Entity | None:
    m, head, name = n.mentions, n.head, n.name
    if n.reflexive is not None:
        return None                        # "Hartsell herself": a person, whatever was seen before
    rel = n.relative
    which = rel is not None and any(t.lower_ in ("which", "that") and t.i < rel.i for t in rel.children)
    if not (m.org_words(name) or (head.ent_type_ == "ORG" and not n.person_evidence) or m._name_is_known_org(name)
            or (which and not n.person_evidence) or n.org_title or (m._member_of(head) and not n.person_evidence)):
        return None
    if n.person_title and head.ent_type_ in ("PERSON", "") and not n.org_title and len(name) <= 3 \
            and not m._name_is_known_org(name):
        return None                        # "Former Governor Ed Banks": a person's title, a surname like a word
    key = slug(joined([t for t in n.run if t.text.lower() not in DETERMINERS]))
    ent = m.orgs.get(key) or m.orgs.setdefault(key, Entity(key, "org", joined(n.run), ner=head.ent_type_))
    if n.appos_role:
        ent.add_role(n.appos_role)
    if n.context and n.context not in ent.context:
        ent.context.append(n.context)
    return ent


def _no_person_evidence(n: _NameRun) -> Entity | Nothing | None:
    """Without a title, a role, a who-clause or the PERSON label, a name must be a known person's or
    a full name the parser did not label otherwise."""
    if n.person_evidence:
        return None
    m, head, name = n.mentions, n.head, n.name
    if len([t for t in name if t.text not in ("-", "\u2010")]) < 2 and head.ent_type_ not in ("", "PERSON"):
        return NOTHING
    if head.ent_type_ not in ("", "PERSON", "ORG"):
        return NOTHING
    if n.surname not in m.people and n.surname not in m._by_name_token and len(name) < 2:
        return NOTHING
    return None


def _person(n: _NameRun) -> Entity | None:
    """A person: the one already known under this name (or a namesake), with the roles, gender and
    relative clause this mention gives."""
    m, lex, head, name, title = n.mentions, n.lex, n.head, n.name, n.title
    surname = n.surname
    full = joined(name)
    ent = m._short_form(surname, head.i) if len(name) == 1 else m._same_person(surname, full)
    if ent is None and len(name) == 1:
        ent = m._by_name_token.get(surname)
    if ent is None and surname in m.people:
        # a namesake: same surname, other first name -> another person
        ent = Entity(slug(full), "person", full, ner=head.ent_type_, first=head.i)
        m._namesakes.setdefault(surname, [m.people[surname]]).append(ent)
    if ent is None:
        ent = m.people.setdefault(surname, Entity(slug(full), "person", full, ner=head.ent_type_, first=head.i))
    elif len(full) > len(ent.name):
        ent.name, ent.key = full, slug(full)
    if len(name) >= 2 and (ent.first < 0 or head.i < ent.first):
        ent.first = head.i
    if title:
        ent.add_role(joined(title))
        for w in n.title_words:
            if w in lex.female:
                ent.gender = "f"
            elif w in lex.male:
                ent.gender = "m"
    if n.reflexive is not None:
        ent.gender = ent.gender or n.reflexive
    if n.appos_role:
        ent.add_role(n.appos_role)
        for w in n.appos_role.lower().split():
            if w in lex.female:
                ent.gender = ent.gender or "f"
            elif w in lex.male:
                ent.gender = ent.gender or "m"
    held = office_in_clause(n.relative) if n.relative is not None else ""
    held_words = held.lower().split()
    if held and any(" ".join([*held_words[k:-1], v]) in lex.roles
                    for k in range(len(held_words)) for v in variants(held_words[-1])):
        ent.add_role(held)               # "who served as mayor until 2018": a former mayor
    owned = owned_business(n.relative) if n.relative is not None else ""
    if owned:
        m._owned.append((ent, owned))
    if head.ent_type_ == "PERSON" or who_clause(head):
        ent.ner = "PERSON"
    if n.context and n.context not in ent.context:
        ent.context.append(n.context)
    for t in name:
        if t.text not in ("-", "\u2010"):
            m._by_name_token.setdefault(t.text.lower(), ent)
    return ent


#: what a proper-name run is, in order of precedence: the first step that decides wins
#: (``NOTHING``: the run names no speaker)
NAME_STEPS: tuple[Step[_NameRun, Entity], ...] = (
    Step("place_owning_its_parts", _place_owning_its_parts),
    Step("person_short_form", _person_short_form),
    Step("org_short_form", _org_short_form),
    Step("place_or_number", _place_or_number),
    Step("platform_as_channel", _platform_as_channel),
    Step("organisation", _organisation),
    Step("no_person_evidence", _no_person_evidence),
    Step("person", _person),
)
