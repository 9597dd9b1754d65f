"""Export: every comparison chart and table in publication formats, the whole comparison as a
self-contained HTML report and a ZIP, and a methods paragraph to cite.

* :mod:`.formats` — a chart spec as PNG (2×), SVG, PDF, offline HTML, Vega-Lite JSON; rows as
  formula-safe CSV or JSON; safe file names;
* :mod:`.context` — the title, subtitle (event, outlets) and footnote (versions, date) each
  exported chart carries, and its size (page column or slide);
* :mod:`.labels` — human names for the ids in tables (``public_opinion`` -> "Public opinion");
* :mod:`.charts` / :mod:`.tables` — every chart and table of one event's comparison;
* :mod:`.report` — the HTML report; :mod:`.methods` — the methods paragraph and BibTeX;
* :mod:`.bundle` — all of it as files and one ZIP; :mod:`.cli` — ``python -m framing export``.

Nothing here imports Streamlit: the dashboard calls these functions from its export controls.
"""
