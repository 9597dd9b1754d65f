"""Speakers: from a subject token to a resolved person, organisation or group.

* :func:`noun_phrase` — the speaker's words: the head with its modifiers and prepositional
  phrases, up to the first comma (relative clauses, participles and appositions are kept
  apart: an apposition is the speaker's *role*).
* :class:`Mentions` — every proper-name run in the article, split into title and name
  ("Prime Minister Elin Sarr" -> role "Prime Minister", name "Elin Sarr"), grouped into
  entities: a person by surname (``Tokayev``, ``President Tokayev`` and
  ``Kassym-Jomart Tokayev`` are one person, named by the fullest mention), an
  organisation by its name.
* :class:`SpeakerResolver` — turns a subject token into a :class:`Speaker`, resolving
  pronouns (he/she to the latest compatible person, they/it to the latest group or
  organisation), short forms and role references ("the prime minister", "the group",
  "the sources") to the entity they stand for.

``speaker_id`` is a slug of the canonical name (``elin-sarr``), so the same person gets the
same id in every article that names them the same way.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.tokens import Doc, Token

from .verbs_and_roles import RoleLexicon, roles as load_roles

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "their"}
ORG_PRONOUNS = {"it", "its"}
FIRST_SECOND = {"i", "we", "you", "me", "us"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "spokesmen",
          "spokeswomen", "representative"}
QUANTIFIERS = {"some", "others", "many", "most", "several", "few", "both", "all"}
GENERIC_ORG_HEADS = {"group", "organisation", "organization", "body", "agency", "institution",
                     "company", "firm", "ministry", "office", "coalition", "union", "party",
                     "government", "department", "campaign", "movement", "charity", "network",
                     "alliance", "association", "council", "committee", "bank", "broadcaster",
                     "newspaper", "university", "institute", "kremlin", "trust", "hospital",
                     "syndicate", "foundation", "watchdog", "regulator", "service", "firm"}
NP_KEEP = {"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "prep", "case",
           "predet", "advmod", "npadvmod", "punct", "cc", "conj"}
PERSON_LABELS = {"PERSON"}
LEFT_KEEP = {"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "predet", "case", "prep", "pobj",
             "advmod", "punct", "cc", "conj", "hmod", "hyph", "npadvmod"}
PLACE_PREPS = {"from", "in", "at", "near", "across", "outside", "inside", "into", "throughout", "around", "to"}


def slug(text: str) -> str:
    """``Kassym-Jomart Tokayev`` -> ``kassym-jomart-tokayev`` (ASCII, lower case, hyphens)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s\b", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def variants(word: str) -> tuple[str, ...]:
    """A word and its naive singulars (for lexicon look-up: ``witnesses`` -> ``witness``)."""
    w = word.lower()
    out = [w]
    if len(w) > 3 and w.endswith("ies"):
        out.append(w[:-3] + "y")
    if len(w) > 3 and w.endswith("es"):
        out.append(w[:-2])
    if len(w) > 2 and w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if w.endswith("men"):
        out.append(w[:-3] + "man")
    return tuple(out)


def is_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("NOUN", "X") and tok.i > 0 and not tok.is_sent_start)


def _joined(tokens: list[Token]) -> str:
    """Tokens as written (keeps ``Kassym-Jomart`` together)."""
    if not tokens:
        return ""
    if _contiguous(tokens):
        return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text   # a Span: no copy of the whole text
    return " ".join(t.text for t in tokens)


def _contiguous(tokens: list[Token]) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:]))


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


