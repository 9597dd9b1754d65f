"""Export controls beside each chart and table, and the whole-comparison download.

Every control is a ``st.download_button`` whose ``data`` is a callable: the bytes are made
only when the user clicks (in Streamlit's download thread, not in the page script), so
showing a page costs nothing and the first export's warm-up (vl-convert, the JavaScript
bundle) never blocks it. The callables close over plain values (charts, rows), never over
``st.session_state``. Everything they produce comes from :mod:`framing.export`.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import altair as alt
import pandas as pd
import streamlit as st

from framing.analysis import ArticleAnalysis
from framing.compare import EventComparison
from framing.export.bundle import EXPORT_FORMATS, ComparisonExport, chart_item_files, zip_bytes
from framing.export.charts import CHART_TITLES, ChartItem
from framing.export.context import DEFAULT_SIZE, SIZES, ExportContext, export_spec
from framing.export.formats import CHART_FORMATS, MIME, SUFFIX, chart_bytes, csv_bytes, safe_filename
from framing.export.labels import human_rows
from framing.export.methods import bibtex, methods_paragraph

FORMAT_LABELS = {"png": "PNG (2×)", "svg": "SVG", "pdf": "PDF", "html": "HTML (interactive, offline)",
                 "json": "Vega-Lite JSON", "csv": "Data (CSV)", "data.json": "Data (JSON)"}


def _chart_file(chart: alt.TopLevelMixin, title: str, context: ExportContext, size: str, fmt: str) -> Callable[[], bytes]:
    def make() -> bytes:
        spec = export_spec(chart, title=title, context=context, size=size)
        if fmt in CHART_FORMATS:
            return chart_bytes(spec, fmt)
        files = chart_item_files(ChartItem("chart", title, chart), spec, ["csv" if fmt == "csv" else "json"])
        return files["chart" + SUFFIX[fmt]]
    return make


def chart_export(chart: alt.TopLevelMixin, name: str, context: ExportContext, key: str,
                 title: str | None = None) -> None:
    """A small "Export" menu under a chart: a size choice and one download per format.

    ``name`` is the chart's file name (one of :data:`framing.export.charts.CHART_TITLES`,
    which gives the export title unless ``title`` is given)."""
    title = title or CHART_TITLES.get(name, name)
    with st.popover("⤓ Export chart", help="PNG, SVG, PDF, interactive HTML, Vega-Lite JSON, or the chart's data"):
        size = st.radio("Size", list(SIZES), format_func=lambda s: SIZES[s].label, horizontal=True,
                        index=list(SIZES).index(DEFAULT_SIZE), key=f"{key}_size")
        base = safe_filename(name, "chart")
        for fmt in (*CHART_FORMATS, "csv", "data.json"):
            st.download_button(FORMAT_LABELS[fmt], data=_chart_file(chart, title, context, size, fmt),
                               file_name=f"{base}{SUFFIX[fmt]}", mime=MIME[fmt], on_click="ignore",
                               key=f"{key}_{fmt}", width="stretch")


def table_export(table: pd.DataFrame | Sequence[dict[str, Any]], name: str, key: str,
                 label: str = "⤓ Table as CSV") -> None:
    """A CSV download of the table shown, with human column names and formula-safe cells."""
    records = table.to_dict("records") if isinstance(table, pd.DataFrame) else [dict(r) for r in table]
    columns = list(table.columns) if isinstance(table, pd.DataFrame) else None

    def make() -> bytes:
        headers, cells = human_rows(records, [str(c) for c in columns] if columns is not None else None,
                                    with_ids=False)
        return csv_bytes(headers, cells)

    st.download_button(label, data=make, file_name=f"{safe_filename(name, 'table')}.csv", mime=MIME["csv"],
                       on_click="ignore", key=key)


def context_for(event: str, outlets: Sequence[str]) -> ExportContext:
    """The context exported charts carry: the event's name and its outlets."""
    return ExportContext.of(event, list(dict.fromkeys(outlets)))


def loaded_context(analyses: Sequence[Any], event: Any = None) -> ExportContext:
    """The context of a view's charts: the event shown (every view shows the chosen event's
    articles), or, with no event, "All loaded articles (n)"."""
    name = str(getattr(event, "name", "") or "")
    return context_for(name or f"All loaded articles ({len(analyses)})", [a.article.outlet for a in analyses])


def comparison_export(comparison: EventComparison, analyses: Sequence[ArticleAnalysis], key: str) -> None:
    """The "Download the whole comparison" control: a ZIP of every chart (chosen formats), every
    table as CSV, the analysis JSON and the offline HTML report."""
    with st.expander("⤓ Download the whole comparison", expanded=False):
        c1, c2 = st.columns([3, 1])
        formats = c1.multiselect("Chart formats", list(EXPORT_FORMATS), default=["png", "svg", "html", "csv"],
                                 format_func=lambda f: FORMAT_LABELS.get(f, f), key=f"{key}_formats")
        size = c2.radio("Size", list(SIZES), format_func=lambda s: SIZES[s].label, key=f"{key}_size")
        members = list(analyses)
        chosen = list(formats)

        def make() -> bytes:
            export = ComparisonExport.build(comparison, members, size=size)
            return zip_bytes(export.files(chosen), export.root)

        root = safe_filename(comparison.event.name, "comparison")
        st.download_button("Download ZIP (charts, tables, analysis JSON, HTML report)", data=make,
                           file_name=f"{root}.zip", mime=MIME["zip"], on_click="ignore", key=f"{key}_zip",
                           type="primary")
        st.caption("Made when you click (a few seconds). The report opens offline and prints on A4 or Letter.")


def methods_section(event: str | None = None, outlets: Sequence[str] = ()) -> None:
    """The ready-to-cite methods paragraph and the tool's BibTeX entry."""
    st.markdown("**Methods paragraph (ready to cite)**")
    paragraph = methods_paragraph(event, outlets)
    st.text_area("Methods", paragraph, height=380, key="about_methods", label_visibility="collapsed")
    st.markdown("**Cite the tool (BibTeX)**")
    entry = bibtex()
    st.code(entry, language="bibtex")
    st.download_button("⤓ framing.bib", data=entry.encode("utf-8"), file_name="framing.bib",
                       mime="application/x-bibtex", on_click="ignore", key="about_bibtex")
