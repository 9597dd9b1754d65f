"""Speakers: from a subject token to a resolved person, organisation or group.

:class:`SpeakerResolver` turns a subject token into a :class:`Speaker`, resolving pronouns
(he/she to the latest compatible person, they/it to the latest group or organisation),
short forms and role references ("the prime minister", "the group", "the sources") to the
entity of :mod:`.mentions` they stand for, named by its fullest mention.

``speaker_id`` is a slug of the canonical name (``elin-sarr``), so the same person gets the
same id in every article that names them the same way.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .cues import speaker_token
from .mentions import Entity, Mentions, sentences_back
from .phrases import (DETERMINERS, GENERIC_ORG_HEADS, PERSONAL_TITLE_WORDS, agent_noun, anonymity_marker, appositions, contiguous, given_name, is_country, joined,
                      noun_phrase, role_phrase, slug, strip_det, variants)
from .steps import NOTHING, Nothing, Step, first_decision
from .subjects import is_hearer
from .verbs_and_roles import RoleLexicon, roles as load_roles, verbs as load_verbs
from ..syntax import PERSON_NOUNS

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "their"}
ORG_PRONOUNS = {"it", "its"}
FIRST_SECOND = {"i", "we", "you", "me", "us"}
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "spokesmen",
          "spokeswomen", "representative"}
#: who speaks for another (``her spokesman``, ``his lawyer``, ``their representative``)
SPEAKS_FOR = SPOKES | {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "counsel", "aide", "aides",
                       "adviser", "advisers", "advisor", "advisors", "agent", "spokesperson", "press secretary",
                       # a person's own staff speaking for them ("his office said", "her campaign said")
                       "office", "campaign", "press office"}
#: a subject that is one member of a group named before (``One said``, ``Another added``)
MEMBER_WORDS = {"one", "another"}
#: nouns of quantity whose ``of`` phrase names the group (``dozens of nurses``)
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group",
                  "crowd", "number", "handful", "couple"}
#: words for the reach of an organisation below the nation (``the state party``, ``the provincial
#: union``): an organisation named with a place (``... of Ohio``) has it
PLACE_REACH = {"state", "provincial", "regional", "county", "city", "local", "municipal", "district"}
QUANTIFIERS = {"some", "others", "many", "most", "several", "few", "both", "all"}
#: adjectives before a role word that say which holder or what kind of office, never an epithet
#: (``the former mayor`` is not the mayor named before)
ROLE_QUALIFIERS = frozenset({"former", "ex", "late", "new", "acting", "interim", "deputy", "senior", "junior",
                             "outgoing", "incoming", "previous", "current", "future", "top", "local", "other",
                             "elected", "same", "first", "second", "last", "only", "sole", "then", "young", "old",
                             "unnamed", "anonymous", "unidentified", "named"})
#: person words an epithet may stand on (``the flustered official``, ``the embattled man``): they
#: name the person named just before, whatever their title
EPITHET_HEADS = frozenset({"official", "man", "woman", "politician", "lawmaker", "executive", "boss", "tycoon", "star"})

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
    #: one member of a group (``One said``, ``Another added``): the group's plural noun
    member_of: str = ""


class SpeakerResolver:
    """Resolve subject tokens to speakers, in text order (call :meth:`resolve` in order)."""

    def __init__(self, doc: Doc, lex: RoleLexicon | None = None, skip: set[int] | frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.lex = lex or load_roles()
        self.mentions = Mentions(doc, self.lex, skip)
        self.speakers: list[tuple[int, Speaker]] = []
        #: (subject token, content span, speaker) of each resolved attribution, in order
        self.contents: list[tuple[int, tuple[int, int], Speaker]] = []

    # --------------------------------------------------------------------------------------
    def resolve(self, head: Token, quoted: tuple[int, int] | None = None,
                content: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker ``head`` names; ``quoted``: the character span of the quotation it tags,
        whose own names are talked about, never the "she" of its tag; ``content``: the span of
        what ``head`` says (kept: the people named in it are talked about, see :meth:`_pronoun`)."""
        low = head.text.lower()
        if low in FIRST_SECOND:
            return None
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in ORG_PRONOUNS:
            sp = self._pronoun(head, low, quoted)
        else:
            sp = self._noun_phrase(head)
        if sp is not None and sp.linked is None and sp.kind in ("group", "org"):
            self._link_pronoun_owner(sp, head)
        if sp is not None and sp.linked is None and sp.kind in ("person", "group"):
            self._link_context_org(sp, head)
        if sp is not None:
            self.speakers.append((head.i, sp))
            if content is not None:
                self.contents.append((head.i, content, sp))
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
        if kind == "org" and not resolved_from and toks and contiguous(toks):
            # "the Centre for Economics and Business Research": the full phrase names the body
            full = strip_det(joined(toks))
            if len(full) > len(ent.name) and full.lower().startswith(strip_det(ent.name).lower()) \
                    and not any(t.lower_ in PERSON_PRONOUNS or t.dep_ == "poss" for t in toks):
                ent.name, ent.key = full, slug(full)
        role = ent.roles[0] if ent.roles else ""
        if kind == "person" and ent.org is None:
            self._role_org(ent, head)
        sp = Speaker(ent.name if kind == "person" else strip_det(ent.name), ent.key, kind, role,
                     head.lemma_.lower(), s, e, ent.ner, True,
                     anonymity_marker(head, self.lex), ent, resolved_from, list(ent.roles), list(ent.context))
        if ent.org is not None and ent.org is not ent:
            o = self.doc[ent.org_at]
            sp.linked = self._from_entity(ent.org, o, [o])
        return sp

    def _role_org(self, ent: Entity, head: Token) -> None:
        """``X, a researcher at Civic Lantern``: the organisation named in the person's apposition;
        ``Dr X of the charity Early Steps Trust`` (the organisation of the name's ``of``/``at``
        phrase, or right after it where the parser split the phrase); ``X, whose Early Steps Trust
        runs ...`` (the organisation the person's whose-clause is about)."""
        scopes = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos" and head.head.i < head.i:
            scopes.append(head.head)
        doc = head.doc
        described: dict[int, str] = {}
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "at") and c.i == head.i + 1:
                scopes.append(c)
                after = c.right_edge.i + 1
                if after < len(doc) and doc[after].pos_ == "PROPN":
                    nxt = doc[after]
                    while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
                        nxt = nxt.head          # "Early Steps Trust": the name's head word
                    scopes.append(nxt)
                    # "of the charity": what the organisation is, said before its name
                    desc = [t for t in doc[c.i + 1:after] if t.lower_ not in DETERMINERS]
                    if desc and all(t.pos_ in ("NOUN", "ADJ") for t in desc):
                        described[nxt.i] = " ".join(t.text for t in desc)
            if c.dep_ == "relcl":
                scopes += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                           and any(g.dep_ == "poss" and g.lower_ == "whose" for g in s.children)]
        for sc in scopes:
            for t in sc.subtree:
                if t.i == head.i or (head.left_edge.i <= t.i <= head.i):
                    continue
                other = self.mentions.entity_at(t)
                if other is not None and other.kind == "org":
                    ent.org, ent.org_at = other, t.i
                    if sc.i in described:
                        other.add_role(described[sc.i])
                    return

    def _link_pronoun_owner(self, sp: Speaker, head: Token) -> None:
        """``Her spokesman said``, ``his lawyer said``, ``its representative said``: someone who
        speaks for another, named by a possessive pronoun: the pronoun's person or organisation
        (resolved like a pronoun subject) is whom they speak for; shown as ``Ada Kern's spokesman``."""
        if not _pronoun_owned(head):
            return
        poss = next(c for c in head.children if c.dep_ == "poss" and c.i < head.i)
        low = poss.lower_
        owner = self._pronoun(poss, low)
        if owner is None or owner.kind not in ("person", "org"):
            return
        sp.linked = owner
        words = [t.text for t in self.doc[poss.i + 1:head.right_edge.i + 1]] if head.right_edge.i >= head.i else []
        rest = " ".join(words) if words else head.text
        sp.text = f"{owner.text}’s {rest}"
        sp.id = slug(f"{owner.text} {rest}")

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

    def _pronoun(self, head: Token, low: str, quoted: tuple[int, int] | None = None) -> Speaker | None:
        toks = [head]
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            # an unnamed person speaking earlier ("one protester", "a senior official") competes
            # with named people by recency
            group = next(((i, sp) for i, sp in reversed(self.speakers)
                          if i < head.i and sp.kind == "group" and sp.singular
                          and (sp.gender is None or sp.gender == gender)), None)
            # the attribution just before: a person its content mentions other than as a subject
            # ("Dale said he had voted for Lind. '...,' he said") is no antecedent while its speaker
            # fits (the speaker is the one a following "he said" continues); a subject of the
            # content ("Ruiz said Cole had lied") still competes by recency
            last = next((x for x in reversed(self.contents) if x[0] < head.i), None)
            if last is not None:
                at, (c_start, c_end), last_sp = last
                if not ((last_sp.kind == "person" or (last_sp.kind == "group" and last_sp.singular))
                        and last_sp.gender in (None, gender) and sentences_back(head, 2) <= at):
                    last = None
            for j, ent in self.mentions.before_at(head.i):
                if ent.kind != "person":
                    continue
                if ent.gender and ent.gender != gender:
                    continue
                if last is not None and c_start <= self.doc[j].idx < c_end and at < j \
                        and self.doc[j].dep_ not in ("nsubj", "nsubjpass") and last_sp.entity is not ent:
                    if last_sp.entity is not None:
                        last_sp.entity.gender = last_sp.entity.gender or gender
                        return self._from_entity(last_sp.entity, head, toks, low)
                    last_sp.gender = gender
                    return _copy(last_sp, head, low)
                if is_hearer(self.doc[j]):
                    continue               # "Morrow told The Beacon ... she said": not the one told
                if quoted is not None and quoted[0] <= self.doc[j].idx < quoted[1]:
                    continue               # '"If Senator Lind wants a recount, so do I," she said'
                                           # : a name inside the quotation is talked about
                if group is not None and group[0] > j:
                    break
                ent.gender = gender
                return self._from_entity(ent, head, toks, low)
            if group is not None:
                group[1].gender = gender
                return _copy(group[1], head, low)
            return None
        if low in ORG_PRONOUNS:
            # "The ministry insisted ... It warned ...": an organisation that spoke after the latest
            # organisation named is what "it" stands for
            spoke = next(((i, sp) for i, sp in reversed(self.speakers) if i < head.i and sp.kind == "org"), None)
            near = sentences_back(head, 1)
            for j, ent in self.mentions.before_at(head.i):
                if ent.kind == "org":
                    if spoke is not None and spoke[0] > j:
                        break
                    # "The ministry said that Kestoria would respond. It called on ...": a body the
                    # speaker of the sentence before only talked about is not what "it" stands for
                    if spoke is not None and spoke[0] >= near and spoke[0] < j \
                            and self.doc[j].sent.start == self.doc[spoke[0]].sent.start and spoke[1].entity is not ent:
                        break
                    return self._from_entity(ent, head, toks, low)
            if spoke is not None:
                return _copy(spoke[1], head, low)
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
        """The speaker a subject noun phrase names (the first step of :data:`PHRASE_STEPS` that decides)."""
        return first_decision(PHRASE_STEPS, _Subject(self, head))

    def _member_just_before(self, head: Token) -> bool:
        """The previous sentence's subject is one member of a group (``One told reporters ...``)."""
        sent = head.sent
        if sent.start == 0:
            return False
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in MEMBER_WORDS for t in self.doc[sent.start - 1].sent)

    def _previous_group(self, head: Token) -> Token | None:
        """The plural subject of the previous sentence ("Other analysts were more cautious.")."""
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.pos_ == "NOUN":
                return t
            # "Users of X reacted ... Many wrote": a capitalised plural opening the sentence that
            # the tagger took for a name
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNPS" and t.i == prev.start and not t.ent_type_ \
                    and t.lower_.endswith("s") and self.mentions.entity_at(t) is None:
                return t
        return None

    def _definite_reference(self, head: Token, toks: list[Token], words: list[Token]) -> Speaker | None:
        """``the prime minister`` / ``the group`` / ``the sources`` -> an earlier speaker or entity."""
        lex = self.lex
        head_low = head.text.lower()
        content = [t.text.lower() for t in words] or [head_low]
        # "the flustered official", "the embattled mayor": an epithet says how the writer sees the
        # person, not which office; the role words alone find them
        # ("the MAGA-aligned senator": the epithet's own modifiers go with it)
        epithets = {x.lower_ for t in _epithets(words, head, lex) for x in t.subtree}
        content = [w for w in content if w not in epithets] or [head_low]
        # a person by role: every word of the phrase appears in the person's roles
        typed = [w for w in content if any(v in lex.roles or v in lex.titles for v in variants(w))]
        # "Civic Lantern" (a name of several words, none a role) is not "the Kazakh" or "the minister"
        name_only = head.pos_ == "PROPN" and len(content) >= 2 and not typed
        if not name_only and (any(v in lex.roles or v in lex.titles for v in variants(head_low))
                              or head.ent_type_ == "NORP" or head.pos_ in ("ADJ", "PROPN")
                              or (epithets and head_low in EPITHET_HEADS)):
            best: tuple[int, int, Entity] | None = None
            fits = []
            for ent in self.mentions.people.values():
                role_words = set(" ".join(ent.roles).lower().replace(",", " ").split())
                role_words |= {v for w in list(role_words) for v in variants(w)}
                # "State Sen. Tom Vale ... the senator": an abbreviated title holds the office
                role_words |= {k for k, holders in lex.role_synonyms.items()
                               if " " not in k and any(h in role_words for h in holders)}
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
                if rank == 10_000 and head_low in GENERIC_ORG_HEADS:
                    continue           # "the Committee said" before "Committee spokesman X" is named: the body
                cand = (len(content), -rank, ent)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            if best is not None:
                return self._from_entity(best[2], head, toks, " ".join(t.text for t in toks))
            if epithets and head_low in EPITHET_HEADS and content == [head_low]:
                near = sentences_back(head, 1)
                for j, ent in self.mentions.before_at(head.i):
                    if j < near:
                        break
                    if ent.kind == "person":
                        return self._from_entity(ent, head, toks, " ".join(t.text for t in toks))
            lone = self._lone_untitled_person(head) if typed and head.pos_ == "NOUN" else None
            if lone is not None:
                office = " ".join(t.text for t in words)
                lone.add_role(office)          # the article's one word on who they are
                sp = self._from_entity(lone, head, toks, " ".join(t.text for t in toks))
                sp.role = office
                return sp
        # an organisation by its kind: "the group", "the ministry", "the coalition"
        if head_low in GENERIC_ORG_HEADS:
            mods = {t.lower_ for t in words if t.i != head.i and t.dep_ in ("compound", "amod") and t.pos_ != "PROPN"}
            near = sentences_back(head, 2)
            for j, ent in self.mentions.before_at(head.i):
                if ent.kind != "org":
                    continue
                if any(not self._says_reach(ent, m) for m in mods - set(ent.name.lower().split())):
                    continue           # "the health ministry" is not the foreign ministry named before
                kinds = {lex.orgs[v] for w in ent.name.lower().split() for v in variants(w) if v in lex.orgs}
                if strip_det(ent.name).lower() in lex.orgs:
                    kinds.add(lex.orgs[strip_det(ent.name).lower()])
                # "Tessaline, of course, is ducking. In a statement, the company said": an
                # organisation whose name says no kind, the subject of this or one of the two
                # sentences before, is the company too (not a place or body named in passing)
                company = head_low in ("company", "firm") and (
                    kinds == {"business"} or (not kinds and j >= near
                                              and self.doc[j].dep_ in ("nsubj", "nsubjpass")))
                if company and not kinds:
                    ent.add_role(head_low)     # what the text calls it: the evidence of its type
                if company or head_low in ("group", "organisation", "organization", "body", "institution") \
                        or head_low in ent.name.lower():
                    return self._from_entity(ent, head, toks, " ".join(t.text for t in toks))
        # "the sources" after "security sources": the same group
        for i, sp in reversed(self.speakers):
            if i < head.i and sp.kind == "group" and sp.head and variants(sp.head)[-1] == variants(head_low)[-1]:
                return _copy(sp, head, " ".join(t.text for t in toks))
        return None



    def _lone_untitled_person(self, head: Token) -> Entity | None:
        """``Ms Marchbank said ... Speaking after her statement, the children's minister described``:
        a role no one of the article holds, in a paragraph whose only person named before it is
        given no role anywhere, is that person's (news style names a person, then their office)."""
        lo = head.i
        while lo > 0 and "\n" not in self.doc[lo - 1].whitespace_ and not (
                self.doc[lo - 1].is_space and "\n" in self.doc[lo - 1].text):
            lo -= 1
        people = []
        for j, ent in self.mentions.before_at(head.i):
            if j < lo:
                break
            if ent.kind == "person":
                people.append(ent)
        if any(lo <= i < head.i and (sp.entity is None or not people or sp.entity is not people[0])
               for i, sp in self.speakers):
            return None                    # another voice of the paragraph came in between
        if len(people) != 1 or any(w.strip(".") not in PERSONAL_TITLE_WORDS
                                   for r in people[0].roles for w in r.lower().split()):
            return None                    # an honorific ("Ms", "Dr") is no role
        person = people[0]
        if not person.roles and not (len(person.name.split()) >= 2 and person.ner == "PERSON"):
            return None                    # surely a person: an honorific, or a full name labelled one
        return person

    def _says_reach(self, ent: Entity, word: str) -> bool:
        """``the state party`` for ``the Republican Party of Ohio``: a word for a sub-national reach
        (:data:`PLACE_REACH`) fits an organisation named with a place (a place entity in its phrase,
        or a proper name after its ``of``)."""
        if word not in PLACE_REACH:
            return False
        for m in ent.mentions:
            head = self.doc[m]
            # "the Teachers Union of Ontario": the place after the name's "of" is part of the name
            place = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
                          for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"),
                         None)
            if place is not None:
                start = min(t.i for t in self.mentions.run_of(head))
                full = strip_det(self.doc[start:place.right_edge.i + 1].text)
                if full.lower().startswith(strip_det(ent.name).lower()) and len(full) > len(ent.name):
                    ent.name, ent.key = full, slug(full)
                return True
            if any(t.ent_type_ in ("GPE", "LOC") for t in head.subtree if t.i != head.i):
                return True
        return False