@dataclass
class Speaker:
    """A resolved speaker. ``text`` is what the output shows; ``id`` is comparable across articles."""

    text: str
    id: str
    kind: str                       # person | org | group | unknown
    role: str = ""
    head: str = ""                  # head noun lemma (lower case)
    start: int = -1                 # character span of the mention in the text
    end: int = -1
    ner: str = ""
    named: bool = False
    anonymous_marker: str = ""      # "on condition of anonymity" etc. when present
    entity: Entity | None = None
    resolved_from: str = ""         # "he", "the prime minister", ... when resolved
    all_roles: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)    # relative clauses, for organisations
    linked: "Speaker | None" = None                     # "a Rail Partners spokesman" -> Rail Partners
    singular: bool = False                              # one unnamed person ("a senior official")
    gender: str | None = None


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
        self._scan()
        self._owners()

    # -- name runs -------------------------------------------------------------------------
    def run_of(self, head: Token) -> list[Token]:
        """The contiguous proper-name/title run ending at ``head`` (compounds to its left)."""
        toks = [head]
        i = head.i - 1
        while i >= 0:
            t = self.doc[i]
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
        # "Governor Ada Lin" with the title parsed apart: a capitalised title word right before the name
        while i >= 0 and head.i - i < 6 and self.doc[i].is_title \
                and (self.doc[i].lower_.rstrip(".") in self.lex.titles or self.doc[i].lower_ in self.lex.roles
                     or f"{self.doc[i].lower_} {toks[0].lower_.rstrip('.')}" in self.lex.roles):
            toks.insert(0, self.doc[i])
            i -= 1
        # "U.S. Secretary of State Antony Blinken": a title with its own preposition
        lefts = [c for c in head.lefts if c.dep_ == "nmod" and c.left_edge.i < toks[0].i]
        if lefts:
            toks = list(self.doc[min(c.left_edge.i for c in lefts):head.i + 1])
        return toks

    def split_title(self, toks: list[Token]) -> tuple[list[Token], list[Token]]:
        """(title/role tokens, name tokens): the name is the longest proper-name suffix."""
        name: list[Token] = []
        # tokens of the head's own entity span ("Nino Beridze", even if labelled GPE) are name
        ent_start = toks[-1].i
        while ent_start > 0 and self.doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        same_entity = toks[-1].ent_type_ != "" and toks[-1].ent_type_ != "NORP"
        for t in reversed(toks):
            low = t.text.lower()
            if same_entity and t.i >= ent_start and t.pos_ == "PROPN" and low not in self.lex.titles \
                    and not any(v in self.lex.roles or v in self.lex.orgs for v in variants(low)):
                name.insert(0, t)
                continue
            if t.text in ("-", "\u2010") and name:
                name.insert(0, t)
                continue
            if t.pos_ != "PROPN" and not (t.is_title and t.pos_ in ("NOUN", "X")):
                break
            if low in self.lex.titles or low.rstrip(".") in self.lex.titles or t.ent_type_ in ("NORP", "GPE"):
                break
            if any(v in self.lex.roles or v in self.lex.orgs for v in variants(low)) and not name:
                break
            if any(v in self.lex.roles or v in self.lex.orgs for v in variants(low)):
                break
            name.insert(0, t)
        while name and name[0].text in ("-", "\u2010"):
            name.pop(0)
        title = toks[:len(toks) - len(name)]
        return title, name

    def _org_words(self, tokens: list[Token]) -> bool:
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
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in self.skip:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                continue                       # not the head of its run
            if nxt is not None and nxt.text in ("-", "\u2010") and not tok.whitespace_:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN":
                continue                       # "Ministry of Internal Affairs": part of a longer name
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.ent_type_ != "ORG" \
                    and tok.head.head.lower_ != "according" and not self._member_of(tok):
                continue                       # "a driver from Zhanaozen": a place, not a person
            if tok.dep_ in ("nmod", "pobj") and tok.head.dep_ in ("nmod", "prep") and tok.head.head.pos_ == "PROPN" \
                    and tok.head.head.i > tok.i:
                continue                       # "Secretary of State" inside a title
            run = self.run_of(tok)
            title, name = self.split_title(run)
            if not name and len(run) >= 2 and self._org_words([run[-1]]) and run[-1].pos_ == "PROPN" \
                    and run[0].pos_ == "PROPN" and not self._role_is_person(run[-1].text):
                title, name = [], run          # "Brill Foods", "Interior Ministry": the name ends in its kind
            if not name:
                continue
            if tok.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "FAC", "NORP"):
                if not title and not (len(name) >= 2 and _who_clause(tok)) and len(name) != 1:
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
            if named or known:
                ent.add_role(f"owner of {owned}")

    def _member_of(self, tok: Token) -> bool:
        """``a researcher at X`` / ``a coordinator with X`` / ``a spokesman for X``: X is an organisation."""
        prep, noun = tok.head, tok.head.head
        return tok.dep_ == "pobj" and prep.lower_ in ("at", "with", "for") and noun.pos_ == "NOUN" \
            and any(v in self.lex.roles for v in variants(noun.lower_))

    def _classify(self, head: Token, run: list[Token], title: list[Token], name: list[Token]) -> Entity | None:
        lex = self.lex
        title_words = [t.text.lower().rstrip(".") for t in title]
        # "the rights group Open Door Watch", "Campaign group Clean Coasts Now": an organisation word
        # written before the name
        org_title = bool(title) and self._org_words(title) and not any(
            w in lex.titles or any(v in lex.roles or v in lex.generic for v in variants(w)) for w in title_words)
        appos_role = self._appositive_role(head)
        # "the rights group, Civic Lantern" / "Civic Lantern, a rights group": the apposition says it
        appos_head = _before_preposition(appos_role) if appos_role else ""
        if appos_role and not any(w in lex.titles or any(v in lex.roles or v in lex.generic for v in variants(w))
                                  for w in appos_role.lower().replace(",", " ").split()) and self._org_words(
                [t for t in head.doc[max(0, head.i - 12):head.i + 12] if t.text in appos_head.split()]):
            org_title = True
        person_evidence = (
            head.ent_type_ in PERSON_LABELS or _who_clause(head)
            or any(w in lex.titles or any(v in lex.roles for v in variants(w)) for w in title_words)
            or (appos_role is not None and self._role_is_person(appos_role))
        )
        if len(name) == 1 and not title:
            known = self._short_form(self._surname(name), head.i) or self._by_name_token.get(self._surname(name))
            if known is not None:
                return known                   # a short form of a person named in full
        if len(name) == 1 and not title and not _who_clause(head) and not (appos_role and self._role_is_person(appos_role)):
            # "Halvorsen said" after "Halvorsen Motors": the short form of an organisation's name
            low = name[0].lower_
            for org in self.orgs.values():
                words = org.name.lower().split()
                if len(words) >= 2 and (words[0] == low or (words[0] in DETERMINERS and words[1] == low)):
                    return org
        if head.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "FAC", "NORP") and not title \
                and len(name) == 1:
            return None                    # a place or a number, not a speaker's name
        relative = [c for c in head.children if c.dep_ == "relcl"]
        which = bool(relative) and any(t.lower_ in ("which", "that") and t.i < relative[0].i for t in relative[0].children)
        # the relative clause without its verbs ("who came downtown to watch": no "watch" group)
        context = " ".join(t.text for t in relative[0].subtree if t.pos_ not in ("VERB", "AUX")) if relative else ""
        owned = _owned_business(relative[0]) if relative else ""
        if self._org_words(name) or (head.ent_type_ == "ORG" and not person_evidence) or self._name_is_known_org(name) \
                or (which and not person_evidence) or org_title or (self._member_of(head) and not person_evidence):
            key = slug(_joined([t for t in run if t.text.lower() not in DETERMINERS]))
            ent = self.orgs.get(key) or self.orgs.setdefault(key, Entity(key, "org", _joined(run), ner=head.ent_type_))
            if appos_role:
                ent.add_role(appos_role)
            if context and context not in ent.context:
                ent.context.append(context)
            return ent
        if not person_evidence:
            if len([t for t in name if t.text not in ("-", "\u2010")]) < 2 and head.ent_type_ not in ("", "PERSON"):
                return None
            if head.ent_type_ not in ("", "PERSON", "ORG"):
                return None
            if self._surname(name) not in self.people and self._surname(name) not in self._by_name_token and len(name) < 2:
                return None
        surname = self._surname(name)
        full = _joined(name)
        ent = self._short_form(surname, head.i) if len(name) == 1 else self._same_person(surname, full)
        if ent is None and len(name) == 1:
            ent = self._by_name_token.get(surname)
        if ent is None and surname in self.people:
            # a namesake: same surname, other first name -> another person
            ent = Entity(slug(full), "person", full, ner=head.ent_type_, first=head.i)
            self._namesakes.setdefault(surname, [self.people[surname]]).append(ent)
        if ent is None:
            ent = self.people.setdefault(surname, Entity(slug(full), "person", full, ner=head.ent_type_, first=head.i))
        elif len(full) > len(ent.name):
            ent.name, ent.key = full, slug(full)
        if len(name) >= 2 and (ent.first < 0 or head.i < ent.first):
            ent.first = head.i
        if title:
            ent.add_role(_joined(title))
            for w in title_words:
                if w in lex.female:
                    ent.gender = "f"
                elif w in lex.male:
                    ent.gender = "m"
        if appos_role:
            ent.add_role(appos_role)
            for w in appos_role.lower().split():
                if w in lex.female:
                    ent.gender = ent.gender or "f"
                elif w in lex.male:
                    ent.gender = ent.gender or "m"
        if owned:
            self._owned.append((ent, owned))
        if head.ent_type_ == "PERSON" or _who_clause(head):
            ent.ner = "PERSON"
        if context and context not in ent.context:
            ent.context.append(context)
        for t in name:
            if t.text not in ("-", "\u2010"):
                self._by_name_token.setdefault(t.text.lower(), ent)
        return ent

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
        return slug(_joined(name)) in self.orgs

    @staticmethod
    def _surname(name: list[Token]) -> str:
        return name[-1].text.lower()

    def _role_is_person(self, role: str) -> bool:
        words = role.lower().split()
        return any(v in self.lex.roles for w in words for v in variants(w.strip(",")))

    def _appositive_role(self, head: Token) -> str | None:
        """``X, a coordinator with Y`` / ``a coordinator with Y, X``: the role phrase."""
        for c in head.children:
            if c.dep_ == "appos":
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
        if ent is None or ent.kind != "person" or len(ent.name.split()) < 2 or not (0 <= ent.first < tok.i):
            return None
        self._by_token[tok.i] = ent
        return ent

    def person_by_surname(self, word: str) -> Entity | None:
        return self.people.get(word.lower())

    def note(self, i: int, ent: Entity) -> None:
        """Record a resolved mention (speaker NPs, pronouns) on the timeline."""
        self.timeline.append((i, ent))
        ent.mentions.append(i)

    def before(self, i: int) -> list[Entity]:
        """Entities mentioned before token ``i``, latest first (each once)."""
        return [ent for _, ent in self.before_at(i)]

    def iter_before(self, i: int) -> Iterator[Entity]:
        """:meth:`before`, lazily: callers that stop at the first fit read only the latest mentions."""
        return (ent for _, ent in self.before_at(i))

    def _latest_first(self) -> tuple[list[int], list[tuple[int, Entity]]]:
        """The timeline sorted latest first (stable: equal indices keep timeline order), kept up
        to date as mentions are noted instead of sorted again for every question."""
        src = getattr(self, "_sorted_src", None)
        if src is not self.timeline or getattr(self, "_sorted_len", 0) > len(self.timeline):
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


