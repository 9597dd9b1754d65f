"""Which language an article is in: the analyses are built for English only.

A text whose words are largely English function words ("the", "of", "said", ...) is English
without further ado; any other text of at least ``MIN_WORDS`` words goes to ``py3langid``, whose
model ships inside its package (nothing is downloaded). Its answer counts only when it is
confident (``MIN_CONFIDENCE``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

#: fewest words for a language to be named (a caption or a headline alone is too little)
MIN_WORDS = 20
#: normalised probability py3langid must reach for its answer to be used
MIN_CONFIDENCE = 0.9
#: characters of the text looked at
SAMPLE_CHARS = 6000

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on was with as by it he she said at from are be has have his her "
    "they were this an which not but or will had their its who been would also after more than".split()
)
_WORD = re.compile(r"[^\W\d_]+")

LANGUAGE_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "tr": "Turkish", "ar": "Arabic", "fa": "Persian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "he": "Hebrew",
    "hi": "Hindi", "id": "Indonesian", "kk": "Kazakh", "ca": "Catalan",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language ("en", "de", ...); None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    if sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) >= 0.15 * len(words):
        return "en"
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def english_only_note(code: str) -> str:
    """What an analysis of a text in language ``code`` is worth (kept in the article's metadata)."""
    return (f"the text is in {language_name(code)} ({code}); the analyses are built for English only "
            "(speakers, tone, loaded terms and frames are not meaningful for it)")
