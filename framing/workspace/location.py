"""Where the workspace lives: a per-user data folder, overridable by the user.

In order of precedence: an explicit path (the ``--workspace PATH`` option), the environment
variable ``FRAMING_HOME``, then the platform's per-user data folder (``platformdirs``: e.g.
``~/.local/share/framing`` on Linux, ``~/Library/Application Support/framing`` on macOS,
``%LOCALAPPDATA%\\framing`` on Windows).

A path names a folder, which holds the database file :data:`DATABASE_NAME`; a path ending in
one of :data:`DATABASE_SUFFIXES` (or naming an existing file) is the database file itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: the environment variable that moves the workspace (tests point it at a temporary folder)
HOME_ENV = "FRAMING_HOME"
#: the database's file name inside the workspace folder
DATABASE_NAME = "workspace.sqlite3"
#: a path with one of these endings is taken as the database file, not a folder
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
APP_NAME = "framing"


def default_home() -> Path:
    """The workspace folder when none is given: ``$FRAMING_HOME``, else the per-user data folder."""
    chosen = os.environ.get(HOME_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(workspace: str | os.PathLike[str] | None = None) -> Path:
    """The database file for ``workspace`` (a folder or a database file; None: :func:`default_home`).

    >>> database_path("/tmp/research").name
    'workspace.sqlite3'
    >>> str(database_path("/tmp/research/flood.db"))
    '/tmp/research/flood.db'
    """
    path = Path(workspace).expanduser() if workspace is not None else default_home()
    if path.suffix.lower() in DATABASE_SUFFIXES or path.is_file():
        return path
    return path / DATABASE_NAME
