"""Analysis cost on one long article, per analyser, relative to the shared parse.

    python benchmarks/bench_long_article.py [--sizes 50000,200000,800000] [--profile NAME]

Builds a synthetic article of each size from a few realistic news paragraphs (quotes,
reported speech, named and anonymous sources, loaded words) repeated in turn, with a
numbered marker so no two paragraphs are identical. Parses it once with the shared
pipeline, then runs every registered analyser in dependency order and prints the
seconds each takes and its ratio to the parse time, then the peak resident memory.
Target: all analysers together take at most 50 % of the parse time at 800k characters
(each analyser is O(n log n) in the article's length). ``--profile NAME`` runs that
analyser under cProfile on the largest size and prints the top of the profile.
Not a test: this machine is shared and noisy, so run it a few times.
"""

from __future__ import annotations

import argparse
import cProfile
import pathlib
import pstats
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysers import default_analysers  # noqa: E402
from framing.model import Article  # noqa: E402
from framing.nlp import load_pipeline  # noqa: E402
from framing.parse import parse_articles  # noqa: E402

PARAGRAPHS = (
    'The minister said the protesters were rioters and the police responded with force. '
    '"We will not allow thugs to destroy our cities," Interior Minister Arman Sadykov told reporters on Tuesday.',
    'Opposition leader Dana Kairat called the crackdown a brutal massacre of peaceful demonstrators. '
    'According to a spokesperson for the group, at least 40 people were detained overnight.',
    'A senior official, speaking on condition of anonymity, admitted that security forces had opened fire. '
    '"The situation is under control," the official said, adding that the regime would not back down.',
    'Analysts at the Central Asia Institute warned that soaring fuel prices had fuelled the unrest. '
    'Prices doubled in January, and residents claimed the government ignored their grievances for years.',
    'Human rights groups condemned the arrests as a shameful assault on free speech. '
    '"These are ordinary citizens, not terrorists," said Aigerim Nurlanova of the Rights Watch Foundation.',
    'The president insisted that foreign-backed extremists had hijacked the protests. '
    'He vowed a tough response and said order would be restored within days.',
)


def synthetic_article(chars: int) -> Article:
    parts: list[str] = []
    total, n = 0, 0
    while total < chars:
        p = f"{PARAGRAPHS[n % len(PARAGRAPHS)]} (Update {n}.)"
        parts.append(p)
        total += len(p) + 2
        n += 1
    return Article.create(title="Protests spread as government cracks down", body="\n\n".join(parts),
                          outlet="Synthetic Wire", source=f"synthetic-{chars}")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50000,200000,800000", help="article sizes in characters")
    ap.add_argument("--profile", default="", help="profile this analyser on the largest size")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    load_pipeline()
    analysers = default_analysers()
    list(parse_articles([synthetic_article(2000)]))       # warm-up: model and word lists
    for size in sizes:
        article = synthetic_article(size)
        t0 = time.perf_counter()
        parsed = next(parse_articles([article]))
        parse_t = time.perf_counter() - t0
        results: dict[str, object] = {}
        times: dict[str, float] = {}
        for an in analysers:
            prior = {d: results[d] for d in an.depends_on}
            profile = args.profile == an.name and size == max(sizes)
            prof = cProfile.Profile() if profile else None
            t = time.perf_counter()
            if prof:
                prof.enable()
            results[an.name] = an.analyse(parsed, prior)
            if prof:
                prof.disable()
            times[an.name] = time.perf_counter() - t
            if prof:
                pstats.Stats(prof).sort_stats("cumtime").print_stats(30)
        total = sum(times.values())
        print(f"chars={len(article.text)} parse={parse_t:.2f}s analysers={total:.2f}s "
              f"({total / parse_t * 100:.0f} % of parse) peak_rss={peak_rss_mb():.0f}MB")
        print("   " + " ".join(f"{k}={v:.2f}({v / parse_t * 100:.0f}%)" for k, v in times.items()))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
