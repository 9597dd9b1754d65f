"""Faceted and concatenated charts at 3-4 outlets: every panel over 150 px tall (the sweep measured
the Vocabulary and Language panels at about 147 px with their height at exactly 150)."""

from __future__ import annotations

from framing.charts.layout import FACET_MIN_HEIGHT, MIN_HEIGHT


def _heights(spec: dict) -> list[int]:
    """Every panel height in a (facet, concat or single) spec."""
    out = []
    if isinstance(spec.get("height"), int):
        out.append(spec["height"])
    for key in ("spec", "vconcat", "hconcat", "concat", "layer"):
        part = spec.get(key)
        for sub in ([part] if isinstance(part, dict) else part or []):
            out.extend(_heights(sub))
    return out


def test_language_and_vocabulary_panels_are_over_150_px_at_three_and_four_outlets():
    from framing.charts.compare import distinctive_terms_chart
    from framing.charts.language import language_chart
    from framing.charts.tone import readability_chart
    from framing.compare.vocabulary import DistinctiveTerm, OutletVocabulary

    assert FACET_MIN_HEIGHT > MIN_HEIGHT
    for n in (3, 4):
        outlets = [f"Outlet number {k}" for k in range(n)]
        rows = [{"outlet": o, "category": c, "voice": "narrator", "count": 1, "words": 100, "per_1000": 10.0}
                for o in outlets for c in ("pejorative_label", "praise")]
        vocab = [OutletVocabulary(o, 1, 100, [DistinctiveTerm(f"term {k}", 2, 2.5 - k / 10, 0.5, 3, 0, 30.0, 0.0, True)
                                              for k in range(3)]) for o in outlets]
        readability = [{"outlet": o, "title": "t", "metric": "Gunning fog", "value": 9.0, "key": "gunning_fog",
                        "mark_key": f"{o}|gunning_fog"} for o in outlets]
        for chart in (language_chart(rows), distinctive_terms_chart(vocab), readability_chart(readability)):
            heights = _heights(chart.to_dict())
            assert heights and min(heights) >= FACET_MIN_HEIGHT, (n, heights)
