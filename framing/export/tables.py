"""Every table of one event's comparison, with human column names (:mod:`.labels`) and CSV.

The CSV is for people: labels only (an id-valued column — frame, speaker type, category, … —
shows its label, and id columns are left out). Ids are in the JSON files of the export
(:meth:`TableItem.human` with ``with_ids=True`` gives them beside the labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..analysis import ArticleAnalysis
from ..charts.frames import frame_rows
from ..charts.language import language_rows, stance_rows
from ..charts.sources import speaker_table
from ..charts.tone import actor_rows, readability_rows, tone_voice_rows
from ..compare import EventComparison, LabelsTable, ScorecardRow
from .formats import csv_bytes
from .labels import SCORECARD_COLUMNS, SCORECARD_PERCENT, human_rows


@dataclass(frozen=True)
class TableItem:
    """One exportable table: ``columns`` are ids in display order (named by :mod:`.labels`)."""

    name: str
    title: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def human(self, with_ids: bool = True) -> tuple[list[str], list[list[Any]]]:
        return human_rows(self.rows, self.columns, with_ids=with_ids)

    def csv(self) -> bytes:
        """The table for people: labels, no id columns."""
        columns = [c for c in self.columns if not (c == "id" or c.endswith("_id"))]
        headers, cells = human_rows(self.rows, columns, with_ids=False)
        return csv_bytes(headers, cells)


def scorecard_rows(scorecard: Sequence[ScorecardRow]) -> list[dict[str, Any]]:
    """Scorecard rows with shares as whole percentages (as the dashboard shows them)."""
    out = []
    for r in scorecard:
        row = {k: getattr(r, k) for k in SCORECARD_COLUMNS}
        for k in SCORECARD_PERCENT:
            v = row.get(k)
            row[k] = None if v is None else round(100 * v)
        out.append(row)
    return out


def _label_rows(labels: LabelsTable | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for actor in labels.actors if labels is not None else []:
        for outlet, uses in actor.by_outlet.items():
            for u in uses:
                rows.append({"actor": actor.name, "kind": actor.kind, "outlet": outlet,
                             "label": u.label, "count": u.count, "loaded": u.loaded,
                             **{f"in_{v}": n for v, n in u.voices.items()},
                             "example": u.examples[0].context if u.examples else ""})
    return rows


def comparison_tables(comparison: EventComparison, analyses: Sequence[ArticleAnalysis]) -> list[TableItem]:
    """Every table of the event (empty tables are left out)."""
    cmp = comparison
    outlets = list(cmp.outlets)
    percent = {k: f"{SCORECARD_COLUMNS[k]} %" for k in SCORECARD_PERCENT}
    card = [{(percent.get(k) or k): v for k, v in r.items()} for r in scorecard_rows(cmp.scorecard)]
    tables = [TableItem("scorecard", "Outlet scorecard", [percent.get(k) or k for k in SCORECARD_COLUMNS], card)]

    terms = [{"outlet": v.outlet, "term": t.term, "z": round(t.z, 3), "count": t.count,
              "count_rest": t.count_rest, "significant": t.significant}
             for v in cmp.vocabulary for t in v.distinctive]
    tables.append(TableItem("distinctive-terms", "Distinctive vocabulary",
                            ["outlet", "term", "z", "count", "count_rest", "significant"], terms))

    items = []
    for it in cmp.omissions.items:
        row = {"item_id": it.id, "kind": it.kind, "label": it.label, "flag": it.flag.replace("_", " ")}
        row.update({f"outlet:{o}": ("reports" if o in it.reported_by else "leaves out") for o in outlets})
        items.append(row)
    tables.append(TableItem("coverage", "Who reports what",
                            ["item_id", "kind", "label", "flag"] + [f"outlet:{o}" for o in outlets], items))

    sim = [{"outlet": o.outlet, "title": o.title, "sentences": o.sentences,
            "shared_share": o.shared_share, "unique_share": o.unique_share} for o in cmp.similarity.articles]
    tables.append(TableItem("shared-sentences", "Sentences shared with other outlets",
                            ["outlet", "title", "sentences", "shared_share", "unique_share"], sim))

    labels = _label_rows(cmp.labels)
    tables.append(TableItem("labels", "How each outlet names the same actors",
                            list(dict.fromkeys(k for r in labels for k in r)), labels))

    speakers = [{"speaker": r["speaker"], "speaker_id": r["speaker_id"], "type": r["type"],
                 "type_evidence": r["type_evidence"], "aliases": "; ".join(r["aliases"]), "role": r["role"],
                 "anonymous": r["anonymous"], **{f"outlet:{o}": r["counts"].get(o, 0) for o in outlets},
                 "outlets": r["outlets"]} for r in speaker_table(analyses)]
    tables.append(TableItem("speakers", "Speakers across outlets (attributions per outlet)",
                            ["speaker", "speaker_id", "type", "type_evidence", "aliases", "role", "anonymous",
                             *[f"outlet:{o}" for o in outlets], "outlets"], speakers))

    tables.append(TableItem("loaded-language", "Loaded terms by category and voice",
                            ["outlet", "category", "voice", "count", "words", "per_1000"], language_rows(analyses)))
    tables.append(TableItem("stance-markers", "Stance markers (hedges, boosters, reporting verbs) by category and voice",
                            ["outlet", "category", "voice", "count", "words", "per_1000"], stance_rows(analyses)))
    tables.append(TableItem("tone-by-article", "Tone of each article",
                            ["outlet", "title", "article_id", "mean", "narrator", "quoted", "headline", "negative",
                             "neutral", "positive"], tone_voice_rows(analyses)))
    cells = [{"actor": c.actor, "actor_id": c.actor_id, "outlet": c.outlet, "mentions": c.mentions,
              "mean_score": c.mean_score, "label": c.label, "negative": c.negative, "neutral": c.neutral,
              "positive": c.positive} for c in actor_rows(analyses, min_mentions=2, top=15)]
    tables.append(TableItem("tone-toward-actors", "Tone toward each actor, by outlet",
                            ["actor", "actor_id", "outlet", "mentions", "mean_score", "label", "negative", "neutral",
                             "positive"], cells))
    tables.append(TableItem("readability", "Readability numbers of each article",
                            ["outlet", "title", "metric", "key", "value"], readability_rows(analyses)))
    frames = frame_rows(analyses)  # articles without a frames result add no rows
    tables.append(TableItem("frames", "Policy frames by outlet",
                            ["outlet", "frame", "score", "share", "paragraphs", "primary", "articles", "cues"], frames))
    return [t for t in tables if t.rows]
