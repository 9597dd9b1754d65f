"""Batch throughput, parallel speed-up, analysis/parse ratio, peak memory and resume of ``analyze --out``.

    python benchmarks/bench_batch.py [--n 10000] [--workers 1,2[,1,2...]] [--ratio-n 60] [--resume]

1. Writes ``--n`` articles generated from the sample corpus (each copy gets a closing line of its
   own, so every id is distinct) to a JSON Lines file.
2. For each worker count, runs ``python -m framing analyze FILE --out OUT --workers W`` in a fresh
   process and reports articles/s and words/s (wall time of the whole command, model loads
   included; the run's own rate; the steady rate from the first result written to the last), the
   peak memory of the largest process waited for
   (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the worker processes, children of the
   fork server, are not among them) and the peak of all its processes together
   (their resident memory summed, sampled from /proc every 0.2 s).
3. ``--resume``: kills (SIGKILL) a 2-worker run half way, reruns it, and checks that no article is
   done twice and that the rerun analysed only what was missing.
4. In this process: the full analysis against the spaCy parse alone, on the same ``--ratio-n``
   texts (warm pipeline; parse, analysis, parse, ... with ``--ratio-repeat`` analyses: the ratio
   of the fastest analysis to the fastest parse, and of the medians).

The machine is shared and noisy: quote ratios from one run, and say what else was running.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def generate(n: int, path: pathlib.Path) -> int:
    """``n`` articles from the sample corpus with distinct ids; returns their words (bodies)."""
    from framing.ingest import load_paths

    sample = load_paths([str(ROOT / "corpus" / "kazakhstan-2022-01")]).articles
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a = sample[i % len(sample)]
            fh.write(json.dumps({"title": a.title, "outlet": a.outlet, "date": a.published,
                                 "text": f"{a.body}\n\nThis is copy {i} of the report."}, ensure_ascii=False) + "\n")
    return n


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    total = 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    stack = [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total


def run_cli(feed: pathlib.Path, out: pathlib.Path, workers: int, kill_after_lines: int | None = None) -> dict:
    cmd = [sys.executable, "-m", "framing", "analyze", str(feed), "--out", str(out), "--workers", str(workers),
           "--no-progress"]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONWARNINGS="ignore")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    peak = 0
    stop = threading.Event()
    growth: list[tuple[float, int]] = []  # (time, lines written) whenever the count changes

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            try:
                lines = out.read_bytes().count(b"\n") if out.exists() else 0
            except OSError:
                lines = 0
            if not growth or lines != growth[-1][1]:
                growth.append((time.perf_counter(), lines))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    killed = False
    if kill_after_lines is not None:
        while proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= kill_after_lines:
                proc.send_signal(signal.SIGKILL)
                killed = True
                break
            time.sleep(0.5)
    stderr = proc.communicate()[1]
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    if killed:
        _reap_orphans()
    summary = re.search(r"framing: ([\d,]+) articles? analysed(?: \(([\d,]+) words in ([\d,]+) s: ([\d.,]+) articles/s, "
                        r"([\d,]+) words/s\))?(?:, ([\d,]+) already in)?", stderr or "")
    num = (lambda s: float(s.replace(",", "")) if s else 0.0)
    # steady state: from the first result written (workers started, models loaded) to the last
    written = [(t, n) for t, n in growth if n > 0]
    steady = None
    if len(written) >= 2 and written[-1][0] > written[0][0]:
        steady = round((written[-1][1] - written[0][1]) / (written[-1][0] - written[0][0]), 3)
    return {"steady_articles_per_s": steady,"workers": workers, "wall_s": round(wall, 1), "killed": killed, "returncode": proc.returncode,
            "analysed": int(num(summary.group(1))) if summary else None,
            "skipped": int(num(summary.group(6))) if summary else None,
            "words": int(num(summary.group(2))) if summary else None,
            "run_articles_per_s": num(summary.group(4)) if summary else None,
            "run_words_per_s": num(summary.group(5)) if summary else None,
            "peak_tree_mb": round(peak / 2**20), "stderr_tail": (stderr or "")[-400:]}


def _reap_orphans() -> None:
    """Worker processes of a killed run exit when their parent's pipe closes; give them a moment."""
    time.sleep(3)


