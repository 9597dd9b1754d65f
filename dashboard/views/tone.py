"""Tone: the tone arc of each article, tone toward each actor by outlet (click a cell for its
sentences), narrator vs quoted tone, readability numbers and passives, highlighted texts."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import chart_view, evidence, export_controls, selection, tables
from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import picked
from dashboard.text import md_escape
from framing.charts.tone import (
    actor_heatmap, actor_rows, readability_chart, readability_rows, tone_arc_chart, tone_arc_rows,
    tone_highlights, tone_legend, tone_voice_chart, tone_voice_rows, tone_word,
)
from framing.analysis import result_of
from framing.highlight import Highlight, LegendItem, legend_html, render_article_html, render_snippet_html
from framing.readability import Readability
from framing.tone.sentences import Tone

KEY = "tone"
#: the tone table's columns for people
TONE_COLUMNS = {"outlet": "Outlet", "mean": "Mean tone", "narrator": "Own words", "quoted": "Quotations",
                "headline": "Headline tone", "negative": "Negative", "neutral": "Neutral", "positive": "Positive",
                "title": "Headline"}
#: the tone table's number columns and how each is written (a missing tone: no such sentences)
TONE_FORMATS = {"mean": "{:+.2f}", "narrator": "{:+.2f}", "quoted": "{:+.2f}", "headline": "{:+.2f}",
                "negative": "{:.0%}", "neutral": "{:.0%}", "positive": "{:.0%}"}


def tone_table(voice: list[dict[str, Any]]) -> pd.DataFrame:
    """The tone table for people: numbers written out, "—" where an article has no such sentences
    (no quotations), the headline last (long text is cut there, not in the numbers)."""
    df = pd.DataFrame(voice)[list(TONE_COLUMNS)]
    for k, fmt in TONE_FORMATS.items():
        df[k] = tables.formatted(df[k].tolist(), fmt)
    return df.rename(columns=TONE_COLUMNS)
SELECTION = "cell"


def clicked_cell(state: Any, name: str = SELECTION) -> tuple[str, str] | None:
    """(actor_id, outlet) of the clicked heatmap cell in an ``on_select="rerun"`` result."""
    try:
        sel = state.selection.get(name) if hasattr(state, "selection") else state["selection"].get(name)
    except (AttributeError, KeyError, TypeError):
        return None
    if isinstance(sel, list) and sel and isinstance(sel[0], dict):
        a, o = sel[0].get("actor_id"), sel[0].get("outlet")
        return (a, o) if a and o else None
    if isinstance(sel, dict) and sel.get("actor_id") and sel.get("outlet"):
        a, o = sel["actor_id"], sel["outlet"]
        return (a[0] if isinstance(a, list) else a, o[0] if isinstance(o, list) else o)
    return None


def sentences_html(sentences: list[dict[str, Any]]) -> str:
    """The sentences behind a cell, the mention marked; every piece of text escaped."""
    parts = []
    for s in sentences:
        text, a, b = s["text"], s["mention_start"] - s["start"], s["mention_end"] - s["start"]
        a, b = max(0, min(len(text), a)), max(0, min(len(text), b))
        word = tone_word(s["score"])   # the one rule: the word says what the number says
        colour = {"negative": "#fbcfe8", "positive": "#bbf7d0"}.get(word, "#e5e7eb")
        parts.append(
            '<div style="margin:0.3em 0;padding:0.3em 0.5em;border-left:3px solid #0072B2">'
            f'<span style="font-size:0.8rem;opacity:0.75">{html.escape(word)} '
            f'({s["score"]:+.2f}) · {html.escape(s["voice"])}</span><br>'
            f'{html.escape(text[:a])}<mark style="background:{colour}">{html.escape(text[a:b])}</mark>'
            f'{html.escape(text[b:])}</div>'
        )
    return "".join(parts) or "<em>No sentences.</em>"


def _actor_section(data: AnalysedSet) -> None:
    st.subheader("Tone toward each actor")
    cells = actor_rows(data.analyses, min_mentions=2, top=15)
    if not cells:
        st.info("No actor is mentioned twice or more.")
        return
    st.caption("Each mention is scored by a small model trained on NewsMTSC (tone of the sentence toward that "
               "mention; macro-F1 0.65 on its test split, so read single sentences, not single cells). "
               "Click a cell, or choose below, to read its sentences.")
    chart, state = chart_view.show(lambda: actor_heatmap(cells, SELECTION), f"{KEY}_heatmap", chart_view.data_key(data),
                                   on_select="rerun")
    export_controls.chart_export(chart, "tone-toward-actors", export_controls.loaded_context(data.analyses, data.event),
                                 key=f"{KEY}_actors_export")
    by_key = {(c.actor_id, c.outlet): c for c in cells}
    hit = clicked_cell(state)
    actors = list(dict.fromkeys(c.actor_id for c in cells))
    names = {c.actor_id: c.actor for c in cells}
    if hit and hit in by_key:
        st.session_state[f"{KEY}_actor"], st.session_state[f"{KEY}_outlet"] = hit
    c1, c2 = st.columns(2)
    if st.session_state.get(f"{KEY}_actor") not in actors:
        st.session_state.pop(f"{KEY}_actor", None)
    actor = c1.selectbox("Actor", actors, format_func=lambda a: names.get(a, a), key=f"{KEY}_actor")
    outlets = [c.outlet for c in cells if c.actor_id == actor]
    if st.session_state.get(f"{KEY}_outlet") not in outlets:
        st.session_state.pop(f"{KEY}_outlet", None)
    outlet = c2.selectbox("Outlet", outlets, key=f"{KEY}_outlet")
    cell = by_key.get((actor, outlet))
    if cell is not None:
        st.markdown(f"**{md_escape(cell.actor)}** in **{md_escape(cell.outlet)}**: mean tone "
                    f"{tone_word(cell.mean_score)} ({cell.mean_score:+.2f}) over "
                    f"{cell.mentions} mention{'s' if cell.mentions != 1 else ''}")
        st.html(sentences_html(cell.sentences))


def _passive_highlights(readability: Readability | None) -> list[Highlight]:
    out = []
    for p in readability.passives if readability is not None else []:
        title = "Agentless passive: who acted is not said" if p.agentless else f"Passive with agent: {p.agent}"
        out.append(Highlight(p.verb_start, p.verb_end, css_class="hl-attribution" if not p.agentless else "hl-6",
                             title=title, label="agentless passive" if p.agentless else "passive"))
    return out


@st.fragment
def render_arc(data: AnalysedSet, analyses: list[Any], tones: dict[str, Tone], chosen: list[str]) -> None:
    """The tone arc of the chosen articles and the sentence behind a clicked point (a fragment: a
    click reruns this part only)."""
    by_id = {a.article.id: a for a in analyses}
    rows = [r for r in tone_arc_rows(analyses) if r["article_id"] in chosen]
    context = export_controls.loaded_context(analyses, data.event)
    if rows:
        arc, state = chart_view.show(lambda: tone_arc_chart(rows, colours=data.colours), f"{KEY}_arc_chart",
                                     chart_view.data_key(data, tuple(chosen)), on_select="rerun")
        export_controls.chart_export(arc, "tone-arc", context, key=f"{KEY}_arc_export")
        hit = evidence.fresh(f"{KEY}_arc_chart", picked(state))
        if hit and "|" in hit:
            st.session_state[f"{KEY}_arc_pick"] = hit
        pick = st.session_state.get(f"{KEY}_arc_pick")
        row = next((r for r in rows if f"{r['article_id']}|{r['start']}" == pick), None)
        if row is not None:
            a = by_id[row["article_id"]]
            tone = tones[row["article_id"]]
            s = next((x for x in tone.sentences if x.start == row["start"]), None)
            if s is not None:
                with st.container(border=True):
                    st.markdown(f"**{md_escape(a.article.outlet)}**, sentence {row['sentence']}: tone {s.compound:+.2f}")
                    st.html(render_snippet_html(a.article.text, s.start, s.end, tone_highlights(tone, 0.0)))


@st.fragment
def render_readability(data: AnalysedSet, analyses: list[Any], rrows: list[dict[str, Any]], context: Any) -> None:
    """The readability numbers, each bar one click from the words behind it (a fragment: a click
    reruns this part only)."""
    numbers, state = chart_view.show(lambda: readability_chart(rrows, colours=data.colours), f"{KEY}_readability",
                                     chart_view.data_key(data), on_select="rerun")
    export_controls.chart_export(numbers, "readability", context, key=f"{KEY}_readability_export")
    st.caption("Computed on the body with the shared parse's sentences and words. Passive shares count "
               "sentences; an agentless passive (\"mistakes were made\") hides who acted. Click a bar for the "
               "words behind it: long words for the grade formulas, long sentences for words per sentence, the "
               "passive clauses for the passive shares.")
    pick = evidence.outlet_pick(f"{KEY}_readability", picked(state, "pick", field="mark_key"),
                                f"{KEY}_readability_pick", {a.article.outlet for a in analyses})
    if pick:
        outlet, metric = pick
        what, evs = evidence.spans_for(f"readability:{metric}", outlet, analyses)
        label = next((r["metric"] for r in rrows if r["key"] == metric), metric)
        with st.container(border=True):
            evidence.render(f"{outlet} · {label}: {what}", evs)


def render(data: AnalysedSet) -> None:
    if not data.articles:
        st.info("No articles loaded. Upload files or paste an article in the sidebar, or reset to the sample.")
        return
    tones = {a.article.id: t for a in data.analyses if (t := result_of(a, "tone", Tone)) is not None}
    analyses = [a for a in data.analyses if a.article.id in tones]
    by_id = {a.article.id: a for a in analyses}

    st.subheader("Tone arc")
    chosen = selection.choose_articles(data, KEY)
    render_arc(data, analyses, tones, chosen)
    context = export_controls.loaded_context(analyses)
    st.caption("VADER compound per sentence (−1 to +1; the grey band is neutral, ±0.05). Article tone is the mean "
               "of its sentences, never VADER on the whole text. Hover a point for the sentence; click it to read it.")
    voice = tone_voice_rows(analyses)
    if voice:
        shares = "Share of the article's sentences that are {} (VADER compound {})"
        tables.show(tone_table(voice), width="stretch", column_config={
            "Quotations": st.column_config.Column(help="Mean tone of quoted sentences; — when it quotes no one"),
            "Negative": st.column_config.Column(help=shares.format("negative", "≤ −0.05")),
            "Neutral": st.column_config.Column(help=shares.format("neutral", "between −0.05 and +0.05")),
            "Positive": st.column_config.Column(help=shares.format("positive", "≥ +0.05"))})
        numbers = pd.DataFrame(voice)[list(TONE_COLUMNS)].rename(columns=TONE_COLUMNS)
        export_controls.table_export(numbers, "tone-by-article", key=f"{KEY}_voice_csv")
        with st.expander("Outlet's own words vs quotations"):
            by_voice, _ = chart_view.show(lambda: tone_voice_chart(voice), f"{KEY}_voice_chart",
                                          chart_view.data_key(data))
            export_controls.chart_export(by_voice, "tone-narrator-vs-quoted", context, key=f"{KEY}_voice_export")

    _actor_section(data)

    st.subheader("Readability")
    rrows = readability_rows(analyses)
    if rrows:
        render_readability(data, analyses, rrows, context)

    st.subheader("Text with sentence tone and passives")
    aid = selection.choose_article(data, KEY) if by_id else None
    if aid in by_id:
        a = by_id[aid]
        hs = tone_highlights(tones[aid]) + _passive_highlights(result_of(a, "readability", Readability))
        legend = tone_legend() + [LegendItem("hl-6", "Agentless passive (verb)"), LegendItem("hl-attribution", "Passive with agent (verb)")]
        st.html(legend_html(legend))
        with st.container(height=520, border=True):
            st.html(render_article_html(a.article.text, a.article.paragraphs, hs))
