"""One id per person or organisation in an event, whatever each outlet calls them.

Outlets name the same actor differently: ``Bill Kristol`` / ``William Kristol`` / ``Kristol``,
``Obama`` / ``President Obama`` / ``Barack Obama``, ``GOP`` / ``Republican Party``. Within an
article the attribution analyser already joins a person's mentions (``speaker_id``); this module
joins them across the articles of an event:

    from framing.compare.identity import NameMention, resolve_names, event_identities
    ids = resolve_names([NameMention("Bill Kristol", "a1", "Fox"), NameMention("Kristol", "a2", "NYT")])
    ids.identity_of("a2", "Kristol").name        # 'Bill Kristol'
    ids = event_identities(analyses)             # every speaker, actor and named entity of an event

Rules, in order (each join is recorded in :attr:`Identity.evidence` with the rule that made it):

1. ``title`` — titles, possessives, ``the`` and a party word before a title are no part of a name
   (``President Obama`` -> ``obama``; ``Democrat Gov. Ann Ruiz`` -> ``ann ruiz``);
2. ``alias`` — an organisation's other names (``framing/data/compare/name_forms.toml``:
   ``GOP`` -> ``Republican Party``);
3. ``full_name`` — two full names with one surname and compatible given names (equal, a short
   form of the other — ``Bill``/``William`` from the same file —, an initial, or a middle name
   more: ``Barack Hussein Obama``);
4. ``surname`` — a single word is the surname of the one person of the event who has it (two
   people sharing a surname: the single word stays apart, it is ambiguous);
5. ``short_name`` / ``acronym`` — a name that spells a longer organisation name's initials, or
   ends a longer name (``Rights groups`` / ``Human rights groups``); a single word ends one only
   when either is a person's (``Tokayev`` / ``Kassym-Jomart Tokayev`` tagged as an organisation):
   ``House`` is not the White House, ``Council`` not Harlow City Council; a single word that starts
   the one organisation name beginning with it (``Vantor`` / ``Vantor Motors AG``).

   ``kind_word`` — a name of two or more words and the same name followed by ``party`` or
   ``movement`` or a company suffix (``National Union`` / ``National Union party``, ``Vantor
   Freight`` / ``Vantor Freight Ltd``);
6. ``given_name`` — a single word that is the given name of the one person of the event with it
   (tagged ORG by the recogniser: only beside the full name in its own article);
7. ``acronym`` inside a name — ``UN human rights office`` / ``United Nations human rights office``
   (initialisms of the name-forms file, or the one organisation of the event with those initials;
   written in capitals only);
8. ``spokesperson`` — ``a Department for Education spokesman`` is the Department for Education;
9. ``office`` — ``the children's minister`` is the one actor another article gives that role;
   a title abbreviation writes its office out (``Gov. Ann Ruiz`` holds ``the governor``);
10. ``institution`` — ``the ministry`` is the one organisation of the event with that head word;
11. ``description`` — a body's description is the one body of the event it fits: ``police`` /
    ``Police``, ``health ministry`` / ``Ministry of Health`` / ``the ministry``, ``state party`` /
    ``State Democratic Party`` / ``Democratic Party of Wisconsin`` (:func:`_join_descriptions`).

Unnamed groups (``officials``, ``witnesses``) are joined by their words only and never with a
named actor, but for the descriptions of rules 8–10. A speaker's type is decided once per event (:func:`decide_type`): the type the most
articles give with evidence (a role, a title, an organisation), so a person an article only names
is typed by the article that says who they are; ``unknown`` when no article does.
"""

from __future__ import annotations

import functools
import pathlib
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..analysers.content import Content, EntityMention, normalise_name
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution
from ..attribution.phrases import slug, variants
from ..attribution.verbs_and_roles import RoleLexicon, roles
from ..tone.actors import ActorTone

NAME_FORMS_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "compare" / "name_forms.toml"
#: types that say nothing of who a speaker is: they never outvote a type with evidence
WEAK_TYPES = frozenset({"", "unknown"})
#: type rules that are no evidence of the type (a guess from an entity label or no rule at all)
WEAK_RULES = frozenset({"default", "ner:ORG", "no_evidence"})
#: type rules that are a generic role word's default type, no organisation named with it ("KNU
#: president" -> official by default): evidence, but less than an organisation or a specific role
#: another article gives (``the union's president`` -> civil_society)
DEFAULT_RULE_PREFIXES = ("generic:",)


@dataclass(frozen=True)
class NameMention:
    """One name as one article gives it.

    ``key`` is the article's own id for the actor (an attribution's ``speaker_id``, an actor's
    ``actor_id``, an entity's normalised name); it defaults to ``name``. ``kind``: ``person``,
    ``org``, ``group`` (unnamed people: never joined with a named actor) or ``""`` (unknown).
    """

    name: str
    article_id: str
    outlet: str
    key: str = ""
    kind: str = ""
    speaker_type: str = ""
    type_rule: str = ""
    role: str = ""

    @property
    def id_in_article(self) -> str:
        return self.key or self.name


@dataclass
class TypeEvidence:
    """Why an identity has its type: one article's typed mention."""

    article_id: str
    outlet: str
    name: str
    speaker_type: str
    type_rule: str
    role: str


