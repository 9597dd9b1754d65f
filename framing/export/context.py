"""What an exported chart says about itself: a title, a subtitle naming the event and the
outlets, a footnote with the tool, lexicon and model versions and the date; and its size
(a page column or a slide).

:func:`export_spec` works on the chart's Vega-Lite spec, so every chart function of
:mod:`framing.charts` exports unchanged: the chart goes inside a one-view ``vconcat`` whose
title is the export title and subtitle, and a second view under it is the footnote (under
the chart's legend too).
Fonts and colours come from the chart's config (:func:`framing.charts.theme.apply_theme`),
so the file looks like the dashboard.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.metadata
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import altair as alt

from ..version import __version__

FOOTNOTE_COLOR = "#6b7280"


@dataclass(frozen=True)
class SizePreset:
    """Width of the plot (pixels at 1×) and the font sizes that read well at that size."""

    name: str
    label: str
    width: int
    font_size: int
    title_size: int


SIZES: dict[str, SizePreset] = {
    "column": SizePreset("column", "Page column", width=440, font_size=11, title_size=14),
    "slide": SizePreset("slide", "Slide (16:9)", width=960, font_size=16, title_size=22),
}
DEFAULT_SIZE = "column"


def lexicon_version() -> str:
    """The built-in loaded-terms lexicon: its size and fingerprint (changes with any entry)."""
    from ..loaded_terms import builtin_lexicon

    lex = builtin_lexicon()
    return f"lexicon {len(lex.active_entries())} terms ({lex.fingerprint()[:8]})"


def model_versions() -> str:
    """The spaCy pipeline and the target-tone model, read from package metadata (no loading)."""
    from ..nlp import ModelNotInstalled, installed_model

    try:
        package = installed_model()
        spacy_model = f"{package} {importlib.metadata.version(package)}"
    except (ModelNotInstalled, importlib.metadata.PackageNotFoundError):
        spacy_model = "no spaCy model"
    return (f"spaCy {importlib.metadata.version('spacy')} with the English model {spacy_model}; "
            "target-tone model trained on NewsMTSC")


@dataclass(frozen=True)
class ExportContext:
    """The facts every exported chart and table carries."""

    event: str
    outlets: tuple[str, ...]
    tool_version: str = __version__
    lexicon: str = field(default_factory=lexicon_version)
    models: str = field(default_factory=model_versions)
    date: str = field(default_factory=lambda: dt.date.today().isoformat())

    @classmethod
    def of(cls, event: str, outlets: Sequence[str], date: str | None = None) -> "ExportContext":
        if date is None:
            return cls(event=event, outlets=tuple(outlets))
        return cls(event=event, outlets=tuple(outlets), date=date)

    def subtitle(self) -> list[str]:
        n = len(self.outlets)
        return [self.event, f"{n} outlet{'s' if n != 1 else ''}: {', '.join(self.outlets)}"]

    def footnote(self) -> list[str]:
        return [f"Made with framing {self.tool_version} · {self.lexicon} · {self.models}",
                f"Exported {self.date}"]

    def as_dict(self) -> dict[str, Any]:
        return {"event": self.event, "outlets": list(self.outlets), "tool_version": self.tool_version,
                "lexicon": self.lexicon, "models": self.models, "date": self.date}


def chart_dict(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec with its data inline (no 5,000-row limit)."""
    with alt.data_transformers.disable_max_rows():
        return dict(chart.to_dict())


def _resize(spec: dict[str, Any], width: int) -> None:
    """Give the plot the preset's width: 'container' and numeric widths of single or layered
    views become ``width``; faceted panels shrink to fit (never grow); step widths are kept."""
    if "facet" in spec and isinstance(spec.get("spec"), dict):
        inner = spec["spec"]
        columns = int(spec.get("columns") or 1) if "column" not in spec["facet"] else 1
        panel = max(90, (width - 40 * (columns - 1)) // max(1, columns))
        current = inner.get("width")
        if current == "container" or current is None:
            inner["width"] = panel
        elif isinstance(current, (int, float)):
            inner["width"] = min(int(current), panel) if width < 600 else int(current)
        return
    if "vconcat" in spec or "hconcat" in spec or "concat" in spec:
        return
    current = spec.get("width")
    if current == "container" or isinstance(current, (int, float)) or current is None:
        if "encoding" in spec or "layer" in spec:
            spec["width"] = width


def _fonts(config: dict[str, Any], size: SizePreset) -> None:
    for part in ("axis", "legend"):
        block = config.setdefault(part, {})
        for key in ("labelFontSize", "titleFontSize"):
            block[key] = size.font_size
    header = config.setdefault("header", {})
    header["labelFontSize"] = size.font_size
    title = config.setdefault("title", {})
    title["fontSize"] = size.title_size
    title["subtitleFontSize"] = size.font_size + 1
    title["subtitleColor"] = FOOTNOTE_COLOR


def export_spec(chart: alt.TopLevelMixin | Mapping[str, Any], *, title: str | None = None,
                context: ExportContext | None = None, size: str = DEFAULT_SIZE) -> dict[str, Any]:
    """The chart as a self-standing Vega-Lite spec: title, subtitle, footnote and size set."""
    preset = SIZES[size]
    spec = copy.deepcopy(dict(chart)) if isinstance(chart, Mapping) else chart_dict(chart)
    top = {k: spec.pop(k) for k in ("$schema", "config", "datasets") if k in spec}
    # selections declared for a layered view stay at the top level (Vega-Lite's ``views``)
    params = spec.pop("params", None) if "layer" in spec or "facet" in spec else None
    own_title = spec.pop("title", None)
    if isinstance(own_title, Mapping):
        own_title = own_title.get("text")
    text = title or (str(own_title) if own_title else "Chart")
    _resize(spec, preset.width)
    views = [spec]
    if context is not None:
        views.append(footnote_view(context.footnote(), preset))
    config = dict(top.get("config") or {})
    _fonts(config, preset)
    out: dict[str, Any] = {"$schema": top.get("$schema", "https://vega.github.io/schema/vega-lite/v6.json")}
    out["config"] = config
    if "datasets" in top:
        out["datasets"] = top["datasets"]
    out["title"] = {"text": text, "subtitle": context.subtitle() if context is not None else []}
    out["padding"] = 12
    if params:
        out["params"] = params
    out["vconcat"] = views
    if len(views) > 1:  # the chart keeps its own legends (a concat would draw them under the footnote)
        channels = ("color", "fill", "stroke", "shape", "size", "opacity")
        out["resolve"] = {"scale": {c: "independent" for c in channels},
                          "legend": {c: "independent" for c in channels}}
    return out


def footnote_view(lines: Sequence[str], preset: SizePreset) -> dict[str, Any]:
    """The footnote as a view of its own under the chart: below everything the chart draws, its
    legend included (a bottom title of the chart would sit between the plot and a bottom legend)."""
    size = max(9, preset.font_size - 2)
    step = size + 4
    return {
        "data": {"values": [{"line": str(t), "y": i * step} for i, t in enumerate(lines)]},
        "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": size, "color": FOOTNOTE_COLOR},
        "encoding": {"text": {"field": "line", "type": "nominal"}, "x": {"value": 0},
                     "y": {"field": "y", "type": "quantitative", "scale": None}},
        "width": preset.width, "height": step * len(lines),
    }
