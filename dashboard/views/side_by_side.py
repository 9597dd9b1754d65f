"""Side by side: 2–4 chosen articles in columns, with their facts and full text."""

from __future__ import annotations

import html
import re
from typing import Any, Callable, Sequence

import streamlit as st

from dashboard import chart_view, evidence, export_controls, selection
from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import picked
from framing.charts.overview import article_lengths_chart
from framing.charts.theme import PALETTE, outlet_colours as theme_outlet_colours
from framing.analysis import ArticleAnalysis, list_result_of
from framing.attribution import Attribution
from framing.charts.language import category_legend, loaded_term_highlights
from framing.charts.sources import attribution_highlights, type_legend
from framing.highlight import Highlight, legend_html, render_article_html, render_snippet_html
from framing.loaded_terms import LoadedTerm
from framing.model import Article

SELECTION = "side_by_side_selection"
MAX_COLUMNS = 4
DEFAULT_COLUMNS = 3
TEXT_HEIGHT = 640
HEADLINE_LINES = 3  # cards reserve this many headline lines so the text boxes line up
#: the only colour form allowed into a style attribute (framing.highlight keeps its own private)
COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")


def safe_colour(colour: object, fallback: str = PALETTE[0]) -> str:
    """``colour`` if it is ``#rrggbb``, else ``fallback`` (nothing else reaches a style attribute)."""
    return colour if isinstance(colour, str) and COLOUR_RE.fullmatch(colour) else fallback


def article_label(a: Article) -> str:
    title = a.title or "(no headline)"
    title = title if len(title) <= 55 else title[:54].rstrip() + "…"
    return f"{a.outlet} — {title}"


def outlet_colours(articles: Sequence[Article]) -> dict[str, str]:
    """The same outlet colours as the charts (first-seen order)."""
    return theme_outlet_colours(a.outlet for a in articles)


def _safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def header_html(a: Article, row: dict[str, Any] | None, colour: str,
                highlights: Sequence[Highlight] = ()) -> str:
    """The facts above an article's text; every value escaped, ``colour`` checked (``#rrggbb``).

    The headline carries the highlights that fall in it (headlines weigh most in framing)."""
    e = html.escape
    colour = safe_colour(colour)
    row = row or {}
    facts = []
    if a.published:
        facts.append(e(a.published))
    if a.byline:
        facts.append(e(a.byline))
    counts = []
    if "word_count" in row:
        counts.append(f"{int(row['word_count']):,} words")
    if "paragraph_count" in row:
        n = int(row["paragraph_count"])
        counts.append(f"{n} paragraph{'s' if n != 1 else ''}")
    if "sentence_count" in row:
        n = int(row["sentence_count"])
        counts.append(f"{n} sentence{'s' if n != 1 else ''}")
    in_headline = [h for h in highlights if h.start < len(a.title)]
    headline = (render_snippet_html(a.text, 0, len(a.title), in_headline, include_css=bool(in_headline))
                if a.title else e("(no headline)"))
    url = _safe_url(a.url)
    link = (f' · <a href="{e(url, quote=True)}" target="_blank" rel="noopener noreferrer">source</a>'
            if url else "")
    return (
        '<div class="fr-card">'
        f'<div class="fr-outlet" style="border-left:4px solid {colour};padding-left:6px;'
        f'font-weight:600;font-size:0.9rem;text-transform:uppercase;letter-spacing:0.03em">{e(a.outlet)}</div>'
        f'<div class="fr-headline" style="font-weight:700;font-size:1.15rem;line-height:1.3;margin:0.35em 0;'
        f'min-height:{HEADLINE_LINES * 1.3:.1f}em">{headline}</div>'
        f'<div class="fr-facts" style="font-size:0.85rem;opacity:0.8">{" · ".join(facts) or "date and byline unknown"}{link}</div>'
        f'<div class="fr-counts" style="font-size:0.85rem;opacity:0.8">{" · ".join(counts)}</div>'
        "</div>"
    )


