"""Charts shown from specs kept in the session: a rerun that changes nothing a chart draws does
not build, validate or convert it again.

Building an Altair chart and validating its spec (``to_dict``) takes 0.1–0.2 s a chart; a page
has up to five. :func:`show` keeps each chart and its spec under a key made of what the chart
depends on (the articles shown, their outlets, blind mode, the view's own choices) and draws the
spec with ``st.vega_lite_chart``; the chart object stays available for the export menu.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable

import altair as alt
import streamlit as st

from dashboard.analysis import AnalysedSet

CHARTS = "fr_chart_specs"     # {(name, key): (chart, spec)} of this session
MAX_CHARTS = 64


def data_key(data: AnalysedSet, *parts: Hashable) -> tuple[Hashable, ...]:
    """What a chart of ``data`` depends on: the articles and outlets shown, blind mode, ``parts``."""
    return (tuple((a.id, a.outlet) for a in data.articles), data.blind, getattr(data.event, "id", None), *parts)


def show(build: Callable[[], Any], name: str, key: Hashable, *, on_select: str = "ignore") -> tuple[Any, Any]:
    """Draw the chart ``build()`` makes (built once per ``key``); returns (chart, selection state).

    ``name`` is the chart's widget key (unique on the page)."""
    kept: dict[Any, tuple[Any, dict[str, Any]]] = st.session_state.setdefault(CHARTS, {})
    cache = (name, key)
    if cache not in kept:
        if len(kept) >= MAX_CHARTS:
            kept.pop(next(iter(kept)))
        chart = build()
        # not validated against the Vega-Lite schema here (a third of the first page's script
        # time): every chart function's spec is validated by its tests (tests/framing/charts)
        kept[cache] = (chart, chart.to_dict(validate=False))
    chart, spec = kept[cache]
    if on_select != "rerun":
        st.vega_lite_chart(spec, theme=None, width="stretch", key=name)
        return chart, None
    state = st.vega_lite_chart(spec, theme=None, width="stretch", on_select="rerun", key=name)
    return chart, state


#: Vega's hover tooltip is one element for the whole page (``#vg-tooltip-element``). When the chart
#: under it is redrawn or removed (a click that reruns the script, blind reading turned on, another
#: tab), the mouse never "leaves" the old chart, so the tooltip stays on screen with the old words
#: (real outlet names after blind reading is turned on). This script, ours and fixed (no user text
#: in it), empties and hides the tooltip whenever a chart is removed or redrawn, and when the mouse
#: moves while over no chart; Vega fills it again on the next hover. Installed once per page.
TOOLTIP_GUARD = """<script>
(() => {
  if (window.__frTooltipGuard) return;
  window.__frTooltipGuard = true;
  const CHART = '.vega-embed, svg.marks, canvas.marks';
  const clear = (always) => {
    const tip = document.getElementById('vg-tooltip-element');
    if (!tip || (!always && document.querySelector('.vega-embed:hover'))) return;
    tip.classList.remove('visible');
    if (tip.childNodes.length) tip.replaceChildren();
  };
  const isChart = (n) => n.nodeType === 1 && (n.matches(CHART) || n.querySelector(CHART) !== null);
  let queued = false;
  const later = () => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; clear(false); }); } };
  new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some(isChart))) clear(true); else later();
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('pointermove', later, {capture: true, passive: true});
})();
</script>"""


def render_tooltip_guard() -> None:
    """Put :data:`TOOLTIP_GUARD` in the page (once per run; the browser installs it once)."""
    st.html(TOOLTIP_GUARD, unsafe_allow_javascript=True)


__all__ = ["show", "data_key", "alt", "render_tooltip_guard"]
