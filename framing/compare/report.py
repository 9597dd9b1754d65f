"""Text renderings of comparisons for the command line: ``json`` and a readable ``table``.

Outlet names, headlines and terms come from article text: the table keeps no escape sequence
or control character (:func:`framing.safe_text.terminal_safe`, per cell so columns stay
aligned, and over the whole text), the JSON writes every control character as an escape.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from . import EventComparison
from ..safe_text import json_controls_escaped, terminal_safe
from ..serialise import to_jsonable

SCORE_COLUMNS = (
    ("outlet", "outlet"), ("articles", "art"), ("words", "words"), ("narrator_loaded_per_1000", "loaded/1k"),
    ("narrator_stance_per_1000", "stance/1k"),
    ("voices", "voices"), ("official_share", "official"), ("political_share", "political"),
    ("civil_society_share", "civil soc"), ("expert_share", "expert"), ("citizen_share", "citizen"),
    ("business_share", "business"), ("media_share", "media"), ("unknown_share", "unknown"),
    ("other_share", "other"), ("anonymous_share", "anon"), ("distancing_share", "distancing"),
    ("tone", "tone"), ("primary_frame", "frame"), ("reading_grade", "grade"), ("numbers_reported", "numbers"),
    ("numbers_only_here", "only here"), ("unique_share", "own text"),
)


def render_json(comparisons: Sequence[EventComparison]) -> str:
    return json_controls_escaped(json.dumps({"events": [to_jsonable(c) for c in comparisons]}, ensure_ascii=False, indent=2))


def _cell(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v) < 100 else f"{v:,.0f}"
    return terminal_safe(str(v), one_line=True)


def table(headers: list[str], rows: list[list[Any]], max_width: int = 42) -> str:
    headers = [_cell(h) for h in headers]
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [min(max_width, max([len(h)] + [len(r[i]) for r in cells])) for i, h in enumerate(headers)]

    def line(vals: list[str]) -> str:
        return "  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(vals, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def render_table(comparisons: Sequence[EventComparison], top_terms: int = 8, max_items: int = 40) -> str:
    out: list[str] = []
    for c in comparisons:
        out.append(f"=== {c.event.name} ({len(c.articles)} articles, {len(c.outlets)} outlets) ===")
        out.append("")
        out.append("Scorecard")
        out.append(table([h for _, h in SCORE_COLUMNS],
                         [[getattr(r, k) for k, _ in SCORE_COLUMNS] for r in c.scorecard]))
        out.append("")
        out.append("Distinctive terms (log-odds z against the other outlets)")
        for v in c.vocabulary:
            terms = ", ".join(f"{t.term} ({t.z:.1f})" for t in v.distinctive[:top_terms]) or "–"
            out.append(f"  {v.outlet}: {terms}")
        out.append("")
        out.append("Omission matrix, most telling first (● reports, · leaves out; ! only one reports, "
                   "? only one omits, ^ some lead with it, others bury or omit it)")
        short = [_cell(o)[:12] for o in c.omissions.outlets]
        rows = []
        for it in c.omissions.items[:max_items]:  # already ranked (framing.compare.omissions.rank_items)
            mark = {"only_one_reports": "!", "only_one_omits": "?"}.get(it.flag, "^" if it.contrast else "")
            rows.append([it.kind, mark, it.label] + ["●" if o in it.reported_by else "·" for o in c.omissions.outlets]
                        + [it.why])
        out.append(table(["kind", "", "item"] + short + ["why"], rows, max_width=60))
        if len(c.omissions.items) > max_items:
            out.append(f"  … {len(c.omissions.items) - max_items} more items (use --format json for all)")
        out.append("")
        if c.labels is not None:
            out.append("Labels")
            outs = c.labels.outlets or c.outlets
            rows_a: list[list[Any]] = []
            for actor in c.labels.actors:
                rows_a.append([actor.name or actor.actor] + [
                    ", ".join(f"{u.label} ({u.count})" for u in actor.by_outlet.get(o, [])[:3]) or "–" for o in outs])
            out.append(table(["actor"] + [_cell(o)[:24] for o in outs], rows_a, max_width=36))
            out.append("")
        out.append("Similarity (share of each article's sentences with a close counterpart elsewhere)")
        out.append(table(["outlet", "title", "sentences", "shared", "own"],
                         [[o.outlet, o.title, o.sentences, o.shared_share, o.unique_share] for o in c.similarity.articles]))
        for note in c.notes:
            out.append(f"note: {note}")
        out.append("")
    return terminal_safe("\n".join(out))


def run(args: Any) -> int:
    """The ``compare`` subcommand (called from :mod:`framing.cli`)."""
    import sys

    from ..analysis import AnalysisFailure, ArticleAnalysis, analyse_articles
    from ..ingest import IngestOptions, load_paths
    from ..ingest.urls import fetch_options
    from . import compare_all, DEFAULT_THRESHOLD

    from ..batch.results import is_result_file, read_results

    result_files = [p for p in args.paths if is_result_file(p)]
    texts = [p for p in args.paths if p not in result_files]
    analyses: list[ArticleAnalysis] = []
    seen: set[str] = set()
    for path in result_files:  # results of `analyze --out`: read, not analysed again
        for item in read_results(path):
            if isinstance(item, ArticleAnalysis):
                if item.article.id not in seen:
                    seen.add(item.article.id)
                    analyses.append(item)
            else:
                print(terminal_safe(f"framing: {item}", one_line=True), file=sys.stderr)
    loaded = len(analyses)
    if texts:
        report = load_paths(texts, options=fetch_options(args, IngestOptions(max_chars=args.max_chars)))
        for problem in report.problems:
            print(terminal_safe(f"framing: {problem}", one_line=True), file=sys.stderr)
        articles = [a for a in report.articles if a.id not in seen]
        loaded += len(articles)
        failures: list[AnalysisFailure] = []
        analyses += analyse_articles(articles, failures=failures)
        for failure in failures:
            print(terminal_safe(f"framing: {failure}", one_line=True), file=sys.stderr)
    if not loaded:
        print("framing: no article could be loaded from the inputs given", file=sys.stderr)
        return 1
    threshold = getattr(args, "threshold", None) or DEFAULT_THRESHOLD
    comparisons = compare_all(analyses, threshold)
    text = render_json(comparisons) if args.format == "json" else render_table(comparisons)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if loaded < 2:
        print("framing: only one article loaded: a comparison needs articles from at least two outlets", file=sys.stderr)
    return 0