#: what can be marked in the texts: (label, function(analysis) -> highlights); one line per analyser
def _loaded_terms(analysis: ArticleAnalysis, data: AnalysedSet) -> list[Highlight]:
    return loaded_term_highlights(list_result_of(analysis, "loaded_terms", LoadedTerm) or [])


def _speakers(analysis: ArticleAnalysis, data: AnalysedSet) -> list[Highlight]:
    """Speech coloured by the speaker's type in the event (as the Sources tab counts it)."""
    types = evidence.event_speaker_types(data).get(analysis.article.id)
    return attribution_highlights(list_result_of(analysis, "attributions", Attribution) or [], types=types)


MARKERS: dict[str, Callable[[ArticleAnalysis, AnalysedSet], list[Highlight]]] = {
    "Loaded terms": _loaded_terms,
    "Who speaks": _speakers,
}
MARKS = "side_by_side_marks"


def highlights_for(article_id: str, data: AnalysedSet, marks: Sequence[str] = ()) -> list[Highlight]:
    """Spans to mark in an article's text: those of the chosen markers."""
    analysis = data.by_id(article_id)
    if analysis is None:
        return []
    out: list[Highlight] = []
    for name in marks:
        if name in MARKERS:
            out.extend(MARKERS[name](analysis, data))
    return out


def render(data: AnalysedSet) -> None:
    articles = data.articles
    if not articles:
        st.info("No articles loaded. Upload files or paste an article in the sidebar, or reset to the sample.")
        return
    by_id = {a.id: a for a in articles}

    chart, state = chart_view.show(lambda: article_lengths_chart(data.rows, colours=data.colours),
                                   "side_by_side_lengths", chart_view.data_key(data), on_select="rerun")
    export_controls.chart_export(chart, "article-lengths", export_controls.loaded_context(data.analyses, data.event),
                                 key="side_by_side_lengths_export")
    clicked = evidence.fresh("side_by_side_lengths", picked(state, "pick", field="id"))
    if clicked in by_id:  # a click on a bar brings that article into the columns, first
        current = selection.chosen_articles(data)
        st.session_state[selection.ARTICLES] = [clicked, *[i for i in current if i != clicked]][:MAX_COLUMNS]

    chosen = selection.choose_articles(
        data, "side_by_side", "Articles to compare (2–4)", max_selections=MAX_COLUMNS,
        help="Pick up to four articles (or click a bar above); each gets a column with its facts and full "
             "text. The same articles are shown on the other tabs.")
    if not chosen:
        st.info("Pick at least one article above (two to four to compare).")
        return
    if len(chosen) == 1 and len(articles) > 1:
        st.caption("Add another article to compare side by side.")

    render_texts(data, chosen)


@st.fragment
def render_texts(data: AnalysedSet, chosen: Sequence[str]) -> None:
    """The chosen articles' columns and what is marked in them: a fragment, so changing the marks
    reruns this part only (not the chart and pickers above)."""
    articles = data.articles
    by_id = {a.id: a for a in articles}
    marks = st.pills("Mark in the texts", list(MARKERS), selection_mode="multi", default=list(MARKERS)[:1],
                     key=MARKS, help="Hover a marked word for the rule or lexicon entry behind it.")
    legend = []
    if "Who speaks" in (marks or ()):
        legend += type_legend()
    if "Loaded terms" in (marks or ()):
        cats = sorted({t["category"] for i in chosen for t in (data.row(i) or {}).get("loaded_terms", [])})
        legend += category_legend(cats)
    if legend:
        st.html(legend_html(legend))
    colours = data.colours or outlet_colours(articles)
    columns = st.columns(len(chosen), gap="medium")
    for col, article_id in zip(columns, chosen):
        a = by_id[article_id]
        with col:
            marked = highlights_for(article_id, data, marks or ())
            st.html(header_html(a, data.row(article_id), colours.get(a.outlet, PALETTE[0]), marked))
            with st.container(height=TEXT_HEIGHT, border=True):
                st.html(render_article_html(a.text, a.paragraphs, marked, include_headline=False))