@dataclass
class Identity:
    """One person, organisation or group of an event."""

    id: str
    name: str                                   # display name: the fullest form used
    kind: str                                   # person | org | group | ""
    aliases: list[str] = field(default_factory=list)          # every form used, most frequent first
    outlets: list[str] = field(default_factory=list)
    speaker_type: str = "unknown"
    type_rule: str = ""
    #: the typed mentions behind ``speaker_type`` (empty: no article says who they are)
    type_evidence: list[TypeEvidence] = field(default_factory=list)
    #: how names were joined: (alias, rule) — ``title``, ``alias``, ``full_name``, ``surname``, ...
    joined_by: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class EventIdentities:
    """The identities of an event and the look-ups from an article's names to them."""

    identities: list[Identity]
    by_mention: dict[tuple[str, str], str]      # (article_id, id_in_article) -> identity id
    by_name: dict[str, str]                     # normalised name -> identity id

    def __post_init__(self) -> None:
        self._by_id = {i.id: i for i in self.identities}

    def get(self, identity_id: str) -> Identity | None:
        return self._by_id.get(identity_id)

    def identity_of(self, article_id: str, key: str) -> Identity | None:
        """The identity of an article's actor (by its ``speaker_id``/``actor_id``/name)."""
        iid = self.by_mention.get((article_id, key))
        return self._by_id.get(iid) if iid is not None else None

    def find(self, name: str) -> Identity | None:
        """The identity a name (in any of its forms) stands for, if the event has one."""
        iid = self.by_name.get(name_key(name))
        return self._by_id.get(iid) if iid is not None else None


# --------------------------------------------------------------------------- name forms