def role_phrase(tok: Token, stop: int | None = None) -> str:
    """A noun phrase as a role: the subtree without relative clauses, participles, appositions."""
    toks = phrase_tokens(tok, drop=("relcl", "acl", "appos", "advcl"))
    if stop is not None:
        toks = [t for t in toks if t.i < stop]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return " ".join(t.text for t in toks).replace(" - ", "-").replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")


def phrase_tokens(tok: Token, drop: tuple[str, ...] = ("relcl", "acl", "appos", "advcl")) -> list[Token]:
    out: list[Token] = []

    def walk(t: Token) -> None:
        for c in t.lefts:
            if c.dep_ not in drop and c.dep_ in LEFT_KEEP:
                walk(c)
        out.append(t)
        for c in t.rights:
            if c.dep_ in drop:
                continue
            if c.is_punct and c.text in (",", ";", ":", "(", ")", "\u2014", "\u2013"):
                break
            walk(c)

    walk(tok)
    out.sort(key=lambda t: t.i)
    # cut at the first comma after the head (an apposition parsed as something else)
    res: list[Token] = []
    for t in out:
        if t.i > tok.i and t.text in (",", ";", "(", "\u2014", "\u2013"):
            break
        res.append(t)
    return res


_NOT_SPEAKER_PREPS = {"statement", "interview", "video", "post", "message", "email", "letter", "speech",
                      "briefing", "conference", "address", "tweet", "remarks", "comments", "report"}


