"""Score event grouping against true story labels: adjusted Rand index (ARI).

Each set is a ``stories.json``-style file mapping a story label to file globs (relative to the
JSON file); the label ``"*"`` makes every matched file its own story. Run from the repository's
root::

    .venv/bin/python eval/events/score_events.py                      # every set, default threshold
    .venv/bin/python eval/events/score_events.py --sweep               # ARI over a threshold grid
    .venv/bin/python eval/events/score_events.py eval/events/uk-halford-week/stories.json

Besides each set, the union of all sets (one upload holding every story) is scored as ``all``,
and every story of two or more articles is grouped alone (``one story alone``: the share of
such one-story uploads kept as one event) and with one stray article of another story of its set
(``story + 1 stray``: the share where the stray is an event of its own and the story stays whole).
Analyses are cached as JSON under ``--cache`` (default ``.cache/events-eval``) so a sweep does
not parse again; delete the folder after changing an analyser.
"""

from __future__ import annotations

import argparse
import glob
import json
import pathlib
import sys
from typing import Sequence

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from framing.analysis import ArticleAnalysis, analyse_articles  # noqa: E402
from framing.compare.events import DEFAULT_THRESHOLD, group_events  # noqa: E402
from framing.ingest import load_paths  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SETS = [HERE / "us-congress-week" / "stories.json", HERE / "uk-halford-week" / "stories.json",
                HERE / "veskara-week" / "stories.json", HERE / "existing.json"]


def read_set(path: pathlib.Path) -> list[tuple[pathlib.Path, str]]:
    """(file, story label) for every file of a set."""
    spec = json.loads(path.read_text())
    out: list[tuple[pathlib.Path, str]] = []
    for story, patterns in spec.items():
        for pattern in patterns:
            files = sorted(glob.glob(str(path.parent / pattern)))
            if not files:
                raise SystemExit(f"{path}: no file matches {pattern!r}")
            out.extend((pathlib.Path(f).resolve(), f"{path.stem}:{pathlib.Path(f).name}" if story == "*" else story)
                       for f in files)
    return out


def analyses_of(files: Sequence[pathlib.Path], cache: pathlib.Path) -> list[ArticleAnalysis]:
    cache.mkdir(parents=True, exist_ok=True)
    report = load_paths([str(f) for f in files])
    if report.problems:
        raise SystemExit("\n".join(str(p) for p in report.problems))
    out: list[ArticleAnalysis] = []
    todo = []
    for article in report.articles:
        cached = cache / f"{article.id}.json"
        if cached.exists():
            done = ArticleAnalysis.from_json(json.loads(cached.read_text()))
            done.article = article  # same text; the source path is this run's
            out.append(done)
        else:
            todo.append(article)
    for a in analyse_articles(todo):
        (cache / f"{a.article.id}.json").write_text(json.dumps(a.to_json()))
        out.append(a)
    order = {str(pathlib.Path(a.source or "").resolve()): i for i, a in enumerate(report.articles)}
    out.sort(key=lambda a: order.get(str(pathlib.Path(a.article.source or "").resolve()), 0))
    return out


def ari(analyses: Sequence[ArticleAnalysis], truth: dict[str, str], threshold: float) -> tuple[float, int]:
    from sklearn.metrics import adjusted_rand_score

    events = group_events(analyses, threshold=threshold)
    found = {aid: e.id for e in events for aid in e.article_ids}
    ids = [a.article.id for a in analyses]
    return float(adjusted_rand_score([truth[i] for i in ids], [found[i] for i in ids])), len(events)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("sets", nargs="*", type=pathlib.Path)
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    p.add_argument("--sweep", action="store_true", help="ARI for thresholds 0.60-0.95")
    p.add_argument("--cache", type=pathlib.Path, default=ROOT / ".cache" / "events-eval")
    p.add_argument("--show", action="store_true", help="print the events found at --threshold")
    args = p.parse_args(argv)
    sets = args.sets or DEFAULT_SETS
    named: dict[str, tuple[list[ArticleAnalysis], dict[str, str]]] = {}
    every: list[ArticleAnalysis] = []
    every_truth: dict[str, str] = {}
    for s in sets:
        files = read_set(s)
        analyses = analyses_of([f for f, _ in files], args.cache)
        by_path = {str(f): story for f, story in files}
        truth = {a.article.id: f"{s.parent.name}/{by_path[str(pathlib.Path(a.article.source or '').resolve())]}"
                 for a in analyses}
        named[s.parent.name if s.name == "stories.json" else s.stem] = (analyses, truth)
        every.extend(analyses)
        every_truth.update(truth)
    if len(named) > 1:
        named["all"] = (every, every_truth)
    thresholds = [round(0.60 + 0.01 * i, 2) for i in range(36)] if args.sweep else [args.threshold]
    print("set".ljust(18) + "articles stories " + " ".join(f"{t:>5.2f}" for t in thresholds))
    for name, (analyses, truth) in named.items():
        scores = [ari(analyses, truth, t) for t in thresholds]
        print(name.ljust(18) + f"{len(analyses):>8} {len(set(truth.values())):>7} "
              + " ".join(f"{v:>5.3f}" for v, _ in scores)
              + ("" if args.sweep else f"   events found: {scores[0][1]}"))
    # every story of two or more articles uploaded alone must stay one event
    alone = [[a for a in analyses if truth[a.article.id] == story]
             for analyses, truth in (v for k, v in named.items() if k != "all") for story in set(truth.values())]
    alone = [g for g in alone if len(g) >= 2]
    whole = [sum(len(group_events(g, threshold=t)) == 1 for g in alone) for t in thresholds]
    print("one story alone".ljust(18) + f"{sum(len(g) for g in alone):>8} {len(alone):>7} "
          + " ".join(f"{w / len(alone):>5.3f}" for w in whole)
          + ("" if args.sweep else f"   kept whole: {whole[0]}/{len(alone)}"))
    # a story uploaded with one stray article of another story of the same set (a user's mixed
    # upload): the stray must be an event of its own and the story stay whole
    mixed = [(g, stray) for analyses, truth in (v for k, v in named.items() if k != "all")
             for story in sorted(set(truth.values()))
             for g in [[a for a in analyses if truth[a.article.id] == story]] if len(g) >= 2
             for stray in analyses if truth[stray.article.id] != story]
    if mixed:
        apart = []
        for t in thresholds:
            ok = 0
            for g, stray in mixed:
                events = group_events([*g, stray], threshold=t)
                ok += any(e.article_ids == [stray.article.id] for e in events) and len(events) == 2
            apart.append(ok)
        print("story + 1 stray".ljust(18) + f"{len(mixed):>8} {'':>7} "
              + " ".join(f"{w / len(mixed):>5.3f}" for w in apart)
              + ("" if args.sweep else f"   stray apart, story whole: {apart[0]}/{len(mixed)}"))
    if args.show:
        for name, (analyses, truth) in named.items():
            if name == "all":
                continue
            print(f"\n== {name}")
            by_id = {a.article.id: a for a in analyses}
            for e in group_events(analyses, threshold=args.threshold):
                stories = sorted(truth[i].split("/", 1)[1] for i in e.article_ids)
                print(f"  {e.name[:50]:50}  {stories}")
                _ = by_id
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
