"""Overview: the outlet scorecard and the charts that tell an event's story at a glance."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import chart_view, evidence, export_controls, tables
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from dashboard.views.compare_common import choose_event, comparison, evidence_html, picked
from framing.charts.compare import outlet_metric_chart, shared_text_chart, voice_share_chart
from framing.compare import LabelsTable, ScorecardRow
from framing.compare.omissions import OmissionItem
from framing.charts.layout import TABLE_ROW, table_column_widths
from framing.export.labels import value_label
from framing.export.labels import SCORECARD_COLUMNS as COLUMNS, SCORECARD_PERCENT as PERCENT


#: scorecard measures whose value is a whole-text count (no spans to point at)
WHOLE_TEXT = ("articles", "words")
#: the scorecard's rows in the transposed table (measure id -> label)
MEASURES = {k: v + (" %" if k in PERCENT else "") for k, v in COLUMNS.items() if k != "outlet"}
MEASURE_COLUMN = "Measure"


def _cell(key: str, value: Any) -> str:
    if value is None or value != value:
        return "—"
    if key in PERCENT:
        return f"{round(100 * float(value))} %"
    if key == "primary_frame":
        return str(value_label("primary_frame", value))
    if key == "tone":
        return f"{float(value):+.2f}"
    if isinstance(value, float):
        return f"{value:.1f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def scorecard_frame(rows: list[ScorecardRow]) -> pd.DataFrame:
    """The scorecard for people: one row per measure, one column per outlet (so it fits the page
    at any number of measures), every value in words or formatted numbers (frames by name)."""
    outlets = [r.outlet for r in rows]
    names: list[str] = []
    for o in outlets:
        name = str(o)
        while name in names or name == MEASURE_COLUMN:
            name += " (outlet)"
        names.append(name)
    records = []
    for key, label in MEASURES.items():
        rec: dict[str, Any] = {MEASURE_COLUMN: label}
        for name, r in zip(names, rows):
            rec[name] = _cell(key, getattr(r, key))
        records.append(rec)
    return pd.DataFrame.from_records(records, columns=[MEASURE_COLUMN, *names])


def measure_width(frame: pd.DataFrame) -> int:
    """The scorecard's measure column wide enough for its longest name on one line (px)."""
    return table_column_widths([MEASURE_COLUMN], [[m] for m in frame[MEASURE_COLUMN]])[MEASURE_COLUMN]


def export_frame(rows: list[ScorecardRow]) -> pd.DataFrame:
    """The scorecard as exported (one row per outlet, human column names and frame labels)."""
    df = pd.DataFrame.from_records([dataclasses.asdict(r) for r in rows], columns=list(COLUMNS))
    for c in PERCENT:
        df[c] = [None if v is None or v != v else round(100 * v) for v in df[c]]
    df["primary_frame"] = [value_label("primary_frame", v) for v in df["primary_frame"]]
    return df.rename(columns={k: v + (" %" if k in PERCENT else "") for k, v in COLUMNS.items()})


#: written values that give an amount only vaguely ("hundreds", "dozens of"): not a figure that stands out
VAGUE = re.compile(r"^(?:about |around |some |more than |over |nearly |almost |many |tens of |several )?"
                   r"(?:hundreds|thousands|dozens|scores|millions|tens|a few|several|many)(?: of)?$", re.IGNORECASE)


def stands_out(item: OmissionItem) -> bool:
    """Whether an omission-matrix item belongs in the Overview's short list of what stands out.

    A voice always does. A figure does when it says what it counts (a named category: deaths,
    arrests, prices, troops …, not ``other``, which is where bare numbers, years and fragments
    such as "200 complaint" land) and gives an amount (not only "hundreds", "dozens")."""
    if item.kind == "voice":
        return True
    if item.kind != "number" or item.category in ("other", "", None):
        return False
    written = [v for vs in item.values.values() for v in vs]
    return not written or not all(VAGUE.match(" ".join(v.split())) for v in written)


def crowd_label_rows(labels: LabelsTable | None, actor: str = "crowds") -> list[dict[str, Any]]:
    """One row per outlet: the words it uses for ``actor`` (most used first), with counts and voices."""
    if labels is None:
        return []
    family = next((a for a in labels.actors if a.actor == actor), None)
    if family is None:
        return []
    rows = []
    for outlet in labels.outlets:
        used = sorted(family.by_outlet.get(outlet, []), key=lambda x: -x.count)
        own = [u for u in used if u.voices.get("narrator", 0) or u.voices.get("scare_quote", 0)]
        rows.append({
            "Outlet": outlet,
            "Words used (count)": ", ".join(f"{u.label} ({u.count})" for u in used) or "—",
            "In its own voice": ", ".join(
                f"{u.label}" + (" (in scare quotes)" if u.voices.get("scare_quote") else "") for u in own) or "—",
        })
    return rows


def render_crowd_labels(labels: LabelsTable | None) -> None:
    rows = crowd_label_rows(labels)
    if not rows:
        return
    st.markdown("**How each outlet names the crowds**")
    tables.show(pd.DataFrame(rows), width="stretch")
    export_controls.table_export(rows, "crowd-labels", key="overview_crowds_csv")
    st.caption("From the labels table (Language tab): every word is counted with whose voice it is in — "
               "the outlet's own, a quotation, reported speech or scare quotes.")


def _chart(build: Any, key: str, export_name: str, context: Any, data: AnalysedSet) -> str | None:
    """Show a clickable chart (spec kept in the session) with its export menu; the clicked mark's key."""
    chart, state = chart_view.show(build, key, chart_view.data_key(data), on_select="rerun")
    export_controls.chart_export(chart, export_name, context, key=f"{key}_export")
    return evidence.fresh(key, picked(state))