def _role_words(lex: RoleLexicon) -> frozenset[str]:
    """Every word of the role and title phrases of the word list (kept per lexicon)."""
    cached = _ROLE_WORDS.get(id(lex))
    if cached is None or cached[0] is not lex:
        cached = (lex, frozenset(w for phrase in (*lex.roles, *lex.titles, *lex.generic) for w in phrase.split()))
        _ROLE_WORDS[id(lex)] = cached
    return cached[1]


_ROLE_WORDS: dict[int, tuple[RoleLexicon, frozenset[str]]] = {}


def _epithets(words: list[Token], head: Token, lex: RoleLexicon) -> list[Token]:
    """Adjectives before a person word that are no part of any role (``flustered``, ``embattled``,
    ``brazen``): the writer's epithet for someone named before."""
    if head.pos_ != "NOUN":
        return []
    known = _role_words(lex)
    return [t for t in words if t.i < head.i and t.dep_ == "amod" and t.head.i == head.i
            and (t.pos_ == "ADJ" or t.tag_ in ("VBN", "VBG"))
            and t.lower_ not in ROLE_QUALIFIERS and t.lower_ not in known and t.lower_ not in PLACE_REACH]


def _copy(sp: Speaker, head: Token, resolved_from: str) -> Speaker:
    return replace(sp, start=head.idx, end=head.idx + len(head), resolved_from=resolved_from,
                   all_roles=list(sp.all_roles), context=list(sp.context))


