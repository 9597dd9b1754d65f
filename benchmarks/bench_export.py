"""Time the export of every chart of a 4-outlet comparison in every format.

The first four outlets of the bundled sample event are analysed and compared once (not
timed); then the whole export is timed: every chart as PNG (2×), SVG, PDF, offline HTML,
Vega-Lite JSON and its data as CSV and JSON, every table as CSV, the analysis JSON, the HTML
report and the ZIP. The first run of a process warms vl-convert up, and the very first run
on a machine also bundles the JavaScript for HTML (kept in the user's cache afterwards);
both are reported apart. Target: ≤ 10 s for the export.

    python benchmarks/bench_export.py [REPEATS]
"""

from __future__ import annotations

import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysis import analyse_articles  # noqa: E402
from framing.compare import compare_event  # noqa: E402
from framing.export.bundle import EXPORT_FORMATS, ComparisonExport, zip_bytes  # noqa: E402
from framing.export.formats import chart_bytes, javascript_bundle  # noqa: E402
from framing.ingest import load_paths  # noqa: E402

OUTLETS = 4
TARGET_S = 10.0


def main(repeats: int = 3) -> None:
    report = load_paths([ROOT / "corpus" / "kazakhstan-2022-01"])
    articles = report.articles[:OUTLETS]
    analyses = analyse_articles(articles)
    comparison = compare_event(analyses)
    print(f"{len(articles)} articles, {len(comparison.outlets)} outlets")

    t = time.perf_counter()
    javascript_bundle()
    print(f"JavaScript bundle for HTML (cached on disk after the first run): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    warm = ComparisonExport.build(comparison, analyses)
    chart_bytes(warm.specs[warm.charts[0].name], "png")
    print(f"vl-convert warm-up (first chart of the process): {time.perf_counter() - t:.2f} s")

    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        export = ComparisonExport.build(comparison, analyses)
        files = export.files(EXPORT_FORMATS)
        archive = zip_bytes(files, export.root)
        times.append(time.perf_counter() - t)
    size = len(archive) / 1e6
    best, median = min(times), statistics.median(times)
    print(f"{len(export.charts)} charts × {len(EXPORT_FORMATS)} formats + data, {len(files)} files, ZIP {size:.1f} MB")
    print(f"export: best {best:.2f} s, median {median:.2f} s over {repeats} runs (target ≤ {TARGET_S:.0f} s): "
          f"{'OK' if median <= TARGET_S else 'SLOW'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
