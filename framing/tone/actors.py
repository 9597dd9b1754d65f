"""Tone toward each actor: the target-tone model on every mention, aggregated per actor.

JSON key ``actor_tone``: a list of :class:`ActorTone` (see ``docs/analysers/tone.md``).
Actors are spaCy named entities of types PERSON, ORG, GPE and NORP (cut at line breaks,
"the" and possessive endings dropped; a one-word mention equal to the last word of a longer
name in the same article joins that name: "Putin" -> "Vladimir Putin") plus the common
referents of ``framing/data/actors/referents.toml`` (protesters, police, government, ...).
Each mention carries the sentence, the label and score from
:func:`framing.tone.target.target_tones` and the evidence (article offsets). The actor ×
outlet table across articles is :func:`framing.compare.actor_tone.actor_outlet_matrix`.
"""

from __future__ import annotations

import functools
import pathlib
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from spacy.attrs import LENGTH
from spacy.tokens import Doc, Span

from ..intervals import SpanIndex
from ..loaded_terms.token_table import token_table
from ..model import outlet_initials
from ..parse import ParsedArticle
from ..syntax import (ACTOR_OBJECT_VERBS, MOTION_VERBS, PERSON_NOUNS, PLACE_HEAD_NOUNS, PLACE_PART_NOUNS,
                      SPEECH_VERBS)
from .sentences import Distribution, Tone, label_distribution
from .target import target_tones, token_valences

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP")
REFERENTS_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "actors" / "referents.toml"
_NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass
class Evidence:
    start: int
    end: int
    text: str
    weight: float
    reason: str


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    label: str
    score: float
    voice: str                     # narrator | quoted
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ActorTone:
    actor: str                     # display name
    actor_id: str                  # stable key for matching across articles
    kind: str                      # PERSON | ORG | GPE | NORP | referent
    mentions: int
    mean_score: float              # mean of P(positive) - P(negative) over the mentions
    label: str                     # most frequent mention label (negative/positive tie: neutral)
    distribution: Distribution     # mentions by label
    items: list[ActorMention] = field(default_factory=list)


@dataclass(frozen=True)
class _Referents:
    lemmas: dict[str, str]
    phrases: dict[tuple[str, ...], str]


@functools.lru_cache(maxsize=1)
def referents(path: str | None = None) -> _Referents:
    p = pathlib.Path(path) if path else REFERENTS_PATH
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuntimeError(f"actor referents file {p} could not be read: {exc}") from exc
    lemmas: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for actor, entry in data.items():
        for w in entry.get("lemmas", []):
            lemmas[w.lower()] = actor
        for ph in entry.get("phrases", []):
            phrases[tuple(ph.lower().split())] = actor
    return _Referents(lemmas, phrases)


@functools.lru_cache(maxsize=4096)
def actor_key(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-")


def _clean_entity(ent: Span, text: str) -> tuple[int, int, str] | None:
    """Character span and text of an entity, trimmed ("the", possessives, line breaks)."""
    toks = [t for t in ent if not t.is_space]
    # cut at the first line break (the small model sometimes runs an entity over paragraphs)
    for k, t in enumerate(toks[:-1]):
        if "\n" in t.whitespace_ or toks[k + 1].i != t.i + 1:
            toks = toks[:k + 1]
            break
    while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].lower_ in ("'s", "’s", "'", "’") or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks or not any(c.isalpha() for t in toks for c in t.text):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return start, end, text[start:end]


#: prepositions that make a place name the setting of the sentence ("clashes in Almaty"), not an
#: actor; "to" and "from" are left out: "appealed to Russia", "help from Moscow" name actors
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "across", "near", "throughout", "around", "outside", "inside", "within", "through",
    "into", "over", "along", "beyond", "towards", "toward", "between", "among",
})


def demonym_adjective(ent: Span) -> str:
    """``demonym_adjective``: a nationality or people's name used as an adjective ("Tavrian police",
    "the Merish government", "Calderian voters") qualifies the actor it modifies; it is no actor
    itself. A people named as a noun ("Calderians said", "the Tavrians") stays one."""
    if ent.label_ != "NORP":
        return ""
    root = ent.root
    if root.pos_ == "ADJ" or (root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN")
                              and root.head.i >= ent.end):
        return "demonym adjective"
    return ""