class _Subject:
    """What the steps of :data:`PHRASE_STEPS` read: a subject token that is no pronoun, with its
    entity and words (computed when a step first asks, in the order the steps ask)."""

    def __init__(self, resolver: SpeakerResolver, head: Token) -> None:
        self.resolver, self.lex, self.head = resolver, resolver.lex, head
        self.head_low = head.text.lower()

    @functools.cached_property
    def entity(self) -> Entity | None:
        head, mentions = self.head, self.resolver.mentions
        ent = mentions.entity_at(head)
        # "Hutchins said" with the surname tagged as a common noun (or an interjection: "Pike told
        # reporters"): the person named in full earlier; only a known surname matches
        if ent is None and head.is_title and head.pos_ in ("NOUN", "X", "PROPN", "INTJ", "ADJ", "VERB") \
                and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in head.lefts):
            # "Hutchins said" with the surname tagged as a common noun: the person named in full earlier
            ent = mentions.known_surname(head)
        return ent

    @functools.cached_property
    def toks(self) -> list[Token]:
        # a dateline the parser hung on the subject ("KENOSHA, Wis. (Statewire) - Democratic
        # candidate ...") is no part of the speaker's name
        skip = self.resolver.mentions.skip
        return [t for t in noun_phrase(self.head) if t.i not in skip]

    @functools.cached_property
    def definite(self) -> bool:
        """``the minister``, ``its spokesman``; headline style ``Minister says ...``: a bare singular
        role noun stands for a person."""
        head = self.head
        definite = any(t.text.lower() in ("the", "this", "that", "these", "those") or t.dep_ == "poss"
                       for t in self.toks if t.i < head.i)
        bare = head.tag_ in ("NN", "NNP") and not any(t.dep_ in ("det", "poss") for t in head.lefts)
        return definite or bare


