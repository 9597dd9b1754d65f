"""Every chart of one event's comparison, built from the :class:`~framing.compare.EventComparison`
and the event's article analyses, each with a file name and an export title.

The list follows the dashboard's tabs: overview, vocabulary, coverage, language, sources,
tone, frames. A chart whose data is empty (e.g. no attributed speech) is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import altair as alt

from ..analysers.counts import Counts
from ..analysis import ArticleAnalysis, result_of
from ..charts.compare import (
    distinctive_terms_chart, omission_heatmap, outlet_metric_chart, shared_text_chart, similarity_heatmap,
    voice_share_chart,
)
from ..charts.frames import frame_rows, frames_heatmap
from ..charts.language import language_chart, language_rows
from ..charts.overview import article_lengths_chart
from ..charts.sources import stance_chart, stance_rows, type_share_chart, type_share_rows
from ..charts.tone import (
    actor_heatmap, actor_rows, readability_chart, readability_rows, tone_arc_chart, tone_arc_rows,
    tone_voice_chart, tone_voice_rows,
)
from ..compare import EventComparison


#: file name -> export title of every comparison chart (the dashboard's export controls use them too)
CHART_TITLES: dict[str, str] = {
    "voices-by-type": "Who gets to speak: share of attributed voices by type",
    "loaded-terms-per-1000": "Loaded terms in the outlet's own voice (per 1,000 words)",
    "figures-reported": "Figures reported (deaths, arrests, troops, prices…)",
    "shared-sentences": "Sentences said elsewhere too (shared) vs only here (own)",
    "article-lengths": "Length of each article (words in the body)",
    "distinctive-vocabulary": "Distinctive vocabulary of each outlet (log-odds z-scores)",
    "coverage": "Who reports what (◆ only one outlet reports it, ◇ only one leaves it out)",
    "similarity": "How alike the articles are (TF-IDF cosine of their words)",
    "loaded-language": "Loaded language per 1,000 words, by category and voice",
    "who-speaks": "Who speaks: share of attributed words by speaker type",
    "reporting-verbs": "How speech is introduced (reporting-verb stance)",
    "tone-arc": "Tone arc: each sentence's tone, article by article",
    "tone-toward-actors": "Tone toward each actor, by outlet (number = mentions)",
    "tone-narrator-vs-quoted": "Tone in the outlet's own words vs in quotations",
    "readability": "Readability and passives, by outlet (mean over articles)",
    "frames": "Policy frames by outlet (number = articles where the frame is primary)",
}


@dataclass(frozen=True)
class ChartItem:
    """One exportable chart: ``name`` is its file name (no suffix), ``title`` the export title."""

    name: str
    title: str
    chart: alt.TopLevelMixin


def _category_labels() -> dict[str, str]:
    from .labels import value_labels

    return value_labels()["category"]


def comparison_charts(comparison: EventComparison, analyses: Sequence[ArticleAnalysis]) -> list[ChartItem]:
    """Every chart of the event, in dashboard order; ``analyses`` are the event's articles."""
    cmp = comparison
    card = cmp.scorecard

    def counts(a: ArticleAnalysis) -> Counts | None:
        return result_of(a, "counts", Counts)

    article_rows = [{"id": a.article.id, "outlet": a.article.outlet, "title": a.article.title,
                     "word_count": c.word_count if (c := counts(a)) else 0,
                     "paragraph_count": c.paragraph_count if (c := counts(a)) else 0}
                    for a in analyses]
    builders: list[tuple[str, bool, Callable[[], alt.TopLevelMixin]]] = [
        ("voices-by-type",
         any(r.official_share is not None for r in card), lambda: voice_share_chart(card)),
        ("loaded-terms-per-1000",
         any(r.narrator_loaded_per_1000 is not None for r in card),
         lambda: outlet_metric_chart(card, "narrator_loaded_per_1000", "Loaded terms in the outlet's own voice",
                                     "per 1,000 words")),
        ("figures-reported", True,
         lambda: outlet_metric_chart(card, "numbers_reported", "Figures reported", "figures", fmt="d")),
        ("shared-sentences", True,
         lambda: shared_text_chart(cmp.similarity)),
        ("article-lengths", bool(article_rows),
         lambda: article_lengths_chart(article_rows)),
        ("distinctive-vocabulary",
         len(cmp.outlets) > 1 and any(v.distinctive for v in cmp.vocabulary),
         lambda: distinctive_terms_chart([v for v in cmp.vocabulary if v.distinctive])),
        ("coverage",
         bool(cmp.omissions.items), lambda: omission_heatmap(cmp.omissions)),
        ("similarity", True,
         lambda: similarity_heatmap(cmp.similarity)),
    ]
    lang = language_rows(analyses)
    types = type_share_rows(analyses)
    stances = stance_rows(analyses)
    arc = tone_arc_rows(analyses)
    actors = actor_rows(analyses, min_mentions=2, top=15)
    voice = tone_voice_rows(analyses)
    read = readability_rows(analyses)
    frames = frame_rows(analyses)  # articles without a frames result add no rows
    builders += [
        ("loaded-language", bool(lang),
         lambda: language_chart(lang, _category_labels())),
        ("who-speaks",
         any(r["attributions"] for r in types), lambda: type_share_chart(types)),
        ("reporting-verbs",
         any(r["count"] for r in stances), lambda: stance_chart(stances)),
        ("tone-arc", bool(arc), lambda: tone_arc_chart(arc)),
        ("tone-toward-actors", bool(actors),
         lambda: actor_heatmap(actors)),
        ("tone-narrator-vs-quoted", bool(voice),
         lambda: tone_voice_chart(voice)),
        ("readability", bool(read),
         lambda: readability_chart(read)),
        ("frames", bool(frames),
         lambda: frames_heatmap(frames)),
    ]
    return [ChartItem(name, CHART_TITLES[name], build()) for name, present, build in builders if present]
