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


# --- hostile article text: nothing reaches the terminal or a spreadsheet ---------------------

#: an ``Outlet:`` line that would retitle the terminal (OSC 0), erase it (CSI 2J, 8-bit CSI)
#: and move the cursor up over what was printed
HOSTILE_OUTLET = "Evil\x1b]0;You were pwned\x07 Daily\x1b[2J\x1b[1A\x9b2K"
FORMULAS = ['=HYPERLINK("http://evil.invalid/x","click")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"]


def hostile_articles(folder) -> None:
    """Three articles: one with the hostile outlet line, and headlines/outlets that are formulas
    (``+cmd|…`` as an outlet: as a headline the ``|`` makes it an ``Outlet | date`` line)."""
    body = ("The river burst its banks on {day}, officials said, and about {n} homes were flooded in the "
            "lower town before the water began to fall again on Wednesday evening.\n")
    (folder / "a.txt").write_text(f"Outlet: {HOSTILE_OUTLET}\nDate: 2022-01-05\n\n{FORMULAS[0]} floods town\n\n"
                                  + body.format(day="Monday", n=300), encoding="utf-8")
    (folder / "b.txt").write_text(f"Outlet: {FORMULAS[1]}\nDate: 2022-01-06\n\n{FORMULAS[2]} floods\n\n"
                                  + body.format(day="Tuesday", n=200), encoding="utf-8")
    (folder / "c.txt").write_text(f"Outlet: {FORMULAS[3]}\nDate: 2022-01-07\n\n{FORMULAS[3]} flood homes\n\n"
                                  + body.format(day="Sunday", n=100), encoding="utf-8")


def terminal_controls(text: str) -> list[str]:
    return [c for c in text if c == "\x1b" or c == "\x07" or "\x7f" <= c <= "\x9f" or (c < " " and c not in "\n\r")]


@pytest.fixture
def hostile(tmp_path):
    hostile_articles(tmp_path)
    return tmp_path


def test_table_output_carries_no_escape_sequence(hostile, capsys):
    assert main(["analyze", str(hostile), "--format", "table"]) == 0
    out, err = capsys.readouterr()
    assert not terminal_controls(out) and not terminal_controls(err)
    assert "Evil Daily" in out  # the visible text stays
    assert len(out.splitlines()) == 2 + 3  # header, rule, one line per article: nothing moved or erased


def test_csv_output_is_plain_and_formula_safe(hostile, capsys):
    assert main(["analyze", str(hostile), "--format", "csv"]) == 0
    out, _ = capsys.readouterr()
    assert not terminal_controls(out.replace("\r\n", "\n"))
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["a.txt"]["outlet"] == "Evil Daily"
    assert rows["a.txt"]["title"] == "'" + FORMULAS[0] + " floods town"
    assert rows["b.txt"]["outlet"] == "'" + FORMULAS[1] and rows["b.txt"]["title"] == "'@SUM(A1:A9) floods"
    assert rows["c.txt"]["outlet"] == "'-2+3" and rows["c.txt"]["title"].startswith("'-2+3")
    # numbers stay numbers: a negative tone is written as a number, without the apostrophe
    tone = [r["tone_mean"] for r in rows.values()]
    assert all(t.startswith("-") and float(t) < 0 for t in tone), tone


def test_json_output_escapes_every_control_character(hostile, capsys):
    assert main(["analyze", str(hostile / "a.txt")]) == 0
    out, _ = capsys.readouterr()
    assert not terminal_controls(out)
    assert json.loads(out)[0]["outlet"] == HOSTILE_OUTLET  # JSON is lossless: the escapes decode back


def test_compare_table_carries_no_escape_sequence(hostile, capsys):
    assert main(["compare", str(hostile), "--format", "table"]) == 0
    out, err = capsys.readouterr()
    assert not terminal_controls(out) and not terminal_controls(err)
    assert "Evil Daily" in out and "Scorecard" in out
    assert main(["compare", str(hostile), "--format", "json"]) == 0
    out, _ = capsys.readouterr()
    assert not terminal_controls(out) and HOSTILE_OUTLET in json.loads(out)["events"][0]["outlets"]


def test_problem_lines_carry_no_escape_sequence(tmp_path, capsys):
    name = tmp_path / "bad\x1b]0;pwned\x07\x1b[2J.txt"
    name.write_bytes(b"")
    assert main(["analyze", str(name), "--format", "table"]) == 1
    _, err = capsys.readouterr()
    assert not terminal_controls(err)
    assert "bad0;pwned" not in err and "bad.txt" in err


def test_warnings_go_to_stderr_and_the_article_is_analysed(tmp_path, capsys):
    f = tmp_path / "stray.txt"
    f.write_bytes(GOOD.encode().replace(b"bakery", b"bak\x81ry"))
    assert main(["analyze", str(f)]) == 0
    out, err = capsys.readouterr()
    assert f"framing: {f}: 1 byte could not be decoded as UTF-8 and was replaced by \ufffd" in err
    assert json.loads(out)[0]["title"] == "Floods close roads across the valley"
