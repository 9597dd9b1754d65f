"""``python -m framing workspace [info|check] --workspace PATH``."""

from __future__ import annotations

import sqlite3

from framing.cli import main
from framing.workspace import ImportItem, Workspace

from .conftest import article


def test_info_on_a_missing_workspace_creates_nothing(tmp_path, capsys) -> None:
    assert main(["workspace", "--workspace", str(tmp_path / "none")]) == 0
    assert "no workspace yet" in capsys.readouterr().out
    assert not (tmp_path / "none").exists()


def test_info_lists_projects_and_check_passes(tmp_path, capsys) -> None:
    with Workspace(tmp_path) as ws:
        p = ws.create_project("Flood")
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1), article(2)])])
    assert main(["workspace", "info", "--workspace", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "workspace format 2" in out and "Flood: 2 articles" in out
    assert main(["workspace", "check", "--workspace", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_check_finds_an_article_whose_text_changed_behind_its_back(tmp_path, capsys) -> None:
    with Workspace(tmp_path) as ws:
        p = ws.create_project("Flood")
        ws.import_items(p.id, [ImportItem("upload", "a.txt", [article(1)])])
    conn = sqlite3.connect(tmp_path / "workspace.sqlite3")
    conn.execute("UPDATE articles SET text = text || ' tampered'")
    conn.commit()
    conn.close()
    assert main(["workspace", "check", "--workspace", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "does not match its stored hash" in err and "does not match its text" in err


def test_a_file_that_is_not_a_workspace_is_named_with_what_to_do(tmp_path, capsys) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 50)
    assert main(["workspace", "--workspace", str(junk)]) == 2
    err = capsys.readouterr().err
    assert str(junk) in err and "not a framing workspace" in err and "Traceback" not in err
