"""Comparison charts: counts on whole-number ticks."""

from __future__ import annotations

import re
from types import SimpleNamespace

from framing.charts.compare import outlet_metric_chart
from framing.export.formats import chart_bytes


def _tick_labels(chart) -> list[str]:
    svg = chart_bytes(chart.properties(width=400).to_dict(), "svg").decode("utf-8")
    return re.findall(r'role="graphics-symbol"[^>]*aria-label="[^"]*"|<text[^>]*>([^<]*)</text>', svg)


def test_counts_are_drawn_on_whole_number_ticks():
    for counts in ([1, 2, 0], [1, 1], [3, 0, 2, 1]):
        card = [SimpleNamespace(outlet=f"Outlet {i}", numbers_reported=n) for i, n in enumerate(counts)]
        labels = [t for t in _tick_labels(outlet_metric_chart(card, "numbers_reported", "Figures", "figures", fmt="d"))
                  if re.fullmatch(r"[\d.,]+", t or "")]
        assert labels and all(re.fullmatch(r"\d+", t) for t in labels), (counts, labels)
    # a rate keeps its fractions
    card = [SimpleNamespace(outlet="A", rate=0.4), SimpleNamespace(outlet="B", rate=1.2)]
    labels = [t for t in _tick_labels(outlet_metric_chart(card, "rate", "Rate", "per 1,000 words"))
              if re.fullmatch(r"[\d.,]+", t or "")]
    assert any("." in t for t in labels)


def test_shared_text_chart_has_one_row_per_article_even_when_labels_repeat() -> None:
    from types import SimpleNamespace

    from framing.charts.compare import shared_text_chart

    same = [SimpleNamespace(article_id=f"a{k}", outlet="Wire", title="Floods close the bridge", sentences=[1],
                            shared_share=0.75, unique_share=0.25) for k in range(3)]
    spec = shared_text_chart(SimpleNamespace(articles=same)).to_dict()
    values = next(iter(spec["datasets"].values()))
    rows: dict[str, float] = {}
    for v in values:
        rows[v["article"]] = rows.get(v["article"], 0.0) + v["share"]
    assert len(rows) == 3 and all(abs(total - 1.0) < 1e-9 for total in rows.values())  # no bar past 100 %
