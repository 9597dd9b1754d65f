"""Findings: the polls, surveys and ballots an article reports, which are nobody's voice.

JSON key ``findings``: a list of :class:`~framing.attribution.Finding` (see
``docs/analysers/attributions.md``): what was measured (``measure``, ``instrument``), who ran it
(``source``), whom it asked (``population``), what it found (``content``), and the ``rule`` and
``reason`` that made the sentence a finding instead of an attribution. Found by the same pass
as the attributions (:func:`framing.attribution.extract_findings`); never counted as a voice.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..attribution import Finding, extract_findings
from ..parse import ParsedArticle
from .base import BaseAnalyser


class FindingsAnalyser(BaseAnalyser):
    name = "findings"
    version = "1"
    depends_on = ("attributions",)   # the same pass: read from it when it ran on this parse
    result_type = list[Finding]

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> list[Finding]:
        return extract_findings(parsed)

    @staticmethod
    def summary_row(result: list[Finding]) -> dict[str, Any]:
        """Columns for ``--format csv|table``: how many polls and surveys the article reports."""
        return {"findings": len(result)}


ANALYSER = FindingsAnalyser()
