"""One selection for every view: the event shown and the articles read, chosen once.

:func:`scope` runs above the tabs: it says what is shown ("Showing … : 3 articles from 3 outlets"),
offers the event choice when the loaded articles tell several stories, and hands every view the
chosen event's articles only. :func:`choose_articles` is the article picker of the views that
show texts side by side; every such picker is bound to one shared list, so the articles chosen
on one tab are those shown on the others.
"""

from __future__ import annotations

from typing import Sequence

import streamlit as st

from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from dashboard.views import compare_common

#: the article ids chosen for reading (shared by every view's picker)
ARTICLES = "fr_chosen_articles"
MAX_ARTICLES = 4
DEFAULT_ARTICLES = 3


def scope(data: AnalysedSet) -> AnalysedSet:
    """Render the header line and event choice; return the set every view gets (the chosen event's)."""
    if not data.analyses:
        return data
    event = compare_common.render_event_choice(data)
    if event is None:
        return data
    shown = data.subset(event.article_ids, event)
    outlets = len({a.outlet for a in shown.articles})
    n = len(shown.articles)
    others = data.loaded - n
    st.markdown(
        f"Showing **{md_escape(event.name)}**: {n} article{'s' if n != 1 else ''} from {outlets} "
        f"outlet{'s' if outlets != 1 else ''}"
        + (f" · {others} other loaded article{'s' if others != 1 else ''} in other events (choose above)"
           if others > 0 else "")
        + (" · blind reading: outlets are letters" if data.blind else ""))
    note = compare_common.follow_note()
    if note:
        st.info(md_escape(note), icon=":material/arrow_forward:")
    return shown


def _valid(ids: Sequence[str], chosen: Sequence[str]) -> list[str]:
    known = set(ids)
    return [i for i in chosen if i in known][:MAX_ARTICLES]


def chosen_articles(data: AnalysedSet, default: int = DEFAULT_ARTICLES) -> list[str]:
    """The shared choice, kept valid: articles that left are dropped; when none is left (or on the
    first view) the first ``default`` articles of the set shown."""
    ids = [a.id for a in data.articles]
    current = st.session_state.get(ARTICLES)
    kept = _valid(ids, current or [])
    if current is None or (not kept and current):
        kept = ids[:default]
    if kept != current:
        st.session_state[ARTICLES] = kept
    return kept


def _on_pick(widget: str) -> None:
    st.session_state[ARTICLES] = list(st.session_state.get(widget) or [])


def choose_articles(data: AnalysedSet, key: str, label: str = "Articles to read (up to 4)",
                    max_selections: int = MAX_ARTICLES, help: str | None = None) -> list[str]:
    """A multiselect of the articles shown, bound to the shared choice; returns the chosen ids."""
    ids = [a.id for a in data.articles]
    by_id = {a.id: a for a in data.articles}
    chosen = chosen_articles(data)[:max_selections]
    widget = f"{key}_articles"
    st.session_state[widget] = chosen
    picked = st.multiselect(label, ids, key=widget, max_selections=max_selections, on_change=_on_pick, args=(widget,),
                            format_func=lambda i: article_label(by_id[i]) if i in by_id else i,
                            help=help or "The same articles are shown on every tab.")
    return [i for i in picked if i in by_id]


def choose_article(data: AnalysedSet, key: str, label: str = "Article") -> str | None:
    """One article (the first of the shared choice by default); choosing one puts it first there."""
    ids = [a.id for a in data.articles]
    if not ids:
        return None
    by_id = {a.id: a for a in data.articles}
    chosen = chosen_articles(data)
    widget = f"{key}_article"
    st.session_state[widget] = chosen[0] if chosen else ids[0]
    st.selectbox(label, ids, key=widget, format_func=lambda i: article_label(by_id[i]),
                 on_change=_put_first, args=(widget,))
    return str(st.session_state[widget])


def _put_first(widget: str) -> None:
    first = st.session_state.get(widget)
    rest = [i for i in st.session_state.get(ARTICLES) or [] if i != first]
    st.session_state[ARTICLES] = [first, *rest][:MAX_ARTICLES]


def article_label(a: object) -> str:
    """"Outlet — headline" cut to fit a picker (plain text: pickers do not read Markdown)."""
    title = getattr(a, "title", "") or "(no headline)"
    title = title if len(title) <= 55 else title[:54].rstrip() + "…"
    return f"{getattr(a, 'outlet', '')} — {title}"
