"""The omission matrix: which facts each outlet reports, and which it leaves out.

Items are of four kinds, each merged across outlets:

* ``number`` — figures with what they count (:mod:`.numbers`); two figures are the same item
  when they have the same category (deaths, arrests, troops, prices, ...), the same kind and
  unit, close values (``"2,030"`` ≈ ``"about 2,000"``), and — for uncategorised figures — the
  same counted noun; a sum of money is one row whether an outlet's sentence files it under
  "money" or "prices and costs" (``MONEY_CATEGORIES``), and a vote count that is one side of a
  tally ("seven voted for" beside "7-4") joins the tally's row;
* ``entity`` — people and organisations (named entities), merged by normalised name
  (titles, possessives and case dropped; "Tokayev" joins "Kassym-Jomart Tokayev", "CSTO"
  joins "Collective Security Treaty Organization");
* ``voice`` — speakers quoted or paraphrased (the ``attributions`` analyser), merged the same way;
* ``event`` — events and claims of the families in :mod:`framing.reported_events` (use of force:
  tear gas, pepper spray, batons; economic causes: a price rise, fuel prices; demands: a
  resignation, early elections, release of detainees; restrictions: a curfew), merged across
  outlets by entry ("pepper-sprayed" and "pepper spray" are one row), so a fact one outlet leaves
  out is a row however each words it;
* ``claim`` — sentences that say the same thing in several outlets (TF-IDF cosine over
  sentence lemmas ≥ ``claim_threshold``; each outlet gives at most one sentence per claim).
  A claim only one outlet makes is every sentence nobody else wrote, so claims are listed
  when at least two outlets make them; unique sentences are in :mod:`.similarity`. A claim that
  is one reported event and little else ("Police cleared the gallery.") is also reported by the
  outlets that give that event in their own words (:func:`claims_told_as_events`).

Each item has, per outlet, the evidence spans that report it. ``flag`` marks items that
stand out: ``only_one_reports`` (one outlet of several) and ``only_one_omits`` (all but one,
with at least three outlets).

**Ranking** (:func:`rank_items`): each item gets a ``salience`` from where and how often each
outlet gives it — per reporting outlet, ``PLACEMENT_POINTS`` for its most prominent mention
(headline 3, lede 2, body 1) plus ``REPEAT_POINTS`` per further mention (at most
``MAX_REPEAT_POINTS``) — and ``placement`` (outlet → headline/lede/body) and ``mentions``
(outlet → count) say so. ``contrast`` is ``lead_vs_bury`` when some outlets put it in their
headline or lede and others only in the body or not at all. Items are listed by ``score``
(:func:`score_of`: the points of the outlet that gives it most prominence, plus
``SPREAD_POINTS`` per further outlet, × ``KIND_WEIGHT`` × ``CONTRAST_WEIGHT``: a voice or figure
only one outlet gives, or only one leaves out, first; then what some lead with and others bury
or omit; then the rest), and ``why`` says in words why an item is where it is. Entity names are
cleaned of the model's noise and merged into one key per person or organisation by
:mod:`.entity_names`; figures that are not reported facts are left out (``NOT_A_REPORTED_FIGURE``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from ..analysers.content import Content, EntityMention, normalise_name
from ..analysis import ArticleAnalysis, list_result_of, result_of
from ..attribution import Attribution
from ..model import outlet_initials
from ..numbers import TALLY, NumberMention, ParsedValue, category_label, close
from ..reported_events import EventMention, family_label
from .common import Evidence, Sentences, make_evidence, outlet_order, top_ends
from .entity_names import clean_mentions
from .identity import EventIdentities, Identity, event_identities
from .similarity import SENTENCE_THRESHOLD, SentenceIndex

ONLY_ONE_REPORTS = "only_one_reports"
ONLY_ONE_OMITS = "only_one_omits"
KINDS = ("number", "event", "entity", "voice", "claim")
ENTITY_KINDS = ("PERSON", "ORG")
CLAIM_THRESHOLD = max(0.5, SENTENCE_THRESHOLD)
MAX_EVIDENCE = 8
MIN_OTHER_VALUE = 10
LEAD_VS_BURY = "lead_vs_bury"
HEADLINE, LEDE, BODY = "headline", "lede", "body"
PLACEMENT_POINTS = {HEADLINE: 3.0, LEDE: 2.0, BODY: 1.0}
REPEAT_POINTS = 0.5
MAX_REPEAT_POINTS = 2.0
SPREAD_POINTS = 0.25
#: voices and figures first: what a reader checks first in coverage that differs
KIND_WEIGHT = {"voice": 1.3, "number": 1.3, "event": 1.3, "claim": 1.0, "entity": 0.8}
CONTRAST_WEIGHT = {ONLY_ONE_REPORTS: 3.0, ONLY_ONE_OMITS: 3.0, LEAD_VS_BURY: 2.0, "": 1.0}


@dataclass
class OmissionItem:
    id: str
    kind: str                 # number | event | entity | voice | claim
    label: str                # what is reported ("deaths: 225", "Antony Blinken", a sentence)
    category: str             # number category, entity label, speaker type, or "claim"
    reported_by: list[str]
    omitted_by: list[str]
    flag: str                 # only_one_reports | only_one_omits | ""
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)   # outlet -> spans
    values: dict[str, list[str]] = field(default_factory=dict)          # outlet -> figures as written
    salience: float = 0.0     # placement and repetition points summed over reporting outlets
    placement: dict[str, str] = field(default_factory=dict)             # outlet -> headline | lede | body
    mentions: dict[str, int] = field(default_factory=dict)              # outlet -> how many times
    contrast: str = ""        # lead_vs_bury | ""
    score: float = 0.0        # the ranking key: salience x kind weight x contrast weight
    why: str = ""             # the ranking in words
    #: figures only: outlet -> {figure as written -> who gives it} where the sentence says
    #: ("about 60,000" -> "Police", "more than 100,000" -> "Organisers")
    sources: dict[str, dict[str, str]] = field(default_factory=dict)


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


Tops = dict[str, tuple[int, int]]   # article id -> (headline end, lede end)


def placement_of(ev: Evidence, tops: Tops) -> str:
    head, lede = tops.get(ev.article_id, (0, 0))
    return HEADLINE if ev.start < head else LEDE if ev.start < lede else BODY


def _item(kind: str, label: str, category: str, hits: dict[str, list[Evidence]], outlets: list[str],
          values: dict[str, list[str]] | None = None) -> OmissionItem:
    """An item with all its evidence (:func:`rank_items` places it, then keeps ``MAX_EVIDENCE``)."""
    reported = [o for o in outlets if hits.get(o)]
    return OmissionItem("", kind, label, category, reported, [o for o in outlets if o not in reported],
                        _flag(reported, outlets), {o: list(hits[o]) for o in reported},
                        {o: list(dict.fromkeys(values[o])) for o in reported if values and o in values})


def _place(item: OmissionItem, tops: Tops) -> None:
    """``placement`` and ``mentions`` from all the evidence; evidence cut to the most prominent."""
    order = (HEADLINE, LEDE, BODY)
    rank = {o: [(order.index(placement_of(ev, tops)), ev.start) for ev in evs] for o, evs in item.evidence.items()}
    item.placement = {o: order[min(r)[0]] for o, r in rank.items()}
    item.mentions = {o: len(evs) for o, evs in item.evidence.items()}
    item.evidence = {o: [ev for _, ev in sorted(zip(rank[o], evs), key=lambda p: p[0])][:MAX_EVIDENCE]
                     for o, evs in item.evidence.items()}


def _points(item: OmissionItem, outlet: str) -> float:
    return PLACEMENT_POINTS[item.placement[outlet]] + min(MAX_REPEAT_POINTS, REPEAT_POINTS * (item.mentions[outlet] - 1))


def salience_of(item: OmissionItem) -> float:
    """How much the coverage gives it: each reporting outlet's points (its most prominent
    mention's placement, plus repetition), summed."""
    return round(sum(_points(item, o) for o in item.reported_by), 2)