#: prepositions after which a name is a place wherever else the small model tags it a person or
#: an organisation ("clashes in Velm" makes "Velm was quiet" a place too)
PLACE_PREPOSITIONS = frozenset({"in", "across", "near", "outside", "throughout", "around", "through"})


def article_place_names(doc: Doc) -> frozenset[str]:
    """``article_place_names``: names the article uses as places — tagged GPE or LOC in any mention,
    or written after "in", "across", "near", "outside", "through" (the small model tags invented and small
    towns PERSON or ORG in one sentence and GPE in the next)."""
    out = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") or (
                ent.label_ in ("PERSON", "ORG") and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in PLACE_PREPOSITIONS and ent[0].lower_ != "the"):
            out.add(ent.text.strip().casefold())
    return frozenset(out)


def place_not_actor(ent: Span, places: frozenset[str] = frozenset()) -> str:
    """Why a place name (GPE) is the sentence's setting rather than an actor, or ``""``: the object
    of a locative preposition ("protests in Almaty", also a second place joined to it: "in Almaty
    and Taraz"), a modifier of another noun ("the Almaty airport"), a dateline ("ALMATY, Jan 5
    -"), a place described by a copula ("Velm was quiet"), the place of a part or of its people
    ("the streets of Velm", "Velm's main square", "the people of Velm"), the destination of
    a verb of going ("visited Velm", "left Velm") or the object of a verb that takes no actor
    ("the reservoir that supplies Velm"). Places that act ("Kazakhstan asked for troops"), are
    addressed or judged as actors ("accused France", ``actor_object_verbs``) or own something
    else ("Kazakhstan's president") stay actors."""
    if ent.label_ != "GPE" and ent.text.strip().casefold() not in places:
        return ""
    root = ent.root
    if _in_dateline(ent, places):
        return "dateline"
    while root.dep_ == "conj" and root.head.i != root.i and root.head.ent_type_ == "GPE":
        root = root.head  # "in Almaty and Taraz": the second place is where the first is
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
        return f"place after '{root.head.lower_}'"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_PART_NOUNS | PERSON_NOUNS:
        return f"place of '{root.head.head.lower_}'"
    if root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_PART_NOUNS | PLACE_HEAD_NOUNS:
        return f"place of '{root.head.lower_}'"
    if root.dep_ == "nsubj" and root.head.lemma_.lower() == "be":
        return "place described by 'be'"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in MOTION_VERBS:
        return f"destination of '{root.head.lower_}'"
    if root.dep_ == "dobj" and root.head.lemma_.lower() not in ACTOR_OBJECT_VERBS | SPEECH_VERBS:
        return f"place as the object of '{root.head.lower_}'"  # "the reservoir that supplies Velm"
    if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ent.end:
        return "modifier of a noun"
    sent = root.sent
    if ent.start == sent.start and ent.end < len(root.doc) and root.doc[ent.end].text in (",", "—", "–", "-") \
            and not any(t.pos_ in ("VERB", "AUX") for t in sent[: min(len(sent), ent.end - sent.start + 4)]):
        return "dateline"
    return ""


def _in_dateline(ent: Span, places: frozenset[str]) -> bool:
    """``dateline``: the place names opening a wire story ("VELM, Norva, Aug 6 (NRW) -"): the
    sentence opens with a capitalised place, only names and commas lead up to this one, a comma,
    dash or bracket follows it, and no verb comes before."""
    sent = ent.root.sent
    first = sent[0]
    if not (first.is_upper or first.ent_type_ in ("GPE", "LOC") or first.text.casefold() in places):
        return False
    lead = ent.doc[sent.start:ent.start]
    if any(t.pos_ not in ("PROPN", "PUNCT") and not t.is_upper for t in lead):
        return False
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is None or nxt.text not in (",", "—", "–", "-", "("):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in ent.doc[sent.start:min(sent.end, ent.end + 4)])


def names_a_building(ent: Span) -> str:
    """``names_a_building``: an organisation's name before a building or place noun ("the Velm
    City Council offices", "Ministry headquarters") names the place, not the actor."""
    root = ent.root
    if ent.label_ == "ORG" and root.dep_ == "compound" and root.head.i >= ent.end \
            and root.head.lemma_.lower() in PLACE_HEAD_NOUNS:
        return "modifier of a building"
    return ""


