"""Time the cross-outlet comparison alone on 50 already-analysed articles.

The articles are the bundled sample event and our two test events, repeated with small
edits (so ids differ) to 50; they are analysed once, then ``compare_all`` (grouping into
events + every comparison) and ``compare_event`` on all 50 as one event are timed.
Target: ≤ 2 s for the comparison of 50 articles.

    python benchmarks/bench_compare.py [N]
"""

from __future__ import annotations

import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysis import analyse_articles  # noqa: E402
from framing.compare import compare_all, compare_event  # noqa: E402
from framing.ingest import load_paths  # noqa: E402
from framing.model import Article  # noqa: E402


def articles(n: int) -> list[Article]:
    paths = sorted((ROOT / "corpus" / "kazakhstan-2022-01").glob("*.txt")) + sorted((ROOT / "tests" / "framing" / "data" / "compare").glob("*.txt"))
    base = load_paths(paths).articles
    out = []
    for i in range(n):
        a = base[i % len(base)]
        k = i // len(base)
        body = a.body if k == 0 else a.body + f"\n\nUpdate {k}: this report was revised."
        out.append(Article.create(title=a.title, body=body, outlet=a.outlet if k == 0 else f"{a.outlet} ({k + 1})",
                                  source=a.source))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    arts = articles(n)
    t0 = time.perf_counter()
    analyses = analyse_articles(arts)
    t_an = time.perf_counter() - t0
    compare_event(analyses[:3], with_labels=False)  # warm imports (scikit-learn)
    runs_all, runs_one = [], []
    for _ in range(3):
        t = time.perf_counter()
        comps = compare_all(analyses)
        runs_all.append(time.perf_counter() - t)
        t = time.perf_counter()
        compare_event(analyses)
        runs_one.append(time.perf_counter() - t)
    print(f"articles: {n}  analysis (once): {t_an:.1f} s  events found: {len(comps)}")
    print(f"compare_all (group + compare each event): median {statistics.median(runs_all):.3f} s  max {max(runs_all):.3f} s")
    print(f"compare_event (all {n} as one event):      median {statistics.median(runs_one):.3f} s  max {max(runs_one):.3f} s")


if __name__ == "__main__":
    main()
