"""The reporting verbs and speaker roles of attribution, loaded once from ``framing/data``.

* ``reporting_verbs.toml`` — reporting verbs by stance family, and the extra frames in
  which a verb reports speech without a that-clause;
* ``speaker_roles.toml`` — role, title and organisation words by speaker type, the head
  nouns of unnamed sources, gendered titles, document nouns.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
VERBS_FILE = DATA / "reporting_verbs.toml"
ROLES_FILE = DATA / "speaker_roles.toml"

#: ``unknown``: a named person the article (and the event) says nothing about; never a type of
#: the word lists
SPEAKER_TYPES = ("official", "political", "civil_society", "expert", "citizen", "business", "media", "unknown",
                 "other")
STANCES = ("neutral", "endorsing", "distancing", "guilt_implying", "emphatic", "hedged")


@dataclass(frozen=True)
class VerbLexicon:
    #: single-word lemma -> stance
    stance: dict[str, str]
    #: phrasal verbs: lemma -> {particle: stance}
    phrasal: dict[str, dict[str, str]]
    object_frame: frozenset[str]
    infinitive_frame: frozenset[str]
    preposition_frame: dict[str, frozenset[str]]
    animate_only: frozenset[str]
    according_to: str = "neutral"
    document_subject: frozenset[str] = frozenset()
    #: verbs that name a thing as something ("called the plan a crutch") -> the stance of that naming
    naming_frame: dict[str, str] = field(default_factory=dict)
    #: verbs that report speech only with their prepositional frame ("rejected the charge as
    #: "point-scoring"", never "rejected the plan") -> the stance of that frame
    frame_only: dict[str, str] = field(default_factory=dict)

    def is_cue_lemma(self, lemma: str) -> bool:
        return lemma in self.stance or lemma in self.phrasal


@dataclass(frozen=True)
class RoleLexicon:
    #: phrase (lower case, space separated) -> speaker type, for person roles
    roles: dict[str, str]
    #: phrase -> speaker type, for organisations
    orgs: dict[str, str]
    generic: frozenset[str]
    anonymous_people: frozenset[str]
    anonymous_markers: tuple[str, ...]
    on_record: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    titles: frozenset[str]
    documents: frozenset[str]
    documents_kept: frozenset[str]
    longest: int = field(default=4)
    affiliation: frozenset[str] = frozenset()
    trade_bodies: frozenset[str] = frozenset()
    trade_sectors: frozenset[str] = frozenset()
    #: the people who work in a trade ("workers", "nurses"): a body that names them is no trade body
    trade_workers: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()
    #: a phrase for an office ("head of state") -> the titles of the people who hold it
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: offices with one holder at a time ("the PM's rally" names the prime minister)
    single_holder_offices: frozenset[str] = frozenset()
    #: a word naming a field of public life -> the type of a generic role word right after it
    #: ("election boss", "prisons chief")
    role_fields: dict[str, str] = field(default_factory=dict)
    #: elected and cabinet offices whose former holders speak as politicians ("a former governor")
    former_political: frozenset[str] = frozenset()
    #: a place below the nation that, as a speaker, stands for its government ("the county said")
    local_governments: frozenset[str] = frozenset()
    #: countries by their short English names (lower case): as a speaker, the state
    countries: frozenset[str] = frozenset()
    #: social networks and messaging apps (lower case): after "on"/"via", a channel, no speaker
    platforms: frozenset[str] = frozenset()
    #: field words of offices named with "of" ("Minister of Health X"): part of the title
    office_fields: frozenset[str] = frozenset()
    #: head roles of a public institution (``director``) and the institutions (``hospital``): the head
    #: of one speaks for it as an official (step ``institution_head``)
    institution_heads: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    #: a department or function inside an institution (``IT manager``, ``head of payroll``): its
    #: manager is staff, not the institution's head (step ``institution_head``)
    departments: frozenset[str] = frozenset()


def _load(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:  # a broken install, not a user error
        raise RuntimeError(f"attribution word list missing: {path} (reinstall the framing package)") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuntimeError(f"attribution word list {path} is not valid TOML: {exc}") from exc


@functools.lru_cache(maxsize=1)
def verbs() -> VerbLexicon:
    data = _load(VERBS_FILE)
    stance: dict[str, str] = {}
    phrasal: dict[str, dict[str, str]] = {}
    for family, entry in data["families"].items():
        if family not in STANCES:
            raise RuntimeError(f"{VERBS_FILE}: unknown stance family {family!r}")
        for verb in entry["verbs"]:
            parts = verb.split()
            if len(parts) == 1:
                stance.setdefault(verb, family)
            else:
                phrasal.setdefault(parts[0], {})[" ".join(parts[1:])] = family
    frames = data.get("frames", {})
    return VerbLexicon(
        stance=stance,
        phrasal=phrasal,
        object_frame=frozenset(frames.get("object", [])),
        infinitive_frame=frozenset(frames.get("infinitive", [])),
        preposition_frame={k: frozenset(v) for k, v in frames.get("preposition", {}).items()},
        animate_only=frozenset(frames.get("animate_only", [])),
        according_to=data.get("phrases", {}).get("according_to", "neutral"),
        document_subject=frozenset(frames.get("document_subject", [])),
        naming_frame={str(k): str(v) for k, v in frames.get("naming", {}).items()},
        frame_only={str(k): str(v) for k, v in frames.get("frame_only", {}).items()},
    )


@functools.lru_cache(maxsize=1)
def roles() -> RoleLexicon:
    data = _load(ROLES_FILE)
    role_map: dict[str, str] = {}
    org_map: dict[str, str] = {}
    for typ, entry in data["types"].items():
        if typ not in SPEAKER_TYPES or typ == "unknown":
            raise RuntimeError(f"{ROLES_FILE}: unknown speaker type {typ!r}")
        for w in entry.get("roles", []):
            role_map.setdefault(w, typ)
        for w in entry.get("orgs", []):
            org_map.setdefault(w, typ)
    longest = max(len(k.split()) for k in list(role_map) + list(org_map))
    anon = data["anonymous"]
    return RoleLexicon(
        roles=role_map,
        orgs=org_map,
        generic=frozenset(data["generic"]["roles"]),
        anonymous_people=frozenset(anon["people"]),
        anonymous_markers=tuple(anon["markers"]),
        on_record=frozenset(anon.get("on_record", [])),
        female=frozenset(data["gender"]["female"]),
        male=frozenset(data["gender"]["male"]),
        titles=frozenset(data["titles"]["words"]),
        documents=frozenset(data["documents"]["words"]),
        documents_kept=frozenset(data["documents"]["keep_without_author"]),
        longest=longest,
        affiliation=frozenset(data.get("affiliation", {}).get("words", [])),
        trade_bodies=frozenset(data.get("trade_bodies", {}).get("bodies", [])),
        trade_sectors=frozenset(data.get("trade_bodies", {}).get("sectors", [])),
        trade_workers=frozenset(data.get("trade_bodies", {}).get("workers", [])),
        armed=frozenset(data.get("armed", {}).get("words", [])),
        role_synonyms={k: tuple(v) for k, v in data.get("role_synonyms", {}).items() if k != "comment"},
        single_holder_offices=frozenset(data.get("single_holder_offices", {}).get("words", [])),
        role_fields={w.lower(): typ for typ, words in data.get("role_fields", {}).get("types", {}).items()
                     for w in words},
        former_political=frozenset(data.get("former_political", {}).get("words", [])),
        local_governments=frozenset(data.get("local_governments", {}).get("words", [])),
        countries=frozenset(data.get("countries", {}).get("words", [])),
        platforms=frozenset(data.get("platforms", {}).get("words", [])),
        office_fields=frozenset(data.get("office_fields", {}).get("words", [])),
        institution_heads=frozenset(data.get("institution_heads", {}).get("heads", [])),
        institutions=frozenset(data.get("institution_heads", {}).get("institutions", [])),
        departments=frozenset(data.get("institution_heads", {}).get("departments", [])),
    )
