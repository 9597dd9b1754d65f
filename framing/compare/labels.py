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

import pathlib
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..analysers.content import Content
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution, content_spans
from ..intervals import SpanIndex
from ..loaded_terms import LexiconError, LoadedTerm
from ..quotes import find_quotes
from .identity import EventIdentities, event_identities

FAMILIES_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "label_families.toml"
VOICES = ("narrator", "quoted", "reported", "scare_quote")
MAX_EXAMPLES = 3
MONTHS = {"March", "May"}
#: what may stand between an entity and a label of it: "the strongman X", "X, the dictator,"
_APPOSITION = re.compile(r"^[\s,]*(?:(?:the|a|an|'s|\u2019s)\s+)?[\s,]*$", re.IGNORECASE)


@dataclass(frozen=True)
class LabelFamily:
    id: str
    name: str
    labels: tuple[str, ...]


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
        out.append(LabelFamily(fid, str(v.get("name", fid)), tuple(x.strip().lower() for x in v["labels"])))
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


def _family_mentions(analysis: ArticleAnalysis, families: Sequence[LabelFamily]) -> list[tuple[str, str, int, int]]:
    """(family id, label, start, end) for every family label in the article."""
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
                if ok:
                    used.update(range(k, k + n))
                    out.append((fid, lab, terms[k].start, terms[k + n - 1].end))
        return out
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
    commas with at most one article word), so the answer equals a test of every term."""
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
        if _APPOSITION.match(gap):
            out.append(t)
    return out


# --------------------------------------------------------------------------- the table


def labels_table(analyses: Sequence[ArticleAnalysis], families: Sequence[LabelFamily] | None = None,
                 min_outlets: int = 2, identities: EventIdentities | None = None) -> LabelsTable:
    """Actor × outlet → labels used (counts, voices, examples) across analysed articles; named
    entities are one actor per person or organisation of the event (``identities``, computed
    when not given: ``Obama`` / ``President Obama`` / ``Barack Obama`` are one row)."""
    if identities is None:
        identities = event_identities(analyses)
    analyses = list(analyses)
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
    ent_outlets: dict[str, set[str]] = {}
    ent_names: dict[str, str] = {}
    contents = {id(a): result_of(a, "content", Content) for a in analyses}
    for a in analyses:
        content = contents[id(a)]
        for m in content.entities if content is not None else []:
            if m.label not in ("PERSON", "ORG", "NORP"):
                continue
            ent_outlets.setdefault(m.norm, set()).add(a.article.outlet)
            ent_names.setdefault(m.norm, m.text)
    # "Tokayev" and "Kassym-Jomart Tokayev" are one actor: the event's identity of each name
    canon: dict[str, str] = {}
    for n in ent_outlets:
        ident = identities.find(ent_names[n]) or identities.find(n)
        canon[n] = ident.id if ident is not None else n
        if ident is not None:
            ent_names.setdefault(ident.id, ident.name)
    merged: dict[str, set[str]] = {}
    for n, o in ent_outlets.items():
        merged.setdefault(canon[n], set()).update(o)
    shared = {n for n, o in merged.items() if len(o) >= min(min_outlets, max(1, len(outlets)))}
    for a in analyses:
        content = contents[id(a)]
        if content is None:
            continue
        text = a.article.text
        loaded = [t for t in voicers[id(a)].loaded if t.category in ("pejorative_label", "praise", "delegitimising")]
        loaded_near: SpanIndex[int] = SpanIndex((t.start, t.end, k) for k, t in enumerate(loaded))
        for m in content.entities:
            if m.label not in ("PERSON", "ORG", "NORP"):
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


__all__ = ["ActorLabels", "LabelExample", "LabelFamily", "LabelUse", "LabelsTable", "labels_table",
           "load_label_families"]