@dataclass(frozen=True)
class NameForms:
    #: given name or short form -> the set of full given names it can stand for
    given: dict[str, frozenset[str]]
    #: normalised organisation alias -> canonical name (as written in the file)
    org_alias: dict[str, str]
    #: an initialism of the file, lower case without full stops (``un``) -> canonical name
    acronyms: dict[str, str] = field(default_factory=dict)
    #: every organisation name and alias as the file writes it (``Nato``: a name, unlike ``Who``)
    written: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def load_name_forms(path: str | None = None) -> NameForms:
    """The given-name short forms and organisation aliases (default: the built-in file)."""
    p = pathlib.Path(path) if path else NAME_FORMS_PATH
    with p.open("rb") as fh:
        data = tomllib.load(fh)
    given: dict[str, set[str]] = {}
    for entry in data.get("given_names", []):
        full = str(entry["name"]).lower()
        given.setdefault(full, set()).add(full)
        for f in entry.get("forms", []):
            given.setdefault(str(f).lower(), set()).add(full)
    org_alias: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for entry in data.get("organisations", []):
        canonical = str(entry["name"])
        for n in [canonical, *entry.get("aliases", [])]:
            org_alias[name_key(str(n))] = canonical
            if _INITIALISM.match(str(n)):
                acronyms[str(n).replace(".", "").lower()] = canonical
    written = frozenset(str(n) for e in data.get("organisations", []) for n in [e["name"], *e.get("aliases", [])])
    return NameForms({k: frozenset(v) for k, v in given.items()}, org_alias, acronyms, written)


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form names are compared in: no titles, possessives, punctuation, case or ``the``
    (``President Obama's`` -> ``obama``; ``U.N.`` -> ``un``), nor a party word written before a
    title (``Democrat Gov. Ann Ruiz`` -> ``ann ruiz``)."""
    text = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1", name.strip())      # U.N. -> UN.
    text = re.sub(r"^([A-Z]{2,})\.$", r"\1", text)
    text = _PARTY_BEFORE_TITLE.sub("", text)
    return normalise_name(text)


#: title abbreviations and the office they write ("Gov. Ann Ruiz" holds the office "the governor")
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                       "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
                       "cllr": "councillor", "supt": "superintendent", "insp": "inspector",
                       "atty": "attorney", "amb": "ambassador", "pres": "president"}


def role_key(role: str) -> str:
    """A role as an office is compared: its name key with title abbreviations written out
    (``Gov.`` -> ``governor``, ``state Sen.`` -> ``state senator``)."""
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in name_key(role).split())


#: a party's word written before a title the name key drops ("Democrat Gov. Ann Ruiz", "Republican
#: Sen. Tom Ellery", "GOP Rep. Ida Marsh"): the party is no part of the name
_PARTY_BEFORE_TITLE = re.compile(
    r"^(?:democrat|democratic|republican|gop|labour|conservative|tory|liberal|green)\s+"
    r"(?=(?:gov|governor|sen|senator|rep|representative|congressman|congresswoman|mayor|councillor|"
    r"state senator|state sen|state rep|president|minister|prime minister|secretary)\b)", re.IGNORECASE)


def _compatible_given(a: str, b: str, forms: NameForms) -> bool:
    """Given names of one person: equal, a short form of the other, or an initial."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    fa = forms.given.get(a, frozenset({a}))
    fb = forms.given.get(b, frozenset({b}))
    return bool(fa & fb)


def _initials_only(given: list[str]) -> bool:
    """Given names written as initials: ``j b`` (J.-B.), ``jb`` (JB)."""
    return all(len(w) <= 2 for w in given) and sum(len(w) for w in given) >= 2


def _same_person(a: list[str], b: list[str], forms: NameForms) -> bool:
    """Two full names (word lists) of one person: same surname, compatible first given names,
    the shorter one's other words all in the longer one (``barack obama`` / ``barack hussein obama``);
    or one writes the other's given names as initials (``J.-B. Ngoy`` / ``JB Ngoy`` / ``Jean-Baptiste
    Ngoy``)."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    for x, y in ((a[:-1], b[:-1]), (b[:-1], a[:-1])):
        if _initials_only(x) and not _initials_only(y) and "".join(x) == "".join(w[0] for w in y):
            return True
    if not _compatible_given(a[0], b[0], forms):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(w in long_[1:-1] for w in short[1:-1])


# --------------------------------------------------------------------------- resolution


def _looks_named(name: str) -> bool:
    """A proper name: starts with a capital or a digit (``officials``, ``the chipmaker``: a group)."""
    stripped = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # a named actor before an unnamed description ("children's minister" joined to Helen
            # Marchbank stays a person), then the longer name (more words): it names the identity
            if _root_rank(rb) > _root_rank(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


def _root_rank(key: str) -> tuple[bool, int, str]:
    return (not key.startswith("group:"), len(key.split()), key)


def resolve_names(mentions: Sequence[NameMention], forms: NameForms | None = None) -> EventIdentities:
    """One :class:`Identity` per person, organisation or group among ``mentions`` (all from one event)."""
    forms = forms or load_name_forms()
    mentions = list(mentions)
    union = _Union()
    joined: dict[str, list[tuple[str, str]]] = {}
    keys: list[str] = []
    group_keys: set[str] = set()
    for m in mentions:
        k = name_key(m.name) or m.name.lower().strip()
        if m.kind == "group" or not _looks_named(m.name):
            k = "group:" + k
            group_keys.add(k)
        else:
            canonical = forms.org_alias.get(k)
            if k in forms.acronyms and not _INITIALISM.match(m.name.strip()) and \
                    re.sub(r"^the\s+", "", m.name.strip(), flags=re.IGNORECASE) not in forms.written:
                canonical = None        # "Who", "Us" as words are not WHO, US
            if canonical is not None:
                ck = name_key(canonical)
                if ck != k:
                    joined.setdefault(ck, []).append((m.name, "alias"))
                    union.join(ck, k)
            if k != m.name.lower().strip() and len(k.split()) < len(m.name.split()):
                joined.setdefault(k, []).append((m.name, "title"))
        keys.append(k)
        union.find(k)
    named = sorted({k for k in keys if k not in group_keys}, key=lambda k: (-len(k.split()), k))
    articles_of: dict[str, set[str]] = {}
    for m, k in zip(mentions, keys):
        articles_of.setdefault(k, set()).add(m.article_id)
    # a personal title says person whatever the entity recogniser guessed ("Dr Mistry" tagged ORG)
    person_kind = {name_key(m.name) for m in mentions if m.kind == "person" or PERSONAL_TITLE.match(m.name)}
    # entity labels are guesses ("Steele" tagged ORG in one sentence): a name is surely an
    # organisation's only by the name-forms file or when no mention of it says person
    org_kind = ({name_key(m.name) for m in mentions if m.kind == "org"} - person_kind) | set(forms.org_alias)
    lex = roles()
    # an initialism inside a longer name stands for what it spells: the expansion the event writes
    # out ("DNC officials" / "Democratic National Committee officials") or a common one of the
    # name-forms file ("UN human rights office" / "United Nations human rights office")
    for k, members_ in _acronym_variants(mentions, keys, named, person_kind, org_kind, forms, lex).items():
        for other in members_:
            if union.find(other) != union.find(k):
                joined.setdefault(k, []).append((other, "acronym"))
                union.join(k, other)
    # full names of people: one surname, compatible given names

    def person_like(k: str) -> bool:
        """Two to four words, none a preposition or an organisation word ("police in almaty": no)."""
        ws = k.split()
        return 2 <= len(ws) <= 4 and (k not in org_kind or ws[-1] in person_kind) and not any(
            w in _NAME_STOP or any(v in lex.orgs for v in variants(w)) for w in ws)
    fulls = [k for k in named if person_like(k)]
    by_surname: dict[str, list[str]] = {}
    for k in fulls:
        by_surname.setdefault(k.split()[-1], []).append(k)
    for same in by_surname.values():
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                if _same_person(a.split(), b.split(), forms):
                    joined.setdefault(a, []).append((b, "full_name"))
                    union.join(a, b)
    # a single word: the surname of the one person who has it
    surnames: dict[str, set[str]] = {}
    for k in fulls:
        # ... or whose last word another mention gives a personal title ("Anjali Mistry" / "Dr Mistry")
        if k in person_kind or k not in org_kind or k.split()[-1] in person_kind:
            surnames.setdefault(k.split()[-1], set()).add(union.find(k))
    for k in named:
        if len(k.split()) != 1 or k in forms.org_alias:
            continue
        people = surnames.get(k, set())
        if len(people) == 1:
            target = next(iter(people))
            joined.setdefault(target, []).append((k, "surname"))
            union.join(target, k)
    # a single word that is no one's surname but the given name of the one person of the event who
    # has it (or a short form of it: "Bob" / "Robert Castellano"): the first name alone, as a
    # quotation or a profile uses it
    # The entity recogniser's ORG label on a lone first name is a guess too ("Marcus has been to
    # all 88 counties"): such a word counts when its own article names that person in full and no
    # organisation name of the event starts with it ("Morgan" beside "Morgan Stanley" stays apart)
    org_first_words = {o.split()[0] for o in named if len(o.split()) >= 2 and o not in fulls}
    for k in named:
        if len(k.split()) != 1 or len(k) < 3 or k in surnames or union.find(k) != k:
            continue
        org_tagged = k in org_kind and k not in person_kind
        if org_tagged and (k in forms.org_alias or k in org_first_words):
            continue
        people = {union.find(f) for f in fulls if (f in person_kind or f not in org_kind
                                                   or f.split()[-1] in person_kind)
                  and len(f.split()[0]) > 1 and _compatible_given(f.split()[0], k, forms)
                  and (not org_tagged or articles_of[k] & articles_of[f])}
        if len(people) == 1:
            target = next(iter(people))
            joined.setdefault(target, []).append((k, "given_name"))
            union.join(target, k)
    # a single word that starts the one organisation name of the event beginning with it
    # ("Vantor said" in one outlet, "Vantor Motors AG" in another)
    orgish = [k for k in named if len(k.split()) >= 2 and union.find(k) == k and (
        k in org_kind or any(v in lex.orgs for w in k.split() for v in variants(w)))]
    first_words: dict[str, list[str]] = {}
    for o in orgish:
        first_words.setdefault(o.split()[0], []).append(o)
    for k in named:
        if len(k.split()) != 1 or k in surnames or union.find(k) != k:
            continue
        starts = {union.find(o) for o in first_words.get(k, ())}
        if len(starts) == 1:
            target = next(iter(starts))
            joined.setdefault(target, []).append((k, "short_name"))
            union.join(target, k)
    # "National Union party" / "National Union": a party named with and without the word for what it is
    for k in named:
        w = k.split()
        if len(w) >= 3 and w[-1] in KIND_WORDS and union.find(k) == k:
            short = " ".join(w[:-1])
            if short in articles_of and short not in person_kind and union.find(short) != union.find(k):
                target = union.find(short)
                joined.setdefault(target, []).append((k, "kind_word"))
                union.join(target, k)
    # organisations: short names and acronyms of a longer name (an acronym as some mention writes it:
    # capitals, full stops or the name-forms file's spelling, "CSTO", "U.N.", "Nato")
    bare = [re.sub(r"^the\s+", "", m.name.strip(), flags=re.IGNORECASE) for m in mentions]
    written_as_initialism = {k for b, k in zip(bare, keys) if _INITIALISM.match(b) or b in forms.written}
    rest = [k for k in named if len(k.split()) != 1 or k not in surnames]
    canon = _short_names([k for k in rest if union.find(k) == k])
    for k, target in canon.items():
        if target != k and not (k in surnames and len(surnames[k]) > 1):
            rule = "acronym" if len(k.split()) == 1 and not target.endswith(" " + k) else "short_name"
            if rule == "acronym" and k not in written_as_initialism:
                continue                # "Who" spells "World Health Organization" but is a word
            if rule == "short_name" and len(k.split()) == 1 and k not in person_kind and target not in person_kind:
                continue                # "House" is not the White House, "Council" not Harlow City Council
            joined.setdefault(target, []).append((k, rule))
            union.join(target, k)
    # "a Department for Education spokesman", "a spokeswoman for the Met Office": an organisation's
    # spokesperson speaks for the organisation the event names
    described: set[str] = set()
    for k in sorted(set(keys)):
        org = _spoken_for(k.removeprefix("group:"))
        if org and org in articles_of and org not in group_keys and not any(
                x in person_kind or x in fulls or x in surnames for x in (org, union.find(org))):
            target = union.find(org)        # a person's spokesman ("spokesman for Nazarbayev") is not the person
            if target != union.find(k):
                joined.setdefault(target, []).append((k.removeprefix("group:"), "spokesperson"))
                union.join(target, k)
            described.add(k)            # a description: never the identity's name
    # an office named by its title alone ("the children's minister said") is the one actor of the
    # event another article gives that title as a role ("Children's minister Helen Marchbank"), or
    # a phrase for the office its title holds ("the head of state" / "President Ana Ruiz")
    holders: dict[str, set[str]] = {}
    role_words: dict[str, set[str]] = {}
    for m, k in zip(mentions, keys):
        if m.role and k not in group_keys:
            rk = role_key(m.role)
            if rk:
                holders.setdefault(rk, set()).add(k)
                role_words.setdefault(k, set()).add(f" {rk} ")
    for k in sorted(set(keys)):
        title = k.removeprefix("group:")
        if k in person_kind or not _office_title(title, lex):
            continue
        office_of = {union.find(h) for h in holders.get(title, ())}
        for phrase_holder in lex.role_synonyms.get(title, ()):
            office_of |= {union.find(h) for h, rs in role_words.items() if any(f" {phrase_holder} " in r for r in rs)}
        office_of.discard(union.find(k))
        if len(office_of) == 1 and union.find(k) == k:
            target = next(iter(office_of))
            joined.setdefault(target, []).append((title, "office"))
            union.join(target, k)
            described.add(k)
    # "the ministry", "the department", "the council": an institution named by its kind alone is
    # the one organisation of the event whose name has that kind as its head word ("Ministry of
    # Energy and Water", "Harlow City Council"); with two such organisations it stays apart
    for g in sorted(group_keys):
        word = g.removeprefix("group:")
        if word not in INSTITUTION_HEADS:
            continue
        heads = {union.find(o) for o in named if len(o.split()) >= 2 and o not in person_kind
                 and institution_head(o) == word}
        if len(heads) == 1:
            target = next(iter(heads))
            joined.setdefault(target, []).append((word, "institution"))
            union.join(target, g)
    _join_descriptions(mentions, keys, named, group_keys, person_kind, union, joined)
    # build the identities
    members: dict[str, list[NameMention]] = {}
    member_keys: dict[str, list[str]] = {}
    for m, k in zip(mentions, keys):
        members.setdefault(union.find(k), []).append(m)
        member_keys.setdefault(union.find(k), []).append(k)
    identities: list[Identity] = []
    by_mention: dict[tuple[str, str], str] = {}
    by_name: dict[str, str] = {}
    used_ids: set[str] = set()
    joins_of: dict[str, list[tuple[str, str]]] = {}
    for k, pairs in joined.items():
        joins_of.setdefault(union.find(k), []).extend(pairs)
    for root, ms in members.items():
        # the identity is named and kinded by its names, not by descriptions joined to it
        # ("children's minister", "Department for Education spokesman")
        naming = [m for m, k in zip(ms, member_keys[root]) if k not in described and k not in group_keys] or ms
        kinds = Counter(m.kind for m in naming if m.kind)
        kind = "group" if root in group_keys else (kinds.most_common(1)[0][0] if kinds else "")
        if kind == "org" and (any(PERSONAL_TITLE.match(m.name) for m in ms)
                              or any(r == "given_name" for _, r in joins_of.get(root, []))):
            kind = "person"             # "Mr. Delane", "Marcus" for Marcus Delane: a person, whatever the tagger said
        names = Counter(m.name for m in naming)
        display = _display_name(root, names, forms)
        iid = ("group-" if kind == "group" else "") + (slug(display) or slug(root) or "actor")
        while iid in used_ids:
            iid += "-2"
        used_ids.add(iid)
        typ, rule, evidence = decide_type(ms)
        ident = Identity(iid, display, kind, [n for n, _ in Counter(m.name for m in ms).most_common()],
                         list(dict.fromkeys(m.outlet for m in ms)), typ, rule, evidence,
                         list(dict.fromkeys(joins_of.get(root, []))))
        identities.append(ident)
        for m in ms:
            by_mention[(m.article_id, m.id_in_article)] = iid
            by_name.setdefault(name_key(m.name), iid)
    for k in keys:
        if k not in group_keys:
            root = union.find(k)
            found = next((by_name[name_key(m.name)] for m in members[root]), None)
            if found is not None:
                by_name.setdefault(k, found)
    identities.sort(key=lambda i: (-len(i.outlets), i.name.lower()))
    return EventIdentities(identities, by_mention, by_name)


#: words that place an organisation below the nation ("the state party", "the regional council"):
#: they describe a body whose name says where it works ("Democratic Party of Wisconsin")
_REACH_WORDS = frozenset({"state", "provincial", "regional", "county", "city", "local", "municipal", "district"})


def _join_descriptions(mentions: Sequence[NameMention], keys: Sequence[str], named: Sequence[str],
                       group_keys: set[str], person_kind: set[str], union: "_Union",
                       joined: dict[str, list[tuple[str, str]]]) -> None:
    """Descriptions of an organisation joined to it (``description``):

    * the same words for a body written as a name in one outlet and as a common noun in another
      (``Police said`` / ``police said``; words for people, ``Officials`` / ``officials``, stay apart:
      a capital there is only a sentence's first letter, and a named actor is never a group);
    * a word of reach before a name another outlet gives with its place (``State Democratic Party``
      / ``Democratic Party of Wisconsin``);
    * a kind of body with the words that say which (``health ministry``, ``state party``): the one
      organisation of the event whose head word is that kind and whose name holds those words
      (``Ministry of Health``) or, for a word of reach (``state``, ``regional``), names a place
      after ``of`` (``Democratic Party of Wisconsin``); with two candidates it stays apart;
    * the kind alone (``the ministry``): the one such description or organisation of the event
      (``health ministry``), as :data:`INSTITUTION_HEADS` words are joined to a full name.
    """
    named_set = set(named)
    lex = roles()
    for g in sorted(group_keys):
        word = g.removeprefix("group:")
        last = word.split()[-1] if word else ""
        body = any(v in lex.orgs for v in variants(last)) and not any(
            v in lex.roles or v in lex.generic or v in lex.anonymous_people for v in variants(last))
        if body and word in named_set and word not in person_kind and union.find(word) != union.find(g):
            joined.setdefault(union.find(word), []).append((word, "description"))
            union.join(union.find(word), g)
    orgs = [o for o in named if o not in person_kind and len(o.split()) >= 2]
    # "State Democratic Party" / "Democratic Party of Wisconsin": a word of reach before a name that
    # another name gives with its place ("X of <place>")
    for o in orgs:
        ow = o.split()
        if len(ow) < 3 or ow[0] not in _REACH_WORDS:
            continue
        core = " ".join(ow[1:])
        placed = {union.find(x) for x in orgs if x.startswith(core + " of ") and len(x.split()) > len(ow)}
        if len(placed) == 1 and union.find(o) not in placed:
            target = next(iter(placed))
            joined.setdefault(target, []).append((o, "description"))
            union.join(target, o)
    for g in sorted(group_keys):
        words = g.removeprefix("group:").split()
        if len(words) < 2 or words[-1] not in INSTITUTION_HEADS | {"party"} or any(w in _NAME_STOP for w in words):
            continue
        head, mods = words[-1], words[:-1]

        def fits(o: str) -> bool:
            ow = o.split()
            if institution_head(o) != head:
                return False
            return all(m in ow or (m in _REACH_WORDS and "of" in ow[:-1]) for m in mods)
        found = {union.find(o) for o in orgs if fits(o)}
        if len(found) == 1 and union.find(g) not in found:
            target = next(iter(found))
            joined.setdefault(target, []).append((" ".join(words), "description"))
            union.join(target, g)
    # the kind alone: the one description (or named body) of the event with that head word
    for g in sorted(group_keys):
        word = g.removeprefix("group:")
        if word not in INSTITUTION_HEADS or len(word.split()) != 1:
            continue
        found = {union.find(k) for k in set(keys) if k != g and len(k.removeprefix("group:").split()) >= 2
                 and k.removeprefix("group:") not in person_kind
                 and institution_head(k.removeprefix("group:")) == word}
        if len(found) == 1 and union.find(g) not in found:
            target = next(iter(found))
            joined.setdefault(target, []).append((word, "description"))
            union.join(target, g)


#: nouns an article uses alone for an institution it has named in full ("the ministry said")
INSTITUTION_HEADS = frozenset({
    "ministry", "department", "council", "agency", "commission", "committee", "authority", "board",
    "court", "bank", "union", "university", "hospital", "inquiry", "tribunal", "parliament", "assembly",
    "senate", "regulator", "watchdog", "company", "firm", "foundation", "institute", "federation",
})
_HEAD_PREPOSITIONS = frozenset({"of", "for", "on", "to"})


def institution_head(key: str) -> str:
    """The word naming what kind of body a name is: the word before its first preposition
    ("ministry of energy" -> ministry, "department for education" -> department), else its
    last word ("harlow city council" -> council)."""
    words = key.split()
    for i, w in enumerate(words):
        if w in _HEAD_PREPOSITIONS and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


#: words an outlet may add after a party's, movement's or company's name ("the National Union
#: party", "Vantor Freight Ltd")
KIND_WORDS = frozenset({"party", "movement", "ltd", "limited", "inc", "plc", "llc", "gmbh", "ag"})


#: nouns for who speaks for an organisation ("a Department for Education spokesman")
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                "spokespeople", "spokespersons"})


def _spoken_for(key: str) -> str:
    """The organisation a spokesperson's description names: ``department for education spokesman``
    -> ``department for education``; ``spokeswoman for the met office`` -> ``met office``;
    ``treasury s press office`` -> ``treasury``; else ``""``."""
    words = key.split()
    if len(words) >= 2 and words[-1] in SPOKESPERSON_NOUNS:
        rest = words[:-1]
    elif len(words) >= 3 and words[-2:] == ["press", "office"]:
        rest = words[:-2]
    elif len(words) >= 3 and words[0] in SPOKESPERSON_NOUNS and words[1] in ("for", "of"):
        rest = words[2:]
        if rest and rest[0] == "the":
            rest = rest[1:]
    else:
        return ""
    if rest and rest[-1] == "s":            # a possessive: "treasury's press office"
        rest = rest[:-1]
    if rest and rest[0] in ("a", "an", "the"):
        rest = rest[1:]
    return " ".join(rest)


def _office_title(title: str, lex: RoleLexicon) -> bool:
    """A title that names one office: a phrase for an office (``head of state``), or words ending
    in a role noun that is no description of unnamed people (``children s minister``, ``mayor``;
    not ``official``, ``witness``); a generic role word alone (``chairman``, ``spokesman``) is not."""
    words = title.split()
    if not words or title in lex.role_synonyms:
        return bool(words)
    last = words[-1]
    if last in lex.anonymous_people or last in SPOKESPERSON_NOUNS:
        return False
    if not (last in lex.titles or any(" ".join(words[i:]) in lex.roles for i in range(len(words)))
            or any(v in lex.roles for v in variants(last))):
        return False
    return len(words) >= 2 or last not in lex.generic


#: an initialism as written: capitals, or capitals with full stops (``UN``, ``U.N.``, ``NATO``)
_INITIALISM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})(?:['\u2019]s)?$")


def _acronym_variants(mentions: Sequence[NameMention], keys: Sequence[str], named: Sequence[str],
                      person_kind: set[str], org_kind: set[str], forms: NameForms,
                      lex: RoleLexicon) -> dict[str, list[str]]:
    """Names that are one name once each initialism in them is spelled out: expanded key -> the
    keys that spell it so. An initialism is spelled out by the name-forms file's common ones
    (``UN`` -> United Nations) or by the one organisation name of the event whose initials it is
    (``DNC`` -> Democratic National Committee); only initialisms written in capitals count
    (``us``, ``who`` as words never do), and only inside names of two words or more (a whole
    name that is an initialism is the ``alias`` and ``acronym`` rules' case)."""
    spelled: dict[str, set[str]] = {}
    for k in named:
        ws = k.split()
        if len(ws) >= 2 and k not in person_kind and (k in org_kind or any(
                v in lex.orgs for w in ws for v in variants(w))):
            letters = "".join(w[0] for w in ws if w not in _NAME_STOP)
            if 2 <= len(letters) <= 6:
                spelled.setdefault(letters, set()).add(k)
    named_set = set(named)
    spellings: dict[str, set[str]] = {}
    for m, k in zip(mentions, keys):
        words = m.name.split()
        if k not in named_set or len(words) < 2:
            continue
        expanded = [_spelled_out(w, forms, spelled) for w in words]
        if expanded == words:
            continue
        ek = name_key(" ".join(expanded))
        if ek and ek != k:
            spellings.setdefault(ek, {ek} & named_set).add(k)
    # names whose expansion no mention writes out still join each other ("UN office" / "U.N. office")
    return {min(ks): sorted(ks - {min(ks)}) for ks in spellings.values() if len(ks) > 1}


def _spelled_out(word: str, forms: NameForms, spelled: Mapping[str, set[str]]) -> str:
    """An initialism's expansion (the name-forms file's, else the event's one), else the word."""
    if not _INITIALISM.match(word):
        return word
    letters = re.sub(r"['\u2019]s$|\.", "", word).lower()
    full = forms.acronyms.get(letters)
    if full is None:
        event = spelled.get(letters, set())
        full = next(iter(event)) if len(event) == 1 else None
    return full if full is not None and name_key(full) != letters else word


#: titles only a person carries: a name written after one is a person's
PERSONAL_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|reverend|sen|"
                            r"senator|rep|congressman|congresswoman|cllr|councillor)\.?\s+\S", re.IGNORECASE)

_NAME_STOP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "der", "al"})