def _given_name(s: _Subject) -> Speaker | None:
    """``said a woman who gave only her first name, Amina``: the name given is the speaker."""
    r, head = s.resolver, s.head
    given = given_name(head)
    if given is None:
        return None
    ent = r.mentions.entity_at(given)
    if ent is None or ent.kind != "person":
        ent = r.mentions.add_person(given)
    sp = r._from_entity(ent, given, [given])
    # "One of them, a teacher who ...": the role is the described noun's
    described = head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), head)
    sp.role = role_phrase(described, stop=given.i) or sp.role
    sp.all_roles = [sp.role, *sp.all_roles] if sp.role else sp.all_roles
    return sp


def _quantifier(s: _Subject) -> Speaker | None:
    """``Other analysts were more cautious. Some said ...``: the group of the previous sentence."""
    r, head = s.resolver, s.head
    if head.lower_ in MEMBER_WORDS and not any(c.dep_ in ("prep", "compound", "amod", "det") for c in head.children):
        return _member(s)
    if head.lower_ not in QUANTIFIERS or any(c.dep_ in ("prep", "compound", "amod") for c in head.children):
        return None
    group = r._previous_group(head)
    if group is None:
        return None
    sp = r._noun_phrase(group)
    if sp is None:
        return None
    text = f"{'Other' if head.lower_ == 'others' else head.text} {group.text}"
    return replace(sp, text=text, id=slug(f"{head.lower_} {group.text}"), start=head.idx,
                   end=head.idx + len(head), resolved_from=head.text)


