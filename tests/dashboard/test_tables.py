"""Data tables sized to their contents: headers never cut, a caller's own widths kept."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.tables import MISSING, fitted_config, formatted
from framing.charts.layout import table_column_widths


def test_every_column_gets_a_width_that_fits_its_header_and_a_given_width_is_kept():
    frame = pd.DataFrame([{"Term": "regime", "Uses": 3, "Category": "Derogatory label", "Voice": "narrator"},
                          {"Term": "thugs", "Uses": None, "Category": "Derogatory label", "Voice": "quoted"}])
    config = fitted_config(frame, {"Voice": st.column_config.Column(width=200),
                                   "Category": st.column_config.TextColumn(help="the lexicon's category")})
    widths = table_column_widths(list(frame.columns), [])
    assert config["Uses"]["width"] >= widths["Uses"]          # "Uses" in full, never "Us"
    assert config["Term"]["width"] == table_column_widths(["Term"], [["regime"]])["Term"]
    assert config["Voice"]["width"] == 200                       # the caller's width stays
    assert config["Category"]["help"] == "the lexicon's category" and config["Category"]["width"] > 0


def test_formatted_numbers_write_missing_ones_as_a_dash():
    assert formatted([0.1234, None, float("nan"), -0.5], "{:+.2f}") == ["+0.12", MISSING, MISSING, "-0.50"]
    assert formatted([0.25], "{:.0%}") == ["25%"]


def test_a_table_wider_than_the_page_is_fitted_and_its_text_wraps(monkeypatch):
    from dashboard import tables
    from framing.charts.layout import TABLE_FIT_ROOM

    outlets = ["Harbour Herald Evening Edition", "Inland Gazette and Courier", "Coast Radio News", "Valley Post"]
    frame = pd.DataFrame([{"Speaker": "Marta Quill", "Type": "Citizen", **{o: 1 for o in outlets}, "Outlets": 4,
                           "Anonymous": False, "Role": "a retired teacher who chairs the Elm Street readers' group",
                           "Also named": "Quill, Ms Quill", "Type from": "Harbour Herald Evening Edition: a retired "
                           "teacher (role 'teacher')"}])
    seen = {}
    monkeypatch.setattr(st, "dataframe", lambda data, **kw: seen.update(kw))
    tables.show(frame, width="stretch")
    widths = {c: v["width"] for c, v in seen["column_config"].items()}
    assert sum(widths.values()) <= TABLE_FIT_ROOM and set(widths) == set(frame.columns)
    assert seen["row_height"] > 64                       # Streamlit wraps cell text in rows over 4 rem
    small = {}
    monkeypatch.setattr(st, "dataframe", lambda data, **kw: small.update(kw))
    tables.show(pd.DataFrame([{"Term": "regime", "Uses": 3}]))
    assert "row_height" not in small                      # a table that fits keeps one-line rows