def score_of(item: OmissionItem) -> float:
    """The ranking key: how prominent it is where it is given (the best outlet's points, plus
    ``SPREAD_POINTS`` per further outlet) × ``KIND_WEIGHT`` × contrast weight."""
    best = max((_points(item, o) for o in item.reported_by), default=0.0)
    weight = CONTRAST_WEIGHT[item.flag] if item.flag else CONTRAST_WEIGHT[item.contrast]
    return round((best + SPREAD_POINTS * max(0, len(item.reported_by) - 1)) * KIND_WEIGHT.get(item.kind, 1.0) * weight, 3)


def contrast_of(item: OmissionItem, outlets: Sequence[str]) -> str:
    """``lead_vs_bury``: some outlets give it in the headline or lede, others only lower or not at all."""
    if len(outlets) < 2:
        return ""
    leads = [o for o in outlets if item.placement.get(o) in (HEADLINE, LEDE)]
    return LEAD_VS_BURY if leads and len(leads) < len(outlets) else ""


def _why(item: OmissionItem) -> str:
    where = {o: item.placement[o] for o in item.reported_by}
    placed = "; ".join(f"{o}: {p}" + (f" ×{item.mentions[o]}" if item.mentions[o] > 1 else "")
                       for o, p in where.items())
    what = {"voice": "quotes or paraphrases", "number": "reports", "event": "reports", "entity": "names",
            "claim": "says"}[item.kind]
    if item.flag == ONLY_ONE_REPORTS:
        head = f"only {item.reported_by[0]} {what} it"
    elif item.flag == ONLY_ONE_OMITS:
        head = f"all but {item.omitted_by[0]} {what} it"
    elif item.contrast == LEAD_VS_BURY:
        leads = [o for o in item.reported_by if where[o] in (HEADLINE, LEDE)]
        rest = [o for o in item.reported_by if o not in leads]
        head = f"{', '.join(leads)} lead{'s' if len(leads) == 1 else ''} with it"
        head += (f"; {', '.join(rest)} {'has' if len(rest) == 1 else 'have'} it lower" if rest else "")
        head += (f"; {', '.join(item.omitted_by)} {'leaves' if len(item.omitted_by) == 1 else 'leave'} it out"
                 if item.omitted_by else "")
    else:
        head = f"{len(item.reported_by)} of {len(item.reported_by) + len(item.omitted_by)} outlets"
    return f"{head} ({placed})"


