"""Tone, actor tone, readability and frames cost relative to the shared parse.

Parses every article of ``corpus/kazakhstan-2022-01`` (the seed article repeated when the
folder is missing) with the shared pipeline, computes the attributions the tone analyser
reads (not timed: another analyser's cost), then runs tone, actor_tone, readability and
frames; repeats R times and reports medians. Per-process caches (VADER scores, tokenised
sentences, syllable counts) are cleared before each repeat so no repeat reuses the last
one's work; one-time loading (VADER lexicon, CMUdict, model file, cue lexicon) is done
before timing and reported apart. Target: the four together add at most 20 % to the parse.

    python benchmarks/bench_tone_frames.py [REPEATS]
"""

from __future__ import annotations

import pathlib
import statistics
import sys
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing import readability as readability_module  # noqa: E402
from framing.analysers.actor_tone import ANALYSER as ACTOR_TONE  # noqa: E402
from framing.analysers.attributions import ANALYSER as ATTRIBUTIONS  # noqa: E402
from framing.analysers.frames import ANALYSER as FRAMES  # noqa: E402
from framing.analysers.readability import ANALYSER as READABILITY  # noqa: E402
from framing.analysers.tone import ANALYSER as TONE  # noqa: E402
from framing.ingest import load_paths  # noqa: E402
from framing.parse import parse_articles  # noqa: E402
from framing.tone import sentences, target  # noqa: E402

SEED = pathlib.Path("/work/shared/seeds/kazakhstan-presstv-2022-01.txt")


def clear_caches() -> None:
    for f in (sentences.vader_compound, target.sentence_info, sentences.tokenize, readability_module.syllables):
        f.cache_clear()


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    paths = sorted((ROOT / "corpus" / "kazakhstan-2022-01").glob("*.txt"))
    if paths:
        articles = load_paths(paths).articles
    else:
        articles = load_paths([SEED]).articles * 6
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    parsed = list(parse_articles(articles))              # warm-up: model load
    priors: list[dict[str, Any]] = [{"attributions": ATTRIBUTIONS.analyse(p, {})} for p in parsed]
    for p, prior in zip(parsed, priors):                  # one-time loads: VADER, CMUdict, model, cues
        prior["tone"] = TONE.analyse(p, prior)
        ACTOR_TONE.analyse(p, prior)
        READABILITY.analyse(p, prior)
        FRAMES.analyse(p, prior)
    warm = time.perf_counter() - t0
    parse_t: list[float] = []
    parts: dict[str, list[float]] = {"tone": [], "actor_tone": [], "readability": [], "frames": []}
    for _ in range(repeats):
        clear_caches()
        t0 = time.perf_counter()
        parsed = list(parse_articles(articles))
        parse_t.append(time.perf_counter() - t0)
        spent = dict.fromkeys(parts, 0.0)
        for p, recorded in zip(parsed, priors):
            prior = {"attributions": recorded["attributions"]}
            for name, an in (("tone", TONE), ("actor_tone", ACTOR_TONE), ("readability", READABILITY), ("frames", FRAMES)):
                t = time.perf_counter()
                prior[name] = an.analyse(p, prior)
                spent[name] += time.perf_counter() - t
        for name in parts:
            parts[name].append(spent[name])
    parse_s = statistics.median(parse_t)
    print(f"{len(articles)} articles, {words} words, {repeats} repeats (median); first run incl. loading {warm * 1000:.0f} ms")
    print(f"parse        {parse_s * 1000:8.1f} ms")
    total = 0.0
    for name, values in parts.items():
        m = statistics.median(values)
        total += m
        print(f"{name:12s} {m * 1000:8.1f} ms  ({m / parse_s * 100:.1f} % of parse)")
    print(f"together     {total * 1000:8.1f} ms  ({total / parse_s * 100:.1f} % of parse; target <= 20 %)")


if __name__ == "__main__":
    main()
