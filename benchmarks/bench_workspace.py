"""Time the workspace: importing articles, reopening a project, and analysis read back from it
instead of computed (what a dashboard restart costs).

The articles are the bundled sample event repeated with a numbered line (so ids differ). In a
temporary folder (never your real workspace): N articles are imported in batches of 50 (one
transaction each), the workspace is closed and reopened and the project's articles read back;
then ``analyse_articles`` runs on the first M articles with a :class:`ResultStore` (parse and
analysers), and again from a freshly opened workspace (results read back, no parse).

    python benchmarks/bench_workspace.py [N] [M]
"""

from __future__ import annotations

import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysis import analyse_articles  # noqa: E402
from framing.ingest import load_paths  # noqa: E402
from framing.model import Article  # noqa: E402
from framing.workspace import ImportItem, ResultStore, Workspace  # noqa: E402


def articles(n: int) -> list[Article]:
    base = load_paths([ROOT / "corpus" / "kazakhstan-2022-01"]).articles
    return [Article.create(title=f"{a.title} ({i})", body=f"{a.body}\n\nCopy {i}.", outlet=a.outlet, source=a.source)
            for i in range(n) for a in [base[i % len(base)]]]


def main(n: int = 2000, m: int = 12) -> None:
    arts = articles(n)
    words = sum(len(a.text.split()) for a in arts)
    with tempfile.TemporaryDirectory() as home:
        t0 = time.perf_counter()
        with Workspace(home) as ws:
            project = ws.create_project("Benchmark")
            for i in range(0, n, 50):
                ws.import_items(project.id, [ImportItem("upload", f"batch-{i}.csv", arts[i:i + 50], b"x" * 1000)])
        t_import = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Workspace(home) as ws:
            back = ws.articles(project.id)
        t_reopen = time.perf_counter() - t0
        assert [a.id for a in back] == [a.id for a in arts]
        size = (pathlib.Path(home) / "workspace.sqlite3").stat().st_size
        t0 = time.perf_counter()
        with Workspace(home) as ws, ResultStore(ws) as store:
            analyse_articles(arts[:m], cache=store)
        t_fresh = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Workspace(home) as ws:
            analyse_articles(arts[:m], cache=ResultStore(ws))
        t_cached = time.perf_counter() - t0
    print(f"import {n} articles ({words:,} words) in {n // 50} transactions: {t_import:.2f} s "
          f"({n / t_import:,.0f} articles/s); database {size / 1e6:.1f} MB")
    print(f"reopen and read the project back: {t_reopen:.2f} s")
    print(f"analyse {m} articles: {t_fresh:.2f} s computed, {t_cached:.2f} s read back from the workspace "
          f"({t_fresh / t_cached:.0f}x faster)")


if __name__ == "__main__":
    main(*(int(x) for x in sys.argv[1:3]))
