"""One outlet order everywhere: every chart's rows list the outlets in the order the articles
come (the order of the palette and of the selection), never alphabetically."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyses():
    from framing.analysis import analyse_articles
    from framing.model import Article

    texts = [  # load order is not alphabetical
        ("Zeta Post", "Mayor defends flood plan",
         "Mayor Ada Brun said on Monday the flood plan had worked. \"We acted quickly,\" Brun said. "
         "Critics claimed the barriers came too late for the lower town, and residents were furious."),
        ("Alpha Daily", "Flood plan under fire",
         "Residents accused Mayor Ada Brun of ignoring warnings. \"Nobody came,\" said Lena Ros, a baker. "
         "Brun allegedly delayed the barriers, officials said, and the damage was devastating."),
        ("Mid Herald", "Town counts flood cost",
         "Insurers said claims could reach 12 million. Mayor Ada Brun said the town would rebuild, "
         "and an engineer warned the river could rise again next spring."),
    ]
    return analyse_articles([Article.create(title=t, body=b, outlet=o, source="t") for o, t, b in texts])


def _order(rows, key="outlet"):
    return list(dict.fromkeys(r[key] if isinstance(r, dict) else getattr(r, key) for r in rows))


def test_every_chart_lists_outlets_in_load_order(analyses):
    from framing.charts.frames import frame_rows
    from framing.charts.language import language_rows, stance_rows
    from framing.charts.sources import stance_rows as verb_rows
    from framing.charts.sources import type_share_rows
    from framing.charts.tone import actor_rows, readability_rows, tone_voice_rows
    from framing.compare import compare_event

    loaded = ["Zeta Post", "Alpha Daily", "Mid Herald"]
    cmp = compare_event(analyses)
    assert list(cmp.outlets) == loaded and [r.outlet for r in cmp.scorecard] == loaded
    for name, rows in [("language", language_rows(analyses)), ("stance", stance_rows(analyses)),
                       ("verbs", verb_rows(analyses)), ("types", type_share_rows(analyses)),
                       ("frames", frame_rows(analyses)), ("tone", tone_voice_rows(analyses)),
                       ("readability", readability_rows(analyses))]:
        order = _order(rows)
        assert order == [o for o in loaded if o in order], name
    cells = actor_rows(analyses, min_mentions=1)
    assert _order(cells) == [o for o in loaded if o in _order(cells)]  # the heatmap's columns
    for actor in {c.actor_id for c in cells}:
        order = [c.outlet for c in cells if c.actor_id == actor]
        assert order == [o for o in loaded if o in order], actor
