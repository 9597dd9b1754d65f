"""The sidebar: upload files, paste text, fetch a URL, reset; and the outlet-name editor.

Loading runs in widget callbacks (before the script body), so the page that follows already
shows the new articles; the uploader's key is bumped after each batch so it is empty again
and a file is never loaded twice by a rerun.
"""

from __future__ import annotations

import functools
import html
from typing import Any, Callable, MutableMapping, cast

import pandas as pd
import streamlit as st

from dashboard import state, url_fetch
from framing.ingest import LoadReport, load_bytes, load_text
from framing.ingest.loaders import KNOWN_EXTENSIONS

#: what the uploader accepts (framing.ingest reads each of these)
#: every file type the loaders read (framing.ingest.loaders: one list for the command line and the uploader)
UPLOAD_TYPES = sorted(ext.lstrip(".") for ext in KNOWN_EXTENSIONS)
UPLOADER_GEN = "fr_uploader_gen"
EDITOR_GEN = "fr_editor_gen"
PASTE_TEXT = "fr_paste_text"
PASTE_OUTLET = "fr_paste_outlet"
#: while "Clear all articles" waits for the user to confirm: the ids of the articles it would
#: remove, taken when it was asked (the question counts those; when the articles change meanwhile,
#: by an upload, a paste, a fetch or a removal, the question is closed: it no longer says what
#: would go)
CLEAR_PENDING = "fr_clear_pending"


def uploader_key() -> str:
    return f"fr_uploader_{st.session_state.get(UPLOADER_GEN, 0)}"


def _read_upload(f: Any) -> LoadReport:
    return load_bytes(f.name, f.getvalue())


def _on_upload(key: str) -> None:
    files = st.session_state.get(key) or []
    if not isinstance(files, list):
        files = [files]
    inputs = [state.Input("upload", f.name, f.getvalue(), state.safe_load(functools.partial(_read_upload, f), f.name))
              for f in files]
    if inputs:
        state.add_inputs(inputs)  # one import: saved in one transaction, original bytes included
    st.session_state[UPLOADER_GEN] = st.session_state.get(UPLOADER_GEN, 0) + 1


def _on_paste() -> None:
    text = st.session_state.get(PASTE_TEXT) or ""
    outlet = (st.session_state.get(PASTE_OUTLET) or "").strip() or None
    report = state.safe_load(lambda: load_text(text, name="pasted text", outlet=outlet), "pasted text")
    state.add_inputs([state.Input("paste", "pasted text", text.encode("utf-8"), report)])


def log_html(entries: list[state.LogEntry], limit: int = 40, mask: Callable[[str], str] | None = None) -> str:
    """The load outcomes as a compact escaped list (file names and headlines are user text);
    ``mask`` hides outlet names in each line (blind reading)."""
    colour = {"ok": "#15803d", "dup": "#a16207", "warning": "#a16207", "error": "#b91c1c", "info": "#1d4ed8"}
    items = "".join(
        f'<li style="color:{colour.get(e.status, "#b91c1c")}">{html.escape(mask(e.line) if mask else e.line)}</li>'
        for e in entries[:limit]
    )
    more = f"<li>… {len(entries) - limit} more</li>" if len(entries) > limit else ""
    return (
        '<ul class="fr-load-log" style="list-style:none;padding-left:0;margin:0;font-size:0.85rem;'
        f'line-height:1.35;overflow-wrap:anywhere">{items}{more}</ul>'
    )


def batch_summary(batch: list[state.LogEntry]) -> str:
    """"Last load: 3 loaded, 1 failed, 2 warnings (see ! below)" for the latest load action."""
    def count(status: str) -> int:
        return sum(1 for e in batch if e.status == status)

    errors, dups, warnings = count("error"), count("dup"), count("warning")
    return (f"Last load: {count('ok')} loaded" + (f", {errors} failed" if errors else "")
            + (f", {dups} duplicate{'s' if dups != 1 else ''} skipped" if dups else "")
            + (f", {warnings} warning{'s' if warnings != 1 else ''} (see ! below)" if warnings else ""))


