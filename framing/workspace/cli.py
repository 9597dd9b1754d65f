"""``python -m framing workspace [--workspace PATH] [info|check]``: where the workspace is, what it
holds, and whether it is intact.

``info`` names the database file, its schema version and each project with its article count;
``check`` runs :meth:`~framing.workspace.Workspace.check` (SQLite's integrity and foreign-key
checks, every article's text against its hash) and exits 1 when it finds a problem. Neither
creates a workspace that is not there yet. A workspace that cannot be used is named on
standard error with what to do (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..safe_text import terminal_safe
from .location import database_path
from .store import Workspace, WorkspaceError


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", metavar="PATH", default=None,
                        help="the workspace folder (or database file); default: $FRAMING_HOME, else the per-user data folder")


def add_parser(sub: Any) -> None:
    """Register the ``workspace`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("workspace", help="where the dashboard's saved work is, what it holds, and an integrity check")
    p.add_argument("action", nargs="?", choices=("info", "check"), default="info")
    add_workspace_argument(p)


def _say(text: str, err: bool = False) -> None:
    print(terminal_safe(text, one_line=True), file=sys.stderr if err else sys.stdout)


def run(args: argparse.Namespace) -> int:
    path = database_path(args.workspace)
    if not path.exists():
        _say(f"no workspace yet at {path} (the dashboard creates it when you first load an article)")
        return 0
    try:
        with Workspace(path) as ws:
            if args.action == "check":
                problems = ws.check()
                for problem in problems:
                    _say(f"framing: {path}: {problem}", err=True)
                _say(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s) found'}")
                return 1 if problems else 0
            _say(f"{path} (workspace format {ws.schema_version})")
            for project in ws.projects():
                _say(f"  {project.name}: {project.article_count} article{'s' if project.article_count != 1 else ''}, "
                     f"changed {project.updated}")
            _say(f"  {len(ws.result_keys())} analysis results kept")
    except WorkspaceError as exc:
        _say(f"framing: {exc}", err=True)
        return 2
    return 0
