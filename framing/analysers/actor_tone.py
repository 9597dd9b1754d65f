"""Tone toward each actor: the target-tone model on every mention, aggregated per actor.

JSON key ``actor_tone`` (see ``docs/analysers/tone.md``); the work is done in
:mod:`framing.tone.actors`.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Article
from ..parse import ParsedArticle
from ..tone.actors import ActorTone, actor_tones, join_actor_tones
from .base import BaseAnalyser


class ActorToneAnalyser(BaseAnalyser):
    name = "actor_tone"
    version = "5"  # 5: demonym adjectives, places described or visited, actor nouns naming a building are no actors
    #   4: evaluations of another actor or subject left out, negated need/dwell not asserted,
    #                   support/opposition toward the mention (framing.tone.directed); 3: places that are
    #                   only the setting and the article's own outlet are not actors
    depends_on = ("tone",)
    result_type = list[ActorTone]

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[ActorTone]:
        return actor_tones(parsed, prior.get("tone"))

    def merge(self, parts: Sequence[list[ActorTone]], prior: Mapping[str, Any], article: Article) -> list[ActorTone]:
        return join_actor_tones(parts)

    @staticmethod
    def summary_row(result: list[ActorTone]) -> dict[str, Any]:
        ranked = [a for a in result if a.mentions >= 2]
        neg = min(ranked, key=lambda a: a.mean_score, default=None)
        pos = max(ranked, key=lambda a: a.mean_score, default=None)
        return {
            "actors": len(result),
            "actor_most_negative": f"{neg.actor} ({neg.mean_score:+.2f})" if neg else "",
            "actor_most_positive": f"{pos.actor} ({pos.mean_score:+.2f})" if pos else "",
        }


ANALYSER = ActorToneAnalyser()