def rank_items(items: list[OmissionItem], outlets: Sequence[str], tops: Tops) -> list[OmissionItem]:
    """Placement, salience, contrast, score and why for every item; the items in ranking order."""
    for it in items:
        _place(it, tops)
        it.salience = salience_of(it)
        it.contrast = contrast_of(it, outlets)
        it.score = score_of(it)
        it.why = _why(it)
    return sorted(items, key=lambda it: (-it.score, KINDS.index(it.kind), it.label.lower()))


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


# -- numbers -------------------------------------------------------------------------------------------

def _small_uncounted(m: NumberMention, text: str) -> bool:
    """"two presidents", "five storeys": small uncategorised counts are not reported facts."""
    return m.category == "other" and m.value < MIN_OTHER_VALUE


def _counts_nothing(m: NumberMention, text: str) -> bool:
    """"19" (of "COVID-19"), "the 100": an uncategorised figure with no counted noun says nothing to compare."""
    return m.category == "other" and not m.noun


def _vague_uncounted(m: NumberMention, text: str) -> bool:
    """"hundreds of car bombs", "dozens of times": a vague amount of an uncategorised thing."""
    return m.category == "other" and m.low != m.high


def _definite_small_count(m: NumberMention, text: str) -> bool:
    """"the two sides", "these two groups": a small count after a definite determiner points back
    at things already named; it reports no quantity of its own — unless what it counts says
    what happened to them ("the three people killed": the word that gives its category comes
    after it; in "Police kept the two groups apart" it is the subject before it)."""
    if m.kind != "count" or m.value >= MIN_OTHER_VALUE or m.qualifier:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start - 12):m.start])
    if not (before and before[-1].lower() in {"the", "these", "those", "both", "its", "their"}
            and text[m.start - 1:m.start].isspace()):
        return False
    cue = re.match(r"'([^']+)' signals", m.reason)
    return cue is None or cue.group(1).lower() not in text[m.end:m.end + 40].lower()


