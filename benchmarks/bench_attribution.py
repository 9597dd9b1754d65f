"""Attribution cost relative to the shared parse, on the sample corpus.

Parses every article of ``corpus/kazakhstan-2022-01`` (plus the dev articles of the
evaluation set when present) with the shared pipeline, then runs the attribution
extraction and the sources summary on the parsed documents; repeats R times and reports
the median of each. Target: attribution adds at most 15 % to the parse time.

    python benchmarks/bench_attribution.py [REPEATS]
"""

from __future__ import annotations

import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysers.sources import summarise  # noqa: E402
from framing.attribution import extract_attributions  # noqa: E402
from framing.attribution.verbs_and_roles import roles, verbs  # noqa: E402
from framing.ingest import load_paths  # noqa: E402
from framing.parse import parse_articles  # noqa: E402


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    paths = sorted((ROOT / "corpus" / "kazakhstan-2022-01").glob("*.txt"))
    articles = load_paths(paths).articles
    words = sum(len(a.text.split()) for a in articles)
    verbs(), roles()                       # word lists load once per process
    list(parse_articles(articles))         # warm-up: model load
    parse_t, attr_t = [], []
    n_attr = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        parsed = list(parse_articles(articles))
        t1 = time.perf_counter()
        n_attr = 0
        for p in parsed:
            items = extract_attributions(p)
            summarise(items)
            n_attr += len(items)
        t2 = time.perf_counter()
        parse_t.append(t1 - t0)
        attr_t.append(t2 - t1)
    p, a = statistics.median(parse_t), statistics.median(attr_t)
    print(f"{len(articles)} articles, {words} words, {n_attr} attributions, {repeats} repeats (median)")
    print(f"parse        {p * 1000:8.1f} ms")
    print(f"attribution  {a * 1000:8.1f} ms  ({a / p * 100:.1f} % of parse; target <= 15 %)")


if __name__ == "__main__":
    main()