def _member(s: _Subject) -> Speaker | None:
    """``Several residents gathered outside. One said ...`` / ``Another added ...``: one member of
    the group the previous sentence is about (its plural subject, or the ``of`` phrase of a
    quantity: ``Dozens of nurses``), else of the group the latest member spoke for; one person,
    typed like the group, shown as ``One of the residents``."""
    r, head = s.resolver, s.head
    group = r._previous_group(head)
    if group is not None and group.lemma_.lower() in QUANTITY_NOUNS:
        group = next((p for c in group.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"), None)
    sp = r._noun_phrase(group) if group is not None and people_noun(group, s.lex) else None
    if sp is not None and sp.kind == "group":
        assert group is not None
        members = group.text
    else:
        # "One told reporters ... Another added": the group the member before spoke for
        last = next((m for i, m in reversed(r.speakers) if m.member_of and i < head.i), None)
        if last is None or not r._member_just_before(head):
            return None
        sp, members = last, last.member_of
    text = f"{head.text[:1].upper()}{head.text[1:].lower()} of the {members}"
    out = replace(sp, text=text, id=slug(f"{head.lower_} of the {members} {head.i}"), start=head.idx,
                  end=head.idx + len(head), resolved_from=head.text, singular=True, member_of=members,
                  all_roles=list(sp.all_roles), context=list(sp.context))
    return out


def people_noun(tok: Token, lex: RoleLexicon) -> bool:
    """A plural noun for people (``residents``, ``nurses``, ``officials``), not things (``reports``)."""
    low = tok.lower_
    return tok.lemma_.lower() in PERSON_NOUNS or agent_noun(low) or any(
        v in lex.roles or v in lex.generic or v in lex.anonymous_people for v in variants(low))


def _apposition(s: _Subject) -> Speaker | None:
    """``Her transport minister, Daniel Okafor, said``: the name in apposition is the speaker;
    ``the rights group Civic Lantern``: the organisation's name."""
    r, head = s.resolver, s.head
    if head.pos_ == "PROPN" and not _capitalised_office(s):
        return None
    for c in appositions(head):
        ent = r.mentions.entity_at(c)
        if ent is not None and ent.kind == "person":
            sp = r._from_entity(ent, c, noun_phrase(head) + [c])
            sp.role = role_phrase(head) or sp.role
            if sp.linked is None and _pronoun_owned(head):
                # "Her spokesman, Kai Berg, said": Berg speaks for whom "her" stands
                poss = next(t for t in head.children if t.dep_ == "poss" and t.i < head.i)
                owner = r._pronoun(poss, poss.lower_)
                if owner is not None and owner.kind in ("person", "org") and owner.id != sp.id:
                    sp.linked = owner
            return sp
        if ent is not None and ent.kind == "org" and any(v in s.lex.orgs for v in variants(head.lower_)):
            sp = r._from_entity(ent, c, [c])
            sp.role = role_phrase(head) or sp.role
            return sp
    return None


def _capitalised_office(s: _Subject) -> bool:
    """``Kestoria's Minister of Health, Teodor Halvik, said``: an office written with a capital
    (tagged a proper noun) that names no one itself, with the holder's name in apposition."""
    head = s.head
    if s.resolver.mentions.entity_at(head) is not None:
        return False
    return any(v in s.lex.roles or v in s.lex.titles for v in variants(head.lower_))


def _no_words(s: _Subject) -> Nothing | None:
    _ = s.entity                   # looked up first: finding a surname notes the mention, words or not
    return NOTHING if not s.toks else None


def _nationality(s: _Subject) -> Speaker | None:
    """``The Kazakh said``: a nationality standing for a person named earlier."""
    ent, toks, head = s.entity, s.toks, s.head
    if ent is not None and ent.kind == "org" and len(toks) == 2 and toks[0].lower_ == "the" \
            and not s.resolver.mentions.org_words([head]):
        return s.resolver._definite_reference(head, toks, [head])
    return None


def _office(s: _Subject) -> Speaker | None:
    """``President Ana Ruiz ... the Head of State stressed``: a phrase for an office
    (``[role_synonyms]`` of ``speaker_roles.toml``) stands for the latest person named with a title
    that holds it."""
    words = [t.lower_ for t in s.toks if t.lower_ not in DETERMINERS]
    holders = s.lex.role_synonyms.get(" ".join(words))
    if not holders:
        return None
    for ent in s.resolver.mentions.iter_before(s.toks[0].i):
        if ent.kind != "person":
            continue
        roles = f" {' '.join(ent.roles).lower()} "
        if any(f" {h} " in roles for h in holders):
            return s.resolver._from_entity(ent, s.head, s.toks, joined(s.toks))
    return None


def _named(s: _Subject) -> Speaker | None:
    """A named person or organisation, with the title and apposition of this mention as its role."""
    ent, r, head = s.entity, s.resolver, s.head
    if ent is None:
        return None
    sp = r._from_entity(ent, head, s.toks)
    run_title, _ = r.mentions.split_title(r.mentions.run_of(head))
    appos = r.mentions.appositive_role(head)
    local = " ".join(x for x in (joined(run_title), appos or "") if x)
    if local:
        sp.role = local
    return sp


def _country(s: _Subject) -> Speaker | None:
    """A country speaking (``Kazakhstan said``): labelled a place, or one word that names a country
    (:func:`.phrases.is_country`) whatever its label here."""
    head, toks = s.head, s.toks
    if head.pos_ != "PROPN":
        return None
    if head.ent_type_ != "GPE" and not (
            is_country(head, s.lex.countries) and all(t.i == head.i or t.lower_ in DETERMINERS for t in toks)):
        return None
    name = joined([t for t in toks if t.text.lower() not in DETERMINERS])
    start, end = s.resolver._span(toks)
    return Speaker(name, slug(name), "org", "", head.lemma_.lower(), start, end, "GPE", True,
                   anonymity_marker(head, s.lex))


#: verbs whose subject issues the document that is their object ("the campaign issued a statement")
ISSUE_VERBS = frozenset({"issue", "release", "publish", "post", "send", "deliver", "give", "make", "write",
                         "sign", "circulate", "distribute", "file", "put", "share", "tweet", "email",
                         "adopt", "pass", "approve", "draft", "table"})


def _issuer(s: _Subject) -> Speaker | None:
    """Who issued an unnamed document: ``his office released a statement claiming ...`` (the
    document is the object of an issuing verb: its subject); ``The campaign issued a lengthy
    statement. The statement said ...`` (the same document noun issued in one of the three
    sentences before); ``Halvorsen now expects ..., according to a statement`` (a named subject
    of the clause the document is the source of)."""
    r, head = s.resolver, s.head
    lemma = head.lemma_.lower()

    def subject_of(verb: Token) -> Speaker | None:
        subj, _ = speaker_token(verb)
        if subj is None or subj.i == head.i or any(v in s.lex.documents for v in variants(subj.lower_)):
            return None
        return r.resolve(subj)

    for c in head.children:              # "the statement, issued by the campaign, said"
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    p = next((x for x in a.children if x.dep_ == "pobj"), None)
                    if p is not None:
                        return r.resolve(p)
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in ISSUE_VERBS:
        return subject_of(head.head)
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according" \
            and s.head_low in SPEECH_DOCUMENTS:
        root = head.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PROPN" and r.mentions.entity_at(subj) is not None:
            return r.resolve(subj)
    sent = head.sent
    lo = sent.start
    for _ in range(3):
        if lo == 0:
            break
        lo = r.doc[lo - 1].sent.start
    for t in reversed(r.doc[lo:head.i]):
        if t.lemma_.lower() != lemma:
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ISSUE_VERBS:
            return subject_of(t.head)
        # "In a statement released late Friday, Steele sought to clarify": who spoke in it
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via") and t.head.head.pos_ in ("VERB", "AUX"):
            return subject_of(t.head.head)
    return None


def _author_named_before(s: _Subject) -> Speaker | None:
    """``World Nuclear Association data``, ``Reuters calculations``: a name written before the document."""
    names = [c for c in s.head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if not names:
        return None
    return s.resolver.resolve(names[-1])


def _document(s: _Subject) -> Speaker | Nothing | None:
    """``a report by the ministry said`` -> the ministry; ``its quarterly report`` -> the company;
    a document with no author speaks for whoever issued it (:func:`_issuer`); else it speaks only
    when the word list keeps it (``a study found``) and is no definite reference to a document
    nobody is said to have issued (``the statement``, ``that lengthy statement``: no speaker)."""
    r, head, lex = s.resolver, s.head, s.lex
    if not any(v in lex.documents for v in variants(s.head_low)):
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.text.lower() in ("by", "from", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and not (c.lower_ == "of" and p.lemma_.lower() in DRAFTED):
                    if c.lower_ == "of" and any(v in lex.documents for v in variants(p.lower_)):
                        return NOTHING     # "his analysis of federal filings": what was analysed, no author
                    return r.resolve(p) or NOTHING
        if c.dep_ == "poss" and c.text.lower() not in PERSON_PRONOUNS and c.pos_ in ("PROPN", "NOUN"):
            return r.resolve(c) or NOTHING
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            owner = r.resolve(c)
            if owner is not None:
                return owner
    issuer = _author_named_before(s) or _issuer(s)
    if issuer is not None:
        return issuer
    if _issuer_word_before(s):
        return None                        # "a legislative budget analysis", "government estimates": the phrase
    if not any(v in lex.documents_kept for v in variants(s.head_low)):
        return NOTHING
    if s.head_low in SPEECH_DOCUMENTS and any(t.lower_ in DEMONSTRATIVES | {"the"} for t in head.lefts):
        return NOTHING                     # "the statement said" and nobody is said to have issued it
    return None


#: what a document is a draft or a text of, not its author ("a draft of the agreement")
DRAFTED = frozenset({"agreement", "treaty", "deal", "accord", "bill", "law", "plan", "resolution", "text",
                     "contract", "budget", "constitution", "declaration", "statement", "report", "proposal"})
#: words before a document that say which kind of body issued it ("a legislative analysis",
#: "government estimates", "a county report"); the organisation words of speaker_roles.toml too
ISSUER_WORDS = frozenset({"city", "county", "town", "municipal", "council", "court", "federal", "government",
                          "state", "police", "ministry", "parliamentary", "congressional", "official",
                          "cabinet", "legislative", "treasury", "budget office", "senate", "assembly"})


def _issuer_word_before(s: _Subject) -> bool:
    """A document whose modifiers name the kind of body that issued it (``a legislative budget
    analysis``, ``government estimates``): the phrase speaks, typed by that body."""
    mods = [c for c in s.head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    mods += [g for c in mods for g in c.lefts if g.dep_ in ("compound", "amod")]
    return any(m.lower_ in ISSUER_WORDS or any(v in s.lex.orgs and s.lex.orgs[v] != "other" for v in variants(m.lower_))
               for m in mods)


#: documents that are someone's words (a statement, a speech), unlike a report or a study that
#: speaks as a publication ("the report found")
SPEECH_DOCUMENTS = frozenset({"statement", "statements", "release", "communique", "communiqué", "announcement",
                              "letter", "memo", "speech", "remarks", "comments", "email", "e-mail", "post",
                              "tweet", "message", "address"})


#: determiners standing alone as a subject ("Those who attended said", "That said,")
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: verbs of speech proper: a subject of any noun may say, tell or write (``the couple said``)
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "ask", "reply", "respond", "announce", "tweet",
                          "post", "answer", "explain", "insist", "claim", "warn", "declare", "testify"})


def _demonstrative(s: _Subject) -> Speaker | Nothing | None:
    """A demonstrative with no noun is nobody (``That said, ...``); with a clause that describes
    people it is the group it describes (``those who attended`` / ``those close to the campaign``)."""
    head = s.head
    if s.head_low not in DEMONSTRATIVES or head.pos_ not in ("PRON", "DET"):
        return None
    if not any(c.dep_ in ("relcl", "acl", "amod", "prep") for c in head.children):
        return NOTHING
    toks = [t for t in head.subtree]
    text = joined(toks)
    start, end = s.resolver._span(toks)
    sp = Speaker(text, slug(text), "group", "", s.head_low, start, end, "", False, anonymity_marker(head, s.lex))
    return sp


def _not_a_voice(s: _Subject) -> Nothing | None:
    """A common noun that names no person, group, organisation or document (``a rising tendency
    among voters``, ``the trend``) is no speaker of a verb that is not speech itself (``shows``,
    ``suggests``, ``points to``)."""
    head, lex = s.head, s.lex
    if head.dep_ not in ("nsubj", "nsubjpass", "csubj"):
        return None                    # "according to the county", "released by the county": no verb's subject
    verb = head.head.lemma_.lower()
    vlex = load_verbs()
    if head.pos_ != "NOUN" or head.ent_type_ or verb in SPEECH_VERBS or (
            vlex.stance.get(verb) == "neutral" and verb not in vlex.animate_only):
        return None
    vs = variants(s.head_low)
    if agent_noun(s.head_low) or any(v in PERSON_NOUNS for v in vs):
        return None                    # "the auditor", "the pharmacist", "the coach": a word for a person
    if any(v in lex.roles or v in lex.orgs or v in lex.generic or v in lex.anonymous_people or v in lex.documents
           or v in GENERIC_ORG_HEADS for v in vs):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ or s.resolver.mentions.entity_at(t) is not None for t in s.toks):
        return None                    # "Shares of Vantor Motors": a phrase naming someone
    return NOTHING


def _definite(s: _Subject) -> Speaker | None:
    """``the prime minister``, ``the group``, ``the sources``: an earlier speaker or entity."""
    if not s.definite:
        return None
    words = [t for t in s.toks if t.text.lower() not in DETERMINERS and (t.dep_ != "poss" or t.i == s.head.i)]
    found = s.resolver._definite_reference(s.head, s.toks, words)
    if found is not None and found.kind == "group" and _pronoun_owned(s.head):
        return None                    # "their lawyer" after "his lawyer": whose, the pronoun says
    return found


def _pronoun_owned(head: Token) -> bool:
    """``her spokesman``, ``its lawyer``: someone who speaks for the possessive pronoun's owner
    (``their``, which may stand for any plural phrase, is left to the other steps)."""
    return (head.lemma_.lower() in SPEAKS_FOR or head.lower_ in SPEAKS_FOR) and any(
        c.dep_ == "poss" and c.i < head.i and (c.lower_ in PERSON_PRONOUNS or c.lower_ in ORG_PRONOUNS)
        for c in head.children)


def _group(s: _Subject) -> Speaker | None:
    """A group or institution named by common nouns (``officials``, ``a senior official in the
    finance ministry``), linked to an organisation named inside the phrase."""
    r, head, lex, toks, head_low = s.resolver, s.head, s.lex, s.toks, s.head_low
    text = joined(toks)
    clean = [t for t in toks if not (t.i == toks[0].i and t.text.lower() in DETERMINERS)]
    shown = joined(clean) or text
    kind = "group"
    if any(v in lex.orgs for v in variants(head_low)) and head_low not in lex.anonymous_people:
        kind = "org"
    linked = None
    for t in clean:
        e2 = r.mentions.entity_at(t)
        if e2 is not None and e2.kind == "org" and t.i != head.i:
            linked = r._from_entity(e2, t, [t])
            break
    sid = slug(" ".join(t.text for t in clean if t.pos_ != "NUM" and t.text.lower() not in ("one", "some", "several", "many", "two", "three")))
    start, end = r._span(toks)
    sp = Speaker(shown, sid or slug(text), kind, "", head.lemma_.lower() if head.pos_ != "PROPN" else head_low,
                 start, end, head.ent_type_, head.pos_ == "PROPN" and kind == "org",
                 anonymity_marker(head, lex))
    sp.linked = linked
    sp.singular = kind == "group" and head.tag_ == "NN"
    return sp


#: who a subject noun phrase names, in order of precedence: the first step that decides wins
#: (``NOTHING``: no speaker)
PHRASE_STEPS: tuple[Step[_Subject, Speaker], ...] = (
    Step("given_name", _given_name),
    Step("quantifier", _quantifier),
    Step("apposition", _apposition),
    Step("no_words", _no_words),
    Step("nationality", _nationality),
    Step("office", _office),
    Step("named", _named),
    Step("country", _country),
    Step("document", _document),
    Step("demonstrative", _demonstrative),
    Step("not_a_voice", _not_a_voice),
    Step("definite", _definite),
    Step("group", _group),
)
