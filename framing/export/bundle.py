"""The whole comparison as files: every chart in the chosen formats (and its data), every
table as CSV, the analysis JSON, the HTML report, the methods paragraph and BibTeX; and
those files as one ZIP.

Paths inside the bundle are built from :func:`~.formats.safe_filename` parts only, and
:func:`zip_bytes` refuses any path that could land outside the archive's root folder.
"""

from __future__ import annotations

import io
import os
import pathlib
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..analysis import ArticleAnalysis
from ..compare import EventComparison
from ..serialise import to_jsonable
from .charts import ChartItem, comparison_charts
from .context import DEFAULT_SIZE, ExportContext, export_spec
from .formats import CHART_FORMATS, SUFFIX, chart_files, csv_bytes, json_bytes, safe_filename
from .labels import human_rows
from .methods import bibtex, methods_paragraph
from .report import report_html
from .tables import comparison_tables

#: formats the CLI and the dashboard accept: the chart formats and ``csv`` (chart data)
EXPORT_FORMATS = (*CHART_FORMATS, "csv")
#: fixed time stamp of ZIP members, so the same export gives the same archive
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
RENDER_THREADS = 2


class UnsafePath(ValueError):
    """A bundle path that is absolute, climbs out of the root, or has an unsafe part."""


#: columns a chart keeps only to draw itself (click keys, text colours, cut labels): not data
DISPLAY_COLUMNS = frozenset({"key", "mark_key", "text_colour", "outlet_label", "term_label", "actor_label"})


def chart_data(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rows a chart draws: the largest inline dataset of its spec."""
    datasets = [rows for rows in (spec.get("datasets") or {}).values() if isinstance(rows, list)]
    return max(datasets, key=len, default=[])


def chart_item_files(item: ChartItem, spec: Mapping[str, Any], formats: Sequence[str]) -> dict[str, bytes]:
    """A chart's files, named ``<name><suffix>``: the chart formats, and its data as CSV
    (human column names) for ``csv`` and as JSON with ``json``."""
    chart_formats = [f for f in formats if f in CHART_FORMATS]
    rendered = chart_files(spec, chart_formats) if chart_formats else {}
    out = {f"{item.name}{SUFFIX[f]}": data for f, data in rendered.items()}
    rows = [{k: v for k, v in r.items() if k not in DISPLAY_COLUMNS} for r in chart_data(spec)]
    if "csv" in formats:
        headers, cells = human_rows(rows, with_ids=False)
        out[f"{item.name}{SUFFIX['csv']}"] = csv_bytes(headers, cells)
    if "json" in formats:
        out[f"{item.name}{SUFFIX['data.json']}"] = json_bytes(rows)
    return out


@dataclass
class ComparisonExport:
    """One event's export: its context, charts (as export specs) and tables."""

    comparison: EventComparison
    analyses: list[ArticleAnalysis]
    context: ExportContext
    charts: list[ChartItem]
    specs: dict[str, dict[str, Any]]

    @classmethod
    def build(cls, comparison: EventComparison, analyses: Sequence[ArticleAnalysis], *, size: str = DEFAULT_SIZE,
              date: str | None = None) -> "ComparisonExport":
        context = ExportContext.of(comparison.event.name, comparison.outlets, date=date)
        charts = comparison_charts(comparison, analyses)
        specs = {c.name: export_spec(c.chart, title=c.title, context=context, size=size) for c in charts}
        return cls(comparison, list(analyses), context, charts, specs)

    @property
    def root(self) -> str:
        return safe_filename(self.context.event, "comparison")

    def files(self, formats: Sequence[str] = EXPORT_FORMATS) -> dict[str, bytes]:
        """Bundle path (relative to :attr:`root`) -> bytes, for every file of the export."""
        unknown = [f for f in formats if f not in EXPORT_FORMATS]
        if unknown:
            raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORT_FORMATS)}")
        wanted = list(dict.fromkeys([*formats, "svg"]))  # the report shows the SVGs

        def render(item: ChartItem) -> dict[str, bytes]:
            return chart_item_files(item, self.specs[item.name], wanted)

        with ThreadPoolExecutor(max_workers=RENDER_THREADS) as pool:
            rendered = list(pool.map(render, self.charts))
        out: dict[str, bytes] = {}
        svgs: list[tuple[str, bytes]] = []
        for item, files in zip(self.charts, rendered):
            svgs.append((item.title, files[f"{item.name}.svg"]))
            if "svg" not in formats:
                files.pop(f"{item.name}.svg")
            out.update({f"charts/{name}": data for name, data in files.items()})
        tables = comparison_tables(self.comparison, self.analyses)
        out.update({f"tables/{t.name}.csv": t.csv() for t in tables})
        out["analysis.json"] = json_bytes({"context": self.context.as_dict(), "comparison": to_jsonable(self.comparison),
                                           "articles": [a.to_json() for a in self.analyses]})
        out["report.html"] = report_html(self.comparison, self.analyses, self.context, svgs, tables).encode("utf-8")
        out["methods.txt"] = (methods_paragraph(self.context.event, self.context.outlets) + "\n").encode("utf-8")
        out["framing.bib"] = bibtex(self.context.date).encode("utf-8")
        return out


def check_path(path: str) -> str:
    """``path`` if it is a safe relative bundle path (``/``-separated, no ``..``, no drive,
    every part a :func:`safe_filename`), else :class:`UnsafePath`."""
    parts = path.split("/")
    if not path or path.startswith("/") or "\\" in path or ":" in path:
        raise UnsafePath(f"not a relative bundle path: {path!r}")
    for part in parts:
        if part in ("", ".", "..") or safe_filename(part, "") != part.lower() or part.startswith("."):
            raise UnsafePath(f"unsafe part {part!r} in bundle path {path!r}")
    return path


def zip_bytes(files: Mapping[str, bytes], root: str) -> bytes:
    """A ZIP of ``files`` under one folder ``root`` (deflated, fixed time stamps)."""
    root = check_path(safe_filename(root, "comparison"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(files):
            info = zipfile.ZipInfo(f"{root}/{check_path(path)}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, files[path])
    return buf.getvalue()


def write_files(files: Mapping[str, bytes], out_dir: str | os.PathLike[str], root: str) -> list[pathlib.Path]:
    """Write ``files`` under ``out_dir/root/`` (never outside it); returns the paths written."""
    base = (pathlib.Path(out_dir) / check_path(safe_filename(root, "comparison"))).resolve()
    written = []
    for path, data in sorted(files.items()):
        target = (base / check_path(path)).resolve()
        if base not in target.parents:
            raise UnsafePath(f"{path!r} would be written outside {base}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written
