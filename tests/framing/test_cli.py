"""The command line: python -m framing analyze PATH... on good and bad inputs."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from framing.cli import main

GOOD = ("Floods close roads across the valley\n\n"
        "Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
        "to close the main route between the two largest towns for most of the morning.\n\n"
        "\u201cWe have never seen the river rise this fast,\u201d said Maria Lopez, who runs a bakery near the bridge.\n")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run([sys.executable, "-m", "framing", *args], capture_output=True, text=True, timeout=300,
                          env=env)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "valley-courier.txt").write_text(GOOD, encoding="utf-8")
    (d / "scan.txt").write_bytes(b"%PDF-1.4\n%binary")
    return d


def test_analyze_folder_one_good_one_bad(folder):
    proc = run_cli("analyze", str(folder))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and len(data) == 1
    assert data[0]["title"] == "Floods close roads across the valley"
    assert data[0]["source"] == str(folder / "valley-courier.txt")
    assert f"{folder / 'scan.txt'}: looks like a PDF file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_analyze_all_bad_exits_1_without_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    proc = run_cli("analyze", str(tmp_path), str(tmp_path / "missing.txt"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert str(tmp_path / name) in proc.stderr
    assert "no article could be loaded" in proc.stderr


def test_format_csv(folder, capsys):
    assert main(["analyze", str(folder), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1
    assert rows[0]["title"] == "Floods close roads across the valley"
    assert rows[0]["outlet"] == "Valley Courier"
    assert "scan.txt" in err


def test_format_table(folder, capsys):
    assert main(["analyze", str(folder), "--format", "table"]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["outlet", "title"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "Floods close roads" in lines[2]


def test_max_chars_flag_reaches_the_loader(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    assert main(["analyze", str(f), "--max-chars", "100"]) == 1
    assert "--max-chars" in capsys.readouterr().err


def test_version_names_the_spacy_model():
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert "framing" in proc.stdout and "en_core_web_sm" in proc.stdout


def test_warnings_go_to_stderr_and_the_article_is_analysed(tmp_path, capsys):
    f = tmp_path / "stray.txt"
    f.write_bytes(GOOD.encode().replace(b"bakery", b"bak\x81ry"))
    assert main(["analyze", str(f)]) == 0
    out, err = capsys.readouterr()
    assert f"framing: {f}: 1 byte could not be decoded as UTF-8 and was replaced by \ufffd" in err
    assert json.loads(out)[0]["title"] == "Floods close roads across the valley"
