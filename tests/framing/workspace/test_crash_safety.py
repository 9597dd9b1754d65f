"""A process killed with SIGKILL in the middle of importing loses nothing it had committed.

A child process imports batches of five articles, one transaction per batch, and prints each
batch's number once its commit returned. The parent kills it (SIGKILL: no clean-up, no
``finally``) after some commits, twice, then reopens the workspace: SQLite's integrity check
passes, every batch the child reported is there whole with intact text, and no batch is there
in part.
"""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import textwrap

import pytest

from framing.workspace import Workspace

ROOT = pathlib.Path(__file__).resolve().parents[3]
BATCH = 5

CHILD = textwrap.dedent("""
    import sys
    from framing.model import Article
    from framing.workspace import ImportItem, Workspace

    home, start = sys.argv[1], int(sys.argv[2])
    ws = Workspace(home)
    project = next((p for p in ws.projects() if p.name == "Crash test"), None) or ws.create_project("Crash test")
    filler = " ".join(f"word{i}" for i in range(3000))  # ~25 kB a text: commits take a while
    print("ready", flush=True)
    for batch in range(start, start + 100000):
        articles = [Article.create(title=f"Batch {batch} article {k}", body=f"Batch {batch}, article {k}. {filler}",
                                   outlet=f"Outlet {k}", source=f"batch-{batch}.csv row {k + 1}") for k in range(%d)]
        ws.import_items(project.id, [ImportItem("upload", f"batch-{batch}.csv", articles, filler.encode())])
        print(batch, flush=True)
""" % BATCH)


def run_and_kill(home: pathlib.Path, start: int, commits: int) -> list[int]:
    """Start the importer, SIGKILL it once it reported ``commits`` batches; the batches it reported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(home), str(start)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    reported: list[int] = []
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        while len(reported) < commits:
            line = proc.stdout.readline()
            assert line, f"the importer stopped early: {proc.stderr.read() if proc.stderr else ''}"
            reported.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return reported


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_import_loses_nothing_committed(tmp_path: pathlib.Path) -> None:
    home = tmp_path / "home"
    first = run_and_kill(home, start=0, commits=12)
    second = run_and_kill(home, start=1000, commits=12)  # reopens the crashed workspace and goes on

    with Workspace(home) as ws:
        assert ws.check() == []  # PRAGMA integrity_check, foreign keys, texts against their hashes
        (project,) = ws.projects()
        articles = ws.articles(project.id)
        imports = ws.imports(project.id)
    batches: dict[int, list[str]] = {}
    for a in articles:
        batch = int(a.title.split()[1])
        batches.setdefault(batch, []).append(a.title)
        assert a.body.startswith(f"Batch {batch}, article ") and a.body.endswith("word2999")
    for batch in first + second:
        assert len(batches.get(batch, [])) == BATCH, f"batch {batch} was committed but is not there whole"
    # nothing in part: every import holds all its articles; at most one batch per run committed unreported
    assert all(len(titles) == BATCH for titles in batches.values())
    assert len(imports) == len(batches) and len(articles) == BATCH * len(batches)
    assert set(first + second) <= set(batches) and len(batches) - len(first + second) <= 2
