"""Media framing dashboard: compare how outlets report the same event.

Run from the repository root: ``streamlit run dashboard/app.py``. This file only lays out
the page; loading lives in :mod:`dashboard.loading`, per-user state in
:mod:`dashboard.state`, analysis in :mod:`dashboard.analysis`, and each tab in
:mod:`dashboard.views` (add a view there with one line).
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

#: when set, each script run appends one JSON line (run start, seconds spent) to this file: the
#: benchmark reads it to tell the server's share of a wait from the browser's
TIMING_LOG = os.environ.get("FRAMING_TIMING_LOG")
_RUN_START = time.perf_counter()
_RUN_CPU = time.process_time()

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import blind, chart_view, loading, projects, selection, state  # noqa: E402
from dashboard.analysis import analyse, warm_up  # noqa: E402
from dashboard.text import md_escape  # noqa: E402
from dashboard.views import views  # noqa: E402

INTRO = (
    "Load several outlets' reports of the same event and compare how each one tells it: "
    "who gets quoted, which words carry a judgement, what tone and frame the story takes. "
    "Every number points back to the words in the text that produced it."
)


def render_about_sample() -> None:
    """The sample event's title, notice and outlets, from its manifest (project data)."""
    manifest = state.read_manifest(state.sample_dir())
    title = manifest.get("title") or manifest.get("event") or "The sample event"
    st.markdown(f"**{md_escape(title)}**")
    rows = [
        {"Outlet": a.get("outlet", ""), "Date": a.get("date", ""), "Slant (as written)": a.get("slant", ""),
         "File": a.get("file", "")}
        for a in manifest.get("articles") or [] if isinstance(a, dict)
    ]
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    st.caption("The texts were written to show how one event can be framed differently. Use the sidebar "
               "to upload your own articles, or “Clear all” to start empty.")


#: session-state key of the open view (its tab title)
VIEW_KEY = "dashboard_view"


def render_view_failure(title: str, exc: BaseException, mask: Callable[[str], str] | None = None) -> None:
    """A failed view: one line in words, the details folded away with a copy button (no traceback on screen)."""
    hide = mask or (lambda s: s)
    st.error(f"The “{title}” view could not be shown ({type(exc).__name__}: {md_escape(hide(str(exc)))}). "
             "The other tabs still work; if it keeps happening, please report it with the details below.")
    with st.expander("Details for a bug report"):
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        st.code(hide(details), language=None)


def main() -> None:
    st.set_page_config(page_title="Framing comparison", page_icon="📰", layout="wide")
    with st.sidebar:
        chart_view.render_tooltip_guard()  # no stale chart tooltip (with names blind reading hides)
    state.init()  # opens the workspace: the project open last time, else the sample event
    projects.render_sidebar()
    blind_on = blind.active()
    mask = blind.session_mask(state.articles()) if blind_on else None
    blind.render_toggle(st.sidebar)
    loading.render_sidebar(mask=mask.mask if mask else None)

    st.title("How did each outlet frame it?")
    st.caption(INTRO)

    notice = state.sample_notice()
    if notice:
        st.info(f"**Sample event loaded.** {notice} Your uploads replace it.", icon="ℹ️")
        if not blind_on:
            with st.expander("About the sample"):
                render_about_sample()

    articles = state.articles()
    if articles and not blind_on:
        with st.expander(f"Loaded articles ({len(articles)}): correct outlet names, remove articles"):
            loading.render_article_table()

    data = analyse(articles, hide_names=blind_on, persist=state.sample_ids())
    if blind_on and data.articles and mask is not None:
        data = blind.masked_set(data)
        blind.render_guesses([a.outlet for a in articles], mask.labels)
    shown = selection.scope(data)

    registered = views()
    # stateful tabs: the chosen view survives reruns (an upload does not bounce the user to
    # the first tab), and only the open view runs (the others cost nothing)
    tabs = st.tabs([v.title for v in registered], key=VIEW_KEY, on_change="rerun")
    for tab, view in zip(tabs, registered):
        if not tab.open:
            continue
        with tab:
            try:
                view.load()(shown)
            except Exception as exc:  # noqa: BLE001 - one broken view must not take the others down
                render_view_failure(view.title, exc, mask.mask if mask else None)


def log_timing(started: float, cpu_started: float, view: str | None) -> None:
    """One line of the timing log (``FRAMING_TIMING_LOG``): when this run started, how long it took
    and the server process's CPU seconds meanwhile (all its threads: less noisy on a loaded machine)."""
    if not TIMING_LOG:
        return
    line = {"wall_start": time.time() - (time.perf_counter() - started), "seconds": time.perf_counter() - started,
            "cpu_seconds": time.process_time() - cpu_started, "view": view, "pid": os.getpid()}
    try:
        with open(TIMING_LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
    except OSError:
        pass


main()
log_timing(_RUN_START, _RUN_CPU, st.session_state.get(VIEW_KEY))
if not st.get_option("global.appTest"):  # a test drives the app: no background work to race with it
    warm_up()
