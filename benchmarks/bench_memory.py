"""Peak memory and time of analysing one long article, in a fresh process.

    python benchmarks/bench_memory.py [--chars 4900000] [--piece-chars 100000]

Builds an article of ``--chars`` characters from repeated news-like paragraphs
(``bench_long_article.synthetic_article``), analyses it with every analyser in a child
process (so the model, the caches and the article are that process's alone) and prints the
child's peak resident memory (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``) and the
wall time. Target (issue 15): a 4.9 MB article under 1.5 GB peak. Takes minutes; not a test.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import resource
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, time
sys.path[:0] = [{root!r}, {bench!r}]
from bench_long_article import synthetic_article
from framing.analysis import analyse_articles
from framing.nlp import load_pipeline
load_pipeline()
article = synthetic_article({chars})
t = time.perf_counter()
failures = []
out = analyse_articles([article], failures=failures, time_budget=None, piece_chars={piece})
r = out[0].results if out else {{}}
print(json.dumps({{"chars": len(article.text), "seconds": round(time.perf_counter() - t, 1),
                  "failures": [str(f) for f in failures], "words": r["counts"].word_count if r else 0,
                  "attributions": len(r.get("attributions", [])), "loaded_terms": len(r.get("loaded_terms", []))}}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=4_900_000, help="article size in characters")
    ap.add_argument("--piece-chars", type=int, default=100_000, help="piece size (framing.parse.CHUNK_CHARS)")
    args = ap.parse_args()
    code = CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), chars=args.chars, piece=args.piece_chars)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    if done.returncode:
        print(done.stderr[-3000:], file=sys.stderr)
        sys.exit(done.returncode)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"chars={result['chars']:,} analysis={result['seconds']}s wall={wall:.0f}s (with model load) "
          f"peak_rss={peak_mb:.0f}MB words={result['words']:,} attributions={result['attributions']:,} "
          f"loaded_terms={result['loaded_terms']:,} failures={result['failures']}")


if __name__ == "__main__":
    main()