def _short_names(names: Sequence[str]) -> dict[str, str]:
    """Each name mapped to the longer name it is a short form of — the one name whose last words
    it is, or (one word of at most six letters) whose initials it spells — else to itself; the
    rules of :func:`framing.compare.common.merge_names`, with indexes instead of a scan of all pairs."""
    uniq = sorted(set(n for n in names if n), key=lambda n: (-len(n.split()), n))
    words = {n: tuple(n.split()) for n in uniq}
    ending: dict[tuple[str, ...], list[str]] = {}
    initials: dict[str, list[str]] = {}
    for m in uniq:
        w = words[m]
        for j in range(1, len(w)):
            if w[-j - 1] in _NAME_STOP:
                break                   # "Police in Almaty", "Head of State": no short form of either
            ending.setdefault(w[-j:], []).append(m)
        if len(w) > 1:
            initials.setdefault("".join(x[0] for x in w if x not in _NAME_STOP), []).append(m)
    canon = {n: n for n in uniq}
    for n in uniq:                      # longer names first: their own targets are known
        w = words[n]
        longer = ending.get(w, [])
        if not longer and len(w) == 1 and len(w[0]) <= 6 and w[0].isalpha():
            longer = initials.get(w[0], [])
        targets = {canon[m] for m in longer}
        if len(targets) == 1:
            canon[n] = targets.pop()
    return canon


