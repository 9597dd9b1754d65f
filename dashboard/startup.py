"""What a server prepares before it answers (``dashboard/serve.py``), so the first page and the
first upload wait for nothing that could be ready: the page's own modules (pandas, Altair, the
views), the language model with every analyser's data and scikit-learn, the bundled sample's
analyses decoded from the disk cache, and worker processes that analyse a batch of uploads on
every core (``FRAMING_DASHBOARD_WORKERS``, default: the cores when there are two or more; each
holds its own copy of the language model, about 250 MB).

A failure here is never fatal: the server starts anyway, and the page loads what it needs itself
(as it does when served by ``streamlit run dashboard/app.py``).
"""

from __future__ import annotations

import importlib
import logging
import time

LOG = logging.getLogger("framing.dashboard")


def prepare() -> float:
    """Prepare this server process; returns the seconds it took (also logged)."""
    started = time.perf_counter()
    try:
        from dashboard import analysis, state
        from dashboard.views import VIEWS

        for _title, module in VIEWS:  # every tab's code (each imports its charts: Altair, pandas)
            importlib.import_module(f"dashboard.views.{module}")
        analysis.start_workers()  # they load the language model meanwhile, on the other core
        report, _manifest = state.load_sample_report()
        analysis.prepare_server(report.articles)
        from dashboard.views.compare_common import preload_sample_comparisons

        preload_sample_comparisons()
        _first_use_costs()
        analysis.wait_for_workers()  # loading in the background, they would share the first page's cores
    except Exception:  # noqa: BLE001 - the page loads what it needs itself
        LOG.exception("framing: preparing the server failed; pages load what they need as they go")
    seconds = time.perf_counter() - started
    LOG.info("framing: server prepared in %.1f s", seconds)
    return seconds


def _first_use_costs() -> None:
    """Streamlit's own once-per-process costs that the first page would otherwise pay: the emoji
    table behind the page icon (a large regular expression), the modules behind tables (a first
    table of text through pyarrow) and charts (narwhals), and the module-by-file map ``inspect`` builds the first time Streamlit
    looks at the call stack (its once-per-process "is this a REPL?" check)."""
    import inspect

    import narwhals  # noqa: F401
    import pandas as pd
    from streamlit import dataframe_util, string_util

    string_util.is_emoji("\N{NEWSPAPER}")
    # a first table of text: pandas' pyarrow-backed strings and their lazily imported modules
    dataframe_util.convert_anything_to_arrow_bytes(pd.DataFrame([{"outlet": "A", "count": 1}]))
    inspect.stack()


def finish() -> None:
    """When the server stops: end the worker processes."""
    from dashboard import analysis

    analysis.stop_workers()

