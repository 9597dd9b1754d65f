"""The sidebar's "Fetch from a URL" form, and the fetched outcomes kept until they are shown.

A fetch can take up to its deadline (20 s). Streamlit may interrupt a callback at any access to
``st.session_state`` when the user clicks meanwhile, so the callback never writes the outcome
through Streamlit after the fetch: it appends it to a plain list kept in the session
(:data:`OUTCOMES`), and :func:`deliver_outcomes` — at the end of the callback and again at the
start of the next run — moves it into the load log. An interrupted callback loses nothing.
"""

from __future__ import annotations


from typing import Any, MutableMapping, cast

import streamlit as st

from dashboard import settings, state
from framing.ingest import LoadReport, Problem, load_url

URL_INPUT = "fr_url"
ALLOW_PRIVATE = "fr_url_allow_private"
#: list[LoadReport]: fetch outcomes not yet in the load log
OUTCOMES = "fr_url_outcomes"


def _session() -> MutableMapping[str, Any]:
    return cast(MutableMapping[str, Any], st.session_state)


def fetch_submitted(session: MutableMapping[str, Any] | None = None) -> None:
    """The form's callback: fetch the address typed, keep the outcome, show it."""
    session = _session() if session is None else session
    url = str(session.get(URL_INPUT) or "").strip()
    allow_private = bool(session.get(ALLOW_PRIVATE))
    outcomes: list[LoadReport] = session.setdefault(OUTCOMES, [])
    if not url:
        report = LoadReport(problems=[Problem("URL", "is empty: type an http(s):// address")])
    elif not url.lower().startswith(("http://", "https://")):
        report = LoadReport(problems=[Problem(url, "is not a web address: it must start with http:// or https://")])
    else:
        options = settings.ingest_options(allow_private_urls=allow_private)
        report = state.safe_load(lambda: load_url(url, options=options), url)
    outcomes.append(report)  # a plain list: no Streamlit call between the fetch and keeping its outcome
    deliver_outcomes(session)


def deliver_outcomes(session: MutableMapping[str, Any] | None = None) -> None:
    """Move kept fetch outcomes into the articles and the load log (each one once)."""
    session = _session() if session is None else session
    outcomes: list[LoadReport] = session.get(OUTCOMES) or []
    while outcomes:
        state.add_report(outcomes[0], session)
        outcomes.pop(0)


def render_form(sidebar: Any) -> None:
    """The "Fetch from a URL" expander: the form, or why fetching is off here."""
    with sidebar.expander("Fetch from a URL"):
        if not settings.fetching_enabled():
            st.caption("Fetching web addresses is turned off on this server. Save the page in your browser "
                       "and upload the .html file instead.")
            return
        with st.form("fr_url_form", clear_on_submit=True, border=False):
            st.text_input("Web address of a news article", key=URL_INPUT, placeholder="https://…")
            if not settings.public_server():
                st.checkbox(settings.PRIVATE_URLS_CHECKBOX, key=ALLOW_PRIVATE,
                            help="Off by default: localhost, 10.x, 192.168.x and similar addresses are refused, "
                                 "so a page cannot send the tool to services on your network.")
            st.form_submit_button("Fetch article", on_click=fetch_submitted)
