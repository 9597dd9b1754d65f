"""Highlights of the Language view: stance markers are a layer of their own beside loaded terms."""

from __future__ import annotations

from framing.charts.language import (
    CATEGORY_COLORS, STANCE_COLORS, stance_legend, stance_marker_highlights, stance_markers_of,
)
from framing.highlight import legend_html, render_article_html


def test_stance_markers_are_their_own_layer_with_category_and_entry_on_hover():
    from framing.analysis import analyse_articles
    from framing.model import Article

    body = 'The minister claimed the thugs had fled. "It is clearly over," said Ana Ruiz.'
    [r] = analyse_articles([Article.create(title="Test headline", body=body, outlet="Test Outlet", source="test")])
    marks = stance_marker_highlights(stance_markers_of(r), labels={"distancing_verb": "Distancing verb"})
    by_text = {r.article.text[h.start:h.end]: h for h in marks}
    assert set(by_text) == {"claimed", "clearly"}
    claimed = by_text["claimed"]
    assert "hl-stance" in claimed.css_class.split() and "hl-loaded" not in claimed.css_class
    assert "Distancing verb" in claimed.title and "entry 'claim'" in claimed.title and "minister" in claimed.title
    assert "(Ana Ruiz)" in by_text["clearly"].title
    # filtered by voice like the loaded terms
    assert [r.article.text[h.start:h.end] for h in stance_marker_highlights(stance_markers_of(r), None, ["quoted"])] \
        == ["clearly"]
    html = render_article_html(r.article.text, r.article.paragraphs, marks)
    assert 'class="hl-stance sm-distancing_verb lv-narrator"' in html and "border-bottom:2px dashed" in html
    assert "sm-booster" in legend_html(stance_legend(["booster"]))


def test_stance_colours_are_not_loaded_term_colours():
    assert not set(STANCE_COLORS.values()) & set(CATEGORY_COLORS.values())