def _display_name(root: str, names: Counter[str], forms: NameForms) -> str:
    """The canonical organisation name of the name-forms file, else the fullest form used: the
    most words once titles are dropped, then the longest (``Daniel Roe`` before ``Dan Roe``), then
    the most used, then the shortest as written (fewer titles)."""
    canonical = forms.org_alias.get(root)
    if canonical is not None:
        return canonical

    def rank(n: str) -> tuple[int, int, int, int]:
        k = name_key(n)
        return (len(k.split()), len(k), names[n], -len(n))
    best = max(names, key=rank)
    # "President Barack Obama" -> "Barack Obama": the words of the name, as written
    k = name_key(best)
    words = best.split()
    for i in range(len(words)):
        if name_key(" ".join(words[i:])) == k:
            best = " ".join(words[i:])
        else:
            break
    return re.sub(r"['\u2019]s$", "", best)


def decide_type(mentions: Iterable[NameMention]) -> tuple[str, str, list[TypeEvidence]]:
    """(type, type_rule, evidence) of one identity: the type most of its articles give with
    evidence; ties go to the article that comes first. ``unknown`` when no article types it
    with evidence (its weak types, an entity label's guess, are kept only when nothing else is).
    Family *a generic word's default loses to specific evidence*: a type only a generic role word
    gives by default (``generic:president``) counts only when no article gives a specific role or
    an organisation (``the union's president`` in another outlet types ``KNU president X``)."""
    ms = [m for m in mentions if m.speaker_type]
    strong = [m for m in ms if m.speaker_type not in WEAK_TYPES and m.type_rule not in WEAK_RULES]
    specific = [m for m in strong if not m.type_rule.startswith(DEFAULT_RULE_PREFIXES)]
    pool = specific or strong or [m for m in ms if m.speaker_type not in WEAK_TYPES]
    if not pool:
        return "unknown", "no_evidence", []
    per_article: dict[str, set[str]] = {}
    for m in pool:
        per_article.setdefault(m.speaker_type, set()).add(m.article_id)
    order = {t: k for k, t in enumerate(dict.fromkeys(m.speaker_type for m in pool))}
    typ = max(per_article, key=lambda t: (len(per_article[t]), -order[t]))
    evidence: list[TypeEvidence] = []
    seen: set[tuple[str, str, str]] = set()
    # the evidence shown: every mention that gives the type, a generic word's default after the rest
    shown = [*pool, *(m for m in strong if m not in pool)] if pool is specific else pool
    for m in shown:
        if m.speaker_type != typ or (m.article_id, m.type_rule, m.role) in seen:
            continue
        seen.add((m.article_id, m.type_rule, m.role))
        evidence.append(TypeEvidence(m.article_id, m.outlet, m.name, m.speaker_type, m.type_rule, m.role))
    return typ, evidence[0].type_rule, evidence


