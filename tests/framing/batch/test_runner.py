"""The batch runner: results as analyze --format json prints them, a bounded window, resume, worker count,
Dask results identical to the local ones."""

from __future__ import annotations

import json
import multiprocessing

import pytest

from framing.analysis import analyse_articles
from framing.batch.engines import AnalysisSettings, InProcessEngine, ProcessEngine
from framing.batch.readers import stream_inputs
from framing.batch.runner import run_batch
from framing.batch.writers import JsonlWriter
from framing.cli import render
from framing.ingest import load_paths
from framing.model import Article

from .conftest import records, write_jsonl


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    """Twelve small articles of our own in a JSON Lines file."""
    return write_jsonl(tmp_path_factory.mktemp("feed") / "feed.jsonl", records(copies=4))


@pytest.fixture(scope="module")
def expected(feed):
    """What ``analyze --format json`` prints for the feed, one object per article."""
    return json.loads(render(analyse_articles(load_paths([str(feed)]).articles), "json"))


def run(feed, out, engine, **kw):
    writer = JsonlWriter(out)
    try:
        return run_batch(stream_inputs([str(feed)]), engine, writer, **kw)
    finally:
        writer.close()


def results(out):
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def test_results_are_what_analyze_prints(feed, expected, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run(feed, out, InProcessEngine(AnalysisSettings()), batch_size=5)
    assert results(out) == expected
    assert summary.analysed == 12 and summary.skipped == 0 and summary.failed == 0
    assert summary.words == sum(x["word_count"] for x in expected)


def test_resume_skips_what_the_file_holds(feed, expected, tmp_path):
    out = tmp_path / "out.jsonl"
    lines = [json.dumps(x, ensure_ascii=False) for x in expected]
    out.write_text("\n".join(lines[:5]) + "\n" + lines[5][:40], encoding="utf-8")  # killed while writing the 6th
    engine = InProcessEngine(AnalysisSettings())
    summary = run(feed, out, engine, batch_size=4)
    assert summary.skipped == 5 and summary.analysed == 7
    assert [x["id"] for x in results(out)] == [x["id"] for x in expected]
    again = run(feed, out, engine)
    assert again.skipped == 12 and again.analysed == 0


def test_no_more_than_the_window_of_articles_is_alive(feed, tmp_path):
    """The runner pulls an article only when fewer than window x batch size are unwritten."""
    written = 0
    most = 0
    pulled = 0

    class CountingWriter(JsonlWriter):
        def write(self, lines):
            nonlocal written
            lines = list(lines)
            written += len(lines)
            super().write(lines)

    def articles():
        nonlocal pulled, most
        for item in stream_inputs([str(feed)]):
            pulled += 1
            most = max(most, pulled - written)
            yield item

    writer = CountingWriter(tmp_path / "out.jsonl")
    summary = run_batch(articles(), InProcessEngine(AnalysisSettings()), writer, batch_size=2, window=2)
    writer.close()
    assert summary.analysed == 12
    # in this process one batch runs at a time: the batch being filled and the one being analysed
    assert most <= 2 * 2
    assert summary.most_in_flight <= 2 * 2


def test_two_worker_processes_give_the_same_results(feed, expected, tmp_path):
    out = tmp_path / "out.jsonl"
    engine = ProcessEngine(AnalysisSettings(), workers=2)
    try:
        summary = run(feed, out, engine, batch_size=1, window=4)
        processes = multiprocessing.active_children()
    finally:
        engine.close()
    assert results(out) == expected
    assert len(processes) == 2
    assert len(summary.workers) == 2  # both processes analysed batches (they start work together)
    assert summary.most_in_flight <= 4 * 1 + 1


def test_dask_gives_the_same_results_as_the_local_path(feed, expected, tmp_path):
    distributed = pytest.importorskip("distributed")
    from framing.batch.dask_engine import DaskEngine

    out = tmp_path / "out.jsonl"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        engine = DaskEngine(AnalysisSettings(), client)
        summary = run(feed, out, engine, batch_size=3)
        engine.close()
    assert results(out) == expected
    assert summary.analysed == 12


def test_an_article_over_its_time_budget_is_named_and_left_out(tmp_path):
    articles: list[Article | object] = list(stream_inputs([str(write_jsonl(tmp_path / "f.jsonl", records()))]))
    said: list[str] = []
    writer = JsonlWriter(tmp_path / "out.jsonl")
    summary = run_batch(articles, InProcessEngine(AnalysisSettings(time_budget=1e-9)), writer,  # type: ignore[arg-type]
                        report=said.append)
    writer.close()
    assert summary.analysed == 0 and summary.failed == 3
    assert all("time budget" in s for s in said) and len(said) == 3
