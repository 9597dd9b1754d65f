"""The workspace: a user's projects, articles, edits and analysis results, kept on disk.

An embedded SQLite database (WAL mode, foreign keys on) in a per-user data folder
(:mod:`framing.workspace.location`: ``platformdirs``, overridden by ``FRAMING_HOME`` or
``--workspace PATH``). What it stores and how: :mod:`framing.workspace.store`; the schema
and its migrations: :mod:`framing.workspace.schema`; analysis results as the analysis
cache: :mod:`framing.workspace.results`.

>>> import tempfile
>>> from framing.model import Article
>>> tmp = tempfile.TemporaryDirectory()
>>> with Workspace(tmp.name) as ws:
...     p = ws.create_project("River flood")
...     a = Article.create(title="River floods", body="The river rose.", outlet="Alpha Daily")
...     [o.added == [a.id] for o in ws.import_items(p.id, [ImportItem("paste", "pasted text", [a])])]
...     ws.rename_outlet(p.id, a.id, "Alpha Daily News")
...     [x.outlet for x in ws.articles(p.id)]
[True]
True
['Alpha Daily News']
>>> tmp.cleanup()
"""

from .location import DATABASE_NAME, HOME_ENV, database_path, default_home
from .results import ResultStore
from .schema import SCHEMA_VERSION
from .store import (ACTORS, CURRENT_PROJECT, THRESHOLD, Event, ImportItem, ImportOutcome, Project, StoredImport,
                    StoredLexicon, Workspace, WorkspaceError, WorkspaceInputError, open_workspace)

__all__ = [
    "ACTORS", "CURRENT_PROJECT", "DATABASE_NAME", "HOME_ENV", "SCHEMA_VERSION", "THRESHOLD", "Event", "ImportItem",
    "ImportOutcome", "Project", "ResultStore", "StoredImport", "StoredLexicon", "Workspace", "WorkspaceError",
    "WorkspaceInputError", "database_path", "default_home", "open_workspace",
]
