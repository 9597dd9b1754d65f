"""One look for every chart: fonts, colours, sizes, and a stable colour per outlet.

The dashboard shows charts with ``st.altair_chart(chart, theme=None)`` so Streamlit's theme
does not override this config; exported files (``chart.save(..., format="png")``) then
match what the user saw.
"""

from __future__ import annotations

from typing import Iterable, Mapping, TypeVar

import altair as alt

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"
TEXT_COLOR = "#262730"
GRID_COLOR = "#e6e8eb"
BACKGROUND = "#ffffff"

#: one colour per outlet, in outlet order: 30 colours chosen greedily (``docs/dashboard.md``) so each
#: is as far as possible (CIELAB distance) from those before it, under normal vision and under
#: simulated deuteranopia and protanopia at once. The first 7 are Okabe–Ito's colour-blind-safe set;
#: the first 12 stay at least 17 ΔE apart for all three kinds of vision, all 30 at least 7 (and 9
#: under normal vision). Beyond a dozen, colour alone cannot tell outlets apart for everyone, so
#: every chart also names the outlet in text (axis label, legend or tooltip).
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#000080",
    "#EEDD88", "#882255", "#FFAABB", "#99DDFF", "#117733", "#F0E442", "#004488", "#80BA5A",
    "#EE6677", "#994455", "#999933", "#44BB99", "#AA3377", "#332288", "#228833", "#CCBB44",
    "#6699CC", "#F2B701", "#4477AA", "#AA4499", "#E73F74", "#E7298A",
)


def outlet_colours(outlets: Iterable[str]) -> dict[str, str]:
    """Outlet -> colour, in first-seen order (the 31st outlet reuses the first colour).

    The dashboard makes this once from every loaded outlet and hands it to every chart, so an
    outlet has the same colour on every page whichever outlets a chart shows.
    """
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(dict.fromkeys(outlets))}


def outlet_scale(outlets: Iterable[str], colours: Mapping[str, str] | None = None) -> alt.Scale:
    """A colour scale for the outlets a chart shows: each gets its colour from ``colours`` (the
    session's assignment) or, without it, from :func:`outlet_colours` of these outlets."""
    domain = list(dict.fromkeys(outlets))
    known = dict(colours or {})
    fallback = outlet_colours([*known, *domain])
    rng = [known.get(o) or fallback[o] for o in domain]
    return alt.Scale(domain=domain, range=rng)


#: any top-level Altair chart (single, layered, faceted, concatenated)
ChartT = TypeVar("ChartT", alt.Chart, alt.LayerChart, alt.FacetChart, alt.HConcatChart, alt.VConcatChart,
                 alt.ConcatChart)


def _faceted(chart: alt.Chart | alt.LayerChart) -> bool:
    """Whether a chart is split into panels by a facet, row or column channel (Vega-Lite cannot fit those)."""
    encoding = getattr(chart, "encoding", alt.Undefined)
    if encoding is alt.Undefined:
        return False
    return any(getattr(encoding, ch, alt.Undefined) is not alt.Undefined for ch in ("facet", "row", "column"))


def apply_theme(chart: ChartT) -> ChartT:
    """Fonts, colours and axis style set on the chart itself (not via a global theme).

    Single and layered charts fit their width to the page but keep their own height
    (``autosize: fit-x``): with the default ``fit`` a legend and axis are squeezed into the
    height, and a 150 px chart of three bars drew them 2 px thick."""
    if isinstance(chart, (alt.Chart, alt.LayerChart)) and not _faceted(chart):
        chart = chart.properties(autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    return (
        chart.configure(font=FONT, background=BACKGROUND)
        .configure_view(stroke=None)
        .configure_axis(
            labelFont=FONT, titleFont=FONT, labelColor=TEXT_COLOR, titleColor=TEXT_COLOR,
            labelFontSize=12, titleFontSize=12, gridColor=GRID_COLOR, domainColor="#b0b4ba",
            tickColor="#b0b4ba", labelLimit=320,
        )
        .configure_legend(labelFont=FONT, titleFont=FONT, labelColor=TEXT_COLOR, titleColor=TEXT_COLOR,
                          labelFontSize=12, titleFontSize=12, labelLimit=260)
        .configure_title(font=FONT, color=TEXT_COLOR, fontSize=14, anchor="start", fontWeight=600)
    )
