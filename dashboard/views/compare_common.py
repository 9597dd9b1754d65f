"""Shared by the comparison views (Overview, Vocabulary, Coverage): which event, and its comparison.

Uploads holding several stories are grouped into events automatically
(:func:`framing.compare.group_events`); the user can move articles between events and
rename them. The assignment lives in this session's state only.
"""

from __future__ import annotations

import html
from typing import Any, Sequence

import streamlit as st

from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from framing.analysis import ArticleAnalysis
from framing.compare import EventComparison, compare_event, events_from_assignment, group_events
from framing.compare.common import Evidence
from framing.compare.events import Event

ASSIGNMENT = "compare_assignment"    # {"ids": tuple of article ids, "map": {article id: event id}}
NAMES = "compare_event_names"        # {event id: user-given name}
CHOSEN = "compare_event"             # the chosen event id (shared by the three views)
NEW_EVENT = "➕ new event"


def _assignment(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    ids = tuple(a.article.id for a in analyses)
    state = st.session_state.get(ASSIGNMENT)
    if not state or state.get("ids") != ids:
        known = (state or {}).get("map", {})
        if known and all(i in known for i in ids):
            mapping = {i: known[i] for i in ids}
        else:
            mapping = {aid: ev.id for ev in group_events(analyses) for aid in ev.article_ids}
        st.session_state[ASSIGNMENT] = {"ids": ids, "map": mapping}
    return st.session_state[ASSIGNMENT]["map"]


def events(analyses: Sequence[ArticleAnalysis]) -> list[Event]:
    return events_from_assignment(analyses, _assignment(analyses), st.session_state.get(NAMES, {}))


def _share_choice(widget: str) -> None:
    st.session_state[CHOSEN] = st.session_state[widget]


def choose_event(data: AnalysedSet, key: str) -> tuple[Event, list[ArticleAnalysis]] | None:
    """The event selector (and editor when there are several); returns the chosen event's analyses."""
    analyses = data.analyses
    if not analyses:
        st.info("No articles loaded. Upload files or paste articles in the sidebar, or reset to the sample.")
        return None
    evs = events(analyses)
    ids = [e.id for e in evs]
    if st.session_state.get(CHOSEN) not in ids:
        st.session_state[CHOSEN] = max(evs, key=lambda e: len(e.article_ids)).id
    if len(evs) > 1:
        # one selector per view (widget keys must be unique), all bound to the shared choice
        widget = f"{key}_event"
        st.session_state[widget] = st.session_state[CHOSEN]
        st.selectbox("Event", ids, format_func=lambda i: next(f"{e.name} ({len(e.article_ids)} articles)" for e in evs if e.id == i),
                     key=widget, on_change=_share_choice, args=(widget,),
                     help="The upload holds several stories; they were grouped by what they talk about.")
    event = next(e for e in evs if e.id == st.session_state[CHOSEN])
    with st.expander(f"Event: {md_escape(event.name)} — edit grouping", expanded=False):
        new_name = st.text_input("Name of this event", value=event.name, key=f"{key}_rename_{event.id}")
        if new_name and new_name != event.name:
            st.session_state.setdefault(NAMES, {})[event.id] = new_name
            st.rerun()
        mapping = _assignment(analyses)
        options = ids + [NEW_EVENT]
        names = {e.id: e.name for e in evs}
        for a in analyses:
            current = mapping.get(a.article.id)
            choice = st.selectbox(md_escape(f"{a.article.outlet} — {a.article.title[:70]}"), options,
                                  index=options.index(current) if current in options else 0,
                                  format_func=lambda i: names.get(i, i), key=f"{key}_move_{a.article.id}")
            if choice != current:
                mapping[a.article.id] = f"event-user-{len(ids) + 1}" if choice == NEW_EVENT else choice
                st.rerun()
    members = [a for a in analyses if a.article.id in set(event.article_ids)]
    return event, members


@st.cache_data(max_entries=16, show_spinner=False)
def _compare_cached(_members: tuple[ArticleAnalysis, ...], ids: tuple[str, ...], fingerprint: str,
                    name: str) -> EventComparison:
    members = list(_members)
    ev = Event("event", name, list(ids))
    return compare_event(members, ev)


def comparison(event: Event, members: Sequence[ArticleAnalysis]) -> EventComparison:
    """The event's comparison (cached per set of articles)."""
    from dashboard.analysis import analysers_fingerprint

    ids = tuple(a.article.id for a in members)
    # outlets can be renamed by users: they are part of the key
    key = "|".join(a.article.outlet for a in members) + analysers_fingerprint()
    return _compare_cached(tuple(members), ids, key, event.name)


def evidence_html(evs: Sequence[Evidence], limit: int = 12) -> str:
    """Sentences with the evidence words marked; every piece of text escaped."""
    parts = []
    for ev in list(evs)[:limit]:
        s, a, b = ev.sentence, ev.start - ev.sentence_start, ev.end - ev.sentence_start
        a, b = max(0, min(len(s), a)), max(0, min(len(s), b))
        parts.append(
            f'<div style="margin:0.3em 0;padding:0.3em 0.5em;border-left:3px solid #0072B2">'
            f'<span style="font-size:0.8rem;opacity:0.75">{html.escape(ev.outlet)}</span><br>'
            f'{html.escape(s[:a])}<mark style="background:#ffe08a">{html.escape(s[a:b])}</mark>{html.escape(s[b:])}</div>'
        )
    return "".join(parts) or "<em>No evidence.</em>"


def picked(event_state: Any, name: str = "pick") -> str | None:
    """The ``key`` of the clicked mark in an ``st.altair_chart(on_select="rerun")`` result."""
    try:
        sel = event_state.selection.get(name) if hasattr(event_state, "selection") else event_state["selection"].get(name)
    except (AttributeError, KeyError, TypeError):
        return None
    key: Any = None
    if isinstance(sel, list) and sel:
        key = sel[0].get("key")
    elif isinstance(sel, dict):
        keys = sel.get("key")
        key = keys[0] if isinstance(keys, list) and keys else keys
    return None if key is None else str(key)
