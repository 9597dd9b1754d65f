"""Policy frames per paragraph and per article, with the cue words as evidence.

JSON key ``frames`` (see ``docs/analysers/frames.md``); the work is done in
:mod:`framing.frames`.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..frames import Frames, frames_of_cues, score_frames
from ..model import Article
from ..parse import ParsedArticle
from .base import BaseAnalyser


class FramesAnalyser(BaseAnalyser):
    name = "frames"
    version = "1"
    result_type = Frames

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Frames:
        return score_frames(parsed)

    def merge(self, parts: Sequence[Frames], prior: Mapping[str, Any], article: Article) -> Frames:
        """Cue hits joined; paragraphs and scores recomputed from them over the article's paragraphs."""
        return frames_of_cues([h for p in parts for h in p.cues], article.paragraphs)

    @staticmethod
    def summary_row(result: Frames) -> dict[str, Any]:
        return {
            "frame_primary": result.primary,
            "frame_secondary": result.secondary or "",
            "frames_counted": len(result.scores),
        }


ANALYSER = FramesAnalyser()
