"""The labels table: how each outlet names the same actors and events.

Works over several :class:`~framing.analysis.ArticleAnalysis` objects (an event), never
re-parsing: it reads the ``content`` analyser's lemmas and entities, the ``loaded_terms``
voices and scare quotes, and the ``attributions`` for voice. Two kinds of rows:

* **families** (``framing/data/label_families.toml``, user-editable): common news referents —
  crowds, state forces, government, the events, deaths — each with the labels outlets choose
  among (protesters / rioters / bandits ...);
* **entities** found in the articles (people, organisations, groups named by at least two
  outlets): the names and the loaded labels next to them each outlet uses.

Output: actor × outlet → labels used, with counts, voices and example spans.
"""

from __future__ import annotations

import functools
import pathlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence

from ..analysers.content import Content
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution, content_spans
from ..intervals import SpanIndex
from ..loaded_terms import LexiconError, LoadedTerm
from ..quotes import find_quotes
from ..syntax import PLACE_HEAD_NOUNS
from ..attribution.verbs_and_roles import roles
from .entity_names import clean_mentions
from .identity import EventIdentities, event_identities, name_key

FAMILIES_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "label_families.toml"
VOICES = ("narrator", "quoted", "reported", "scare_quote")
MAX_EXAMPLES = 3
#: the figure category of a crowd's size (``framing/data/compare/number_categories.yaml``)
CROWD_SIZE = "participants"
MONTHS = {"March", "May"}
#: the entity labels of actors (people, organisations, nationalities and groups)
ENTITY_LABELS = ("PERSON", "ORG", "NORP")
#: the entity labels of places (a name tagged so in most of its mentions is no actor)
PLACE_LABELS = ("GPE", "LOC", "FAC")
#: what may stand between an entity and a label of it: "the strongman X", "X, the dictator,"
_APPOSITION = re.compile(r"^[\s,]*(?:(?:the|a|an|'s|\u2019s)\s+)?[\s,]*$", re.IGNORECASE)


@dataclass(frozen=True)
class LabelFamily:
    id: str
    name: str
    labels: tuple[str, ...]
    #: plural nouns for people ("families", "blokes") that are a form of the family only in its
    #: context: in a sentence that uses one of its labels, or the sentence right after one
    people: tuple[str, ...] = ()
    #: a plural name of a people ("Calderians") in that context is a form of the family too
    demonyms: bool = False


@dataclass
class LabelExample:
    article_id: str
    text: str
    start: int
    end: int
    voice: str
    speaker: str | None
    context: str


@dataclass
class LabelUse:
    label: str
    count: int = 0
    voices: dict[str, int] = field(default_factory=lambda: {v: 0 for v in VOICES})
    loaded: bool = False
    examples: list[LabelExample] = field(default_factory=list)


@dataclass
class ActorLabels:
    """One actor (a family or an entity) and, per outlet, the labels used for it."""

    actor: str
    name: str
    kind: str  # "family" | "entity"
    by_outlet: dict[str, list[LabelUse]] = field(default_factory=dict)


