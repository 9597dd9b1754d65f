"""Cross-outlet comparison of one event (a set of articles about one story).

Entry points:

* :func:`group_events` — split an upload into events (clustering; :mod:`.events`);
* :func:`compare_event` — everything about one event: the outlet scorecard, distinctive
  vocabulary, the omission matrix, the labels table and article similarity;
* :func:`compare_all` — group, then compare each event.

Everything works from :class:`~framing.analysis.ArticleAnalysis` objects (fresh or loaded
from JSON); nothing is parsed again. The analyses need the ``content`` analyser's results;
other analysers fill their scorecard columns when present (``None`` otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..analysis import ArticleAnalysis
from ..serialise import to_jsonable
from .common import Evidence, outlet_order
from .events import DEFAULT_THRESHOLD, Event, events_from_assignment, group_events, name_event
from .identity import EventIdentities, Identity, event_identities, speaker_identities, speaker_types
from .labels import LabelsTable, labels_table
from .omissions import OmissionItem, OmissionMatrix, matrix_identities, omission_matrix
from .scorecard import ScorecardRow, scorecard
from .similarity import SentenceIndex, Similarity, similarity
from .vocabulary import DistinctiveTerm, OutletVocabulary, distinctive_terms

__all__ = [
    "ArticleRef", "DEFAULT_THRESHOLD", "DistinctiveTerm", "Event", "EventComparison", "EventIdentities", "Evidence",
    "Identity", "LabelsTable", "OmissionItem", "OmissionMatrix", "OutletVocabulary", "ScorecardRow", "Similarity", "compare_all",
    "compare_event", "event_identities", "events_from_assignment", "group_events", "name_event",
    "speaker_identities", "speaker_types",
]


@dataclass
class ArticleRef:
    id: str
    outlet: str
    title: str
    published: str | None
    url: str | None


@dataclass
class EventComparison:
    event: Event
    outlets: list[str]
    articles: list[ArticleRef]
    scorecard: list[ScorecardRow]
    vocabulary: list[OutletVocabulary]
    omissions: OmissionMatrix
    similarity: Similarity
    #: how each outlet names the same actors (:func:`.labels.labels_table`); None: not computed
    labels: LabelsTable | None = None
    notes: list[str] = field(default_factory=list)
    #: one entry per person, organisation or group of the event, whatever each outlet calls them,
    #: with its type decided once for the event and the evidence (:mod:`.identity`)
    identities: list[Identity] = field(default_factory=list)
    #: article id -> speaker id -> the speaker's type in the event (:func:`.identity.speaker_types`):
    #: the one type every view of who speaks uses (scorecard shares, charts, tables, highlights)
    speaker_types: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = to_jsonable(self)
        return data


def compare_event(analyses: Sequence[ArticleAnalysis], event: Event | None = None,
                  *, with_labels: bool = True) -> EventComparison:
    """Compare the outlets covering one event. ``event`` defaults to one holding all ``analyses``."""
    analyses = list(analyses)
    if event is None:
        name, keys = name_event(analyses)
        event = Event("event-1", name, [a.article.id for a in analyses], keys)
    notes: list[str] = []
    if analyses and all("content" not in a.results for a in analyses):
        notes.append("the 'content' analyser did not run: vocabulary, numbers, entities and claims are empty")
    for name in ("attributions", "language", "tone", "readability", "frames"):
        if analyses and all(name not in a.results for a in analyses):
            notes.append(f"analyser '{name}' did not run: its scorecard columns are empty")
    index = SentenceIndex(analyses)
    # one id per person or organisation for the matrix, the scorecard and the labels table
    matrix_ids = matrix_identities(analyses)
    matrix = omission_matrix(analyses, index, identities=matrix_ids)
    identities = matrix_ids[0]
    # speakers typed once for the event from the speakers alone: the scorecard's voice shares use
    # the same types as the Sources chart, table and highlights (:func:`.identity.speaker_identities`)
    speakers = speaker_identities(analyses)
    card = scorecard(analyses, speakers)
    sim = similarity(analyses, index)
    for row in card:
        nums = [it for it in matrix.items if it.kind == "number"]
        row.numbers_reported = sum(1 for it in nums if row.outlet in it.reported_by)
        row.numbers_only_here = sum(1 for it in nums if it.reported_by == [row.outlet] and len(matrix.outlets) > 1)
        own = [o for o in sim.articles if o.outlet == row.outlet and o.sentences]
        n = sum(o.sentences for o in own)
        row.unique_share = round(sum(o.unique for o in own) / n, 4) if n else None
    return EventComparison(
        event=event, outlets=outlet_order(analyses),
        articles=[ArticleRef(a.article.id, a.article.outlet, a.article.title, a.article.published, a.article.url)
                  for a in analyses],
        scorecard=card, vocabulary=distinctive_terms(analyses), omissions=matrix, similarity=sim,
        labels=labels_table(analyses, identities=identities) if with_labels else None, notes=notes,
        identities=identities.identities, speaker_types=speaker_types(analyses, speakers),
    )


def compare_all(analyses: Sequence[ArticleAnalysis], threshold: float = DEFAULT_THRESHOLD) -> list[EventComparison]:
    """Group ``analyses`` into events and compare each."""
    analyses = list(analyses)
    by_id = {a.article.id: a for a in analyses}
    return [compare_event([by_id[i] for i in ev.article_ids], ev) for ev in group_events(analyses, threshold)]
