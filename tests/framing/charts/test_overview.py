"""framing.charts.overview: data in, Altair chart out, with its own theme."""

from __future__ import annotations

import io
import re

from framing.charts.overview import article_lengths_chart
from framing.charts.theme import FONT, PALETTE

ROWS = [
    {"id": "a1", "outlet": "Alpha", "title": "First headline", "word_count": 120, "paragraph_count": 4},
    {"id": "b2", "outlet": "Beta", "title": "Second headline", "word_count": 480, "paragraph_count": 9},
    {"id": "a3", "outlet": "Alpha", "title": "Third", "word_count": 75},
]


def _dataset(spec: dict) -> list[dict]:
    (values,) = spec["datasets"].values()
    return values


def test_spec_holds_the_data_and_encodings():
    spec = article_lengths_chart(ROWS).to_dict()
    values = _dataset(spec)
    assert [(v["outlet"], v["word_count"]) for v in values] == [("Alpha", 120), ("Beta", 480), ("Alpha", 75)]
    assert values[2]["paragraph_count"] == 0
    enc = spec["encoding"]
    assert enc["x"]["field"] == "word_count" and enc["y"]["field"] == "article"
    # one colour per outlet, in first-seen order, from the shared palette
    assert enc["color"]["scale"] == {"domain": ["Alpha", "Beta"], "range": list(PALETTE[:2])}
    # bars keep the input order
    assert enc["y"]["sort"] == [v["article"] for v in values]


def test_theme_is_in_the_chart_itself():
    spec = article_lengths_chart(ROWS).to_dict()
    assert spec["config"]["font"] == FONT
    assert spec["config"]["axis"]["labelFont"] == FONT


def test_same_outlet_and_headline_do_not_merge_bars():
    rows = [{"id": "x1", "outlet": "A", "title": "Same", "word_count": 1},
            {"id": "x2", "outlet": "A", "title": "Same", "word_count": 2}]
    values = _dataset(article_lengths_chart(rows).to_dict())
    assert len({v["article"] for v in values}) == 2


def test_empty_rows_and_png_export():
    assert _dataset(article_lengths_chart([]).to_dict()) == []
    buf = io.BytesIO()
    article_lengths_chart(ROWS, width=400).save(buf, format="png")
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"


def test_twenty_articles_are_labelled_by_outlet_and_title_never_by_id():
    import hashlib

    outlets = ["National Broadcasting of the Coast", "Harbour Herald", "Valley Post", "Inland Gazette"]
    rows = []
    for i in range(20):
        title = "River town floods after three days of rain" if i % 2 else f"Council report number {i} on the flood"
        rows.append({"id": hashlib.sha1(str(i).encode()).hexdigest()[:16], "outlet": outlets[i % 4], "title": title,
                     "word_count": 100 + i})
    values = _dataset(article_lengths_chart(rows).to_dict())
    labels = [v["article"] for v in values]
    assert len(set(labels)) == 20                                    # one bar per article
    for row, label in zip(rows, labels):
        assert row["id"][:4] not in label and "[" not in label      # no hash id, whole or cut
        assert label.startswith(row["outlet"][:12])
    # a number only where outlet and title are the same
    unique = [lab for r, lab in zip(rows, labels) if "Council report" in r["title"]]
    assert all(not lab.endswith(")") for lab in unique)
    repeated = [lab for r, lab in zip(rows, labels) if "River town" in r["title"]]
    assert all(re.search(r" \(\d\)$", lab) for lab in repeated)
