"""One type per speaker on every view: the Overview's voice shares (the scorecard), the Sources
chart and table, the words behind a clicked share and the Sources text highlights all take the
speaker's event type (:func:`framing.compare.identity.speaker_types`), not an article's own guess."""

from __future__ import annotations

import functools

#: texts written for these tests: the first outlet says who Marta Quill is, the second only "Quill"
BODIES = [
    ("North Ledger", "Library branch to close",
     "The county board voted on Tuesday to close the Elm Street library branch.\n\n"
     "\u201cWe will keep fighting for it,\u201d said Marta Quill, a retired teacher who has used the branch "
     "for decades.\n\n"
     "The board said the building needed repairs it could not afford."),
    ("South Courier", "Readers lose their library",
     "Readers were stunned on Tuesday when the county board shut the Elm Street library branch.\n\n"
     "\u201cThey never asked us,\u201d said Quill. \u201cThis is not over.\u201d\n\n"
     "The Friends of Elm Library group said it would appeal the vote."),
]


@functools.lru_cache(maxsize=1)
def _analysed():
    from framing.analysis import analyse_articles
    from framing.compare import compare_event
    from framing.model import Article

    arts = [Article.create(title=t, body=b, outlet=o, source="test") for o, t, b in BODIES]
    analyses = analyse_articles(arts)
    return analyses, compare_event(analyses)


def _quill(analyses):
    from framing.analysis import list_result_of
    from framing.attribution import Attribution

    south = next(a for a in analyses if a.article.outlet == "South Courier")
    return south, [x for x in list_result_of(south, "attributions", Attribution) or [] if x.speaker == "Quill"]


def test_the_fixture_speaker_has_another_type_in_its_own_article():
    analyses, cmp = _analysed()
    south, quill = _quill(analyses)
    assert quill and all(x.speaker_type != "citizen" for x in quill)  # the article alone cannot tell
    assert {cmp.speaker_types[south.article.id][x.speaker_id] for x in quill} == {"citizen"}


def test_scorecard_shares_are_the_sources_chart_shares():
    from framing.charts.sources import type_share_rows

    analyses, cmp = _analysed()
    rows = type_share_rows(analyses)
    for card in cmp.scorecard:
        chart = {r["speaker_type"]: r["share_attributions"] for r in rows if r["outlet"] == card.outlet}
        assert card.type_shares is not None
        for t, share in card.type_shares.items():
            assert abs(share - chart[t]) < 1e-3, (card.outlet, t)
    south = next(c for c in cmp.scorecard if c.outlet == "South Courier")
    assert south.type_shares is not None and south.type_shares["citizen"] == 1.0


def test_clicked_share_lists_the_speaker_under_its_event_type():
    from dashboard.evidence import spans_for

    analyses, cmp = _analysed()
    for measure in ("voice:citizen", "type:citizen", "citizen_share"):
        _, evs = spans_for(measure, "South Courier", analyses, cmp)
        assert any("never asked us" in e.text for e in evs), measure
        _, other = spans_for(measure.replace("citizen", "other"), "South Courier", analyses, cmp)
        assert not any("never asked us" in e.text for e in other), measure
    # without the comparison (the Sources view) the same types are computed from the articles
    _, evs = spans_for("type:citizen", "South Courier", analyses)
    assert any("never asked us" in e.text for e in evs)


def test_text_highlights_colour_the_speaker_by_its_event_type():
    from framing.charts.sources import attribution_highlights

    analyses, cmp = _analysed()
    south, quill = _quill(analyses)
    marks = attribution_highlights(quill, types=cmp.speaker_types[south.article.id])
    quotes = [h for h in marks if "hl-quote" in (h.css_class or "")]
    assert quotes and all("st-citizen" in h.css_class for h in quotes)
    assert all("Citizen" in (h.title or "") for h in quotes)
