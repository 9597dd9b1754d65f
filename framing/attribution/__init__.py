"""Source attribution: who speaks in an article, how they are introduced, and what they say.

    from framing.attribution import extract_attributions
    attributions = extract_attributions(parsed)   # list[Attribution], text order

Modules, one per concern:

* :mod:`framing.quotes` — quotation spans (shared with the loaded-language analyser);
* :mod:`.cues` — reporting verbs, ``according to``, and the content each introduces;
* :mod:`.phrases` — the words naming a speaker (noun phrase, role, apposition), ``slug`` and ``variants``;
* :mod:`.mentions` — proper-name runs grouped into people and organisations (titles vs names);
* :mod:`.speakers` — subject token -> speaker: pronoun, short-form and role-reference resolution;
* :mod:`.speaker_types` — official | political | civil_society | expert | citizen |
  business | media | other, and the anonymous flag;
* :mod:`.extract` — the passes that put it together (each attribution names its ``rule``);
* :mod:`.findings` — polls, surveys, ballots and their respondents: findings, no voices;
* :mod:`.datelines` — the datelines that open wire and local stories (never speakers);
* :mod:`.steps` — ordered tables of named steps, the order of precedence of each decision;
* :mod:`.verbs_and_roles` — the reporting verbs and speaker roles (word lists in ``framing/data``).
"""

from .extract import ACCORDING, DIRECT, INDIRECT, Attribution, content_spans, extract_attributions, extract_findings
from .findings import Finding
from .verbs_and_roles import SPEAKER_TYPES, STANCES

__all__ = ["ACCORDING", "DIRECT", "INDIRECT", "Attribution", "content_spans", "SPEAKER_TYPES", "STANCES", "extract_attributions",
           "extract_findings", "Finding"]
