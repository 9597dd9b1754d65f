"""The CLI's output on the bundled sample is byte-identical to the recorded output.

The sample is loaded and analysed once, as ``python -m framing analyze|compare`` does, and
rendered by the CLI's own renderers (``framing.cli.render``, ``framing.compare.report.render_json``);
one test runs the CLI end to end to keep the shortcut honest.

The files under ``data/golden/`` were written by ``python -m framing analyze|compare
corpus/kazakhstan-2022-01`` before the library was reorganised into one home per concern.
A change that alters any score must say so: bump the analyser's version and record the
new output with ``PYTHONPATH=. python tests/framing/test_output_stability.py --record``.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import pathlib
import sys

import pytest

from framing.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLDEN = pathlib.Path(__file__).resolve().parent / "data" / "golden"
SAMPLE = "corpus/kazakhstan-2022-01"

CASES = {
    "sample_analyze.json.gz": ["analyze", SAMPLE, "--format", "json"],
    "sample_analyze.csv": ["analyze", SAMPLE, "--format", "csv"],
    "sample_compare.json.gz": ["compare", SAMPLE, "--format", "json"],
}


def run_cli(argv: list[str]) -> bytes:
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # sources are written as the paths given, relative to the root
    try:
        with contextlib.redirect_stdout(out):
            code = main(argv)
    finally:
        os.chdir(cwd)
    assert code == 0
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    """Each recording's bytes, from one load and one analysis of the sample."""
    from framing.analysis import analyse_articles
    from framing.cli import render
    from framing.compare import compare_all
    from framing.compare.report import render_json
    from framing.ingest import load_paths

    cwd = os.getcwd()
    os.chdir(ROOT)  # sources are written as the paths given, relative to the root
    try:
        analyses = analyse_articles(load_paths([SAMPLE]).articles)
    finally:
        os.chdir(cwd)

    def text(out: str) -> bytes:
        return (out if out.endswith("\n") else out + "\n").encode("utf-8")

    return {"sample_analyze.json.gz": text(render(analyses, "json")),
            "sample_analyze.csv": text(render(analyses, "csv")),
            "sample_compare.json.gz": text(render_json(compare_all(analyses)))}


def recorded(name: str) -> bytes:
    data = (GOLDEN / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def first_difference(name: str, got: bytes, want: bytes) -> str:
    i = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return (f"{name}: output differs from the recording at byte {i}: "
            f"got {got[max(0, i - 80):i + 80]!r}, recorded {want[max(0, i - 80):i + 80]!r}")


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_on_the_sample_is_unchanged(name: str, rendered: dict[str, bytes]) -> None:
    got, want = rendered[name], recorded(name)
    if got != want:
        pytest.fail(first_difference(name, got, want))


def test_the_cli_prints_the_same_bytes() -> None:
    name = "sample_analyze.csv"
    got = run_cli(CASES[name])
    want = recorded(name)
    if got != want:
        pytest.fail(first_difference(name, got, want))


if __name__ == "__main__" and "--record" in sys.argv:
    for name, argv in CASES.items():
        data = run_cli(argv)
        (GOLDEN / name).write_bytes(gzip.compress(data, mtime=0) if name.endswith(".gz") else data)
        print(f"recorded {name} ({len(data):,} bytes)")
