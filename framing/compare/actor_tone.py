"""Tone toward each actor, outlet by outlet: the actor × outlet table across articles.

Built from the ``actor_tone`` analyser's results (:mod:`framing.tone.actors`); each cell
keeps the sentences of its mentions as evidence (used by the dashboard's Tone view).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..tone.actors import ActorTone, majority_label
from .identity import EventIdentities
from ..tone.sentences import label_distribution


@dataclass
class ActorOutletCell:
    actor: str
    actor_id: str
    outlet: str
    mentions: int
    mean_score: float
    label: str
    negative: float
    neutral: float
    positive: float
    sentences: list[dict[str, Any]] = field(default_factory=list)  # article_id, start, end, text, label, score


def actor_outlet_matrix(
    articles: Iterable[tuple[str, str, str, list[ActorTone]]],
    min_mentions: int = 1,
    identities: EventIdentities | None = None,
) -> list[ActorOutletCell]:
    """Actor × outlet cells from (article id, outlet, article text, actor_tone result) rows.

    Each cell averages the mention scores of that actor in that outlet's articles and keeps
    the sentences (with the mention's label and score) as evidence. With the event's
    ``identities`` (:func:`framing.compare.identity.event_identities`) an actor is one person or
    organisation across outlets (``Obama`` in one, ``President Barack Obama`` in another): its
    ``actor_id`` and name are the identity's.
    """
    cells: dict[tuple[str, str], ActorOutletCell] = {}
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    outlet_rank: dict[str, int] = {}  # outlets in the order the articles come (the palette's order)
    for article_id, outlet, text, result in articles:
        outlet_rank.setdefault(outlet, len(outlet_rank))
        for actor in result or ():
            ident = identities.identity_of(article_id, actor.actor_id) if identities is not None else None
            actor_id = ident.id if ident is not None and ident.kind != "group" else actor.actor_id
            key = (actor_id, outlet)
            cell = cells.get(key)
            if cell is None:
                name = ident.name if ident is not None and ident.kind != "group" else actor.actor
                cell = cells[key] = ActorOutletCell(name, actor_id, outlet, 0, 0.0, "neutral", 0, 0, 0)
            if (ident is None or ident.kind == "group") and len(actor.actor) > len(cell.actor):
                cell.actor = actor.actor
            for m in actor.items:
                cell.mentions += 1
                cell.mean_score += m.score
                labels[key].append(m.label)
                cell.sentences.append({
                    "article_id": article_id, "start": m.sentence_start, "end": m.sentence_end,
                    "text": text[m.sentence_start:m.sentence_end], "mention": m.text,
                    "mention_start": m.start, "mention_end": m.end,
                    "label": m.label, "score": m.score, "voice": m.voice,
                })
    out = []
    for key, cell in cells.items():
        if cell.mentions < min_mentions:
            continue
        cell.mean_score = round(cell.mean_score / cell.mentions, 4)
        d = label_distribution(labels[key])
        cell.label = majority_label(d)
        cell.negative, cell.neutral, cell.positive = d.negative, d.neutral, d.positive
        out.append(cell)
    out.sort(key=lambda c: (outlet_rank.get(c.outlet, 0), c.actor_id))  # outlet by outlet: the columns come in order
    return out
