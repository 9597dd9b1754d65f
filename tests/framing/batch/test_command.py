"""analyze --out FILE on the command line: progress on stderr only, resume, option checks, compare from results."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from framing.cli import main

from .conftest import records, write_jsonl


def test_progress_and_summary_go_to_stderr_not_stdout(story_folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(story_folder), "--out", str(out), "--workers", "0"]) == 0
    stdout, stderr = capsys.readouterr()
    assert stdout == ""
    assert "analysing" in stderr and "article/s" in stderr  # the bar, with its rate
    assert "framing: 3 articles analysed" in stderr and f"results in {out}" in stderr
    assert len(out.read_text().splitlines()) == 3


def test_rerun_skips_every_article_already_written(story_folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(story_folder), "--out", str(out), "--workers", "0", "--no-progress"]) == 0
    first = out.read_bytes()
    capsys.readouterr()
    assert main(["analyze", str(story_folder), "--out", str(out), "--workers", "0", "--no-progress"]) == 0
    _, stderr = capsys.readouterr()
    assert "framing: 0 articles analysed, 3 already in" in stderr
    assert out.read_bytes() == first


@pytest.mark.parametrize("argv, message", [
    (["--workers", "2"], "--workers need --out FILE"),
    (["--out", "x.jsonl", "--format", "csv"], "--format is for results printed to standard output"),
    (["--out", "x.jsonl", "--engine", "dask"], "--engine dask needs --scheduler ADDRESS"),
    (["--out", "x.jsonl", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
])
def test_options_that_do_not_go_together_are_named(story_folder, argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(story_folder), *argv])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_an_output_file_of_another_kind_is_refused(story_folder, tmp_path, capsys):
    out = tmp_path / "articles.jsonl"
    write_jsonl(out, records())  # articles to analyse, not results: never appended to
    before = out.read_bytes()
    assert main(["analyze", str(story_folder), "--out", str(out), "--workers", "0"]) == 2
    assert "not an article result" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_compare_reads_results_instead_of_texts(story_folder, tmp_path, capsys):
    out = tmp_path / "out.parquet"
    assert main(["analyze", str(story_folder), "--out", str(out), "--workers", "0", "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["compare", str(story_folder)]) == 0
    from_texts = capsys.readouterr().out
    assert main(["compare", str(out)]) == 0
    from_results = capsys.readouterr().out
    assert from_results == from_texts
    assert json.loads(from_results)["events"][0]["outlets"]


def descendants(pid: int) -> set[int]:
    """The processes started, directly or not, by ``pid`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_killed_run_leaves_no_worker_and_resumes_without_redoing_finished_articles(tmp_path):
    """SIGKILL a real run (one worker process) once some results are written: its worker processes
    end by themselves, and the rerun analyses only the rest."""
    feed = write_jsonl(tmp_path / "feed.jsonl", records(copies=6))  # 18 articles
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "framing", "analyze", str(feed), "--out", str(out), "--workers", "1",
           "--batch-size", "1", "--no-progress"]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 3):
        time.sleep(0.2)
    started = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert started  # the worker (and the fork server it came from)
    end = time.monotonic() + 30
    while time.monotonic() < end and any(alive(p) for p in started):
        time.sleep(0.5)
    assert not [p for p in started if alive(p)], "worker processes outlived the killed run"
    done_before = out.read_text().count("\n")
    assert 3 <= done_before < 18
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already in {out} skipped" in rerun.stderr
    summary = re.search(r"framing: (\d+) articles? analysed.*, (\d+) already in", rerun.stderr)
    assert summary, rerun.stderr
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 18
    # a line cut short by the kill is redone, so the rerun skips the complete lines it found
    assert int(summary.group(1)) + int(summary.group(2)) == 18
    assert int(summary.group(2)) >= done_before