def own_outlet_names(parsed: ParsedArticle) -> frozenset[str]:
    """The article's own outlet as it may name itself ("The Harbour Post", "Harbour Post", its
    initials "HP"):
    the narrator, never an actor of the story it reports."""
    outlet = (parsed.article.outlet or "").strip()
    if not outlet:
        return frozenset()
    names = {outlet.casefold(), re.sub(r"^the\s+", "", outlet, flags=re.I).casefold(),
             outlet_initials(outlet).casefold()}  # "(GPW)" in a Global Press Wire dateline
    return frozenset(n for n in names if n)


def find_mentions(parsed: ParsedArticle) -> list[tuple[int, int, str, str]]:
    """(start, end, actor display name, kind) for every actor mention, in text order; place names
    that are only the setting (:func:`place_not_actor`) and the article's own outlet are left out."""
    doc = parsed.doc
    raw: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    own = own_outlet_names(parsed)
    places = article_place_names(doc)
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        cleaned = _clean_entity(ent, parsed.text)
        if cleaned is None:
            continue
        a, b, text = cleaned
        if place_not_actor(ent, places) or demonym_adjective(ent) or names_a_building(ent) \
                or re.sub(r"\s+", " ", text).casefold() in own:
            taken.update(range(ent.start, ent.end))  # nor a referent or a short form of a name
            continue
        raw.append((a, b, re.sub(r"\s+", " ", text), ent.label_))
        taken.update(range(ent.start, ent.end))
    ref = referents()
    n = len(doc)
    # the token attributes as lists (creating a spaCy Token per word is the costly part), from
    # the parse's shared token table
    table = token_table(doc)
    lower, lemma, idx = table.lower, table.lemma, table.idx
    length = doc.to_array(LENGTH).tolist() if n else []
    nounish = [p in _NOUN_POS for p in table.pos]
    max_len = max((len(p) for p in ref.phrases), default=1)
    first_words = {p[0] for p in ref.phrases}
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        hit = None
        if lemma[i] in first_words or lower[i] in first_words:
            for L in range(min(max_len, n - i), 1, -1):
                if any(j in taken for j in range(i, i + L)):
                    continue
                actor = ref.phrases.get(tuple(lemma[i:i + L])) or ref.phrases.get(tuple(lower[i:i + L]))
                if actor:
                    hit = (idx[i], idx[i + L - 1] + length[i + L - 1], actor, L)
                    break
        if hit is None and nounish[i]:
            actor = ref.lemmas.get(lemma[i]) or ref.lemmas.get(lower[i])
            if actor:
                hit = (idx[i], idx[i] + length[i], actor, 1)
        if hit and i + hit[3] < n and nounish[i + hit[3]] and lemma[i + hit[3]] in PLACE_HEAD_NOUNS \
                and idx[i + hit[3]] <= hit[1] + 1:
            i += hit[3]  # "the regional government building": the place, not the actor
        elif hit:
            raw.append((hit[0], hit[1], hit[2], "referent"))
            i += hit[3]
        else:
            i += 1
    # one-word names join the longer name ending with that word ("Putin" -> "Vladimir Putin")
    long_names: dict[str, tuple[str, str]] = {}
    for a, b, name, kind in raw:
        words = name.split()
        if kind != "referent" and len(words) > 1 and words[-1][:1].isupper():
            long_names.setdefault(words[-1].casefold(), (name, kind))
    # ... also where the small NER model missed the later, shorter mention
    covered: SpanIndex[tuple[int, int]] = SpanIndex((a, b, (a, b)) for a, b, _, _ in raw)
    for i in range(n):
        word = lower[i]
        if word in long_names and i not in taken and nounish[i] and doc[i].text[:1].isupper():
            a, b = idx[i], idx[i] + length[i]
            if not any(x <= a < y for x, y in covered.candidates(a)):
                name, kind = long_names[word]
                raw.append((a, b, name, kind))
    raw.sort()
    out = []
    for a, b, name, kind in raw:
        if kind != "referent" and len(name.split()) == 1 and name.casefold() in long_names:
            name, kind = long_names[name.casefold()]
        out.append((a, b, name, kind))
    return out