@dataclass
class LabelsTable:
    outlets: list[str]
    actors: list[ActorLabels]

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (actor, outlet, label, count, voices, example) for tables and CSV."""
        out = []
        for a in self.actors:
            for outlet, uses in a.by_outlet.items():
                for u in uses:
                    ex = u.examples[0].context if u.examples else ""
                    out.append({"actor": a.name, "kind": a.kind, "outlet": outlet, "label": u.label, "count": u.count,
                                "loaded": u.loaded, **{v: u.voices.get(v, 0) for v in VOICES}, "example": ex})
        return out


# --------------------------------------------------------------------------- families


def load_label_families(path: str | pathlib.Path | None = None, text: str | None = None) -> list[LabelFamily]:
    """Label families from a TOML file (default: the built-in one); errors name the file and line."""
    source = str(path or FAMILIES_PATH)
    if text is None:
        try:
            text = pathlib.Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise LexiconError(source, None, f"cannot read the label families ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise LexiconError(source, int(m.group(1)) if m else None, f"invalid TOML ({exc})") from None
    out = []
    for fid, v in data.items():
        line = next((i for i, l in enumerate(text.splitlines(), 1) if l.strip() == f"[{fid}]"), None)
        if not isinstance(v, dict) or not isinstance(v.get("labels"), list) or not v["labels"]:
            raise LexiconError(source, line, f"[{fid}] needs a non-empty list 'labels'")
        if not all(isinstance(x, str) and x.strip() for x in v["labels"]):
            raise LexiconError(source, line, f"[{fid}] labels must be non-empty strings")
        people = v.get("people", [])
        if not isinstance(people, list) or not all(isinstance(x, str) and x.strip() for x in people):
            raise LexiconError(source, line, f"[{fid}] people must be a list of non-empty strings")
        out.append(LabelFamily(fid, str(v.get("name", fid)), tuple(x.strip().lower() for x in v["labels"]),
                               tuple(x.strip().lower() for x in people), bool(v.get("demonyms", False))))
    return out


# --------------------------------------------------------------------------- helpers


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return ("…" if a else "") + text[a:b].replace("\n", " ").strip() + ("…" if b < len(text) else "")


class _Voicer:
    """Voice of a span in one analysed article, from loaded terms, attributions and quotes.

    Each lookup reads only the spans filed near it (:class:`~framing.intervals.SpanIndex`)
    and applies the exact test to them in list order, so answers equal a scan of every span
    and the table stays linear in the article's length.
    """

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.text = analysis.article.text
        self.loaded = list_result_of(analysis, "loaded_terms", LoadedTerm) or []
        self.attributions = list_result_of(analysis, "attributions", Attribution) or []
        self.quotes = find_quotes(self.text, list(analysis.article.paragraphs))
        self.loaded_near: SpanIndex[int] = SpanIndex(
            (t.start, t.end, k) for k, t in enumerate(self.loaded))
        self.content_near: SpanIndex[int] = SpanIndex(
            (cs, ce, k) for k, a in enumerate(self.attributions) for cs, ce in content_spans(a))
        self.quotes_near: SpanIndex[int] = SpanIndex(
            (q.inner_start, q.inner_end, k) for k, q in enumerate(self.quotes))

    def loaded_meeting(self, lo: int, hi: int) -> list[Any]:
        """Loaded terms filed near ``[lo, hi]``, in list order (a superset of those meeting it)."""
        return [self.loaded[k] for k in sorted(set(self.loaded_near.candidates(lo, hi)))]

    def voice(self, start: int, end: int) -> tuple[str, str | None]:
        for t in self.loaded_meeting(start, end):
            if t.start <= start and end <= t.end:
                return t.voice, t.speaker
            if t.category == "scare_quote" and t.start <= start < t.end:
                return "scare_quote", None
        near = sorted(set(self.content_near.candidates(start, end)))
        covering = [a for a in (self.attributions[k] for k in near)
                    if any(cs <= start and end <= ce for cs, ce in content_spans(a))]
        covering.sort(key=lambda a: sum(ce - cs for cs, ce in content_spans(a)))
        if covering:
            a = covering[0]
            return ("quoted" if a.kind == "direct" else "reported"), a.speaker
        for k in sorted(set(self.quotes_near.candidates(start, end))):
            q = self.quotes[k]
            if q.inner_start <= start and end <= q.inner_end:
                return "quoted", None
        return "narrator", None

    def is_loaded(self, start: int, end: int) -> bool:
        return any(t.start < end and start < t.end and t.category != "scare_quote"
                   for t in self.loaded_meeting(start, end))


def _modifies_a_place(terms: Sequence[Any], last: int) -> bool:
    """``modifies_a_place``: the label's last word stands right before a building or place noun
    (``place_head_nouns``: "government building", "police headquarters", "ministry offices"), so
    it names the place, not the actor."""
    nxt = terms[last + 1] if last + 1 < len(terms) else None
    return nxt is not None and nxt.pos == terms[last].pos + 1 and nxt.lemma in PLACE_HEAD_NOUNS


#: verbs of treating or regarding someone: "treated pensioners like criminals", "herded us like
#: cattle", "police saw the residents as rioters" — the label after "like" / "as" is how the
#: verb's subject (someone else) treats them, not a name the writer or speaker gives them
_TREATED_AS = re.compile(
    r"\b(?:treat|handl|herd|hunt|regard|view|viewed|saw|see|seen|dismiss|look(?:ed|ing|s)?\s+(?:on|upon))\w*\b"
    r"[^.;:!?\n\"\u201c\u201d]{0,40}?\b(?:like|as)\s+(?:(?!(?:the|these|those|this|that)\b)[a-z]+\s+)?$",
    re.IGNORECASE)


def _treated_as(text: str, start: int) -> bool:
    """``treated_as``: a family label after "like" or "as" that a verb of treating or regarding
    governs ("They treated pensioners like criminals", "handled the tenants as common
    lawbreakers"): the comparison says how someone else treats the crowd, so it is no label of the
    crowd (used elsewhere it is; "protesters like Vega" and "behaved like a mob" are kept)."""
    return bool(_TREATED_AS.search(text[max(0, start - 80):start]))


def _family_mentions(analysis: ArticleAnalysis, families: Sequence[LabelFamily]) -> list[tuple[str, str, int, int]]:
    """(family id, label, start, end) for every family label in the article (but labels
    :func:`_treated_as` a comparison)."""
    text = analysis.article.text
    return [m for m in _family_matches(analysis, families) if not _treated_as(text, m[2])]


def _family_matches(analysis: ArticleAnalysis, families: Sequence[LabelFamily]) -> list[tuple[str, str, int, int]]:
    """(family id, label, start, end) for every family label written in the article."""
    text = analysis.article.text
    content = result_of(analysis, "content", Content)
    patterns: list[tuple[str, str, tuple[str, ...]]] = []
    for f in families:
        for lab in f.labels:
            patterns.append((f.id, lab, tuple(lab.split())))
    patterns.sort(key=lambda p: -len(p[2]))  # longest first: "riot police" before "police"
    out: list[tuple[str, str, int, int]] = []
    used: set[int] = set()
    if content is not None and content.terms:
        terms = content.terms
        # each term's matchable forms, computed once; positions indexed by form so a label is
        # only tried where its first word occurs (linear in the article, not labels x terms)
        term_forms: list[frozenset[str]] = []
        starts: dict[str, list[int]] = {}
        for k, t in enumerate(terms):
            surface = text[t.start:t.end]
            low = surface.lower()
            forms = frozenset(() if surface in MONTHS else
                              (t.lemma, low, low[:-1] if low.endswith("s") else low,
                               low[:-2] if low.endswith("es") else low))
            term_forms.append(forms)
            for form in forms:
                starts.setdefault(form, []).append(k)
        for fid, lab, words in patterns:
            n = len(words)
            for k in starts.get(words[0], ()):
                if k + n > len(terms) or any((k + m) in used for m in range(n)):
                    continue
                ok = True
                for m in range(1, n):
                    t = terms[k + m]
                    if t.pos != terms[k + m - 1].pos + 1 or words[m] not in term_forms[k + m]:
                        ok = False
                        break
                if ok and _modifies_a_place(terms, k + n - 1):
                    continue  # "the regional government building": the place, not the actor
                if ok:
                    used.update(range(k, k + n))
                    out.append((fid, lab, terms[k].start, terms[k + n - 1].end))
        out.extend(_people_in_context(text, content, families, out, used))
        return sorted(out, key=lambda x: x[2])
    # no content analysis: surface matching with simple inflections
    taken: list[tuple[int, int]] = []
    for fid, lab, words in patterns:
        rx = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?:s|es|ed|d|ing)?\b"
        for found in re.finditer(rx, text, flags=re.IGNORECASE):
            if found.group(0) in MONTHS or any(a < found.end() and found.start() < b for a, b in taken):
                continue
            taken.append((found.start(), found.end()))
            out.append((fid, lab, found.start(), found.end()))
    return out


def _people_in_context(text: str, content: Content, families: Sequence[LabelFamily],
                       found: Sequence[tuple[str, str, int, int]], used: set[int]) -> list[tuple[str, str, int, int]]:
    """``people_in_context``: the plural people nouns of a family ("families", "blokes") and, for a
    family with ``demonyms``, a people's plural name ("Calderians": tagged NORP, or the capitalised
    noun a crowd size counts), used in a
    sentence where the article uses one of the family's labels (for a family with ``demonyms``,
    or gives a crowd size: "More than 100,000 Calderians gathered") or in the sentence right after
    it: "a few hundred activists tried to shout down the families" — the families are the
    crowd. Used alone elsewhere they are no label of it ("the families of the victims")."""
    by_sentence: dict[str, set[int]] = {}
    sentence_at = {t.start: t.sentence for t in content.terms}
    for fid, _lab, s, _e in found:
        if fid in {f.id for f in families if f.people or f.demonyms} and s in sentence_at:
            by_sentence.setdefault(fid, set()).add(sentence_at[s])
    crowd_sizes = {m.sentence for m in content.numbers if m.category == CROWD_SIZE}
    counted = {(m.sentence, m.noun) for m in content.numbers if m.category == CROWD_SIZE and m.noun}
    norp = {m.start for m in content.entities if m.label == "NORP"}
    out: list[tuple[str, str, int, int]] = []
    for f in families:
        near = by_sentence.get(f.id, set())
        sized = crowd_sizes if f.demonyms else set()
        people = set(f.people)
        if not near and not sized:
            continue
        for k, t in enumerate(content.terms):
            in_context = t.sentence in near or t.sentence - 1 in near
            if k in used or not (in_context or t.sentence in sized):
                continue
            surface = text[t.start:t.end]
            plural = surface.lower() != t.lemma and surface.lower().endswith("s")
            if plural and t.lemma in people and in_context and not re.match(r"\s+of\b", text[t.end:t.end + 4]):
                # "families of detained demonstrators" are no crowd: they are kin of it
                out.append((f.id, t.lemma, t.start, t.end))
            elif f.demonyms and (t.start in norp or (t.sentence, t.lemma) in counted or
                                 (t.sentence, surface.lower()) in counted) \
                    and surface.endswith("s") and surface[:1].isupper():
                out.append((f.id, surface, t.start, t.end))
            else:
                continue
            used.add(k)
    return out


def _add(use: LabelUse, analysis: ArticleAnalysis, voicer: _Voicer, start: int, end: int) -> None:
    voice, speaker = voicer.voice(start, end)
    use.count += 1
    use.voices[voice] = use.voices.get(voice, 0) + 1
    use.loaded = use.loaded or voicer.is_loaded(start, end)
    if len(use.examples) < MAX_EXAMPLES:
        text = analysis.article.text
        use.examples.append(LabelExample(analysis.article.id, text[start:end], start, end, voice, speaker,
                                         _context(text, start, end)))


def _longest_names_ending_with(names: list[str]) -> dict[str, str]:
    """Each name mapped to the longest other name ending with it after a space or hyphen
    ("tokayev" -> "kassym jomart tokayev"), else to itself; ties: the first such name."""
    longest: dict[str, str] = {}
    for m in names:
        for k, ch in enumerate(m):
            if ch in " -":
                suffix = m[k + 1:]
                if suffix != m and (suffix not in longest or len(m) > len(longest[suffix])):
                    longest[suffix] = m
    return {n: longest.get(n, n) for n in names}


#: the article words :data:`_APPOSITION` lets between an entity and its label
_ARTICLE_WORD = re.compile(r"(?:the|a|an|'s|\u2019s)", re.IGNORECASE)


def _junk_before(text: str, i: int) -> int:
    """Start of the run of whitespace and commas ending at ``i``."""
    while i > 0 and (text[i - 1].isspace() or text[i - 1] == ","):
        i -= 1
    return i


def _junk_after(text: str, i: int) -> int:
    """End of the run of whitespace and commas starting at ``i``."""
    while i < len(text) and (text[i].isspace() or text[i] == ","):
        i += 1
    return i


def _apposed(loaded: list[Any], near: SpanIndex[int], text: str, s: int, e: int) -> list[Any]:
    """The loaded terms, in list order, next to the entity at ``text[s:e]`` with only
    :data:`_APPOSITION` between (or overlapping it): "the strongman X", "X, the dictator,".
    Only the terms filed in reach of the entity are tested (the gap is a run of spaces and
    commas with at most one article word), so the answer equals a test of every term. A term
    :func:`_treated_as` a comparison ("treated the crowd as rioters, Reld said") is no label."""
    lo = left = _junk_before(text, s)
    for n in (1, 2, 3):  # an article word ending where the junk before the entity begins
        if n <= lo < s and text[lo].isspace() and _ARTICLE_WORD.fullmatch(text, lo - n, lo):
            left = min(left, _junk_before(text, lo - n))
    hi = right = _junk_after(text, e)
    for n in (1, 2, 3):  # ... or beginning where the junk after it ends
        if hi + n < len(text) and text[hi + n].isspace() and _ARTICLE_WORD.fullmatch(text, hi, hi + n):
            right = max(right, _junk_after(text, hi + n))
    out = []
    for k in sorted(set(near.candidates(left, right))):
        t = loaded[k]
        ts, te = t.start, t.end
        gap = text[te:s] if te <= s else text[e:ts]
        if _APPOSITION.match(gap) and not _treated_as(text, ts):
            out.append(t)
    return out


def _shared_entities(analyses: Sequence[ArticleAnalysis], contents: Mapping[int, Content | None],
                     identities: EventIdentities, min_outlets: int, n_outlets: int
                     ) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(entity norm -> actor id, actor id or norm -> display name, the actor ids named by at least
    ``min_outlets`` outlets) of the people, organisations and groups the articles name; an actor
    is the event's identity of a name ("Tokayev" and "Kassym-Jomart Tokayev" are one)."""
    ent_outlets: dict[str, set[str]] = {}
    ent_names: dict[str, str] = {}
    for a in analyses:
        content = contents[id(a)]
        for m in content.entities if content is not None else []:
            if m.label not in ENTITY_LABELS:
                continue
            ent_outlets.setdefault(m.norm, set()).add(a.article.outlet)
            ent_names.setdefault(m.norm, m.text)
    canon: dict[str, str] = {}
    for n in ent_outlets:
        ident = identities.find(ent_names[n]) or identities.find(n)
        canon[n] = ident.id if ident is not None else n
        if ident is not None:
            ent_names.setdefault(ident.id, ident.name)
    merged: dict[str, set[str]] = {}
    for n, o in ent_outlets.items():
        merged.setdefault(canon[n], set()).update(o)
    shared = {n for n, o in merged.items() if len(o) >= min(min_outlets, max(1, n_outlets))}
    return canon, ent_names, shared