NOT_A_REPORTED_FIGURE: tuple[tuple[str, Callable[[NumberMention, str], bool]], ...] = (
    ("definite_small_count", _definite_small_count),
    ("small_uncounted", _small_uncounted),
    ("counts_nothing", _counts_nothing),
    ("vague_uncounted", _vague_uncounted),
)


def same_figure(a: NumberMention, b: NumberMention) -> bool:
    """Can two figures be one reported fact? :func:`framing.numbers.close`, but percentages are
    compared in points, not relative to their size: "58.4%" ≈ "58 percent" (they round alike),
    "about 12%" ≈ "12.4%" (within half a point when either is hedged), "58.4%" ≠ "61%"."""
    pa = ParsedValue(a.value, a.low, a.high, a.approx, a.kind, a.unit)
    pb = ParsedValue(b.value, b.low, b.high, b.approx, b.kind, b.unit)
    if a.kind == "percent" == b.kind and a.low == a.high and b.low == b.high:
        if a.approx or b.approx:
            return abs(a.value - b.value) <= 0.5
        return round(a.value) == round(b.value)
    return close(pa, pb)


def _noun_as_written(text: str, m: NumberMention) -> str:
    """The counted noun as the article writes it ("more than 100 businesses" → "businesses"),
    else its lemma."""
    noun = (m.noun or "").lower()
    if not noun:
        return ""
    stem = noun[:max(3, len(noun) - 1)]
    for w in re.findall(r"[A-Za-z][A-Za-z-]*", text[m.end:m.end + 60])[:4]:
        if w.lower().startswith(stem):
            return w
    return m.noun


def not_a_reported_figure(m: NumberMention, text: str) -> str:
    """The name of the rule that keeps a figure out of the matrix, or ``""``."""
    return next((name for name, rule in NOT_A_REPORTED_FIGURE if rule(m, text)), "")


def _amount(m: NumberMention) -> str:
    if m.kind == TALLY:
        return m.unit  # "7-4": the counts for and against
    if m.low != m.high:
        return m.text  # "dozens", "tens of thousands", "a few hundred"
    amount = _fmt(m.value)
    if m.kind == "percent":
        amount += "%"
    elif m.kind == "money" and m.unit:
        amount += f" {m.unit}"
    return amount


def _amounts(ms: Sequence[NumberMention]) -> str:
    """One figure ("60,000"), or the range of estimates a row joins ("60,000 to 100,000")."""
    exact = [m for m in ms if m.low == m.high]
    if len({m.value for m in exact}) < 2:
        return _amount(ms[0])
    lo, hi = min(exact, key=lambda m: m.value), max(exact, key=lambda m: m.value)
    return f"{_amount(lo)} to {_amount(hi)}"


Cluster = list[tuple[ArticleAnalysis, NumberMention]]


