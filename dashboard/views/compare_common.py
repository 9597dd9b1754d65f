"""Shared by the comparison views (Overview, Vocabulary, Coverage): which event, and its comparison.

Uploads holding several stories are grouped into events automatically
(:func:`framing.compare.group_events`); the user can move articles between events and
rename them. The assignment lives in this session's state only.
"""

from __future__ import annotations

import html
import json
import threading
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
CHOSEN = "compare_event"             # the chosen event id (every view shows it)
EVENTS = "compare_events"            # (key, [Event]) of the loaded articles
COMPARISONS = "compare_comparisons"  # {(articles, fingerprint, name): EventComparison}, this session's
MAX_COMPARISONS = 8
NEW_EVENT = "➕ new event"


#: the event id of the bundled sample (its folder is one event by definition: no grouping needed)
SAMPLE_EVENT = "event-sample"


def _sample_event(ids: Sequence[str]) -> tuple[str, str] | None:
    """(event id, name) when every article is the sample's and its manifest names one ``event``."""
    from dashboard import state as app_state

    sample = app_state.sample_ids()
    if not ids or not sample or not set(ids) <= sample:
        return None
    manifest = app_state.read_manifest(app_state.sample_dir())
    if not manifest.get("event"):
        return None  # a folder of articles, not declared one event: grouped like any upload
    title = manifest.get("title") or manifest.get("event")
    return SAMPLE_EVENT, str(title)


