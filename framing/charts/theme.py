"""One look for every chart: fonts, colours, sizes, and a stable colour per outlet.

The dashboard shows charts with ``st.altair_chart(chart, theme=None)`` so Streamlit's theme
does not override this config; exported files (``chart.save(..., format="png")``) then
match what the user saw.
"""

from __future__ import annotations

from typing import Iterable, TypeVar

import altair as alt

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"
TEXT_COLOR = "#262730"
GRID_COLOR = "#e6e8eb"
BACKGROUND = "#ffffff"

#: categorical palette (colour-blind friendly, Okabe–Ito based), used in outlet order
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
    "#56B4E9", "#F0E442", "#000000", "#999999", "#8C564B",
)


def outlet_scale(outlets: Iterable[str]) -> alt.Scale:
    """A colour scale giving each outlet (in first-seen order) the same colour in every chart."""
    domain = list(dict.fromkeys(outlets))
    rng = [PALETTE[i % len(PALETTE)] for i in range(len(domain))]
    return alt.Scale(domain=domain, range=rng)


#: any top-level Altair chart (single, layered, faceted, concatenated)
ChartT = TypeVar("ChartT", alt.Chart, alt.LayerChart, alt.FacetChart, alt.HConcatChart, alt.VConcatChart,
                 alt.ConcatChart)


def apply_theme(chart: ChartT) -> ChartT:
    """Fonts, colours and axis style set on the chart itself (not via a global theme)."""
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