def render_sidebar(mask: Callable[[str], str] | None = None) -> None:
    """The sidebar; ``mask`` hides outlet names in the load log (blind reading)."""
    sb = st.sidebar
    url_fetch.deliver_outcomes()  # fetched while an earlier run was interrupted
    n = len(state.articles())
    from_sample = state.sample_count()
    sb.header("Articles")
    sb.caption(f"{n} article{'s' if n != 1 else ''} loaded"
               + (" (the sample event)" if from_sample == n > 0
                  else f" ({from_sample} from the sample event)" if from_sample else ""))

    sb.file_uploader(
        "Upload articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key=uploader_key(),
        on_change=_on_upload,
        args=(uploader_key(),),
        help="Text (.txt, .md: headline on the first line; optional Outlet:/Date:/By:/URL: lines above it), "
             "web pages (.html), tables (.csv, .tsv, .jsonl, .json, .parquet with title/text/outlet columns) "
             "or a .zip of these.",
    )
    batch = state.last_batch()
    errors = sum(1 for e in batch if e.status == "error")
    if batch and state.last_batch_was_sample() and not errors:
        sb.caption(f"Sample event: {sum(1 for e in batch if e.status == 'ok')} articles loaded "
                   "(see the load log below).")
    elif batch:
        sb.caption(batch_summary(batch))
        with sb.container(height=min(320, 40 + 44 * len(batch)), border=False):
            st.html(log_html(batch, mask=mask))
        if errors:
            sb.error(f"{errors} input{'s' if errors != 1 else ''} could not be loaded (see ✗ above); "
                     "the articles already loaded are kept.")

    with sb.expander("Paste an article"):
        with st.form("fr_paste_form", clear_on_submit=True, border=False):
            st.text_area("Article text (headline on the first line)", key=PASTE_TEXT, height=160)
            st.text_input("Outlet name", key=PASTE_OUTLET, placeholder="e.g. The Daily Example")
            st.form_submit_button("Add pasted article", on_click=_on_paste)

    url_fetch.render_form(sb)

    saved = state.workspace() is not None
    sb.button("Reset to the sample event", on_click=_reset, width="stretch", icon=":material/restart_alt:",
              help=("Show the bundled sample event (read-only); your projects are kept." if saved
                    else "Replace the loaded articles with the bundled sample event."))
    loaded = state.articles()
    sb.button("Clear all articles", on_click=_ask_clear, width="stretch", icon=":material/delete_sweep:",
              disabled=not loaded,
              help=("Remove every article of this project and start empty (on the sample: in a new project); "
                    "asks first." if saved else "Remove every loaded article and start empty; asks first."))
    pending = pending_clear({a.id for a in loaded})
    if pending:
        render_clear_confirmation(sb, len(pending), saved)

    full = state.log()
    if full and (len(full) > len(batch) or state.last_batch_was_sample()):
        with sb.expander(f"Load log ({len(full)})"):
            st.html(log_html(full, limit=LOG_SHOWN, mask=mask))


LOG_SHOWN = 200


def _reset() -> None:
    state.reset_to_sample()
    st.session_state[EDITOR_GEN] = st.session_state.get(EDITOR_GEN, 0) + 1


def needs_confirmation(ids: set[str], sample: frozenset[str]) -> bool:
    """Whether clearing would remove anything the user loaded (the bundled sample alone goes at once:
    it is one click away again)."""
    return bool(ids - set(sample))


def _ask_clear() -> None:
    ids = state.article_ids()
    if needs_confirmation(ids, state.sample_ids()):
        st.session_state[CLEAR_PENDING] = frozenset(ids)
    else:
        _clear()