def noun_phrase(head: Token) -> list[Token]:
    """The speaker's own words (modifiers and prepositional phrases; no clauses, no appositions)."""
    drop: set[int] = set()
    for c in head.rights:
        if c.dep_ == "prep":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs and (objs[0].lemma_.lower() in _NOT_SPEAKER_PREPS or objs[0].ent_type_ in ("DATE", "TIME")):
                drop.update(t.i for t in c.subtree)
    for c in head.rights:
        if c.dep_ in ("cc", "conj"):
            drop.update(t.i for t in c.subtree)
    toks = [t for t in phrase_tokens(head) if t.i not in drop]
    # a dateline glued to the phrase ("(Reuters) - Kazakhstan's authorities"): keep what follows the dash
    dashes = [k for k, t in enumerate(toks) if t.i < head.i and t.text in ("-", "--", "\u2014", "\u2013") and t.whitespace_]
    if dashes:
        toks = toks[dashes[-1] + 1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "case")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def anonymity_marker(head: Token, lex: RoleLexicon) -> str:
    """A phrase such as ``on condition of anonymity`` attached to the speaker (or its clause)."""
    lo = head.left_edge.i
    hi = head.right_edge.i
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        # "X, speaking on condition of anonymity, said": the participle hangs on the verb
        for c in verb.children:
            if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < verb.i + 12:
                lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
    span = head.doc[lo:hi + 1].text.lower()
    for m in lex.anonymous_markers:
        if m in span:
            return m
    return ""


