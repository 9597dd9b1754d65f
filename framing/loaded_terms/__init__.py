"""Loaded language: find loaded terms and scare quotes in a parsed article, with the voice of each.

* :mod:`.lexicon` — the built-in lexicon (``framing/data/loaded_terms/``) and user lexicons;
* :mod:`.matcher` — matching entries on the spaCy parse (word forms, part of speech);
* :mod:`.rules` — the context rules an entry may name, one module per family;
* :mod:`.voice` — whose words a term is in (what each quotation is comes from
  :mod:`framing.attribution.quote_kinds`);
* :mod:`.terms` — :func:`find_loaded_terms` and its result, :class:`LoadedTerm`;
* :mod:`.scores` — density per 1,000 words by category, voice and position.

See ``docs/lexicon.md`` and ``docs/analysers/loaded_terms.md``.
"""

from __future__ import annotations

from .lexicon import (
    Category, Lexicon, LexiconEntry, LexiconError, UserLexicon, builtin_lexicon, load_builtin, load_lexicon,
    load_user_lexicon, parse_user_lexicon, split_term, user_lexicon_to_csv,
)
from .matcher import Match, Matcher
from .rules import RULES, Rule
from .scores import POSITIONS, LanguageScores, per_1000, score_terms
from .terms import LoadedTerm, find_loaded_terms
from .voice import VOICES, Voice, voice_of

__all__ = [
    "Category", "LanguageScores", "Lexicon", "LexiconEntry", "LexiconError", "LoadedTerm",
    "Match", "Matcher", "POSITIONS", "RULES", "Rule", "UserLexicon", "VOICES", "Voice",
    "builtin_lexicon", "find_loaded_terms", "load_builtin", "load_lexicon",
    "load_user_lexicon", "parse_user_lexicon", "per_1000", "score_terms", "split_term", "user_lexicon_to_csv",
    "voice_of",
]
