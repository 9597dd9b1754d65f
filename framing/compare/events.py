"""Events: which uploaded articles are about the same story.

:func:`group_events` clusters articles by what they talk about: TF-IDF over each article's
content-word lemmas (no stop words) and named entities (from the ``content`` analyser, i.e.
the shared spaCy parse), cosine distance, agglomerative clustering with average linkage and
a distance threshold (scikit-learn). Each event gets a name from the entities and terms its
articles share most and other events use least. The dashboard lets users move articles and
rename events; :func:`events_from_assignment` rebuilds events from such an assignment.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..analysers.content import Content
from ..analysis import ArticleAnalysis, result_of
from .common import merge_names

#: cosine distance under which clusters merge (average linkage); tuned on our own mixed
#: uploads (tests/framing/data/compare + the Kazakhstan corpus): same-story articles average
#: 0.55-0.85 apart, different stories 0.92-1.0 (even two fuel-price protests)
DEFAULT_THRESHOLD = 0.87
ENTITY_WEIGHT = 2  # an entity mention counts as this many term occurrences


@dataclass
class Event:
    """A set of articles about one story."""

    id: str
    name: str
    article_ids: list[str]
    key_terms: list[str] = field(default_factory=list)


def article_features(analysis: ArticleAnalysis) -> list[str]:
    """The tokens an article is clustered on: content lemmas and ``ent:<name>`` entities."""
    content = result_of(analysis, "content", Content)
    feats: list[str] = []
    if content is not None:
        feats.extend(t.lemma for t in content.terms)
        for e in content.entities:
            feats.extend([f"ent:{e.norm}"] * ENTITY_WEIGHT)
    else:  # no content analyser: fall back to lower-case words of the text
        feats = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", analysis.article.text)]
    return [f for f in feats if f]


def _entity_display(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """Normalised entity name -> the longest surface form seen (for event names)."""
    best: dict[str, str] = {}
    for a in analyses:
        content = result_of(a, "content", Content)
        for e in content.entities if content is not None else []:
            n, t = e.norm, e.text
            if n and (n not in best or len(t) > len(best[n])):
                best[n] = t
    return best


def name_event(members: Sequence[ArticleAnalysis], others: Sequence[ArticleAnalysis] = (),
               max_parts: int = 3) -> tuple[str, list[str]]:
    """A short name from the entities and terms most of the event's articles share."""
    if not members:
        return "Empty event", []
    display = _entity_display(members)
    canon = merge_names(list(display))
    doc_freq: Counter[str] = Counter()
    for a in members:
        feats = set()
        for f in article_features(a):
            feats.add(f"ent:{canon.get(f[4:], f[4:])}" if f.startswith("ent:") else f)
        doc_freq.update(feats)
    other_freq: Counter[str] = Counter()
    for a in others:
        other_freq.update(set(article_features(a)))
    n, m = len(members), max(1, len(others))

    term_freq: Counter[str] = Counter()
    for a in members:
        term_freq.update(f"ent:{canon.get(f[4:], f[4:])}" if f.startswith("ent:") else f for f in article_features(a))
    top = max(term_freq.values(), default=1)

    def score(f: str) -> float:
        share = doc_freq[f] / n
        elsewhere = other_freq[f] / m if others else 0.0
        bonus = 0.25 if f.startswith("ent:") else 0.0
        return share - elsewhere + bonus + 0.2 * term_freq[f] / top

    ranked = sorted(doc_freq, key=lambda f: (-score(f), f))
    parts: list[str] = []
    keys: list[str] = []
    for f in ranked:
        if len(parts) >= max_parts:
            break
        label = display.get(f[4:], f[4:]).strip() if f.startswith("ent:") else f
        label = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"['’]s$", "", label), flags=re.IGNORECASE)
        if any(label.lower() in p.lower() or p.lower() in label.lower() for p in parts):
            continue
        parts.append(label if f.startswith("ent:") else label)
        keys.append(f)
    name = " · ".join(parts) if parts else "Untitled event"
    return name, keys


def group_events(analyses: Sequence[ArticleAnalysis], threshold: float = DEFAULT_THRESHOLD) -> list[Event]:
    """Split analyses into events (article order kept inside each event; events by first article)."""
    analyses = list(analyses)
    if not analyses:
        return []
    if len(analyses) == 1:
        labels = [0]
    else:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer

        docs = [article_features(a) for a in analyses]
        if not any(docs):
            labels = [0] * len(analyses)
        else:
            vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
            X = vec.fit_transform(docs).toarray()
            if not X.any(axis=1).all():  # an article with no features: give it its own column
                import numpy as np

                X = np.hstack([X, (~X.any(axis=1)).astype(float)[:, None]])
            model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                            distance_threshold=threshold)
            labels = [int(x) for x in model.fit_predict(X)]
    order: dict[int, int] = {}
    for lab in labels:
        order.setdefault(lab, len(order))
    groups: list[list[ArticleAnalysis]] = [[] for _ in order]
    for a, lab in zip(analyses, labels):
        groups[order[lab]].append(a)
    return _events(groups)


def _events(groups: list[list[ArticleAnalysis]], names: Mapping[int, str] | None = None) -> list[Event]:
    events = []
    for i, members in enumerate(groups):
        others = [a for j, g in enumerate(groups) if j != i for a in g]
        name, keys = name_event(members, others)
        if names and names.get(i):
            name = names[i]
        events.append(Event(f"event-{i + 1}", name, [a.article.id for a in members], keys))
    return events


def events_from_assignment(analyses: Sequence[ArticleAnalysis], assignment: Mapping[str, str],
                           names: Mapping[str, str] | None = None) -> list[Event]:
    """Events from a user's assignment ``article id -> event id`` (unassigned articles: own event).

    ``names`` maps event ids to user-given names; other events are named automatically.
    """
    ids: list[str] = []
    groups: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        eid = assignment.get(a.article.id) or f"event-{a.article.id[:8]}"
        if eid not in groups:
            ids.append(eid)
            groups[eid] = []
        groups[eid].append(a)
    out = []
    for eid in ids:
        members = groups[eid]
        others = [a for k in ids if k != eid for a in groups[k]]
        name, keys = name_event(members, others)
        if names and names.get(eid):
            name = names[eid]
        out.append(Event(eid, name, [a.article.id for a in members], keys))
    return out


def select(analyses: Sequence[ArticleAnalysis], event: Event) -> list[ArticleAnalysis]:
    ids = set(event.article_ids)
    return [a for a in analyses if a.article.id in ids]