# --------------------------------------------------------------------------- an event's names


def speaker_mentions(analyses: Sequence[ArticleAnalysis]) -> list[NameMention]:
    """One mention per speaker of each article (its ``attributions``), with its type and role."""
    out: list[NameMention] = []
    for a in analyses:
        seen: dict[str, int] = {}
        for x in list_result_of(a, "attributions", Attribution) or []:
            kind = "group" if x.anonymous else ""
            m = NameMention(x.speaker, a.article.id, a.article.outlet, x.speaker_id, kind, x.speaker_type,
                            x.type_rule, x.role)
            k = seen.get(x.speaker_id)
            if k is None:
                seen[x.speaker_id] = len(out)
                out.append(m)
            elif len(x.speaker) > len(out[k].name) or (x.role and not out[k].role):
                out[k] = NameMention(max(x.speaker, out[k].name, key=len), a.article.id, a.article.outlet,
                                     x.speaker_id, kind, out[k].speaker_type, out[k].type_rule, x.role or out[k].role)
    return out


_ENTITY_KIND = {"PERSON": "person", "ORG": "org", "NORP": "org"}
_POSSESSIVE_INSIDE = re.compile(r"['\u2019]s?\s+\S")


def name_before_possessive(name: str) -> str:
    """A possessive ends a name: an actor the recogniser ran across one ("Ana Moravec's Cyprus"
    of "Ana Moravec's Cyprus company", "Obama's Afghan") is the name before it (:func:`actor_mentions`
    cuts there only when the event names that part on its own: "Nation's Voice" stays whole)."""
    m = _POSSESSIVE_INSIDE.search(name)
    if not m or m.start() == 0:
        return name
    tail = name[m.end() - 1:].split()
    if tail and tail[-1].lower() in INSTITUTION_TAILS:
        return name  # "the Prosecutor General's Office", "St Mary's Hospital": one institution's name
    return name[:m.start()].strip()


