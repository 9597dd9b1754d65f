"""Parse stand-alone sentences for the dependency features (tagger, parser, lemmatiser only)."""

from __future__ import annotations

import functools
from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..nlp import load_pipeline

DISABLED = ("ner",)


def parse_sentences(sentences: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    nlp = load_pipeline()
    disable = [p for p in DISABLED if p in nlp.pipe_names]
    yield from nlp.pipe(sentences, batch_size=batch_size, disable=disable)


@functools.lru_cache(maxsize=256)
def parse_sentence(sentence: str) -> Doc:
    """One sentence's parse, cached (a Doc is not modified by the callers)."""
    return next(parse_sentences([sentence]))
