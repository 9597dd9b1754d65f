"""``python -m framing export PATH... --out DIR [--formats png,svg,...] [--event NAME] [--size column|slide]``.

Loads and analyses the articles, groups them into events (or takes the one named with
``--event``), and writes for each event ``DIR/<event>/`` (charts, tables, analysis JSON,
report, methods, BibTeX) and ``DIR/<event>.zip`` with the same files.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from typing import Any

from ..ingest.urls import add_fetch_arguments
from ..safe_text import terminal_safe
from .bundle import EXPORT_FORMATS, ComparisonExport, write_files, zip_bytes
from .context import DEFAULT_SIZE, SIZES


def add_parser(sub: Any) -> None:
    """Register the ``export`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("export", help="export every chart, table, the report and a ZIP of each event's comparison")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, bundles or URLs")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    p.add_argument("--formats", default=",".join(EXPORT_FORMATS), type=_formats,
                   help=f"comma-separated chart formats (default: %(default)s); tables are always CSV")
    p.add_argument("--event", metavar="NAME", help="export only the event whose name contains NAME (case-insensitive)")
    p.add_argument("--size", choices=tuple(SIZES), default=DEFAULT_SIZE, help="chart size (default: %(default)s)")
    p.add_argument("--threshold", type=float, default=None, help="event grouping threshold (as in compare)")
    p.add_argument("--max-chars", type=int, default=None, help="largest article text accepted, in characters")
    add_fetch_arguments(p)


def _formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or '(none)'}; choose from "
                                         f"{', '.join(EXPORT_FORMATS)}")
    return formats


def run(args: argparse.Namespace) -> int:
    from ..analysis import AnalysisFailure, analyse_articles
    from ..compare import DEFAULT_THRESHOLD, compare_all
    from ..ingest import IngestOptions, load_paths
    from ..ingest.urls import fetch_options

    options = IngestOptions() if args.max_chars is None else IngestOptions(max_chars=args.max_chars)
    report = load_paths(args.paths, options=fetch_options(args, options))
    for problem in report.problems:
        print(terminal_safe(f"framing: {problem}", one_line=True), file=sys.stderr)
    if not report.articles:
        print("framing: no article could be loaded from the inputs given", file=sys.stderr)
        return 1
    failures: list[AnalysisFailure] = []
    analyses = analyse_articles(report.articles, failures=failures)
    for failure in failures:
        print(terminal_safe(f"framing: {failure}", one_line=True), file=sys.stderr)
    comparisons = compare_all(analyses, args.threshold or DEFAULT_THRESHOLD)
    if args.event:
        comparisons = [c for c in comparisons if args.event.lower() in c.event.name.lower()]
        if not comparisons:
            print(terminal_safe(f"framing: no event's name contains {args.event!r}", one_line=True), file=sys.stderr)
            return 1
    by_id = {a.article.id: a for a in analyses}
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for comparison in comparisons:
        members = [by_id[i] for i in comparison.event.article_ids]
        export = ComparisonExport.build(comparison, members, size=args.size)
        files = export.files(args.formats)
        root = export.root
        write_files(files, out, root)
        (out / f"{root}.zip").write_bytes(zip_bytes(files, root))
        print(terminal_safe(f"{out / root}/ ({len(files)} files) and {out / root}.zip: {comparison.event.name}",
                            one_line=True))
    return 0