def _voice(offset: int, quoted: SpanIndex[tuple[int, int]]) -> str:
    return "quoted" if any(a <= offset < b for a, b in quoted.candidates(offset)) else "narrator"


def actor_tones(parsed: ParsedArticle, tone: Tone | None = None) -> list[ActorTone]:
    """Every actor mentioned in ``parsed`` with the tone toward each mention, most mentioned
    first; ``tone``: the article's sentence tone (its compounds and quoted stretches are reused)."""
    text = parsed.text
    compounds: dict[int, float] = {}
    quoted: list[tuple[int, int]] = []
    if tone is not None:
        compounds = {s.index: s.compound for s in tone.sentences}
        quoted = [(q.start, q.end) for s in tone.sentences for q in s.quoted]
    # quoted spans filed by position: each mention tests only the quotations near it
    quoted_near: SpanIndex[tuple[int, int]] = SpanIndex((a, b, (a, b)) for a, b in quoted)
    by_sentence: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for m in find_mentions(parsed):
        s = parsed.sentence_at(m[0])
        if s is not None and m[1] <= s.end:
            by_sentence[s.index].append(m)
    valences = token_valences(parsed.doc)
    actors: dict[str, ActorTone] = {}
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for si, mentions in sorted(by_sentence.items()):
        s = parsed.sentences[si]
        sent = text[s.start:s.end]
        tokens = parsed.spacy_sentence(si)
        tones = target_tones(
            sent, [(a - s.start, b - s.start) for a, b, _, _ in mentions],
            tokens=tokens, offset=s.start, compound=compounds.get(si), valences=valences,
        )
        for (a, b, name, kind), t in zip(mentions, tones):
            key = actor_key(name)
            ev = [Evidence(e.start + s.start, e.end + s.start, e.text, e.weight, e.reason) for e in t.evidence]
            item = ActorMention(a, b, text[a:b], si, s.start, s.end, t.label, t.score, _voice(a, quoted_near), ev)
            entry = actors.get(key)
            if entry is None:
                entry = actors[key] = ActorTone(name, key, kind, 0, 0.0, "neutral", Distribution())
            if len(name) > len(entry.actor):
                entry.actor = name
            entry.items.append(item)
            kinds[key][kind] += 1
    for key, entry in actors.items():
        entry.kind = max(kinds[key].items(), key=lambda kv: kv[1])[0]
    return _summarised(list(actors.values()))


def _summarised(entries: list[ActorTone]) -> list[ActorTone]:
    """Each actor's mention count, mean score, distribution and label from its mentions;
    most mentioned first."""
    for entry in entries:
        scores = [m.score for m in entry.items]
        entry.mentions = len(scores)
        entry.mean_score = round(sum(scores) / len(scores), 4)
        entry.distribution = label_distribution([m.label for m in entry.items])
        entry.label = majority_label(entry.distribution)
    entries.sort(key=lambda e: (-e.mentions, e.actor))
    return entries


def join_actor_tones(parts: Sequence[list[ActorTone]]) -> list[ActorTone]:
    """The actors of a long article from those of its pieces (in order, offsets already in
    the article's coordinates): one entry per ``actor_id`` with every piece's mentions, the
    longest name, the kind of the piece where it is mentioned most, summaries recomputed."""
    joined: dict[str, ActorTone] = {}
    most: dict[str, int] = {}
    for part in parts:
        for entry in part:
            into = joined.get(entry.actor_id)
            if into is None:
                into = joined[entry.actor_id] = ActorTone(entry.actor, entry.actor_id, entry.kind, 0, 0.0,
                                                          "neutral", Distribution())
                most[entry.actor_id] = 0
            if len(entry.actor) > len(into.actor):
                into.actor = entry.actor
            if len(entry.items) > most[entry.actor_id]:
                into.kind, most[entry.actor_id] = entry.kind, len(entry.items)
            into.items.extend(entry.items)
    return _summarised(list(joined.values()))


def majority_label(d: Distribution) -> str:
    """The most frequent mention label; a tie (negative with positive, or either with neutral)
    is neutral."""
    best = max(d.negative, d.neutral, d.positive)
    winners = [k for k, v in (("negative", d.negative), ("neutral", d.neutral), ("positive", d.positive)) if v == best]
    return winners[0] if len(winners) == 1 else "neutral"
