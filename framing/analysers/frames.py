"""Policy frames per paragraph and per article, with the cue words as evidence.

JSON key ``frames`` (see ``docs/analysers/frames.md``); the work is done in
:mod:`framing.frames`.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..frames import Frames, score_frames
from ..parse import ParsedArticle
from .base import BaseAnalyser


class FramesAnalyser(BaseAnalyser):
    name = "frames"
    version = "1"
    result_type = Frames

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Frames:
        return score_frames(parsed)

    @staticmethod
    def summary_row(result: Frames) -> dict[str, Any]:
        return {
            "frame_primary": result.primary,
            "frame_secondary": result.secondary or "",
            "frames_counted": len(result.scores),
        }


ANALYSER = FramesAnalyser()
