"""The omission matrix: which facts each outlet reports, and which it leaves out.

Items are of four kinds, each merged across outlets:

* ``number`` — figures with what they count (:mod:`.numbers`); two figures are the same item
  when they have the same category (deaths, arrests, troops, prices, ...), the same kind and
  unit, close values (``"2,030"`` ≈ ``"about 2,000"``), and — for uncategorised figures — the
  same counted noun;
* ``entity`` — people and organisations (named entities), merged by normalised name
  (titles, possessives and case dropped; "Tokayev" joins "Kassym-Jomart Tokayev", "CSTO"
  joins "Collective Security Treaty Organization");
* ``voice`` — speakers quoted or paraphrased (the ``attributions`` analyser), merged the same way;
* ``claim`` — sentences that say the same thing in several outlets (TF-IDF cosine over
  sentence lemmas ≥ ``claim_threshold``; each outlet gives at most one sentence per claim).
  A claim only one outlet makes is every sentence nobody else wrote, so claims are listed
  when at least two outlets make them; unique sentences are in :mod:`.similarity`.

Each item has, per outlet, the evidence spans that report it. ``flag`` marks items that
stand out: ``only_one_reports`` (one outlet of several) and ``only_one_omits`` (all but one,
with at least three outlets).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from ..analysers.content import Content, EntityMention, normalise_name
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution
from ..numbers import NumberMention, ParsedValue, category_label, close
from .common import Evidence, Sentences, make_evidence, merge_names, outlet_order
from .similarity import SENTENCE_THRESHOLD, SentenceIndex

ONLY_ONE_REPORTS = "only_one_reports"
ONLY_ONE_OMITS = "only_one_omits"
KINDS = ("number", "entity", "voice", "claim")
ENTITY_KINDS = ("PERSON", "ORG")
CLAIM_THRESHOLD = max(0.5, SENTENCE_THRESHOLD)
MAX_EVIDENCE = 8
MIN_OTHER_VALUE = 10


@dataclass
class OmissionItem:
    id: str
    kind: str                 # number | entity | voice | claim
    label: str                # what is reported ("deaths: 225", "Antony Blinken", a sentence)
    category: str             # number category, entity label, speaker type, or "claim"
    reported_by: list[str]
    omitted_by: list[str]
    flag: str                 # only_one_reports | only_one_omits | ""
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)   # outlet -> spans
    values: dict[str, list[str]] = field(default_factory=dict)          # outlet -> figures as written


@dataclass
class OmissionMatrix:
    outlets: list[str]
    items: list[OmissionItem] = field(default_factory=list)

    def present(self, item: OmissionItem, outlet: str) -> bool:
        return outlet in item.evidence


def _flag(reported: list[str], outlets: list[str]) -> str:
    if len(outlets) >= 2 and len(reported) == 1:
        return ONLY_ONE_REPORTS
    if len(outlets) >= 3 and len(reported) == len(outlets) - 1:
        return ONLY_ONE_OMITS
    return ""


def _item(kind: str, label: str, category: str, hits: dict[str, list[Evidence]], outlets: list[str],
          values: dict[str, list[str]] | None = None) -> OmissionItem:
    reported = [o for o in outlets if hits.get(o)]
    return OmissionItem("", kind, label, category, reported, [o for o in outlets if o not in reported],
                        _flag(reported, outlets), {o: hits[o][:MAX_EVIDENCE] for o in reported},
                        {o: list(dict.fromkeys(values[o])) for o in reported if values and o in values})


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


# -- numbers -------------------------------------------------------------------------------------------

def number_items(analyses: Sequence[ArticleAnalysis], outlets: list[str],
                 sentences: dict[str, Sentences]) -> list[OmissionItem]:
    mentions: list[tuple[ArticleAnalysis, NumberMention]] = []
    for a in analyses:
        content = result_of(a, "content", Content)
        for m in content.numbers if content is not None else []:
            if m.category == "other" and m.value < MIN_OTHER_VALUE:
                continue  # "two presidents", "five storeys": small uncategorised counts are not reported facts
            mentions.append((a, m))
    # greedy clustering: exact (unhedged) figures seed clusters first, largest share of outlets wins
    mentions.sort(key=lambda am: (bool(am[1].approx), am[1].category, am[1].value))
    clusters: list[list[tuple[ArticleAnalysis, NumberMention]]] = []

    def pv(m: NumberMention) -> ParsedValue:
        return ParsedValue(m.value, m.low, m.high, m.approx, m.kind, m.unit)

    for a, m in mentions:
        cat = m.category
        for c in clusters:
            seed = c[0][1]
            if seed.category != cat or not close(pv(seed), pv(m)):
                continue
            if cat in ("other", "share", "money") and seed.noun != m.noun:
                continue
            c.append((a, m))
            break
        else:
            clusters.append([(a, m)])
    items = []
    for c in clusters:
        seed = c[0][1]
        hits: dict[str, list[Evidence]] = defaultdict(list)
        values: dict[str, list[str]] = defaultdict(list)
        for a, m in c:
            o = a.article.outlet
            hits[o].append(make_evidence(a, sentences[a.article.id], m.start, m.end, m.sentence))
            values[o].append(m.text)
        cat = seed.category
        what = seed.noun
        unit = seed.unit
        amount = _fmt(seed.value)
        if seed.kind == "percent":
            amount += "%"
        elif seed.kind == "money" and unit:
            amount += f" {unit}"
        if seed.low != seed.high:
            amount = seed.text  # "dozens", "tens of thousands"
        label = f"{category_label(cat)}: {amount}" if cat not in ("other",) else f"{amount} {what}".strip()
        items.append(_item("number", label, cat, hits, outlets, values))
    return items


# -- entities and voices ------------------------------------------------------------------------------

def entity_items(analyses: Sequence[ArticleAnalysis], outlets: list[str],
                 sentences: dict[str, Sentences]) -> list[OmissionItem]:
    mentions: list[tuple[ArticleAnalysis, EntityMention]] = []
    for a in analyses:
        content = result_of(a, "content", Content)
        for e in content.entities if content is not None else []:
            mentions.append((a, e))
    canon = merge_names([e.norm for _, e in mentions])
    groups: dict[str, list[tuple[ArticleAnalysis, EntityMention]]] = defaultdict(list)
    own = {normalise_name(o) for o in outlets}
    for a, e in mentions:
        if e.norm in own:
            continue  # an outlet naming itself ("told National Steppe Broadcasting")
        groups[canon.get(e.norm, e.norm)].append((a, e))
    items = []
    for key, ms in groups.items():
        labels = Counter(e.label for _, e in ms)
        label = labels.most_common(1)[0][0]
        if label not in ENTITY_KINDS:
            continue
        names = Counter(e.text for _, e in ms)
        display = max(names, key=lambda t: (len(t.split()) if normalise_name(t) == key else 0, names[t], -len(t)))
        hits: dict[str, list[Evidence]] = defaultdict(list)
        for a, e in ms:
            hits[a.article.outlet].append(make_evidence(a, sentences[a.article.id], e.start, e.end, e.sentence))
        display = re.sub(r"^(?:the)\s+", "", display, flags=re.IGNORECASE)
        items.append(_item("entity", display, label, hits, outlets))
    return items


def voice_items(analyses: Sequence[ArticleAnalysis], outlets: list[str],
                sentences: dict[str, Sentences]) -> list[OmissionItem]:
    mentions: list[tuple[ArticleAnalysis, Attribution, str]] = []
    for a in analyses:
        for att in list_result_of(a, "attributions", Attribution) or []:
            speaker = att.speaker.strip()
            if not speaker:
                continue
            mentions.append((a, att, normalise_name(speaker) or speaker.lower()))
    if not mentions:
        return []
    named = [n for _, att, n in mentions if not att.anonymous]
    canon = merge_names(named)
    groups: dict[str, list[tuple[ArticleAnalysis, Attribution]]] = defaultdict(list)
    for a, att, n in mentions:
        key = ("anon:" + n) if att.anonymous else canon.get(n, n)
        groups[key].append((a, att))
    items = []
    for key, ms in groups.items():
        names = Counter(att.speaker for _, att in ms)
        display = max(names, key=lambda t: (len(t), names[t]))
        types = Counter(att.speaker_type or "unknown" for _, att in ms)
        hits: dict[str, list[Evidence]] = defaultdict(list)
        for a, att in ms:
            s, e = att.content_start, att.content_end
            if e <= s:
                s, e = att.speaker_start, att.speaker_end
            hits[a.article.outlet].append(make_evidence(a, sentences[a.article.id], s, e))
        label = display + (" (unnamed)" if key.startswith("anon:") else "")
        items.append(_item("voice", label, types.most_common(1)[0][0], hits, outlets))
    return items


# -- claims --------------------------------------------------------------------------------------------

def claim_items(index: SentenceIndex, outlets: list[str], threshold: float = CLAIM_THRESHOLD) -> list[OmissionItem]:
    n = len(index.rows)
    if n == 0 or len(outlets) < 2:
        return []
    import numpy as np

    outlet_of = index.outlets
    iu = np.triu_indices(n, k=1)
    sims = index.sim[iu]
    keep = sims >= threshold
    pairs = sorted(zip(sims[keep], iu[0][keep], iu[1][keep]), key=lambda p: (-p[0], p[1], p[2]))
    cluster = list(range(n))
    members: dict[int, set[int]] = {i: {i} for i in range(n)}
    c_outlets: dict[int, set[str]] = {i: {outlet_of[i]} for i in range(n)}
    for _sim, i, j in pairs:
        ci, cj = cluster[i], cluster[j]
        if ci == cj or c_outlets[ci] & c_outlets[cj]:
            continue  # one sentence per outlet in a claim
        for k in members[cj]:
            cluster[k] = ci
        members[ci] |= members.pop(cj)
        c_outlets[ci] |= c_outlets.pop(cj)
    items = []
    for ci, rows in members.items():
        if len(c_outlets[ci]) < 2:
            continue
        rows_sorted = sorted(rows)
        hits: dict[str, list[Evidence]] = defaultdict(list)
        for r in rows_sorted:
            ev = index.evidence(r)
            hits[outlet_of[r]].append(ev)
        first = index.evidence(rows_sorted[0])
        label = " ".join(first.sentence.split())
        items.append(_item("claim", label if len(label) <= 160 else label[:157].rstrip() + "…", "claim", hits, outlets))
    return items


def omission_matrix(analyses: Sequence[ArticleAnalysis], index: SentenceIndex | None = None,
                    claim_threshold: float = CLAIM_THRESHOLD) -> OmissionMatrix:
    analyses = list(analyses)
    outlets = outlet_order(analyses)
    index = index or SentenceIndex(analyses)
    sentences = index.sentences
    items = (number_items(analyses, outlets, sentences) + entity_items(analyses, outlets, sentences)
             + voice_items(analyses, outlets, sentences) + claim_items(index, outlets, claim_threshold))
    flag_rank = {ONLY_ONE_REPORTS: 0, ONLY_ONE_OMITS: 1, "": 2}
    items.sort(key=lambda it: (KINDS.index(it.kind), flag_rank[it.flag], -len(it.reported_by), it.label.lower()))
    counters: Counter = Counter()
    for it in items:
        counters[it.kind] += 1
        it.id = f"{it.kind}-{counters[it.kind]}"
    return OmissionMatrix(outlets, items)
