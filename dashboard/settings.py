"""Deployment settings of the dashboard, read from the environment (documented in SECURITY.md).

* ``FRAMING_PUBLIC_SERVER=1`` — the dashboard is served to people the operator does not know:
  no user can allow private or local addresses, and URL fetching is off unless the operator
  turns it on.
* ``FRAMING_FETCH_URLS=0`` / ``=1`` — turn URL fetching off or on (default: on, except on a
  public server).
* The workspace (projects, articles, edits, analysis results kept on disk) is the folder given
  by ``streamlit run dashboard/app.py -- --workspace PATH``, else ``FRAMING_HOME``, else the
  per-user data folder (:mod:`framing.workspace.location`). A public server keeps none: each
  session is on its own and nothing is written to disk (:func:`session_only`).

They are read on every use, so a test (or an operator restarting with new values) changes them
without touching the code.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from typing import Sequence

from framing.ingest import IngestOptions

#: the URL form's opt-in, and how a refused private address names it
PRIVATE_URLS_CHECKBOX = "Allow addresses on this computer or a private network"
PRIVATE_URLS_OPT_IN = f"tick '{PRIVATE_URLS_CHECKBOX}' in this form"

PUBLIC_SERVER_ENV = "FRAMING_PUBLIC_SERVER"
FETCH_URLS_ENV = "FRAMING_FETCH_URLS"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _flag(name: str) -> bool | None:
    value = os.environ.get(name, "").strip().lower()
    return True if value in _TRUE else False if value in _FALSE else None


def public_server() -> bool:
    """Whether this dashboard is a public deployment (``FRAMING_PUBLIC_SERVER=1``)."""
    return bool(_flag(PUBLIC_SERVER_ENV))


def session_only() -> bool:
    """Whether sessions keep their articles in memory only (no workspace, nothing on disk): a public server."""
    return public_server()


#: the dashboard's own command-line option, after streamlit's ``--``
WORKSPACE_OPTION = "--workspace"


def workspace_location(argv: Sequence[str] | None = None) -> str | None:
    """The ``--workspace PATH`` given to the app (``streamlit run dashboard/app.py -- --workspace PATH``),
    or None for the default (``FRAMING_HOME``, else the per-user data folder)."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == WORKSPACE_OPTION and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(WORKSPACE_OPTION + "="):
            return arg.split("=", 1)[1]
    return None


def fetching_enabled() -> bool:
    """Whether the sidebar fetches web addresses: ``FRAMING_FETCH_URLS`` if set, else off on a
    public server and on elsewhere."""
    chosen = _flag(FETCH_URLS_ENV)
    return (not public_server()) if chosen is None else chosen


def private_urls_allowed(requested: bool) -> bool:
    """The user's choice to fetch private and local addresses, which a public server never grants."""
    return requested and not public_server()


def ingest_options(allow_private_urls: bool = False) -> IngestOptions:
    """The loading options of this deployment (for a URL: the user's opt-in where it is allowed)."""
    return dataclasses.replace(IngestOptions(), fetch_urls=fetching_enabled(),
                               allow_private_urls=private_urls_allowed(allow_private_urls),
                               private_urls_opt_in=PRIVATE_URLS_OPT_IN)
