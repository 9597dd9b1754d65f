"""Media framing dashboard: compare how outlets report the same event.

Run from the repository root: ``streamlit run dashboard/app.py``. This file only lays out
the page; loading lives in :mod:`dashboard.loading`, per-user state in
:mod:`dashboard.state`, analysis in :mod:`dashboard.analysis`, and each tab in
:mod:`dashboard.views` (add a view there with one line).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import loading, projects, state  # noqa: E402
from dashboard.analysis import analyse  # noqa: E402
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


def main() -> None:
    st.set_page_config(page_title="Framing comparison", page_icon="📰", layout="wide")
    state.init()  # opens the workspace: the project open last time, else the sample event
    projects.render_sidebar()
    loading.render_sidebar()

    st.title("How did each outlet frame it?")
    st.caption(INTRO)

    notice = state.sample_notice()
    if notice:
        st.info(f"**Sample event loaded.** {notice}", icon="ℹ️")
        with st.expander("About the sample"):
            render_about_sample()

    articles = state.articles()
    if articles:
        with st.expander(f"Loaded articles ({len(articles)}): correct outlet names, remove articles"):
            loading.render_article_table()

    data = analyse(articles)

    registered = views()
    # stateful tabs: the chosen view survives reruns (an upload does not bounce the user to
    # the first tab), and only the open view runs (the others cost nothing)
    tabs = st.tabs([v.title for v in registered], key=VIEW_KEY, on_change="rerun")
    for tab, view in zip(tabs, registered):
        if not tab.open:
            continue
        with tab:
            try:
                view.load()(data)
            except Exception as exc:  # noqa: BLE001 - one broken view must not take the others down
                st.error(f"The “{view.title}” view failed: {type(exc).__name__}: {md_escape(str(exc))}")
                st.exception(exc)


main()