def cleaned_contents(analyses: Sequence[ArticleAnalysis]) -> dict[int, Content | None]:
    """Each analysis's ``content`` with its entity mentions cleaned of the recogniser's noise
    (:func:`framing.compare.entity_names.clean_mentions`: "Ana Moravec's Cyprus" is the person
    "Ana Moravec" and the place "Cyprus"; headline fragments dropped) — the names every table of
    an event reads."""
    cleaned = clean_mentions(analyses)
    out: dict[int, Content | None] = {}
    for a in analyses:
        c = result_of(a, "content", Content)
        out[id(a)] = replace(c, entities=cleaned.get(a.article.id, [])) if c is not None else None
    return out


# --------------------------------------------------------------------------- the table


def labels_table(analyses: Sequence[ArticleAnalysis], families: Sequence[LabelFamily] | None = None,
                 min_outlets: int = 2, identities: EventIdentities | None = None) -> LabelsTable:
    """Actor × outlet → labels used (counts, voices, examples) across analysed articles; named
    entities are one actor per person or organisation of the event (``identities``, computed
    when not given: ``Obama`` / ``President Obama`` / ``Barack Obama`` are one row)."""
    analyses = list(analyses)
    if identities is None:
        identities = event_identities(analyses, entities=clean_mentions(analyses))
    families = list(families) if families is not None else load_label_families()
    outlets = list(dict.fromkeys(a.article.outlet for a in analyses))
    voicers = {id(a): _Voicer(a) for a in analyses}
    rows: dict[str, ActorLabels] = {f.id: ActorLabels(f.id, f.name, "family") for f in families}
    uses: dict[tuple[str, str, str], LabelUse] = {}

    def use_for(actor: str, outlet: str, label: str) -> LabelUse:
        key = (actor, outlet, label)
        if key not in uses:
            uses[key] = LabelUse(label)
            rows[actor].by_outlet.setdefault(outlet, []).append(uses[key])
        return uses[key]

    for a in analyses:
        for fid, lab, s, e in _family_mentions(a, families):
            _add(use_for(fid, a.article.outlet, lab), a, voicers[id(a)], s, e)

    # entities named by several outlets, with the names and adjacent loaded labels each uses
    contents = cleaned_contents(analyses)
    canon, ent_names, shared = _shared_entities(analyses, contents, identities, min_outlets, len(outlets))
    for a in analyses:
        content = contents[id(a)]
        if content is None:
            continue
        text = a.article.text
        loaded = [t for t in voicers[id(a)].loaded if t.category in ("pejorative_label", "praise", "delegitimising")]
        loaded_near: SpanIndex[int] = SpanIndex((t.start, t.end, k) for k, t in enumerate(loaded))
        for m in content.entities:
            if m.label not in ENTITY_LABELS:
                continue
            norm = canon.get(m.norm, m.norm)
            if norm not in shared:
                continue
            actor = f"entity:{norm}"
            if actor not in rows:
                rows[actor] = ActorLabels(actor, ent_names[norm], "entity")
            s, e = m.start, m.end
            _add(use_for(actor, a.article.outlet, text[s:e]), a, voicers[id(a)], s, e)
            for t in _apposed(loaded, loaded_near, text, s, e):
                ts, te = t.start, t.end
                _add(use_for(actor, a.article.outlet, t.text.lower()), a, voicers[id(a)], ts, te)
    actors = [r for r in rows.values() if r.by_outlet]
    for r in actors:
        for outlet in r.by_outlet:
            r.by_outlet[outlet].sort(key=lambda u: (-u.count, u.label))
    fam_order = {f.id: i for i, f in enumerate(families)}
    actors.sort(key=lambda r: (r.kind != "family", fam_order.get(r.actor, 0),
                               -sum(u.count for us in r.by_outlet.values() for u in us)))
    return LabelsTable(outlets, actors)