def _scorecard_pick(event_state: Any, frame: pd.DataFrame, outlets: list[str]) -> tuple[str, str] | None:
    """(measure id, outlet) of the clicked scorecard cell."""
    try:
        cells = event_state.selection.cells if hasattr(event_state, "selection") else event_state["selection"]["cells"]
    except (AttributeError, KeyError, TypeError):
        return None
    if not cells:
        return None
    row, column = cells[0][0], str(cells[0][1])
    columns = list(frame.columns)
    if column not in columns[1:] or not 0 <= int(row) < len(MEASURES):
        return None
    return list(MEASURES)[int(row)], outlets[columns.index(column) - 1]


PICK = "overview_pick"   # (measure, outlet) shown under the charts


def render(data: AnalysedSet) -> None:
    chosen = choose_event(data, "overview")
    if chosen is None:
        return
    event, members = chosen
    cmp = comparison(event, members)
    st.subheader(md_escape(event.name))
    if len(cmp.outlets) < 2:
        st.info("This event has articles from one outlet only: add another outlet's report to compare.")
    st.caption("Click a number in the table or a bar in a chart: the words behind it are listed below the charts.")
    card = cmp.scorecard
    outlets = [r.outlet for r in card]
    scorecard = scorecard_frame(card)
    # every row in view, on one line each (a long frame name is cut in its cell, in full on hover)
    table = tables.show(scorecard, width="stretch", on_select="rerun", all_rows=True, row_height=TABLE_ROW,
                        selection_mode="single-cell", key="overview_scorecard",
                        # the measure's name on one line (the outlets' columns give way when room is short)
                        column_config={MEASURE_COLUMN: st.column_config.TextColumn(
                            MEASURE_COLUMN, pinned=True, width=measure_width(scorecard))})
    hit = evidence.fresh("overview_scorecard", _scorecard_pick(table, scorecard, outlets))
    if hit:
        st.session_state[PICK] = hit
    export_controls.table_export(export_frame(card), "scorecard", key="overview_scorecard_csv")
    export_controls.comparison_export(cmp, members, key="overview_bundle")
    context = export_controls.context_for(event.name, cmp.outlets)
    for note in cmp.notes:
        st.caption(md_escape(note))
    colours = data.colours
    left, right = st.columns(2)
    clicks: list[tuple[str, str] | None] = []   # (measure, outlet) of a clicked mark

    def by_outlet(key: str | None, measure: str = "") -> tuple[str, str] | None:
        """(measure, outlet) of a clicked "outlet|measure" key (``measure`` given: it replaces the key's)."""
        if not key or "|" not in key:
            return None
        outlet, field = key.rsplit("|", 1)
        return (measure or field), outlet

    with left:
        if any(r.official_share is not None for r in card):
            k = _chart(lambda: voice_share_chart(card), "overview_voices", "voices-by-type", context, data)
            clicks.append(by_outlet(k, f"voice:{k.rsplit('|', 1)[1]}" if k and "|" in k else ""))
        clicks.append(by_outlet(_chart(lambda: outlet_metric_chart(card, "numbers_reported", "Figures reported",
                                                                   "figures", fmt="d", colours=colours,
                                                                   subtitle="Deaths, arrests, troops, prices… · "
                                                                            "click a bar for its sentences"),
                                       "overview_figures", "figures-reported", context, data)))
    with right:
        if any(r.narrator_loaded_per_1000 is not None for r in card):
            clicks.append(by_outlet(_chart(lambda: outlet_metric_chart(card, "narrator_loaded_per_1000",
                                                                       "Loaded terms in its own voice",
                                                                       "per 1,000 words", colours=colours,
                                                                       subtitle="Per 1,000 words, outside quotations · "
                                                                                "click a bar for the words"),
                                           "overview_loaded", "loaded-terms-per-1000", context, data)))
        shared = _chart(lambda: shared_text_chart(cmp.similarity), "overview_shared", "shared-sentences", context, data)
        if shared and "|" in shared:  # article id|part: that article's shared or own sentences
            outlet = next((a.article.outlet for a in members if a.article.id == shared.split("|")[0]), None)
            clicks.append((f"shared:{shared}", outlet) if outlet else None)
    for hit in clicks:
        if hit:
            st.session_state[PICK] = hit
    picked_now = st.session_state.get(PICK)
    if picked_now and picked_now[1] in outlets:
        measure, outlet = picked_now
        what, evs = evidence.spans_for(measure, outlet, members, cmp)
        if measure.startswith("shared:"):
            label = "own sentences" if measure.endswith("|own") else "shared sentences"
        else:
            label = MEASURES.get(measure) or measure.split(":", 1)[-1].replace("_", " ")
        with st.container(border=True):
            evidence.render(f"{outlet} · {label}: {what}", evs)
    render_crowd_labels(cmp.labels)
    # the facts that stand out, each one click from its words
    flagged = [it for it in cmp.omissions.items if it.flag and it.kind in ("number", "voice") and stands_out(it)]
    if flagged:
        st.markdown("**Figures and voices that stand out**")
        for it in flagged[:12]:
            who = ", ".join(it.reported_by) if it.flag == "only_one_reports" else ", ".join(it.omitted_by)
            what = "only" if it.flag == "only_one_reports" else "all but"
            with st.expander(md_escape(f"{it.label} — {what} {who}")):
                st.html(evidence_html([e for evs in it.evidence.values() for e in evs]))
