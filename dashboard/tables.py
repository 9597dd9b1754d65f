"""Data tables sized to their contents: every header in full, values in full up to a cap.

:func:`show` is ``st.dataframe`` with each column given the width
:func:`framing.charts.layout.table_column_widths` computes from its header and values (a width
the caller sets is kept). Column widths in pixels make a table wider than its container scroll
sideways instead of squeezing a short column ("Uses") to two letters; long free text goes last
and is cut in its cell, with the full text on hover.
"""

from __future__ import annotations

from typing import Any, Mapping

import pandas as pd
import streamlit as st

from framing.charts.layout import TABLE_ROOM, table_column_widths

#: rows looked at to size the columns (a long table's widths come from its first rows)
SIZE_ROWS = 300
#: what a missing value shows (Streamlit would write "None")
MISSING = "—"


def fitted_config(frame: pd.DataFrame, config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``config`` (Streamlit column configs by column) with a width for every column that has none."""
    columns = [str(c) for c in frame.columns]
    rows = frame.head(SIZE_ROWS).astype(object).where(frame.head(SIZE_ROWS).notna(), None).values.tolist()
    widths = table_column_widths(columns, rows, room=TABLE_ROOM)
    out: dict[str, Any] = dict(config or {})
    for c in columns:
        given = out.get(c)
        if given is None:
            out[c] = st.column_config.Column(width=widths[c])
        elif isinstance(given, dict) and given.get("width") is None:
            out[c] = {**given, "width": widths[c]}
    return out


def show(frame: pd.DataFrame, **kwargs: Any) -> Any:
    """``st.dataframe(frame, **kwargs)`` with fitted column widths (see :func:`fitted_config`)."""
    kwargs["column_config"] = fitted_config(frame, kwargs.get("column_config"))
    kwargs.setdefault("hide_index", True)
    return st.dataframe(frame, **kwargs)


def formatted(values: Any, fmt: str) -> list[str]:
    """Numbers as text with ``fmt`` (``"{:+.2f}"``, ``"{:.0%}"``), missing ones as :data:`MISSING`
    (for columns where a missing number means "none here", as tone of quotations without any)."""
    out = []
    for v in values:
        missing = v is None or (isinstance(v, float) and v != v)
        out.append(MISSING if missing else fmt.format(v))
    return out
