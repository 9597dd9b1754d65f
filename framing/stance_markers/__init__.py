"""Stance markers: the writer's epistemic stance, apart from loaded language.

Hedges (``reportedly``, ``allegedly``, ``is said to``), boosters (``clearly``, ``of course``)
and the reporting verbs that weigh what someone said (distancing ``claimed``, endorsing
``revealed``, concession ``admitted``) say how far the writer vouches for a statement, not
what the writer thinks of an actor; they are counted here, not as loaded terms.

* :mod:`.lexicon` — the categories and word lists (``framing/data/stance_markers/``);
* :mod:`.rules` — the context rules an entry may name;
* :mod:`.markers` — :func:`find_stance_markers` and its result, :class:`StanceMarker`;
* :mod:`.scores` — density per 1,000 words by category, voice and position.

See ``docs/analysers/stance_markers.md``.
"""

from __future__ import annotations

from .lexicon import StanceCategory, StanceEntry, StanceLexicon, builtin_stance_lexicon, load_stance_lexicon
from .markers import StanceMarker, find_stance_markers
from .rules import RULES, StanceRule
from .scores import StanceMarkers, StanceScores, score_markers

__all__ = [
    "RULES", "StanceCategory", "StanceEntry", "StanceLexicon", "StanceMarker", "StanceMarkers", "StanceRule",
    "StanceScores", "builtin_stance_lexicon", "find_stance_markers", "load_stance_lexicon", "score_markers",
]