# --------------------------------------------------------------------------- how each outlet names each actor

#: what kind of form a use is: a name, a title or role, or a label
FORM_KINDS = ("name", "title", "label")
#: human words for each form's detail (ids stay in JSON)
FORM_LABELS = {
    "full_name": "Full name", "surname": "Surname", "short_name": "Short name", "title_name": "Title + name",
    "title": "Title", "role": "Role", "description": "Description used alone", "label": "Label",
}
#: words that may stand in a title before a name without being titles themselves
#: ("former minister", "opposition leader", "acting president")
TITLE_MODIFIERS = frozenset({
    "former", "acting", "interim", "deputy", "vice", "opposition", "outgoing", "incoming", "then", "late",
    "veteran", "senior", "junior", "assistant", "party", "state", "foreign", "interior", "defence", "defense",
    "finance", "health", "energy", "justice", "prime", "chief", "general", "lead", "top", "longtime",
})
#: head nouns of roles and descriptions of people besides the speaker-role lexicon's
ROLE_HEADS = frozenset({
    "leader", "ruler", "head", "chief", "founder", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
    "spokesperson", "strongman", "dictator", "autocrat", "tyrant", "reformer", "incumbent", "challenger",
    "veteran", "activist", "dissident", "critic", "rival", "ally", "successor", "predecessor", "politician",
    "lawmaker", "legislator", "candidate", "nominee", "premier", "minister", "president", "boss",
})
#: labels (loaded-term categories) read as what an outlet calls an actor
LABEL_CATEGORIES = ("pejorative_label", "praise", "delegitimising")
#: a word of a title run (letters, dots, inner hyphens and apostrophes), read backwards
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'\u2019-]*)[ \t]+$")
#: an apposition after a name: ", the Kazakh leader," / ", a former minister." / ", a former prime
#: minister who ..." (up to 8 words)
_APPOSED_ROLE = re.compile(r"(?:['\u2019]s)?,[ \t]+((?:(?:the|a|an)[ \t]+)?[^\W\d][\w'\u2019-]*"
                           r"(?:[ \t]+[\w'\u2019-]+){0,7}?)(?=[ \t]*(?:,|\.(?:\s|$)|;|\u2014|$)|[ \t]+(?:who|whose|which)\b)")