def _join_estimates(clusters: list[Cluster]) -> list[Cluster]:
    """``restates``: one quantity estimated by several sources is one row — an article's figure
    that restates another ("Organisers put the figure at 100,000" after "Police estimated the crowd
    at about 60,000") joins that figure's row, and with it the other outlets' matching figures."""
    where = {(a.article.id, m.start): k for k, c in enumerate(clusters) for a, m in c}
    parent = list(range(len(clusters)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, c in enumerate(clusters):
        for a, m in c:
            j = where.get((a.article.id, m.restates)) if m.restates >= 0 else None
            if j is not None and clusters[j][0][1].category == m.category:
                parent[find(k)] = find(j)
    joined: dict[int, Cluster] = {}
    for k, c in enumerate(clusters):
        joined.setdefault(find(k), []).extend(c)
    return list(joined.values())


#: categories whose rows are labelled with the counted noun as written ("100 businesses", "212 flats")
WITH_THEIR_NOUN = ("other", "housing")
#: ``one_amount_one_row``: figure categories of money that are one row per amount — a sum filed
#: "money" in one outlet and "prices and costs" in another (a word like "rent" elsewhere in its
#: sentence) is one fact, so neither outlet is said to leave it out
MONEY_CATEGORIES = ("money", "prices")


def _row_category(m: NumberMention) -> str:
    """The category figures are matched in: money amounts of ``MONEY_CATEGORIES`` all in "money"."""
    return "money" if m.kind == "money" and m.category in MONEY_CATEGORIES else m.category


def _shown_category(ms: Sequence[NumberMention]) -> str:
    """The category a row shows: its figures' most frequent one (a tie: the more specific
    "prices" over "money"; a tally row: votes)."""
    counts = Counter(m.category for m in ms)
    return max(counts, key=lambda k: (counts[k], k == "prices"))


def _join_tallies(clusters: list[Cluster]) -> list[Cluster]:
    """``tally_counts``: a vote count that is one side of a tally of the event ("seven councillors
    voted for it", "the four who voted against" beside "voted 7-4") is part of that tally's row,
    not a row of its own that other outlets "leave out"."""
    tallies = [c for c in clusters if any(m.kind == TALLY for _, m in c)]
    sides: dict[float, Cluster] = {}
    for c in tallies:
        m = next(m for _, m in c if m.kind == TALLY)
        if m.category != "votes":
            continue
        for side in m.unit.split("-"):
            sides.setdefault(float(side), c)
    out: list[Cluster] = []
    for c in clusters:
        seed = c[0][1]
        target = sides.get(seed.value) if seed.kind == "count" and seed.category == "votes" and seed.low == seed.high \
            and all(m.kind == "count" for _, m in c) else None
        if target is not None and target is not c:
            target.extend(c)
        else:
            out.append(c)
    return out


def number_items(analyses: Sequence[ArticleAnalysis], outlets: list[str],
                 sentences: dict[str, Sentences]) -> list[OmissionItem]:
    mentions: list[tuple[ArticleAnalysis, NumberMention]] = []
    for a in analyses:
        content = result_of(a, "content", Content)
        for m in content.numbers if content is not None else []:
            if not not_a_reported_figure(m, a.article.text):
                mentions.append((a, m))
    # greedy clustering: exact (unhedged) figures seed clusters first, largest share of outlets wins
    mentions.sort(key=lambda am: (bool(am[1].approx), _row_category(am[1]), am[1].value))
    clusters: list[list[tuple[ArticleAnalysis, NumberMention]]] = []

    for a, m in mentions:
        cat = _row_category(m)
        for c in clusters:
            seed = c[0][1]
            if _row_category(seed) != cat or not same_figure(seed, m):
                continue
            same_amount = abs(seed.value - m.value) <= 0.005 * max(abs(seed.value), abs(m.value))
            if cat in ("share", "money") and seed.noun != m.noun and not same_amount:
                continue  # the same sum of money or share is one fact whatever noun it is attached to
            if cat == "other" and seed.noun != m.noun:
                continue
            c.append((a, m))
            break
        else:
            clusters.append([(a, m)])
    clusters = _join_tallies(_join_estimates(clusters))
    items = []
    for c in clusters:
        seed = c[0][1]
        hits: dict[str, list[Evidence]] = defaultdict(list)
        values: dict[str, list[str]] = defaultdict(list)
        sources: dict[str, dict[str, str]] = {}
        for a, m in sorted(c, key=lambda am: (am[0].article.id, am[1].start)):  # each outlet's in text order
            o = a.article.outlet
            hits[o].append(make_evidence(a, sentences[a.article.id], m.start, m.end, m.sentence))
            values[o].append(m.text)
            if m.source:
                sources.setdefault(o, {}).setdefault(m.text, m.source)
        cat = _shown_category([m for _, m in c])
        seed = next((m for _, m in c if m.kind == TALLY), seed)  # a tally row is labelled by its tally
        what = seed.noun
        if cat in WITH_THEIR_NOUN:  # the counted noun as written by the first report: "100 businesses"
            first = c[0][0]
            what = _noun_as_written(first.article.text, seed) or what
        amount = _amounts([m for _, m in c if m.kind == seed.kind])
        label = f"{category_label(cat)}: {amount}" if cat not in WITH_THEIR_NOUN else f"{amount} {what}".strip()
        item = _item("number", label, cat, hits, outlets, values)
        item.sources = sources
        items.append(item)
    return items


# -- events and claims of the reported-event families ------------------------------------------------

def event_items(analyses: Sequence[ArticleAnalysis], outlets: list[str],
                sentences: dict[str, Sentences]) -> list[OmissionItem]:
    """One item per reported-event entry (``pepper_spray``, ``price_rise``, ...) any outlet gives;
    labelled "use of force: pepper spray", category the family; values are the words as written."""
    hits: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[str, tuple[str, str]] = {}
    for a in analyses:
        content = result_of(a, "content", Content)
        for m in content.events if content is not None else []:
            o = a.article.outlet
            hits[m.key][o].append(make_evidence(a, sentences[a.article.id], m.start, m.end, m.sentence))
            values[m.key][o].append(m.text)
            labels[m.key] = (m.label, m.family)
    return [_item("event", f"{family_label(family)}: {label}", family, hits[key], outlets, values[key])
            for key, (label, family) in labels.items()]


# -- entities and voices ------------------------------------------------------------------------------

PLACE_LABELS = ("GPE", "LOC", "FAC")


def _own_short_name(norm: str, outlet: str) -> bool:
    """The last words of the article's own outlet's name ("the Blitz" in the Daily Blitz), or its
    initials ("GPW" in a Global Press Wire dateline)."""
    name = normalise_name(outlet)
    initials = outlet_initials(outlet).casefold()
    return bool(norm) and name != norm and (name.endswith(" " + norm) or norm == initials)


def entity_items(analyses: Sequence[ArticleAnalysis], outlets: list[str], sentences: dict[str, Sentences],
                 identities: EventIdentities, cleaned: Mapping[str, list[EntityMention]]) -> list[OmissionItem]:
    """One item per person or organisation of the event (``identities``) the articles name."""
    mentions = [(a, e) for a in analyses for e in cleaned.get(a.article.id, [])]
    groups: dict[str, list[tuple[ArticleAnalysis, EntityMention]]] = defaultdict(list)
    names: dict[str, str] = {}
    own = {normalise_name(o) for o in outlets}
    # a name the event tags a place more often than an actor is no actor ("Cyprus": LOC, LOC, ORG)
    votes: Counter[str] = Counter()
    for _a, e in mentions:
        votes[e.norm] += -1 if e.label in PLACE_LABELS else 1 if e.label in ENTITY_KINDS + ("NORP",) else 0
    for a, e in mentions:
        if e.norm in own or _own_short_name(e.norm, a.article.outlet):
            continue  # an outlet naming itself ("told National Steppe Broadcasting", "told the Blitz")
        if votes[e.norm] < 0:
            continue
        ident = identities.identity_of(a.article.id, e.norm)
        key = ident.id if ident is not None else "entity:" + e.norm
        if ident is not None:
            names[key] = ident.name
        groups[key].append((a, e))
    items = []
    for key, ms in groups.items():
        labels = Counter(e.label for _, e in ms)
        # a name the model tags PERSON anywhere is a person's (it tags "Kassym-Jomart Tokayev" ORG too)
        label = "PERSON" if labels["PERSON"] else labels.most_common(1)[0][0]
        if label not in ENTITY_KINDS:
            continue
        display = names.get(key) or max(Counter(e.text for _, e in ms).items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
        hits: dict[str, list[Evidence]] = defaultdict(list)
        for a, e in ms:
            hits[a.article.outlet].append(make_evidence(a, sentences[a.article.id], e.start, e.end, e.sentence))
        display = re.sub(r"^(?:the)\s+", "", display, flags=re.IGNORECASE)
        items.append(_item("entity", display, label, hits, outlets))
    return items


def voice_items(analyses: Sequence[ArticleAnalysis], outlets: list[str], sentences: dict[str, Sentences],
                identities: EventIdentities) -> list[OmissionItem]:
    """One item per voice of the event: a speaker's identity (one per person or organisation across
    outlets, typed once for the event); unnamed sources by their words."""
    groups: dict[str, list[tuple[ArticleAnalysis, Attribution]]] = defaultdict(list)
    idents: dict[str, Identity] = {}
    for a in analyses:
        for att in list_result_of(a, "attributions", Attribution) or []:
            speaker = att.speaker.strip()
            if not speaker:
                continue
            ident = identities.identity_of(a.article.id, att.speaker_id)
            if ident is None:
                key = "voice:" + (normalise_name(speaker) or speaker.lower())
            else:
                key = ident.id
                idents[key] = ident
            groups[key].append((a, att))
    items = []
    for key, ms in groups.items():
        ident = idents.get(key)
        names = Counter(att.speaker for _, att in ms)
        display = ident.name if ident is not None and ident.kind != "group" else max(names, key=lambda t: (len(t), names[t]))
        if ident is not None and ident.speaker_type:
            typ = ident.speaker_type
        else:
            typ = Counter(att.speaker_type or "unknown" for _, att in ms).most_common(1)[0][0]
        hits: dict[str, list[Evidence]] = defaultdict(list)
        for a, att in ms:
            s, e = att.content_start, att.content_end
            if e <= s:
                s, e = att.speaker_start, att.speaker_end
            hits[a.article.outlet].append(make_evidence(a, sentences[a.article.id], s, e))
        unnamed = any(att.anonymous for _, att in ms)
        label = display + (" (unnamed)" if unnamed else "")
        items.append(_item("voice", label, typ, hits, outlets))
    return items


# -- claims --------------------------------------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: a dateline before a report's first sentence ("ALMATY, Jan 16 -", ", Jan 16 (Reuters) —",
#: "KYIV (AP) —"): a place in capitals, a date, an agency in brackets, then a dash
_DATELINE = re.compile(
    r"^[\s,;:.]*(?:[A-Z][A-Z.'’ -]{1,40}?(?:,\s*|\s+)(?=[A-Z(]|" + _MONTH + r"))?"
    r"(?:" + _MONTH + r"\s+\d{1,2}(?:,?\s*\d{4})?\s*)?"
    r"(?:\([A-Za-z .&]{2,30}\)\s*)?[-–—]+\s+")
_LEADING_PUNCT = re.compile(r"^[\s,;:.\-–—]+")


def claim_label(sentence: str) -> str:
    """A claim's label: its sentence on one line without the dateline debris a report's first
    sentence carries (", Jan 16 - Kazakhstan's …" -> "Kazakhstan's …"), cut at 160 characters.

    >>> claim_label("ALMATY, Jan 16 - Kazakhstan's authorities said 225 people were killed.")
    "Kazakhstan's authorities said 225 people were killed."
    >>> claim_label(", Jan 16 - Kazakhstan's authorities said so."), claim_label("KYIV (AP) — Talks resumed.")
    ("Kazakhstan's authorities said so.", 'Talks resumed.')
    >>> claim_label("Police said the 7-4 vote - a surprise - stood.")
    'Police said the 7-4 vote - a surprise - stood.'
    """
    label = " ".join(sentence.split())
    stripped = _DATELINE.sub("", label, count=1)
    if stripped != label and stripped[:1].isupper():
        label = stripped
    label = _LEADING_PUNCT.sub("", label) or label
    return label if len(label) <= 160 else label[:157].rstrip() + "…"


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
        items.append(_item("claim", claim_label(first.sentence), "claim", hits, outlets))
    return items


#: words of a claim's sentence that add nothing to the event it reports: articles, auxiliaries,
#: pronouns, reporting verbs and the usual agents of an event of force
_CLAIM_FILLER = frozenset({
    "the", "a", "an", "was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "and", "then",
    "later", "by", "of", "on", "in", "at", "to", "they", "he", "she", "it", "its", "their", "them", "said", "says",
    "police", "officers", "officer", "security", "forces", "troops", "guards", "soldiers", "stewards"})
#: ``claim_told_as_event``: at most this many other words in the claim's sentence
CLAIM_EVENT_REST = 2


def _event_of_claim(sentence_start: int, sentence: str, events: Sequence[EventMention]) -> set[str]:
    """The entries of the events a claim's sentence is and little else: the sentence's words
    outside the event's matched words are at most ``CLAIM_EVENT_REST`` (``_CLAIM_FILLER`` aside)."""
    out = set()
    for m in events:
        a, b = m.start - sentence_start, m.end - sentence_start
        if not (0 <= a < b <= len(sentence)):
            continue
        rest = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence[:a] + " " + sentence[b:])
                if w.lower() not in _CLAIM_FILLER]
        if len(rest) <= CLAIM_EVENT_REST:
            out.add(m.key)
    return out


def claims_told_as_events(claims: list[OmissionItem], analyses: Sequence[ArticleAnalysis], outlets: list[str],
                          sentences: dict[str, Sentences]) -> list[OmissionItem]:
    """``claim_told_as_event``: a claim that is one reported event and little else ("Police
    cleared the gallery." is the entry 'people cleared or removed' and its agent) is reported by
    every outlet that reports that event in its own words ("police officers moved into the gallery
    and dragged people out"): their event sentences join the claim, so it is not said to be left
    out by them. A claim that says more than its event ("The curfew was extended to Sunday") keeps
    its outlets."""
    events: dict[str, list[EventMention]] = {}
    for a in analyses:
        content = result_of(a, "content", Content)
        events[a.article.id] = list(content.events) if content is not None else []
    by_id = {a.article.id: a for a in analyses}
    out = []
    for it in claims:
        keys: set[str] | None = None
        for evs in it.evidence.values():
            ev = evs[0]
            here = _event_of_claim(ev.sentence_start, ev.sentence, events.get(ev.article_id, []))
            keys = here if keys is None else keys & here
        if not keys or not it.omitted_by:
            out.append(it)
            continue
        hits = {o: list(evs) for o, evs in it.evidence.items()}
        for a in analyses:
            o = a.article.outlet
            if o in hits:
                continue
            found = [m for m in events[a.article.id] if m.key in keys]
            if found:
                hits.setdefault(o, []).extend(
                    make_evidence(by_id[a.article.id], sentences[a.article.id], m.start, m.end, m.sentence) for m in found)
        out.append(_item("claim", it.label, it.category, hits, outlets) if len(hits) > len(it.evidence) else it)
    return out


def matrix_identities(analyses: Sequence[ArticleAnalysis]) -> tuple[EventIdentities, dict[str, list[EntityMention]]]:
    """The event's identities over its speakers, actors and entity mentions cleaned of noise
    (:func:`.entity_names.clean_mentions`), and those cleaned mentions: what the matrix, the
    scorecard and the labels table share (:func:`framing.compare.compare_event`)."""
    cleaned = clean_mentions(analyses)
    return event_identities(analyses, entities=cleaned), cleaned


def omission_matrix(analyses: Sequence[ArticleAnalysis], index: SentenceIndex | None = None,
                    claim_threshold: float = CLAIM_THRESHOLD,
                    identities: tuple[EventIdentities, dict[str, list[EntityMention]]] | None = None) -> OmissionMatrix:
    """The ranked omission matrix of one event; ``identities``: :func:`matrix_identities` when
    the caller has it already (one id per person or organisation for every table of the event)."""
    analyses = list(analyses)
    outlets = outlet_order(analyses)
    index = index or SentenceIndex(analyses)
    sentences = index.sentences
    ids, cleaned = identities if identities is not None else matrix_identities(analyses)
    claims = claims_told_as_events(claim_items(index, outlets, claim_threshold), analyses, outlets, sentences)
    items = (number_items(analyses, outlets, sentences) + event_items(analyses, outlets, sentences) + entity_items(analyses, outlets, sentences, ids, cleaned)
             + voice_items(analyses, outlets, sentences, ids) + claims)
    items = rank_items(items, outlets, {a.article.id: top_ends(a) for a in analyses})
    counters: Counter = Counter()
    for it in items:
        counters[it.kind] += 1
        it.id = f"{it.kind}-{counters[it.kind]}"
    return OmissionMatrix(outlets, items)
