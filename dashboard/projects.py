"""The sidebar's project picker: switch between the sample event and the user's projects;
create, rename and delete projects. What is kept and where: :mod:`dashboard.state`.

Every action runs in a widget callback (before the script body), so the page that follows
shows the project chosen. The picker's key carries a generation number that each project
change bumps, and the open project's id: the widget is built afresh with the open project selected.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import settings, state
from dashboard.loading import EDITOR_GEN
from dashboard.text import md_escape
from framing.workspace import WorkspaceInputError

PICKER_GEN = "fr_project_gen"
NEW_NAME = "fr_project_new_name"
RENAME = "fr_project_rename"
CONFIRM_DELETE = "fr_project_confirm_delete"
ERROR = "fr_project_error"
SAMPLE_LABEL = "Sample event (read-only)"


def picker_key(open_id: int) -> str:
    """The picker's key: new for each project change, and for each project opened by other means
    (the first change to the sample opens a new project from a loading callback)."""
    return f"fr_project_pick_{st.session_state.get(PICKER_GEN, 0)}_{open_id}"


def _changed() -> None:
    for key in (PICKER_GEN, EDITOR_GEN):
        st.session_state[key] = st.session_state.get(key, 0) + 1


def _run(action: Any) -> None:
    """Run a project action; a name the workspace refuses becomes a message under the form."""
    st.session_state[ERROR] = None
    try:
        action()
    except WorkspaceInputError as exc:
        st.session_state[ERROR] = str(exc)
    _changed()


def _on_pick(key: str) -> None:
    chosen = st.session_state.get(key)
    if isinstance(chosen, int):
        _run(lambda: state.open_project(chosen))
    else:  # not an option any more (e.g. a project deleted in another tab): show the picker afresh
        _changed()


def _on_create() -> None:
    name = str(st.session_state.get(NEW_NAME) or "")
    _run(lambda: state.create_project(name))


def _on_rename(key: str) -> None:
    name = str(st.session_state.get(key) or "")
    _run(lambda: state.rename_project(name))


def _on_delete() -> None:
    if st.session_state.get(CONFIRM_DELETE):
        _run(state.delete_project)
    st.session_state[CONFIRM_DELETE] = False


def render_sidebar() -> None:
    """The "Project" section at the top of the sidebar (a caption only, when nothing is saved)."""
    sb = st.sidebar
    ws = state.workspace()
    if ws is None:
        notice = state.storage_notice()
        if notice:
            sb.warning(md_escape(notice), icon="⚠️")
        elif settings.session_only():
            sb.caption("This is a shared server: your articles stay in this browser session only. Nothing is "
                       "written to disk, other visitors cannot see them, and they are gone when you close the page.")
        return
    sb.header("Project")
    projects = state.projects()
    current = state.current_project()
    options = [state.SAMPLE_PROJECT] + [p.id for p in projects]
    # labels stay the same while a project is open (an option whose label changes is a new option
    # to the browser); the article count is in the caption below
    labels = {state.SAMPLE_PROJECT: SAMPLE_LABEL}
    labels.update({p.id: p.name for p in projects})
    chosen = current.id if current is not None else state.SAMPLE_PROJECT
    key = picker_key(chosen)
    sb.selectbox("Open project", options, index=options.index(chosen) if chosen in options else 0,
                 format_func=lambda pid: labels.get(pid, str(pid)), key=key, on_change=_on_pick, args=(key,),
                 help="Your projects are saved on this computer and reopen as you left them.")
    if current is not None:
        sb.caption(f"{current.article_count} article{'s' if current.article_count != 1 else ''} saved in this project")
    notice = state.project_notice()
    if notice:
        sb.info(md_escape(notice))
    error = st.session_state.get(ERROR)
    if error:
        sb.error(md_escape(str(error)))
    with sb.expander("New, rename or delete a project"):
        with st.form("fr_project_new_form", clear_on_submit=True, border=False):
            st.text_input("Name of a new project", key=NEW_NAME, placeholder="e.g. Flood coverage, week one")
            st.form_submit_button("Create project", on_click=_on_create)
        if current is not None:
            rename_key = f"{RENAME}_{st.session_state.get(PICKER_GEN, 0)}"
            with st.form("fr_project_rename_form", border=False):
                st.text_input("Rename this project", value=current.name, key=rename_key)
                st.form_submit_button("Rename project", on_click=_on_rename, args=(rename_key,))
            st.checkbox(f"Yes, delete “{current.name}” and its {current.article_count} articles", key=CONFIRM_DELETE)
            st.button("Delete project", on_click=_on_delete, disabled=not st.session_state.get(CONFIRM_DELETE),
                      icon=":material/delete:")
        else:
            st.caption("The sample event cannot be changed: adding, renaming or removing an article makes a "
                       "project of your own with a copy of it.")
        st.caption(f"Saved in {md_escape(str(ws.path))}")