def parse_vs_analysis(n: int, repeat: int = 3) -> dict:
    """Full analysis against the parse alone on the same texts, in CPU seconds of this process
    (``time.process_time``: other work on a shared machine changes wall time far more), and each
    analyser's CPU share of the parse."""
    from framing.analysers import default_analysers
    from framing.analysis import analyse_articles
    from framing.ingest import load_paths
    from framing.model import Article
    from framing.nlp import load_pipeline
    from framing.parse import parse_articles

    sample = load_paths([str(ROOT / "corpus" / "kazakhstan-2022-01")]).articles
    articles = [Article.create(title=a.title, body=f"{a.body}\n\nRatio copy {i}.", outlet=a.outlet, source=a.source)
                for i, a in enumerate(sample[i % len(sample)] for i in range(n))]
    load_pipeline()
    analyse_articles(articles[:2])  # warm: lexicons, VADER, the tone model

    def parse() -> tuple[float, float]:
        c, t = time.process_time(), time.perf_counter()
        for p in parse_articles(articles):
            len(p.sentences)
        return time.process_time() - c, time.perf_counter() - t

    def analysis() -> tuple[float, float]:
        c, t = time.process_time(), time.perf_counter()
        analyse_articles(articles)
        return time.process_time() - c, time.perf_counter() - t

    # parse, analysis, parse, ... (``repeat`` analyses between repeat + 1 parses): on a shared
    # virtual machine one run can be a quarter slower than the next, so the least disturbed run
    # of each (the minimum) gives the ratio, the medians are reported beside it
    parses, fulls = [parse()], []
    for _ in range(repeat):
        fulls.append(analysis())
        parses.append(parse())
    p1, p2 = parses[0], parses[-1]
    full = min(fulls)
    parse_cpu = min(p[0] for p in parses)
    shares: dict[str, float] = {}
    subset = articles[: min(n, 24)]  # parsed documents kept alive for the breakdown: a few only
    c = time.process_time()
    parsed = list(parse_articles(subset))
    subset_parse = time.process_time() - c
    results: list[dict] = [{} for _ in parsed]
    for an in default_analysers():
        c = time.process_time()
        for res, p in zip(results, parsed):
            res[an.name] = an.analyse(p, {d: res[d] for d in an.depends_on})
        shares[an.name] = round(100 * (time.process_time() - c) / subset_parse, 1)
    return {"articles": n, "parse_cpu_s": round(parse_cpu, 2), "parse_cpu_runs_s": [round(p[0], 2) for p in parses],
            "analysis_cpu_s": round(full[0], 2), "analysis_cpu_runs_s": [round(f[0], 2) for f in fulls],
            "ratio_cpu": round(full[0] / parse_cpu, 3),
            "ratio_cpu_of_medians": round(statistics.median(f[0] for f in fulls)
                                          / statistics.median(p[0] for p in parses), 3),
            "parse_wall_runs_s": [round(p[1], 2) for p in parses], "analysis_wall_s": round(full[1], 2),
            "analyser_cpu_percent_of_parse": shares}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="articles in the generated batch")
    ap.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated, in this order; a "
                    "count given again is timed again and its median reported (1,2,1,2,1,2) ('': none)")
    ap.add_argument("--ratio-n", type=int, default=60, help="articles for the analysis/parse ratio (0: skip)")
    ap.add_argument("--ratio-repeat", type=int, default=3, help="analyses timed between parses for the ratio")
    ap.add_argument("--resume", action="store_true", help="also kill a run half way and resume it")
    ap.add_argument("--keep", metavar="DIR", help="write the files here and keep them")
    args = ap.parse_args()
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="bench_batch_"))
    work.mkdir(parents=True, exist_ok=True)
    feed = work / "batch.jsonl"
    generate(args.n, feed)
    print(json.dumps({"machine": {"cpus": os.cpu_count(), "load_avg": os.getloadavg()}, "n": args.n}), flush=True)
    runs = []
    for w in (int(x) for x in args.workers.split(",") if x):
        out = work / f"out_w{w}.jsonl"
        for p in (out, pathlib.Path(f"{out}.run.json")):
            p.unlink(missing_ok=True)
        r = run_cli(feed, out, w)
        r["articles_per_s"] = round(args.n / r["wall_s"], 3)
        runs.append(r)
        print(json.dumps(r), flush=True)
    counts = sorted({r["workers"] for r in runs})
    if len(counts) >= 2:
        # a count timed more than once (--workers 1,2,1,2,1,2: alternated, so a slow spell of the
        # shared machine falls on both) is summarised by its median
        def median_of(w: int, field: str) -> float:
            return statistics.median([r[field] or 0.0 for r in runs if r["workers"] == w])

        low, high = counts[0], counts[-1]
        print(json.dumps({"runs_per_count": {w: sum(r["workers"] == w for r in runs) for w in counts},
                          "speedup_wall": round(median_of(low, "wall_s") / median_of(high, "wall_s"), 3),
                          "speedup_steady": round(median_of(high, "steady_articles_per_s")
                                                  / (median_of(low, "steady_articles_per_s") or 1), 3),
                          "speedup_run_rate": round(median_of(high, "run_articles_per_s")
                                                    / (median_of(low, "run_articles_per_s") or 1), 3)}), flush=True)
    if args.resume:
        out = work / "out_resume.jsonl"
        for p in (out, pathlib.Path(f"{out}.run.json")):
            p.unlink(missing_ok=True)
        first = run_cli(feed, out, 2, kill_after_lines=args.n // 2)
        done = out.read_bytes().count(b"\n")
        second = run_cli(feed, out, 2)
        ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
        print(json.dumps({"resume": {"killed_after_lines": done, "first_wall_s": first["wall_s"],
                                     "first_peak_tree_mb": first["peak_tree_mb"],
                                     "first_steady_articles_per_s": first["steady_articles_per_s"],
                                     "rerun": {k: second[k] for k in ("analysed", "skipped", "wall_s", "peak_tree_mb",
                                                                      "steady_articles_per_s", "returncode")},
                                     "lines": len(ids), "distinct_ids": len(set(ids)),
                                     "redone": (second["analysed"] or 0) - (args.n - done)}}), flush=True)
    if args.ratio_n:
        print(json.dumps({"analysis_vs_parse": parse_vs_analysis(args.ratio_n, args.ratio_repeat)}), flush=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"largest_child_peak_mb": round(peak)}), flush=True)


if __name__ == "__main__":
    main()
