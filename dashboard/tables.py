"""Data tables sized to their contents: every header in full, values in full up to a cap.

:func:`show` is ``st.dataframe`` with each column given the width
:func:`framing.charts.layout.table_column_widths` computes from its header and values (a width
the caller sets is kept). Column widths in pixels make a table wider than its container scroll
sideways instead of squeezing a short column ("Uses") to two letters, so a table is fitted to
the page (:data:`framing.charts.layout.TABLE_FIT_ROOM`): its widest columns are narrowed first
and their text wraps onto up to three lines (taller rows), the full text on hover.
"""

from __future__ import annotations

from typing import Any, Mapping

import pandas as pd
import streamlit as st

from framing.charts.layout import TABLE_FIT_ROOM, fit_table, table_height, table_row_height

#: rows looked at to size the columns (a long table's widths come from its first rows)
SIZE_ROWS = 300
#: what a missing value shows (Streamlit would write "None")
MISSING = "—"


def _rows(frame: pd.DataFrame) -> list[list[Any]]:
    head = frame.head(SIZE_ROWS)
    rows: list[list[Any]] = head.astype(object).where(head.notna(), None).values.tolist()
    return rows


def fitted(frame: pd.DataFrame, config: Mapping[str, Any] | None = None,
           room: int = TABLE_FIT_ROOM) -> tuple[dict[str, Any], int]:
    """(``config`` with a width for every column that has none, lines per row): the widths of
    :func:`framing.charts.layout.fit_table`, so the table fits ``room`` (the page) and its long
    text wraps instead of running off the page; a width in px the caller sets is kept."""
    columns = [str(c) for c in frame.columns]
    out: dict[str, Any] = dict(config or {})
    fixed: dict[str, int] = {}
    for c in columns:
        given = out.get(c)
        width = given.get("width") if isinstance(given, dict) else None
        if isinstance(width, int):
            fixed[c] = width
    widths, lines = fit_table(columns, _rows(frame), room=room, fixed=fixed)
    for c in columns:
        given = out.get(c)
        if given is None:
            out[c] = st.column_config.Column(width=widths[c])
        elif isinstance(given, dict) and not isinstance(given.get("width"), int):
            out[c] = {**given, "width": widths[c]}
    return out, lines


def fitted_config(frame: pd.DataFrame, config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``config`` (Streamlit column configs by column) with a width for every column that has none
    (:func:`fitted`)."""
    return fitted(frame, config)[0]


def show(frame: pd.DataFrame, *, all_rows: bool = False, max_rows: int | None = None, room: int = TABLE_FIT_ROOM,
         **kwargs: Any) -> Any:
    """``st.dataframe(frame, **kwargs)`` fitted to the page (:func:`fitted`): columns sized to
    their text, the widest narrowed until the table fits, their text wrapped on taller rows.
    ``all_rows``: tall enough to show every row (no scrolling inside the table), or with
    ``max_rows`` that many at most (the rest scroll); ``room``: the
    width (px) to fit (a table in one of three columns has a third of the page)."""
    config, lines = fitted(frame, kwargs.get("column_config"), room)
    kwargs["column_config"] = config
    kwargs.setdefault("hide_index", True)
    row_height = table_row_height(lines)
    if row_height is not None:
        kwargs.setdefault("row_height", row_height)
    if all_rows:
        shown = len(frame) if max_rows is None else min(len(frame), max_rows)
        kwargs["height"] = table_height(shown, row=kwargs.get("row_height"))
    return st.dataframe(frame, **kwargs)


def formatted(values: Any, fmt: str) -> list[str]:
    """Numbers as text with ``fmt`` (``"{:+.2f}"``, ``"{:.0%}"``), missing ones as :data:`MISSING`
    (for columns where a missing number means "none here", as tone of quotations without any)."""
    out = []
    for v in values:
        missing = v is None or (isinstance(v, float) and v != v)
        out.append(MISSING if missing else fmt.format(v))
    return out