#: words after which an apposition phrase is no role ("Vekov, who ..." / "Sol, police said")
_NOT_IN_ROLE = frozenset({"who", "which", "that", "said", "says", "and", "or", "but", "told", "was", "is", "has",
                          "had", "will", "would", "he", "she", "they", "it", "we", "i"})
_POSSESSIVE = re.compile(r"['\u2019]s$")
#: an age in apposition between a name and its role
_AGE = re.compile(r",[ \t]*\d{1,3}(?=,)")
_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")


@dataclass
class FormUse:
    """One use of a form: where it is (character offsets of the article) and in whose voice."""

    article_id: str
    start: int
    end: int
    voice: str                  # narrator | quoted | reported | scare_quote
    speaker: str | None = None


@dataclass
class ActorForm:
    """One way an outlet names an actor: a name ("Tokayev"), a title or role ("President",
    "the Kazakh leader") or a label ("the strongman", "rioters"), with every use of it."""

    form: str
    kind: str                   # name | title | label  (FORM_KINDS)
    detail: str                 # full_name | surname | short_name | title_name | title | role | description | label
    loaded: bool = False
    count: int = 0
    voices: dict[str, int] = field(default_factory=lambda: {v: 0 for v in VOICES})
    uses: list[FormUse] = field(default_factory=list)

    @property
    def own_voice(self) -> int:
        """Uses in the outlet's own words (its narration and its scare quotes)."""
        return self.voices.get("narrator", 0) + self.voices.get("scare_quote", 0)


@dataclass
class FormAcross:
    """One form of one actor across outlets (a row of the side-by-side comparison)."""

    actor: str
    actor_name: str
    actor_kind: str
    form: str
    kind: str
    detail: str
    loaded: bool = False
    by_outlet: dict[str, ActorForm] = field(default_factory=dict)

    def count(self) -> int:
        return sum(f.count for f in self.by_outlet.values())

    def uses(self) -> list[tuple[str, FormUse]]:
        """(outlet, use) of every use in every outlet, in outlet order."""
        return [(o, u) for o, f in self.by_outlet.items() for u in f.uses]


@dataclass
class ActorNaming:
    """One actor of the event and, per outlet, the forms that outlet names it by."""

    actor: str                  # the identity id (people, organisations) or the family id (crowds, ...)
    name: str
    kind: str                   # person | org | group
    by_outlet: dict[str, list[ActorForm]] = field(default_factory=dict)

    def uses(self) -> int:
        return sum(f.count for forms in self.by_outlet.values() for f in forms)


@dataclass
class NamingTable:
    """How each outlet names each actor of an event: names, titles and roles, labels."""

    outlets: list[str]
    actors: list[ActorNaming]

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (actor, outlet, form, kind, detail, count, loaded, voices) for tables and CSV."""
        return [{"actor": a.name, "actor_id": a.actor, "actor_kind": a.kind, "outlet": outlet, "form": f.form,
                 "kind": f.kind, "detail": f.detail, "count": f.count, "loaded": f.loaded,
                 **{v: f.voices.get(v, 0) for v in VOICES}}
                for a in self.actors for outlet, forms in a.by_outlet.items() for f in forms]

    def side_by_side(self) -> list[FormAcross]:
        """One row per actor and form, the outlets side by side: what each outlet calls the actor
        that way and how often (the same form in several outlets is one row), in actor order, each
        actor's forms in the order names, titles and roles, labels, most used first."""
        out: list[FormAcross] = []
        order = {k: i for i, k in enumerate(FORM_KINDS)}
        for a in self.actors:
            rows: dict[tuple[str, str, str], FormAcross] = {}
            for outlet, forms in a.by_outlet.items():
                for f in forms:
                    key = (f.kind, f.detail, f.form.lower())
                    row = rows.get(key)
                    if row is None:
                        row = rows[key] = FormAcross(a.actor, a.name, a.kind, f.form, f.kind, f.detail)
                    row.loaded = row.loaded or f.loaded
                    row.by_outlet[outlet] = f
            out.extend(sorted(rows.values(), key=lambda r: (order[r.kind], -r.count(), r.form.lower())))
        return out