def pending_clear(loaded: set[str], session: MutableMapping[str, Any] | None = None) -> frozenset[str]:
    """The articles the open "Clear all" question would remove: those loaded when it was asked,
    while they are still exactly what is loaded. When the articles changed since (an upload, a
    paste, a removal), the question is closed and nothing is pending (ask again to see the count)."""
    if session is None:
        session = cast(MutableMapping[str, Any], st.session_state)
    asked = session.get(CLEAR_PENDING)
    if not isinstance(asked, frozenset) or not asked:
        session[CLEAR_PENDING] = None
        return frozenset()
    if asked != frozenset(loaded):
        session[CLEAR_PENDING] = None
        return frozenset()
    return asked


def render_clear_confirmation(sb: Any, n: int, saved: bool) -> None:
    """The question "Clear all articles" asks before it removes the user's articles."""
    box = sb.container(border=True)
    where = " from this project (the saved copies too)" if saved else ""
    box.warning(f"Remove all {n} article{'s' if n != 1 else ''}{where}? This cannot be undone.",
                icon=":material/warning:")
    c1, c2 = box.columns(2)
    c1.button(f"Remove {n}", key="fr_clear_confirm", on_click=_clear, type="primary", width="stretch")
    c2.button("Keep them", key="fr_clear_cancel", on_click=_cancel_clear, width="stretch")


def _cancel_clear() -> None:
    st.session_state[CLEAR_PENDING] = None


def _clear() -> None:
    st.session_state[CLEAR_PENDING] = None
    state.clear()
    st.session_state[EDITOR_GEN] = st.session_state.get(EDITOR_GEN, 0) + 1


# --- outlet names ----------------------------------------------------------------------

def _editor_key() -> str:
    return f"fr_editor_{st.session_state.get(EDITOR_GEN, 0)}"


def apply_edits(edits: dict[str, Any], ids: list[str], session: MutableMapping[str, Any] | None = None) -> int:
    """Apply a data editor's ``edited_rows`` (outlet renames, removals); returns changes made.

    ``ids`` are the article ids of the editor's rows, in row order.
    """
    changed = 0
    to_remove: set[str] = set()
    for row, change in (edits.get("edited_rows") or {}).items():
        i = int(row)
        if not 0 <= i < len(ids):
            continue
        if change.get("remove"):
            to_remove.add(ids[i])
        outlet = change.get("outlet")
        if isinstance(outlet, str) and state.set_outlet(ids[i], outlet, session):
            changed += 1
    if to_remove:
        changed += state.remove(to_remove, session)
    return changed


def _on_edit(key: str, ids: list[str]) -> None:
    apply_edits(st.session_state.get(key) or {}, ids)
    st.session_state[EDITOR_GEN] = st.session_state.get(EDITOR_GEN, 0) + 1


def render_article_table() -> None:
    """The loaded articles as a table; the outlet column is editable, rows can be removed."""
    arts = state.articles()
    if not arts:
        return
    ids = [a.id for a in arts]
    frame = pd.DataFrame({
        "outlet": [a.outlet for a in arts],
        "headline": [a.title for a in arts],
        "date": [a.published or "" for a in arts],
        "byline": [a.byline or "" for a in arts],
        "source": [state.display_source(a.source) for a in arts],
    })
    frame.insert(0, "remove", [False] * len(arts))
    key = _editor_key()
    st.data_editor(
        frame,
        key=key,
        hide_index=True,
        width="stretch",
        disabled=["headline", "date", "byline", "source"],
        column_config={
            "outlet": st.column_config.TextColumn("Outlet", help="Correct the outlet name here", required=True),
            "headline": st.column_config.TextColumn("Headline", width="large"),
            "date": st.column_config.TextColumn("Date"),
            "byline": st.column_config.TextColumn("By"),
            "source": st.column_config.TextColumn("Loaded from"),
            "remove": st.column_config.CheckboxColumn("Remove", help="Tick to remove the article"),
        },
        on_change=_on_edit,
        args=(key, ids),
    )
