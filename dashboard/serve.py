"""Serve the dashboard, ready before it answers: ``streamlit run dashboard/serve.py``.

The page itself is ``dashboard/app.py`` (``streamlit run dashboard/app.py`` serves it too, and tests
drive it directly). Started through this file, the server first prepares what the first page and a
first upload would otherwise wait for (:func:`dashboard.startup.prepare`: the page's modules, the
language model and every analyser's data, the sample event's analyses kept on disk, decoded), and
only then accepts connections: the address it prints opens a page that computes nothing.
"""

from __future__ import annotations

import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboard/serve.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))


@asynccontextmanager
async def prepared(_app: Any) -> AsyncIterator[None]:
    from dashboard.startup import finish, prepare

    prepare()
    try:
        yield
    finally:
        finish()


app = st.App(str(Path(__file__).with_name("app.py")), lifespan=prepared)
