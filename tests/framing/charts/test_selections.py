"""Every clickable chart carries a point selection named ``pick`` over a key field in its data, so a
click in the dashboard names the mark (readability bars, similarity cells)."""

from __future__ import annotations

from framing.charts.compare import similarity_heatmap
from framing.charts.tone import readability_chart
from framing.compare.similarity import Similarity


def _params(spec: dict) -> list[dict]:
    out = list(spec.get("params") or [])
    for part in ("spec", "layer"):
        inner = spec.get(part)
        for s in inner if isinstance(inner, list) else [inner] if isinstance(inner, dict) else []:
            out += _params(s)
    return out


def _rows(spec: dict) -> list[dict]:
    return [r for rows in spec["datasets"].values() for r in rows]


def test_readability_bars_are_picked_by_outlet_and_measure():
    rows = [{"outlet": o, "title": f"{o} story", "metric": label, "value": v, "key": key}
            for o in ("Alpha Daily", "Beta | Post")
            for key, label, v in (("gunning_fog", "Gunning fog", 11.0), ("passive_share", "Passives", 0.2))]
    spec = readability_chart(rows).to_dict()
    picks = [p for p in _params(spec) if p["name"] == "pick"]
    assert picks and picks[0]["select"]["fields"] == ["mark_key"]
    keys = {r["mark_key"] for r in _rows(spec)}
    # the outlet is everything before the last "|": a name with "|" in it still splits right
    assert keys == {"Alpha Daily|gunning_fog", "Alpha Daily|passive_share", "Beta | Post|gunning_fog",
                    "Beta | Post|passive_share"}
    assert spec["encoding"]["detail"]["field"] == "mark_key"  # one bar per key: the click names it


def test_similarity_cells_are_picked_by_the_pair_of_articles():
    sim = Similarity(["a1", "b2", "c3"], ["A: one", "B: two", "C: three"],
                     [[1.0, 0.3, 0.1], [0.3, 1.0, 0.6], [0.1, 0.6, 1.0]])
    spec = similarity_heatmap(sim).to_dict()
    picks = [p for p in _params(spec) if p["name"] == "pick"]
    assert picks and picks[0]["select"]["fields"] == ["key"]
    cells = {(r["a_full"], r["b_full"]): r["key"] for r in _rows(spec)}
    assert cells[("B: two", "C: three")] == "b2|c3" and cells[("A: one", "A: one")] == "a1|a1"
    assert len(cells) == 9


def test_click_keys_stay_out_of_the_exported_data():
    from framing.export.bundle import chart_item_files
    from framing.export.charts import ChartItem

    rows = [{"outlet": "Alpha Daily", "title": "t", "metric": "Gunning fog", "value": 11.0, "key": "gunning_fog"}]
    chart = readability_chart(rows)
    files = chart_item_files(ChartItem("readability", "Readability", chart), chart.to_dict(), ["csv", "json"])
    csv = files["readability.csv"].decode("utf-8")
    assert "Alpha Daily|gunning_fog" not in csv and "Gunning fog" in csv
    assert "mark_key" not in files["readability.data.json"].decode("utf-8")
