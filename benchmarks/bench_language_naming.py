"""Time the Language view's naming comparison ("How each outlet names the same actors") with 20
articles of 10 outlets loaded, in real Chromium (Playwright, /usr/bin/chromium), as a user waits:

1. **a click on a form** (a row of the table): from the click to its marked uses drawn and the page
   idle (the table is a fragment: the click reruns it only). Alternates between two rows.
2. **the naming table itself**, in this process: ``naming_table`` over the 20 analyses (what the
   view computes once per event and then keeps in the session).

Budget for 1: 300 ms (issue #12). Uses the helpers of ``bench_dashboard_browser.py``.

    python benchmarks/bench_language_naming.py [--chromium /usr/bin/chromium] [--repeat 5]

Numbers depend on the machine's load: quote them with the date and the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard_browser import (  # noqa: E402
    CHROMIUM_ARGS, IDLE, TIMEOUT, open_tab, server, wait_settled, widget_changes,
)

from dashboard.sample_sets import write_outlet_set  # noqa: E402

HEADER = ROW = 35   # px: the data grid's header and row heights
GRID = 'document.querySelectorAll(\'[data-testid="stDataFrame"]\')'


def library_seconds(folder: Path, repeat: int) -> tuple[float, float, int]:
    """(seconds of the event's identities + naming table, of the naming table given the identities,
    forms found) over the folder's articles, median of ``repeat`` runs."""
    from framing.analysis import analyse_articles
    from framing.compare.identity import event_identities
    from framing.compare.labels import naming_table
    from framing.ingest import load_paths

    analyses = analyse_articles(load_paths(sorted(folder.glob("*.txt"))).articles)
    whole, given = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        ids = event_identities(analyses)
        t1 = time.perf_counter()
        table = naming_table(analyses, identities=ids)
        t2 = time.perf_counter()
        whole.append(t2 - t0)
        given.append(t2 - t1)
    return statistics.median(whole), statistics.median(given), len(table.side_by_side())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--baseline", action="store_true",
                    help="also time bench_dashboard_browser's two widget changes on the same articles, in the "
                         "same run (the machine's load changes the figures: compare within one run)")
    args = ap.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"error: Chromium not found at {args.chromium} (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="framing-bench-naming-"))
    twenty = write_outlet_set(tmp / "twenty", 10, 20)
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    whole, given, forms = library_seconds(twenty, args.repeat)
    print(f"naming table, 20 articles: {1000 * whole:.0f} ms with the event's identities, {1000 * given:.0f} ms "
          f"given them ({forms} form rows)")
    clicks: list[float] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        try:
            with server({"FRAMING_SAMPLE_DIR": str(twenty)}) as url:
                page = browser.new_page(viewport={"width": 1500, "height": 1100})
                page.set_default_timeout(TIMEOUT)
                page.goto(url, wait_until="domcontentloaded")
                page.locator('[role="tab"]').first.wait_for()
                wait_settled(page, 3)
                open_tab(page, "Language")
                grid = page.locator('[data-testid="stDataFrame"]').filter(has=page.locator("th", has_text="Form")).first
                grid.wait_for()
                for i in range(args.repeat * 2 + 1):
                    grid.scroll_into_view_if_needed()
                    box = grid.bounding_box()
                    assert box is not None
                    row = i % 2
                    form = grid.locator("tbody tr").nth(row).locator("td").nth(1).inner_text().strip()
                    t0 = time.perf_counter()
                    page.mouse.click(box["x"] + 12, box["y"] + HEADER + ROW * row + ROW / 2)
                    page.locator('[data-testid="stMarkdown"]', has_text=f"“{form}”").first.wait_for()
                    page.wait_for_function(IDLE, timeout=TIMEOUT, polling=10)
                    if i:  # the first click warms the fragment
                        clicks.append(time.perf_counter() - t0)
                print(f"clicks: {' '.join(f'{1000 * t:.0f}' for t in clicks)} ms", flush=True)
                page.close()
            baseline = widget_changes(browser, twenty, args.repeat) if args.baseline else {}
        finally:
            browser.close()
    for what, times in [("a click on a form", clicks), *((k, [t for t, _ in v]) for k, v in baseline.items())]:
        print(f"widget change, 20 articles, {what}: median {1000 * statistics.median(times):.0f} ms, "
              f"max {1000 * max(times):.0f} ms over {len(times)} (budget 300 ms)")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
