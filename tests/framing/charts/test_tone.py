"""Tone charts: the tone arc's end labels never overlap, whatever the lines' ends."""

from __future__ import annotations

from framing.charts.tone import ARC_LABEL_GAP, tone_arc_chart


def _rows(ends: dict[str, tuple[int, float]]) -> list[dict]:
    rows = []
    for outlet, (n, last) in ends.items():
        for k in range(1, n + 1):
            rows.append({"outlet": outlet, "article_id": outlet.lower().replace(" ", "-"), "article": outlet,
                         "sentence": k, "compound": last if k == n else 0.1, "label": "neutral", "narrator": 0.0,
                         "quoted": False, "text": "A sentence.", "start": k * 10, "end": k * 10 + 9})
    return rows


def _end_labels(chart) -> list[dict]:
    spec = chart.to_dict()
    layer = next(x for x in spec["layer"] if (x.get("mark") or {}).get("type") == "text")
    name = layer["data"]["name"]
    return spec["datasets"][name]


def test_end_labels_of_lines_ending_together_are_pushed_apart():
    cases = [
        {"Tavrian State Television": (14, 0.0), "The Tavrian Independent": (14, 0.0), "Global Press Wire": (14, 0.01)},
        {"North": (9, 1.0), "South": (9, 0.99), "East": (9, 0.97), "West": (3, -1.0)},
        {"Alpha": (5, 0.4), "Beta": (12, -0.6)},
    ]
    for ends in cases:
        labels = _end_labels(tone_arc_chart(_rows(ends)))
        assert sorted(x["outlet"] for x in labels) == sorted(ends)
        ys = sorted(x["label_y"] for x in labels)
        assert all(b - a >= ARC_LABEL_GAP - 1e-6 for a, b in zip(ys, ys[1:])), labels
        assert all(-1 <= y <= 1 for y in ys)
        for x in labels:  # each label sits at its line's last sentence
            assert x["sentence"] == ends[x["outlet"]][0]
    # far-apart ends keep their own height
    labels = {x["outlet"]: x["label_y"] for x in _end_labels(tone_arc_chart(_rows(cases[2])))}
    assert labels == {"Alpha": 0.4, "Beta": -0.6}


def test_end_labels_sit_right_of_every_point_never_on_another_line():
    ends = {"Northline Wire": (6, 0.0), "The Rights Ledger": (15, 0.3), "Commodity Signal": (11, -0.2)}
    chart = tone_arc_chart(_rows(ends))
    labels = _end_labels(chart)
    last_point = max(n for n, _ in ends.values())
    assert all(x["label_x"] > last_point for x in labels)           # a short article's label is not inline
    spec = chart.to_dict()
    text = next(x for x in spec["layer"] if (x.get("mark") or {}).get("type") == "text")
    assert text["encoding"]["x"]["field"] == "label_x"
    domain = text["encoding"]["x"]["scale"]["domain"]
    assert domain[1] >= max(x["label_x"] for x in labels)           # the labels' place is inside the plot
    # a dotted leader from each line's last point to its label
    rules = [x for x in spec["layer"] if (x.get("mark") or {}).get("type") == "rule"]
    assert rules and rules[0]["encoding"]["x2"]["field"] == "label_x"


def test_one_rule_for_tone_words_everywhere():
    from framing.charts.tone import tone_highlights, tone_word
    from framing.tone.sentences import NEUTRAL_BAND, label_of

    for x in (-0.79, -0.05, -0.049, 0.0, 0.049, 0.05, 0.28, 0.35, 0.99):
        assert tone_word(x) == label_of(x)
    assert tone_word(0.35) == "positive" and tone_word(0.28) == "positive"   # never "neutral (+0.35)"
    assert tone_word(NEUTRAL_BAND / 2) == "neutral"