class SpeakerResolver:
    """Resolve subject tokens to speakers, in text order (call :meth:`resolve` in order)."""

    def __init__(self, doc: Doc, lex: RoleLexicon | None = None, skip: set[int] | frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.lex = lex or load_roles()
        self.mentions = Mentions(doc, self.lex, skip)
        self.speakers: list[tuple[int, Speaker]] = []

    # --------------------------------------------------------------------------------------
    def resolve(self, head: Token) -> Speaker | None:
        low = head.text.lower()
        if low in FIRST_SECOND:
            return None
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in ORG_PRONOUNS:
            sp = self._pronoun(head, low)
        else:
            sp = self._noun_phrase(head)
        if sp is not None and sp.linked is None and sp.kind in ("person", "group"):
            self._link_context_org(sp, head)
        if sp is not None:
            self.speakers.append((head.i, sp))
            if sp.entity is not None:
                self.mentions.note(head.i, sp.entity)
        return sp

    # --------------------------------------------------------------------------------------
    def _span(self, toks: list[Token]) -> tuple[int, int]:
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def _from_entity(self, ent: Entity, head: Token, toks: list[Token], resolved_from: str = "") -> Speaker:
        s, e = self._span(toks)
        kind = ent.kind
        if kind == "org" and not resolved_from:
            # "Marlow University's Center for Public Opinion": the possessor is not part of the name
            poss = {t.i for c in head.lefts if c.dep_ == "poss" for t in c.subtree}
            if poss and toks and toks[0].i in poss:
                toks = [t for t in toks if t.i not in poss and not (t.i < head.i and t.dep_ == "case")]
        if kind == "org" and not resolved_from and toks and _contiguous(toks):
            # "the Centre for Economics and Business Research": the full phrase names the body
            full = _strip_det(_joined(toks))
            if len(full) > len(ent.name) and full.lower().startswith(_strip_det(ent.name).lower()) \
                    and not any(t.lower_ in PERSON_PRONOUNS or t.dep_ == "poss" for t in toks):
                ent.name, ent.key = full, slug(full)
        role = ent.roles[0] if ent.roles else ""
        if kind == "person" and ent.org is None:
            self._role_org(ent, head)
        sp = Speaker(ent.name if kind == "person" else _strip_det(ent.name), ent.key, kind, role,
                     head.lemma_.lower(), s, e, ent.ner, True,
                     anonymity_marker(head, self.lex), ent, resolved_from, list(ent.roles), list(ent.context))
        if ent.org is not None and ent.org is not ent:
            o = self.doc[ent.org_at]
            sp.linked = self._from_entity(ent.org, o, [o])
        return sp

    def _role_org(self, ent: Entity, head: Token) -> None:
        """``X, a researcher at Civic Lantern``: the organisation named in the person's apposition."""
        scopes = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos" and head.head.i < head.i:
            scopes.append(head.head)
        for sc in scopes:
            for t in sc.subtree:
                if t.i == head.i or (head.left_edge.i <= t.i <= head.i):
                    continue
                other = self.mentions.entity_at(t)
                if other is not None and other.kind == "org":
                    ent.org, ent.org_at = other, t.i
                    return

    def _link_context_org(self, sp: Speaker, head: Token) -> None:
        """``Campaign group X slammed ... Spokeswoman Y said``: a spokesperson with no organisation
        named speaks for the organisation named in this or the previous sentence."""
        words = " ".join([sp.role, sp.text if sp.kind != "person" else "", *sp.all_roles]).lower().split()
        if not any(w.strip(",.") in SPOKES for w in words):
            return
        if any(v in self.lex.orgs for w in words for v in variants(w.strip(",.'’"))):
            return
        sent = head.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for j, ent in self.mentions.before_at(head.i):
            if j < lo:
                break
            if ent.kind == "org":
                o = self.doc[j]
                sp.linked = self._from_entity(ent, o, [o])
                return

    def _pronoun(self, head: Token, low: str) -> Speaker | None:
        toks = [head]
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            # an unnamed person speaking earlier ("one protester", "a senior official") competes
            # with named people by recency
            group = next(((i, sp) for i, sp in reversed(self.speakers)
                          if i < head.i and sp.kind == "group" and sp.singular
                          and (sp.gender is None or sp.gender == gender)), None)
            for j, ent in self.mentions.before_at(head.i):
                if ent.kind != "person":
                    continue
                if ent.gender and ent.gender != gender:
                    continue
                if group is not None and group[0] > j:
                    break
                ent.gender = gender
                return self._from_entity(ent, head, toks, low)
            if group is not None:
                group[1].gender = gender
                return _copy(group[1], head, low)
            return None
        if low in ORG_PRONOUNS:
            for ent in self.mentions.iter_before(head.i):
                if ent.kind == "org":
                    return self._from_entity(ent, head, toks, low)
            for _, sp in reversed(self.speakers):
                if sp.kind in ("org", "group"):
                    return _copy(sp, head, low)
            return None
        # they: the latest group or organisation speaker, else an organisation mention
        for i, sp in reversed(self.speakers):
            if i < head.i and sp.kind in ("group", "org"):
                return _copy(sp, head, low)
        for ent in self.mentions.iter_before(head.i):
            if ent.kind == "org":
                return self._from_entity(ent, head, toks, low)
        return None

    def _noun_phrase(self, head: Token) -> Speaker | None:
        lex = self.lex
        # "said a woman who gave only her first name, Amina": the name given is the speaker
        given = _given_name(head)
        if given is not None:
            ent = self.mentions.entity_at(given)
            if ent is None or ent.kind != "person":
                ent = self.mentions.add_person(given)
            sp = self._from_entity(ent, given, [given])
            sp.role = role_phrase(head, stop=given.i) or sp.role
            sp.all_roles = [sp.role, *sp.all_roles] if sp.role else sp.all_roles
            return sp
        # "Other analysts were more cautious. Some said ...": the group of the previous sentence
        if head.lower_ in QUANTIFIERS and not any(c.dep_ in ("prep", "compound", "amod") for c in head.children):
            group = self._previous_group(head)
            if group is not None:
                sp = self._noun_phrase(group)
                if sp is not None:
                    text = f"{'Other' if head.lower_ == 'others' else head.text} {group.text}"
                    return replace(sp, text=text, id=slug(f"{head.lower_} {group.text}"), start=head.idx,
                                   end=head.idx + len(head), resolved_from=head.text)
        # "Her transport minister, Daniel Okafor, said": the name in apposition is the speaker
        if head.pos_ != "PROPN":
            for c in _appositions(head):
                ent = self.mentions.entity_at(c)
                if ent is not None and ent.kind == "person":
                    sp = self._from_entity(ent, c, noun_phrase(head) + [c])
                    sp.role = role_phrase(head) or sp.role
                    return sp
                if ent is not None and ent.kind == "org" and any(v in lex.orgs for v in variants(head.lower_)):
                    # "the rights group Civic Lantern": the organisation's name
                    sp = self._from_entity(ent, c, [c])
                    sp.role = role_phrase(head) or sp.role
                    return sp
        ent = self.mentions.entity_at(head)
        if ent is None and head.is_title and head.pos_ in ("NOUN", "X", "PROPN") \
                and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in head.lefts):
            # "Hutchins said" with the surname tagged as a common noun: the person named in full earlier
            ent = self.mentions.known_surname(head)
        toks = noun_phrase(head)
        if not toks:
            return None
        if ent is not None and ent.kind == "org" and len(toks) == 2 and toks[0].lower_ == "the" \
                and not self.mentions._org_words([head]):
            # "The Kazakh said": a nationality standing for a person named earlier
            ref = self._definite_reference(head, toks, [head])
            if ref is not None:
                return ref
        if ent is not None:
            sp = self._from_entity(ent, head, toks)
            run_title, _ = self.mentions.split_title(self.mentions.run_of(head))
            appos = self.mentions._appositive_role(head)
            local = " ".join(x for x in (_joined(run_title), appos or "") if x)
            if local:
                sp.role = local
            return sp
        if head.pos_ == "PROPN" and head.ent_type_ in ("GPE",):
            name = _joined([t for t in toks if t.text.lower() not in DETERMINERS])
            s, e = self._span(toks)
            return Speaker(name, slug(name), "org", "", head.lemma_.lower(), s, e, head.ent_type_, True,
                           anonymity_marker(head, lex))
        words = [t for t in toks if t.text.lower() not in DETERMINERS and (t.dep_ != "poss" or t.i == head.i)]
        text = _joined(toks) if _contiguous(toks) else " ".join(t.text for t in toks)
        head_low = head.text.lower()
        definite = any(t.text.lower() in ("the", "this", "that", "these", "those") or t.dep_ == "poss" for t in toks if t.i < head.i)
        # headline style: "Minister says ...", a bare singular role noun stands for a person
        bare = head.tag_ in ("NN", "NNP") and not any(t.dep_ in ("det", "poss") for t in head.lefts)
        definite = definite or bare
        # document subjects: "a report by the ministry said" -> the ministry
        if any(v in lex.documents for v in variants(head_low)):
            for c in head.children:
                if c.dep_ == "prep" and c.text.lower() in ("by", "from", "of"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.resolve(p)
                if c.dep_ == "poss" and c.text.lower() not in PERSON_PRONOUNS and c.pos_ in ("PROPN", "NOUN"):
                    return self.resolve(c)
                if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                    owner = self.resolve(c)      # "its quarterly report" -> the company
                    if owner is not None:
                        return owner
            if not any(v in lex.documents_kept for v in variants(head_low)):
                return None
        if definite:
            ref = self._definite_reference(head, toks, words)
            if ref is not None:
                return ref
        # a group or institution named by common nouns
        clean = [t for t in toks if not (t.i == toks[0].i and t.text.lower() in DETERMINERS)]
        shown = _joined(clean) if clean and _contiguous(clean) else " ".join(t.text for t in clean) or text
        kind = "group"
        if any(v in lex.orgs for v in variants(head_low)) and head_low not in lex.anonymous_people:
            kind = "org"
        linked = None
        for t in clean:
            e2 = self.mentions.entity_at(t)
            if e2 is not None and e2.kind == "org" and t.i != head.i:
                linked = self._from_entity(e2, t, [t])
                break
        sid = slug(" ".join(t.text for t in clean if t.pos_ != "NUM" and t.text.lower() not in ("one", "some", "several", "many", "two", "three")))
        s, e = self._span(toks)
        sp = Speaker(shown, sid or slug(text), kind, "", head.lemma_.lower() if head.pos_ != "PROPN" else head_low,
                     s, e, head.ent_type_, head.pos_ == "PROPN" and kind == "org",
                     anonymity_marker(head, lex))
        sp.linked = linked
        sp.singular = kind == "group" and head.tag_ == "NN"
        return sp

    def _previous_group(self, head: Token) -> Token | None:
        """The plural subject of the previous sentence ("Other analysts were more cautious.")."""
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.pos_ == "NOUN":
                return t
        return None

    def _definite_reference(self, head: Token, toks: list[Token], words: list[Token]) -> Speaker | None:
        """``the prime minister`` / ``the group`` / ``the sources`` -> an earlier speaker or entity."""
        lex = self.lex
        head_low = head.text.lower()
        content = [t.text.lower() for t in words] or [head_low]
        # a person by role: every word of the phrase appears in the person's roles
        typed = [w for w in content if any(v in lex.roles or v in lex.titles for v in variants(w))]
        # "Civic Lantern" (a name of several words, none a role) is not "the Kazakh" or "the minister"
        name_only = head.pos_ == "PROPN" and len(content) >= 2 and not typed
        if not name_only and (any(v in lex.roles or v in lex.titles for v in variants(head_low))
                              or head.ent_type_ == "NORP" or head.pos_ in ("ADJ", "PROPN")):
            best: tuple[int, int, Entity] | None = None
            fits = []
            for ent in self.mentions.people.values():
                role_words = set(" ".join(ent.roles).lower().replace(",", " ").split())
                role_words |= {v for w in list(role_words) for v in variants(w)}
                if all(any(v in role_words for v in variants(w)) for w in content):
                    fits.append(ent)
            # rank (latest mention first) of the fitting people only: stop reading once all are ranked
            want = {id(e) for e in fits}
            order: dict[int, int] = {}
            if want:
                for k, e in enumerate(self.mentions.iter_before(head.i)):
                    if id(e) in want:
                        order[id(e)] = k
                        if len(order) == len(want):
                            break
            for ent in fits:
                rank = order.get(id(ent), 10_000)
                cand = (len(content), -rank, ent)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            if best is not None:
                return self._from_entity(best[2], head, toks, " ".join(t.text for t in toks))
        # an organisation by its kind: "the group", "the ministry", "the coalition"
        if head_low in GENERIC_ORG_HEADS:
            mods = {t.lower_ for t in words if t.i != head.i and t.dep_ in ("compound", "amod") and t.pos_ != "PROPN"}
            for ent in self.mentions.iter_before(head.i):
                if ent.kind != "org":
                    continue
                if mods - set(ent.name.lower().split()):
                    continue           # "the health ministry" is not the foreign ministry named before
                kinds = {lex.orgs[v] for w in ent.name.lower().split() for v in variants(w) if v in lex.orgs}
                company = head_low in ("company", "firm") and kinds == {"business"}
                if company or head_low in ("group", "organisation", "organization", "body", "institution") \
                        or head_low in ent.name.lower():
                    return self._from_entity(ent, head, toks, " ".join(t.text for t in toks))
        # "the sources" after "security sources": the same group
        for i, sp in reversed(self.speakers):
            if i < head.i and sp.kind == "group" and sp.head and variants(sp.head)[-1] == variants(head_low)[-1]:
                return _copy(sp, head, " ".join(t.text for t in toks))
        return None


_OWN_VERBS = {"own", "run", "found", "co-found", "operate", "manage", "open", "start"}


def _owned_business(clause: Token) -> str:
    """``X, who owns Sweet Rise Bakery`` / ``who has run the hardware store for 31 years``: what
    the person owns or runs (a business they speak for), else ""."""
    if clause.lemma_.lower() not in _OWN_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return ""
    for c in clause.children:
        if c.dep_ != "dobj" or c.lower_ in ("it", "them", "this", "that"):
            continue
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return ""                  # "who runs a bakery on the square": a local, described
        keep = [t for t in c.subtree if not any(a.dep_ in ("relcl", "acl", "appos", "prep") and a.i != c.i
                                                  for a in [t, *t.ancestors] if a.i in range(c.left_edge.i, c.right_edge.i + 1))]
        return " ".join(t.text for t in keep)
    return ""


_PHRASE_PREPS = {"at", "of", "for", "with", "from", "in", "on", "to", "by"}


def _before_preposition(phrase: str) -> str:
    """``a forest ecologist at the University of Exeter`` -> ``a forest ecologist``."""
    out: list[str] = []
    for w in phrase.split():
        if w.lower() in _PHRASE_PREPS:
            break
        out.append(w)
    return " ".join(out)


def _who_clause(tok: Token) -> bool:
    """``X, who ...``: a relative clause introduced by *who* marks a person."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whose", "whom") and w.i < c.i for w in c.children)
               for c in tok.children)


_NAMING_WORDS = {"name", "names", "identify", "identified", "call", "called", "known"}


def _given_name(head: Token) -> Token | None:
    """``a woman who gave only her first name, Amina`` / ``a man identified only as Yusuf``:
    the proper name given inside the clause that describes an unnamed person."""
    if head.pos_ != "NOUN":
        return None
    for c in head.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        sub = list(c.subtree)
        if not any(t.lower_ in _NAMING_WORDS or t.lemma_.lower() in _NAMING_WORDS for t in sub):
            continue
        for t in sub:
            if t.pos_ == "PROPN" and t.dep_ in ("appos", "pobj", "oprd", "attr", "npadvmod", "dobj") \
                    and (t.head.lower_ in _NAMING_WORDS or t.head.lemma_.lower() in _NAMING_WORDS or t.head.lower_ == "as"):
                return t
    return None


def _appositions(head: Token) -> list[Token]:
    """Proper names in apposition to the phrase headed by ``head`` (also inside its prepositional
    phrases: "The United Nations envoy for Darvik, Sofia Lindqvist, said")."""
    out: list[Token] = []
    stack = [(head, 0)]
    while stack:
        t, d = stack.pop()
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                out.append(c)
            elif c.dep_ in ("prep", "pobj", "compound") and d < 3 and c.i > head.i - 1:
                stack.append((c, d + 1))
    return sorted(out, key=lambda t: t.i)


def _copy(sp: Speaker, head: Token, resolved_from: str) -> Speaker:
    return replace(sp, start=head.idx, end=head.idx + len(head), resolved_from=resolved_from,
                   all_roles=list(sp.all_roles), context=list(sp.context))


def _strip_det(text: str) -> str:
    parts = text.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in DETERMINERS:
        return parts[1]
    return text
