"""Command line: ``python -m framing analyze PATH... [--format json|csv|table]``, ``compare`` and ``export``.

Problems with inputs are printed to standard error, one line each, naming the input;
the articles that loaded are analysed and printed to standard output. Article text never
drives the terminal or a spreadsheet (:mod:`framing.safe_text`): ``table`` and ``csv`` cells
lose escape sequences and control characters, ``csv`` text cells that a spreadsheet would run
as a formula get a leading apostrophe, ``json`` writes every control character as an escape.
``analyze --out FILE`` is the streaming, parallel, resumable batch run (:mod:`framing.batch.command`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Any, Sequence

from .version import __version__
from .analysis import DEFAULT_TIME_BUDGET, AnalysisFailure, ArticleAnalysis, analyse_articles
from .ingest import IngestOptions, load_paths
from .ingest.urls import add_fetch_arguments, fetch_options
from .safe_text import csv_safe, json_controls_escaped, terminal_safe

SCALAR_KEYS = ("id", "outlet", "title", "url", "published", "source", "word_count", "sentence_count", "paragraph_count")


def version_text() -> str:
    from .nlp import ModelNotInstalled, model_info

    try:
        model = model_info().describe()
    except ModelNotInstalled as exc:
        model = str(exc)
    return f"framing {__version__} ({model})"


def flat_row(analysis: ArticleAnalysis) -> dict[str, Any]:
    """One flat row per article for csv and table output: metadata, counts, analyser summaries."""
    data = analysis.to_json()
    row = {k: data.get(k) for k in SCALAR_KEYS}
    from .analysers import default_analysers

    for analyser in default_analysers():
        summary = getattr(analyser, "summary_row", None)
        if summary is not None and analyser.name in analysis.results:
            row.update(summary(analysis.results[analyser.name]))
    return row


def render(analyses: Sequence[ArticleAnalysis], fmt: str) -> str:
    if fmt == "json":
        return json_controls_escaped(json.dumps([a.to_json() for a in analyses], ensure_ascii=False, indent=2))
    rows = [flat_row(a) for a in analyses]
    if fmt == "csv":
        buf = io.StringIO()
        fields = list(dict.fromkeys(k for r in rows for k in r)) or list(SCALAR_KEYS)
        writer = csv.DictWriter(buf, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in r.items()} for r in rows)
        return buf.getvalue()
    # table: a readable fixed-width summary
    cols = ["outlet", "title", "published", "word_count", "sentence_count", "paragraph_count"]
    extra = [k for r in rows for k in r if k not in SCALAR_KEYS]
    cols += list(dict.fromkeys(extra))
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [min(40, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(cols)]
    line = lambda vals: "  ".join(v[:w].ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    return "\n".join([line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells])


def _cell(v: Any) -> str:
    """A table cell: one line, nothing a terminal acts on."""
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3g}"
    return terminal_safe(str(v), one_line=True)


def _csv_cell(v: Any) -> Any:
    """A CSV cell: text without escape sequences and not a formula; numbers unchanged."""
    return csv_safe(terminal_safe(v)) if isinstance(v, str) else v


def _message(text: str) -> str:
    return terminal_safe(f"framing: {text}", one_line=True)



def _probability(value: str) -> float:
    """An argparse type: a probability between 0 and 1."""
    try:
        p = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number: give a probability such as 0.3") from None
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1: give a probability such as 0.3")
    return p

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="framing", description="Media bias and framing analysis of news articles.")
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", required=True)
    p_an = sub.add_parser("analyze", aliases=["analyse"], help="analyse articles and print one result per article")
    p_an.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, bundles (.csv/.jsonl/.json/.zip) or URLs")
    p_an.add_argument("--format", choices=("json", "csv", "table"), default=None,
                      help="what is printed to standard output (default: json)")
    p_an.add_argument("--max-chars", type=int, default=IngestOptions.max_chars,
                      help="largest article text accepted, in characters (default: %(default)s)")
    p_an.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                      help="longest time one article may take; an article over it is named and left out "
                           "(default: %(default)g; 0: no limit)")
    p_an.add_argument("--lexicon", metavar="FILE", help="user lexicon (CSV or TOML) adding or disabling loaded terms")
    p_an.add_argument("--loaded-threshold", type=_probability, default=None, metavar="P",
                      help="probability from which the learned word scorer flags a word the lexicon does not list "
                           "(default: the model's, 0.30; lower finds more, less precisely)")
    add_fetch_arguments(p_an)
    from .batch import command as batch_command

    batch_command.add_arguments(p_an)
    p_cmp = sub.add_parser("compare", help="compare the outlets covering each event: scorecard, vocabulary, omissions, labels, similarity")
    p_cmp.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, bundles or URLs (one or several events)")
    p_cmp.add_argument("--format", choices=("json", "table"), default="json")
    p_cmp.add_argument("--threshold", type=float, default=None, help="event grouping: average distance under which articles join (default 0.83; docs/compare.md)")
    p_cmp.add_argument("--max-chars", type=int, default=IngestOptions.max_chars, help="largest article text accepted, in characters")
    add_fetch_arguments(p_cmp)
    from .export.cli import add_parser as add_export_parser

    add_export_parser(sub)
    from .workspace.cli import add_parser as add_workspace_parser

    add_workspace_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "workspace":
        from .workspace.cli import run as run_workspace

        return run_workspace(args)
    if args.command == "export":
        from .export.cli import run as run_export

        return run_export(args)
    if args.command == "compare":
        from .compare.report import run as run_compare

        return run_compare(args)

    usage = batch_command.usage_error(args)
    if usage:
        parser.error(usage)
    if batch_command.wants_batch(args):
        return batch_command.run(args)
    report = load_paths(args.paths, options=fetch_options(args, IngestOptions(max_chars=args.max_chars)))
    for problem in report.problems:
        print(_message(str(problem)), file=sys.stderr)
    from .analysers import AnalysisOptions, build_analysers
    from .loaded_terms import LexiconError, load_lexicon

    try:
        analysers = build_analysers(AnalysisOptions(lexicon=load_lexicon(args.lexicon) if args.lexicon else None,
                                                    loaded_threshold=args.loaded_threshold))
    except LexiconError as exc:
        print(_message(f"lexicon {exc}"), file=sys.stderr)
        return 2
    failures: list[AnalysisFailure] = []
    analyses = analyse_articles(report.articles, analysers, time_budget=args.time_budget or None, failures=failures)
    for failure in failures:
        print(terminal_safe(f"framing: {failure}", one_line=True), file=sys.stderr)
    out = render(analyses, args.format or "json")
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    if not report.articles:
        print("framing: no article could be loaded from the inputs given", file=sys.stderr)
        return 1
    return 1 if failures and not analyses else 0