def _assignment(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    ids = tuple(a.article.id for a in analyses)
    state = st.session_state.get(ASSIGNMENT)
    if not state or state.get("ids") != ids:
        known = (state or {}).get("map", {})
        sample = _sample_event(ids)
        if known and all(i in known for i in ids):
            mapping = {i: known[i] for i in ids}
        elif sample is not None:
            mapping = {i: sample[0] for i in ids}
            if sample[1]:
                st.session_state.setdefault(NAMES, {}).setdefault(sample[0], sample[1])
        else:
            mapping = {aid: ev.id for ev in group_events(analyses) for aid in ev.article_ids}
        st.session_state[ASSIGNMENT] = {"ids": ids, "map": mapping}
    return st.session_state[ASSIGNMENT]["map"]


def events(analyses: Sequence[ArticleAnalysis]) -> list[Event]:
    """The events of these analyses (grouped automatically, as the user edited them); the list is
    kept in the session while the articles, the grouping and the names stay the same."""
    mapping = _assignment(analyses)
    names = st.session_state.get(NAMES, {})
    key = (tuple((a.article.id, a.article.outlet) for a in analyses), tuple(sorted(mapping.items())),
           tuple(sorted(names.items())))
    kept = st.session_state.get(EVENTS)
    if kept is None or kept[0] != key:
        kept = (key, events_from_assignment(analyses, mapping, names))
        st.session_state[EVENTS] = kept
    return list(kept[1])


FOLLOWED = "compare_followed_load"    # the number of the load action whose event was last shown
FOLLOW_NOTE = "compare_follow_note"  # what following it did, in one line (None: nothing to say)


def event_of_new_articles(evs: Sequence[Event], new_ids: Sequence[str]) -> tuple[Event | None, list[Event]]:
    """The event holding most of the newly added articles (ties: the earlier event) and every
    event holding any of them; (None, []) when none of them is in an event."""
    new = set(new_ids)
    holding = [e for e in evs if new & set(e.article_ids)]
    if not holding:
        return None, []
    return max(holding, key=lambda e: len(new & set(e.article_ids))), holding


def _follow_new_upload(evs: Sequence[Event]) -> None:
    """Right after the user loads articles, show the event they belong to (once per load: a
    later choice of the user stands) and say so when it was not the one shown, or when they went
    to several events."""
    from dashboard import state as app_state

    number, new_ids = app_state.last_added()
    if not number or st.session_state.get(FOLLOWED) == number:
        return
    st.session_state[FOLLOWED] = number
    st.session_state[FOLLOW_NOTE] = None
    best, holding = event_of_new_articles(evs, new_ids)
    if best is None:
        return
    before = st.session_state.get(CHOSEN)
    st.session_state[CHOSEN] = best.id
    if len(holding) > 1:
        names = ", ".join(f"“{e.name}”" for e in holding)
        st.session_state[FOLLOW_NOTE] = (f"Your {len(new_ids)} new articles went into {len(holding)} events "
                                         f"({names}); showing “{best.name}”. Choose another above.")
    elif before is not None and before != best.id and len(evs) > 1:
        st.session_state[FOLLOW_NOTE] = f"Showing “{best.name}”, the event your new articles belong to."


def chosen_event(analyses: Sequence[ArticleAnalysis]) -> Event | None:
    """The event every view shows: the one the user's latest upload went into (right after it),
    else the user's choice, else the one with most articles."""
    evs = events(analyses)
    if not evs:
        return None
    ids = [e.id for e in evs]
    _follow_new_upload(evs)
    if st.session_state.get(CHOSEN) not in ids:
        st.session_state[CHOSEN] = max(evs, key=lambda e: len(e.article_ids)).id
    return next(e for e in evs if e.id == st.session_state[CHOSEN])


def follow_note() -> str | None:
    """What showing the latest upload's event did (one line for the header), or None."""
    return st.session_state.get(FOLLOW_NOTE)


def _on_choice(widget: str) -> None:
    st.session_state[CHOSEN] = st.session_state[widget]
    st.session_state[FOLLOW_NOTE] = None  # the user chose: the note about the upload's event is done


def render_event_choice(data: AnalysedSet, key: str = "header") -> Event | None:
    """The one event selector (when the articles tell several stories) and the grouping editor;
    returns the chosen event. Shown once, above the tabs: the choice applies to every tab."""
    analyses = data.analyses
    if not analyses:
        return None
    evs = events(analyses)
    event = chosen_event(analyses)
    if event is None:
        return None
    ids = [e.id for e in evs]
    if len(evs) > 1:
        widget = f"{key}_event"
        st.session_state[widget] = st.session_state[CHOSEN]
        st.selectbox("Event shown on every tab", ids,
                     format_func=lambda i: next(f"{e.name} ({len(e.article_ids)} articles)" for e in evs if e.id == i),
                     key=widget, on_change=_on_choice, args=(widget,),
                     help="The articles tell several stories; they were grouped by what they talk about. "
                          "Every tab shows the event chosen here.")
    with st.expander(f"Event: {md_escape(event.name)} — rename it, or move articles between events", expanded=False):
        if not st.toggle("Edit the events", key=f"{key}_edit_events",
                         help="Rename the event shown, or move articles between events."):
            return event
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
    return event


def choose_event(data: AnalysedSet, key: str) -> tuple[Event, list[ArticleAnalysis]] | None:
    """The event the view shows and its analyses: the one chosen above the tabs (``data.event``),
    else (a view run on its own) the event with most articles."""
    analyses = data.analyses
    if not analyses:
        st.info("No articles loaded. Upload files or paste articles in the sidebar, or reset to the sample.")
        return None
    event = data.event if data.event is not None else chosen_event(analyses)
    if event is None:
        return None
    members = [a for a in analyses if a.article.id in set(event.article_ids)]
    return event, members


def comparison(event: Event, members: Sequence[ArticleAnalysis]) -> EventComparison:
    """The event's comparison, kept in the session per set of articles (their ids and outlet names:
    users can rename outlets) and analysers; a rerun reuses it as it is (no copy). The bundled
    sample's is also kept on disk (:func:`sample_comparison`)."""
    from dashboard.analysis import analysers_fingerprint

    key = (tuple((a.article.id, a.article.outlet) for a in members), analysers_fingerprint(), event.name)
    kept: dict[Any, EventComparison] = st.session_state.setdefault(COMPARISONS, {})
    if key not in kept:
        if len(kept) >= MAX_COMPARISONS:
            kept.pop(next(iter(kept)))
        ev = Event("event", event.name, [a.article.id for a in members])
        kept[key] = sample_comparison(members, ev)
    return kept[key]


def sample_comparison(members: Sequence[ArticleAnalysis], event: Event) -> EventComparison:
    """``compare_event(members, event)``; when every member is the bundled sample's (project data,
    never a user's upload), read from and kept in the disk cache, keyed by the articles, their outlet
    names, the event's name, the analysers and framing's code (a new server opens on the sample
    without computing it, nor importing scikit-learn)."""
    from dashboard import state as app_state
    from dashboard.analysis import analysers_fingerprint, code_fingerprint, read_disk_value, write_disk_value
    from framing.serialise import from_jsonable

    sample = app_state.sample_ids()
    if not members or not sample or not {a.article.id for a in members} <= sample:
        return compare_event(list(members), event)
    key = json.dumps(["comparison", [(a.article.id, a.article.outlet) for a in members], event.id, event.name,
                      analysers_fingerprint(), code_fingerprint()])
    with _DECODED_LOCK:
        decoded = _DECODED_SAMPLE.get(key)
    if decoded is not None:
        return decoded
    stored = read_disk_value(key)
    if stored is not None:
        try:
            loaded: EventComparison = from_jsonable(EventComparison, stored["value"])
            _keep_decoded(key, loaded)
            return loaded
        except (TypeError, ValueError, KeyError):
            pass  # an unreadable copy: computed again below
    cmp = compare_event(list(members), event)
    write_disk_value(key, cmp.to_json())
    _keep_decoded(key, cmp)
    return cmp


#: the sample's comparisons this process has read from disk or made, by their disk key, shared by
#: every session (project data only; each is read by the views, never changed): a new session on
#: the sample decodes nothing. Filled before the first page by :func:`preload_sample_comparisons`.
_DECODED_SAMPLE: dict[str, EventComparison] = {}
_DECODED_LOCK = threading.Lock()
MAX_DECODED_SAMPLE = 16


def _keep_decoded(key: str, cmp: EventComparison) -> None:
    with _DECODED_LOCK:
        if len(_DECODED_SAMPLE) >= MAX_DECODED_SAMPLE:
            _DECODED_SAMPLE.pop(next(iter(_DECODED_SAMPLE)))
        _DECODED_SAMPLE[key] = cmp


def preload_sample_comparisons() -> int:
    """Decode the sample comparisons kept on disk by this code and these analysers (a server's
    start-up: ``dashboard.startup``); returns how many."""
    from dashboard.analysis import analysers_fingerprint, code_fingerprint, disk_cache_dir
    from framing.serialise import from_jsonable

    current = [analysers_fingerprint(), code_fingerprint()]
    found = 0
    try:
        paths = sorted(disk_cache_dir().glob("*.json"))
    except OSError:
        return 0
    marker = json.dumps({"key": '["comparison"'})[:-2]   # how a kept comparison's file begins
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
            # the analyses kept beside them, and comparisons of other code, are not decoded at all
            if not text.startswith(marker) or current[1] not in text[:8192]:
                continue
            data = json.loads(text)
            key = data.get("key") if isinstance(data, dict) else None
            if not isinstance(key, str) or not key.startswith('["comparison"') or json.loads(key)[-2:] != current:
                continue
            _keep_decoded(key, from_jsonable(EventComparison, data["value"]))
            found += 1
        except (OSError, ValueError, TypeError, KeyError):
            continue
    return found


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


def picked(event_state: Any, name: str = "pick", field: str = "key") -> str | None:
    """The ``field`` (default ``key``) of the clicked mark in an ``st.altair_chart(on_select="rerun")`` result."""
    try:
        sel = event_state.selection.get(name) if hasattr(event_state, "selection") else event_state["selection"].get(name)
    except (AttributeError, KeyError, TypeError):
        return None
    key: Any = None
    if isinstance(sel, list) and sel:
        key = sel[0].get(field)
    elif isinstance(sel, dict):
        keys = sel.get(field)
        key = keys[0] if isinstance(keys, list) and keys else keys
    return None if key is None else str(key)