#: last words of an institution's name written with a possessive ("the Prosecutor General's Office")
INSTITUTION_TAILS = frozenset({"office", "hospital", "school", "college", "church", "cathedral", "department",
                               "bureau", "service", "council", "court", "academy", "university", "foundation",
                               "fund", "chambers", "club"})


def actor_mentions(analyses: Sequence[ArticleAnalysis],
                   entities: Mapping[str, Sequence[EntityMention]] | None = None) -> list[NameMention]:
    """One mention per named actor of the ``actor_tone`` results (people and organisations;
    referent families such as ``protesters`` are groups) and per named entity of ``content``
    (or of ``entities``: article id -> the entity mentions to use, e.g. cleaned of the model's
    noise by :func:`framing.compare.entity_names.clean_mentions`; an entity's key is its ``norm``)."""
    out: list[NameMention] = []
    ents_of: dict[str, Sequence[EntityMention]] = {}
    for a in analyses:
        if entities is not None:
            ents_of[a.article.id] = entities.get(a.article.id, ())
        else:
            content = result_of(a, "content", Content)
            ents_of[a.article.id] = content.entities if content is not None else []
    named = {e.norm for ents in ents_of.values() for e in ents}
    for a in analyses:
        for t in list_result_of(a, "actor_tone", ActorTone) or []:
            kind = _ENTITY_KIND.get(t.kind, "group" if t.kind == "referent" else "org")
            head = name_before_possessive(t.actor)
            name = head if head != t.actor and normalise_name(head) in named else t.actor
            out.append(NameMention(name, a.article.id, a.article.outlet, t.actor_id, kind))
        for e in ents_of[a.article.id]:
            if e.label in _ENTITY_KIND:
                out.append(NameMention(e.text, a.article.id, a.article.outlet, e.norm, _ENTITY_KIND[e.label]))
    return out


