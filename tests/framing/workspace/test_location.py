"""Where the workspace lives: --workspace PATH, then FRAMING_HOME, then the per-user data folder."""

from __future__ import annotations

import platformdirs

from framing.workspace import DATABASE_NAME, database_path, default_home


def test_framing_home_moves_the_workspace(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FRAMING_HOME", str(tmp_path / "research"))
    assert default_home() == tmp_path / "research"
    assert database_path() == tmp_path / "research" / DATABASE_NAME


def test_without_framing_home_it_is_the_per_user_data_folder(monkeypatch) -> None:
    monkeypatch.delenv("FRAMING_HOME", raising=False)
    assert str(default_home()) == platformdirs.user_data_dir("framing", appauthor=False)


def test_an_explicit_path_wins_and_may_name_the_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FRAMING_HOME", str(tmp_path / "ignored"))
    assert database_path(tmp_path / "mine") == tmp_path / "mine" / DATABASE_NAME
    assert database_path(tmp_path / "flood.sqlite3") == tmp_path / "flood.sqlite3"
    existing = tmp_path / "custom-name"
    existing.write_bytes(b"")
    assert database_path(existing) == existing  # an existing file is the database itself
