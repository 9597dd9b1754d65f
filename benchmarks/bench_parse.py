"""Parse speed and peak memory: the sample corpus repeated N times.

    python benchmarks/bench_parse.py [--repeat 10] [--analyse] [PATH ...]

Prints words/s of the shared spaCy parse (and, with --analyse, of the full analysis
with every registered analyser) and the peak resident memory of the process. Each
copy of an article gets a distinct id (a marker line), so no cache hides work.
Not a test: this machine is shared and noisy, so run it a few times.
"""

from __future__ import annotations

import argparse
import pathlib
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysers import default_analysers  # noqa: E402
from framing.analysis import analyse_articles  # noqa: E402
from framing.syntax import is_word  # noqa: E402
from framing.ingest import load_paths  # noqa: E402
from framing.model import Article  # noqa: E402
from framing.nlp import load_pipeline  # noqa: E402
from framing.parse import parse_articles  # noqa: E402


def copies(articles: list[Article], repeat: int) -> list[Article]:
    out = []
    for n in range(repeat):
        for a in articles:
            out.append(Article.create(title=a.title, body=f"{a.body}\n\nCopy {n}.", outlet=a.outlet, source=a.source))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "corpus" / "kazakhstan-2022-01")])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--analyse", action="store_true", help="also time the full analysis (all analysers)")
    args = ap.parse_args()

    report = load_paths(args.paths)
    if not report.articles:
        sys.exit("bench_parse: no article loaded from " + " ".join(args.paths))
    articles = copies(report.articles, args.repeat)
    t0 = time.perf_counter()
    load_pipeline()
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    words = sum(sum(1 for t in p.doc if is_word(t)) for p in parse_articles(articles))
    t_parse = time.perf_counter() - t0
    print(f"{len(articles)} articles ({len(report.articles)} x {args.repeat}), {words} words")
    print(f"model load: {t_load:.2f} s")
    print(f"parse:      {t_parse:.2f} s = {words / t_parse:,.0f} words/s")
    if args.analyse:
        analyse_articles(articles[:1])  # warm up: lexicons, VADER, the tone model load once
        t0 = time.perf_counter()
        analyse_articles(articles)
        t_all = time.perf_counter() - t0
        print(f"analyse:    {t_all:.2f} s = {words / t_all:,.0f} words/s (parse + every analyser, warm)")
        print("per analyser (share of the parse time):")
        parsed = list(parse_articles(articles))
        results: list[dict] = [{} for _ in parsed]
        spent: dict[str, float] = {}
        for an in default_analysers():
            t0 = time.perf_counter()
            for res, p in zip(results, parsed):
                res[an.name] = an.analyse(p, {d: res[d] for d in an.depends_on})
            dt = spent[an.name] = time.perf_counter() - t0
            print(f"  {an.name:<14} {dt * 1000:8.0f} ms  {100 * dt / t_parse:5.1f} %")
        # issue #10's budget: loaded language and stance markers together (the quotation kinds are
        # decided once, in whichever runs first: loaded_terms)
        both = spent.get("loaded_terms", 0.0) + spent.get("stance_markers", 0.0)
        print(f"  loaded_terms + stance_markers: {both * 1000:.0f} ms = {100 * both / t_parse:.1f} % of the parse")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS:   {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