def event_identities(analyses: Sequence[ArticleAnalysis], *, actors: bool = True,
                     entities: Mapping[str, Sequence[EntityMention]] | None = None) -> EventIdentities:
    """The identities of one event: its speakers (typed once per event) and, with ``actors``, the
    actors and named entities of its articles (so that the voices table, the labels table, actor
    tone and the omission matrix all use one id per person or organisation). ``entities``: the
    entity mentions to use instead of each article's ``content`` entities (:func:`actor_mentions`)."""
    mentions = speaker_mentions(analyses)
    if actors:
        mentions += actor_mentions(analyses, entities)
    return resolve_names(mentions)


def speaker_identities(analyses: Sequence[ArticleAnalysis]) -> EventIdentities:
    """The one home of an event's speaker types: its speakers resolved and typed once per event
    from the speakers alone (a role one outlet gives types the speaker in every outlet). Every
    view of who speaks (the scorecard and its voice shares, the Sources chart, table and text
    highlights, the words behind a clicked share) types speakers from these identities
    (:func:`speaker_types`), never from an article's own guess or from identities merged with
    actors and entities (where "tenants" and "the tenants' association" may become one actor)."""
    return event_identities(analyses, actors=False)


def speaker_types(analyses: Sequence[ArticleAnalysis],
                  identities: EventIdentities | None = None) -> dict[str, dict[str, str]]:
    """Article id -> that article's speaker id -> the speaker's event type
    (:func:`speaker_identities`, computed when not given); a speaker the identities do not hold
    keeps its article's own type (``unknown`` when it has none)."""
    if identities is None:
        identities = speaker_identities(analyses)
    out: dict[str, dict[str, str]] = {}
    for a in analyses:
        types = out.setdefault(a.article.id, {})
        for x in list_result_of(a, "attributions", Attribution) or []:
            ident = identities.identity_of(a.article.id, x.speaker_id)
            types[x.speaker_id] = ident.speaker_type if ident is not None else (x.speaker_type or "unknown")
    return out


__all__ = ["EventIdentities", "Identity", "NameMention", "TypeEvidence", "decide_type", "event_identities",
           "load_name_forms", "name_key", "resolve_names", "speaker_identities", "speaker_types"]