@functools.lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that are titles or roles of people, organisation words) from the speaker-role lexicon."""
    lex = roles()
    people = {w for w in lex.titles} | {w.rstrip(".") for w in lex.titles}
    people |= {r for r in lex.roles if " " not in r} | ROLE_HEADS
    orgs = {o for o in lex.orgs if " " not in o}
    return frozenset(people), frozenset(orgs)


def _title_before(text: str, s: int, norp: Sequence[tuple[int, int]],
                  labels: Sequence[tuple[int, int]] = ()) -> int:
    """Start of the title run ending just before a name at ``s`` ("former Prime Minister",
    "opposition leader", "Kazakh President"), else ``s``. The word next to the name must be a
    title or role; before it may stand more of them, modifiers ("former", "acting"), organisation
    words ("Police Chief") and nationality words the entity recogniser tags (NORP). A word inside
    a loaded label (``labels``: "the strongman Vekov") ends the run: it is a label, not a title."""
    people, orgs = _title_words()
    start = s
    p = s
    first = True
    for _ in range(5):
        m = _WORD_BEFORE.search(text, max(0, p - 40), p)
        if m is None:
            break
        w = m.group(1)
        lw = w.lower().rstrip(".")
        if w.endswith(".") and w.lower() not in people:
            break                                     # a sentence's end ("people. Bitcoin"), not "Gov."
        if lw.startswith("ex-"):
            lw = lw[3:]                               # "ex-president"
        if any(a < m.end(1) and m.start(1) < b for a, b in labels):
            break
        if first:
            if lw not in people or w.lower() in ("the", "a", "an"):
                break
        elif not (lw in people or lw in TITLE_MODIFIERS or lw in orgs
                  or any(a <= m.start(1) and m.end(1) <= b for a, b in norp)):
            break
        first = False
        start = p = m.start(1)
    return start


def _loaded_modifier_before(voicer: _Voicer, text: str, t0: int) -> int:
    """``loaded_modifier``: the start of a loaded word written right before a title run ("the
    serial protester Dolores Vega", "the notorious agitator X", "a self-styled activist X"): it
    is part of the naming form, and makes it loaded; else ``t0``."""
    for t in voicer.loaded_meeting(max(0, t0 - 40), t0):
        if t.category != "scare_quote" and t.end <= t0 and t0 - t.end <= 2 and not text[t.end:t0].strip():
            return t.start
    return t0


def _role_after(text: str, e: int) -> tuple[int, int] | None:
    """The span of a role in apposition right after a name ("Vekov, the Merish leader, said"):
    a phrase of up to eight words closed by a comma or a full stop whose head noun (its last
    word, or the word before "of") is a title or role of people."""
    age = _AGE.match(text, e)                      # "Nazarbayev, 81, the former leader,"
    m = _APPOSED_ROLE.match(text, age.end() if age else e)
    if m is None:
        return None
    phrase = m.group(1)
    words = [w.lower() for w in phrase.split()]
    if any(w in _NOT_IN_ROLE for w in words):
        return None
    head_words = words[:words.index("of")] if "of" in words[1:] else words
    head = head_words[-1].rstrip(".'\u2019")
    people, _ = _title_words()
    if head not in people:
        return None
    return m.start(1), m.end(1)


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split()).upper()


def _description_key(phrase: str) -> str:
    """The form a title, role or label is compared in: lower case, no article
    ("the Merish leader" -> "merish leader")."""
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(phrase.lower().split()))


def _as_written(text: str) -> str:
    """A form as an outlet writes it, on one line, a sentence-initial article lowered."""
    t = " ".join(text.split())
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), t)


def _name_detail(name: str, ident_name: str, person: bool) -> str:
    words = name_key(name).split()
    full = name_key(ident_name).split()
    if len(words) >= 2 and (person or words == full):
        return "full_name"
    if person and words and full and words[-1] == full[-1]:
        return "surname"
    return "short_name" if words != full else "full_name"


def naming_table(analyses: Sequence[ArticleAnalysis], families: Sequence[LabelFamily] | None = None,
                 min_outlets: int = 2, identities: EventIdentities | None = None) -> NamingTable:
    """How each outlet names each actor of an event, with every use (article id, start, end, voice).

    People and organisations are the event's identities (``identities``, computed when not given):
    one actor however each outlet writes the name. Per outlet and actor, the forms are

    * **names** — ``full_name`` ("Aldan Vekov"), ``surname`` ("Vekov"), ``short_name``, and
      ``title_name`` when a title stands before the name ("President Vekov");
    * **titles and roles** — the ``title`` run before a name ("former Prime Minister"), a ``role``
      in apposition after it ("Vekov, the Merish leader,"), and a ``description`` used alone ("the
      Merish leader said", "the president said") where the event ties it, by a title, role or
      label next to a name, to exactly one actor that the article names;
    * **labels** — loaded labels next to the name ("the strongman Vekov") or used alone where the
      event ties them to one actor as above, and the labels of the referent families (crowds:
      protesters / rioters, ``label_families.toml``), loaded or not.

    Each form's voice comes from the loaded terms, attributions and quotation marks (its own
    words or quoted). Actors named by fewer than ``min_outlets`` outlets are left out.
    """
    analyses = list(analyses)
    contents = cleaned_contents(analyses)
    if identities is None:
        identities = event_identities(analyses, entities={a.article.id: c.entities for a in analyses
                                                          if (c := contents[id(a)]) is not None})
    families = list(families) if families is not None else load_label_families()
    outlets = list(dict.fromkeys(a.article.outlet for a in analyses))
    voicers = {id(a): _Voicer(a) for a in analyses}
    canon, ent_names, shared = _shared_entities(analyses, contents, identities, 1, len(outlets))
    tagged_widely = _shared_entities(analyses, contents, identities, min_outlets, len(outlets))[2]
    actors: dict[str, ActorNaming] = {}
    forms: dict[tuple[str, str, str, str], ActorForm] = {}
    taken: dict[str, list[tuple[int, int]]] = {}      # article id -> spans already counted

    def add(actor: ActorNaming, a: ArticleAnalysis, kind: str, detail: str, written: str, key: str,
            start: int, end: int, loaded: bool | None = None) -> None:
        outlet = a.article.outlet
        k = (actor.actor, outlet, kind, f"{detail}|{key}" if kind == "title" else key)
        f = forms.get(k)
        if f is None:
            f = forms[k] = ActorForm(written, kind, detail)
            actor.by_outlet.setdefault(outlet, []).append(f)
        voicer = voicers[id(a)]
        voice, speaker = voicer.voice(start, end)
        f.count += 1
        f.voices[voice] = f.voices.get(voice, 0) + 1
        f.loaded = f.loaded or (voicer.is_loaded(start, end) if loaded is None else loaded)
        f.uses.append(FormUse(a.article.id, start, end, voice, speaker))
        taken.setdefault(a.article.id, []).append((start, end))

    # referent families: the crowd, the forces, the government ... and the labels each outlet uses
    for fam in families:
        actors[f"family:{fam.id}"] = ActorNaming(fam.id, fam.name, "group")
    for a in analyses:
        for fid, lab, s, e in _family_mentions(a, families):
            add(actors[f"family:{fid}"], a, "label", "label", lab, lab, s, e)

    # people and organisations: names, titles before them, roles and labels next to them
    described: dict[str, set[str]] = {}               # description key -> the actor ids it was given to
    description_kind: dict[str, str] = {}             # description key -> "title" | "label"
    named_in: dict[str, set[str]] = {}                # article id -> actor ids it names
    # a person: the event's identity says so, or any article's entity recogniser tags a mention
    # a person (the small model tags one mention of a name ORG, the next PERSON)
    persons = {canon.get(m.norm, m.norm) for c in contents.values() if c is not None for m in c.entities
               if m.label == "PERSON"}
    persons |= {i.id for i in identities.identities if i.kind == "person"}
    # a name ending in the word for a kind of body is an organisation's ("Civic Alliance" tagged PERSON)
    persons = {x for x in persons if not _ends_as_organisation(ent_names.get(x, x))}
    # a name the entity recogniser tags a place (GPE, LOC, FAC) more often than an actor is a place
    votes: dict[str, int] = {}
    for c in contents.values():
        for m in c.entities if c is not None else []:
            if m.norm in canon:
                votes[canon[m.norm]] = votes.get(canon[m.norm], 0) + (
                    -1 if m.label in PLACE_LABELS else 1 if m.label in ENTITY_LABELS else 0)
    shared = {x for x in shared if votes.get(x, 0) >= 0}
    known = _known_names(contents.values(), canon, shared, persons, ent_names, tagged_widely)
    # every actor's mentions, then only the actors at least ``min_outlets`` outlets name (by the
    # entity recogniser or by a name the event gives them)
    mentions = {id(a): _mentions_of(a.article.text, c, canon, shared, known) if (c := contents[id(a)]) else []
                for a in analyses}
    outlets_of: dict[str, set[str]] = {}
    for a in analyses:
        for _, _, aid, _ in mentions[id(a)]:
            outlets_of.setdefault(aid, set()).add(a.article.outlet)
    enough = min(min_outlets, max(1, len(outlets)))
    shared = {x for x, os_ in outlets_of.items() if len(os_) >= enough}
    for a in analyses:
        content = contents[id(a)]
        if content is None:
            continue
        text = a.article.text
        norp = [(m.start, m.end) for m in content.entities if m.label == "NORP"]
        voicer = voicers[id(a)]
        loaded = [t for t in voicer.loaded if t.category in LABEL_CATEGORIES]
        loaded_near: SpanIndex[int] = SpanIndex((t.start, t.end, k) for k, t in enumerate(loaded))
        label_spans = [(t.start, t.end) for t in loaded]
        for s, e, aid, written in mentions[id(a)]:
            if aid not in shared:
                continue
            kind = "person" if aid in persons else "org"
            actor = actors.get(aid)
            if actor is None:
                actor = actors[aid] = ActorNaming(aid, ent_names.get(aid, written), kind)
            named_in.setdefault(a.article.id, set()).add(aid)
            possessive = _POSSESSIVE.search(text, s, e)
            name_end = possessive.start() if possessive else e
            lead = _LEADING_ARTICLE.match(text, s, name_end)
            if lead and lead.end() < name_end:
                s = lead.end()                        # "the United Nations" is the name "United Nations"
            t0 = _title_before(text, s, norp, label_spans) if kind == "person" and not lead else s
            name = " ".join(text[s:name_end].split())
            detail = _name_detail(name, actor.name, kind == "person")
            if t0 < s:
                t1 = _loaded_modifier_before(voicer, text, t0)
                loaded_title = t1 < t0
                t0 = t1
                title = _as_written(text[t0:s])
                add(actor, a, "name", "title_name", f"{title} {name}", name_key(f"{title} {name}") + "|t|"
                    + title.lower(), t0, name_end, loaded=loaded_title)
                add(actor, a, "title", "title", title, _description_key(title), t0, t0 + len(text[t0:s].rstrip()),
                    loaded=loaded_title)
                described.setdefault(_description_key(title), set()).add(aid)
                description_kind.setdefault(_description_key(title), "title")
            else:
                add(actor, a, "name", detail, name, name.lower(), s, name_end, loaded=False)
            labels_here = _apposed(loaded, loaded_near, text, s, e)
            for t in labels_here:
                lab = t.text.lower()
                add(actor, a, "label", "label", lab, lab, t.start, t.end, loaded=True)
                described.setdefault(_description_key(lab), set()).add(aid)
                description_kind[_description_key(lab)] = "label"
            role = _role_after(text, e) if kind == "person" else None
            if role is not None and not any(t.start < role[1] and role[0] < t.end for t in labels_here):
                rs, re_ = role
                written = _as_written(text[rs:re_])
                add(actor, a, "title", "role", written, _description_key(written), rs, re_)
                described.setdefault(_description_key(written), set()).add(aid)
                description_kind.setdefault(_description_key(written), "title")

    # descriptions used alone ("the Merish leader said"): the one actor the event gave them to,
    # in an article that names that actor
    people, _ = _title_words()
    usable = {k: next(iter(ids)) for k, ids in described.items() if len(ids) == 1 and k
              and k.split()[-1].rstrip(".") in people and k not in _HONORIFICS}
    # an office's initials in capitals ("the PM's rally", "PM'S LAST STAND") stand for it as well
    initials = {"".join(w[0] for w in k.split()).upper(): k for k in usable
                if len(k.split()) >= 2 and all(w[:1].isalpha() for w in k.split())}
    initials = {i: k for i, k in initials.items() if sum(1 for x in usable if _initials(x) == i) == 1}
    if initials:
        irx = re.compile(r"(?<![\w$£€.:-])(?<!\d )(?:(?:the|The|THE)\s+)?(" + "|".join(map(re.escape, initials))
                         + r")(?=['\u2019][sS]\b|\b)(?![\w-]|['\u2019](?![sS]\b))")
        for a in analyses:
            here = named_in.get(a.article.id, set())
            text = a.article.text
            spans = taken.get(a.article.id, [])
            for hit in irx.finditer(text):
                key = initials[hit.group(1)]
                who = usable.get(key)
                if who is None or who not in here or description_kind.get(key) == "label":
                    continue
                hs, he = hit.start(), hit.end()
                if any(x < he and hs < y for x, y in spans) or _name_follows(text, he):
                    continue
                add(actors[who], a, "title", "description", _as_written(text[hs:he]), key + "|initials", hs, he)
    if usable:
        rx = re.compile(r"\b(?:the|this|that)\s+(" + "|".join(
            r"\s+".join(re.escape(w) for w in k.split()) for k in sorted(usable, key=len, reverse=True))
            + r")(?!['\u2019\w-])", re.IGNORECASE)
        for a in analyses:
            here = named_in.get(a.article.id, set())
            if not here:
                continue
            text = a.article.text
            spans = taken.get(a.article.id, [])
            for hit in rx.finditer(text):
                key = _description_key(hit.group(1))
                who = usable.get(key)
                if who is None or who not in here:
                    continue
                hs, he = hit.start(), hit.end()
                if any(x < he and hs < y for x, y in spans) or _name_follows(text, he):
                    continue
                if description_kind.get(key) == "label":
                    add(actors[who], a, "label", "label", key, key, hit.start(1), he, loaded=True)
                else:
                    add(actors[who], a, "title", "description", _as_written(text[hs:he]), key, hs, he)

    out = [x for x in actors.values() if x.by_outlet]
    order = {k: i for i, k in enumerate(FORM_KINDS)}
    for x in out:
        for fs in x.by_outlet.values():
            fs.sort(key=lambda f: (order[f.kind], -f.count, f.form.lower()))
            for f in fs:
                f.uses.sort(key=lambda u: (u.article_id, u.start))
        x.by_outlet = {o: x.by_outlet[o] for o in outlets if o in x.by_outlet}
    kinds = {"person": 0, "group": 1, "org": 2}
    out.sort(key=lambda x: (-len(x.by_outlet), kinds.get(x.kind, 3), -x.uses(), x.name.lower()))
    return NamingTable(outlets, out)


#: words that end organisations' names, never a person's ("Civic Alliance", "National Union party",
#: "Alder Holdings Ltd", "Constitutional Court")
ORGANISATION_NAME_ENDS = frozenset({
    "party", "alliance", "union", "coalition", "front", "movement", "council", "committee", "commission",
    "ministry", "department", "court", "bank", "company", "ltd", "inc", "plc", "llc", "corp", "corporation",
    "group", "association", "federation", "league", "agency", "office", "assembly", "parliament", "congress",
    "senate", "holdings", "university", "institute", "foundation", "trust", "authority", "board", "bureau",
    "service", "police", "army", "force", "forces", "network", "organisation", "organization",
})


def _ends_as_organisation(name: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name.lower())
    return len(words) >= 2 and words[-1] in ORGANISATION_NAME_ENDS


def _clean_name(text: str) -> str:
    """A name as written, without a leading "the" or a trailing possessive."""
    t = " ".join(text.split())
    t = re.sub(r"^(?:the|The)\s+", "", t)
    return _POSSESSIVE.sub("", t)


def _known_names(contents: Iterable[Content | None], canon: Mapping[str, str], shared: set[str],
                 persons: set[str], names: Mapping[str, str],
                 tagged_widely: set[str]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for the names the event gives its actors: every form an entity recogniser
    found in any article (cleaned of "the" and possessives) and each person's surname, each
    standing for one actor only (a form two actors share is left out); and form -> actor id. A
    single word ("State", "Police" at a sentence's start) is searched only as a person's surname,
    an acronym, or the name of an actor the recogniser tags in several outlets (``tagged_widely``)."""
    owner: dict[str, set[str]] = {}
    for c in contents:
        for m in c.entities if c is not None else []:
            aid = canon.get(m.norm, m.norm)
            if m.label in ENTITY_LABELS and aid in shared:
                owner.setdefault(_clean_name(m.text), set()).add(aid)
    surnames: set[str] = set()
    for aid in persons & shared:
        words = _clean_name(names.get(aid, "")).split()
        if len(words) >= 2:
            owner.setdefault(words[-1], set()).add(aid)
            surnames.add(words[-1])
    for f in [f for f in owner if " " not in f]:
        if not (f in surnames or f.isupper() or owner[f] <= tagged_widely):
            del owner[f]
    forms = sorted((f for f, ids in owner.items() if len(ids) == 1 and len(f) >= 3 and f[0].isupper()),
                   key=len, reverse=True)
    if not forms:
        return None, {}
    rx = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?:['\u2019]s)?(?![\w-])")
    return rx, {f: next(iter(owner[f])) for f in forms}


def _mentions_of(text: str, content: Content, canon: Mapping[str, str], shared: set[str],
                 known: tuple[re.Pattern[str] | None, Mapping[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, actor id, text) of every name of an actor in an article: the entity
    recogniser's mentions and, where it missed one, the names the event knows (the small
    model finds "Palek" in one sentence and not in the next)."""
    out: list[tuple[int, int, str, str]] = []
    for m in content.entities:
        aid = canon.get(m.norm, m.norm)
        if m.label in ENTITY_LABELS and aid in shared:
            out.append((m.start, m.end, aid, m.text))
    rx, owner = known
    if rx is not None:
        taken = SpanIndex((s, e, k) for k, (s, e, _, _) in enumerate(out))
        found = []
        for hit in rx.finditer(text):
            s, e = hit.start(), hit.end()
            if any(out[k][0] < e and s < out[k][1] for k in taken.candidates(s, e)):
                continue
            who = owner.get(_clean_name(hit.group(0)))
            if who:
                found.append((s, e, who, hit.group(0)))
        out.extend(found)
    out.sort()
    return out


#: honorifics: titles that never name anyone used alone ("the Mr")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "rev", "mr.",
                         "mrs.", "ms.", "dr.", "rev."})


def _name_follows(text: str, e: int) -> bool:
    """A capitalised word right after ``e`` (the description is a title before a name)."""
    rest = text[e:e + 3]
    return bool(re.match(r"[ \t]+[A-Z]", rest))


__all__ = ["ActorForm", "ActorLabels", "ActorNaming", "FORM_LABELS", "FormAcross", "FormUse", "LabelExample", "LabelFamily",
           "LabelUse", "LabelsTable", "NamingTable", "labels_table", "load_label_families", "naming_table"]
