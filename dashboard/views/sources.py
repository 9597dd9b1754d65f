"""Sources: who speaks in each outlet, who is absent, how speech is introduced, and the
attributed words in the texts (select a speaker to see only their quotes)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import chart_view, evidence, export_controls, selection, tables
from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import picked
from dashboard.text import md_escape
from framing.analysis import ArticleAnalysis, list_result_of
from framing.attribution import Attribution, Finding
from framing.charts.sources import (
    STANCE_LABELS, attribution_highlights, speaker_table, stance_chart, stance_rows, type_label, type_legend,
    type_share_chart, type_share_rows,
)
from framing.compare.identity import EventIdentities, speaker_identities
from framing.highlight import legend_html, render_article_html

KEY = "sources"
FIXED_COLUMNS = {"speaker": "Speaker", "type": "Type", "type_evidence": "Type from", "aliases": "Also named",
                 "role": "Role", "anonymous": "Anonymous"}
REACH_COLUMN = "Outlets"


def speaker_frame(rows: list[dict], outlets: list[str]) -> pd.DataFrame:
    """The speaker table for display: fixed columns, one column of counts per outlet, reach.
    Outlet columns are named after the outlets; a name already taken gets " (outlet)" added."""
    used = set(FIXED_COLUMNS.values()) | {REACH_COLUMN}
    names: list[str] = []
    for o in outlets:
        name = str(o)
        while name in used:
            name += " (outlet)"
        used.add(name)
        names.append(name)
    records = []
    for r in rows:
        rec = {label: r.get(k, "") for k, label in FIXED_COLUMNS.items()}
        rec["Type"] = type_label(rec["Type"])
        aliases = [n for n in (r.get("aliases") or []) if n != r["speaker"]]
        rec["Also named"] = ", ".join(aliases)
        rec.update({name: r["counts"].get(o, 0) for name, o in zip(names, outlets)})
        rec[REACH_COLUMN] = r["outlets"]
        records.append(rec)
    # who speaks and how often in each outlet first, the long free text last: at a 1,600 px window
    # the counts stay in view and only the text columns are cut (in full on hover)
    return pd.DataFrame.from_records(records, columns=["Speaker", "Type", *names, REACH_COLUMN, "Anonymous", "Role",
                                                       "Also named", "Type from"])


def findings_frame(analyses: list[ArticleAnalysis]) -> pd.DataFrame:
    """The polls, surveys and ballots each outlet reports (``findings``): no voices, listed apart."""
    records = [{"Outlet": a.article.outlet, "Poll or survey": f.measure, "Run by": f.source, "Asked": f.population,
                "Found": f.content, "Why not a voice": f.reason}
               for a in analyses for f in list_result_of(a, "findings", Finding) or []]
    return pd.DataFrame.from_records(records, columns=["Outlet", "Poll or survey", "Run by", "Asked", "Found",
                                                       "Why not a voice"])


def _article_speakers(items: list[Attribution], article_id: str, identities: EventIdentities,
                      picked: set[str]) -> set[str]:
    """The article's own speaker ids of the event speakers picked in the table."""
    out: set[str] = set()
    for x in items:
        ident = identities.identity_of(article_id, x.speaker_id)
        if (ident.id if ident is not None else x.speaker_id) in picked:
            out.add(x.speaker_id)
    return out


@st.fragment
def render_share_of_voice(data: AnalysedSet, identities: EventIdentities) -> None:
    """The share-of-voice chart, its measure and the words behind a clicked segment: a fragment, so
    changing the measure or clicking a segment reruns this part only (not the tables and texts below)."""
    analyses = data.analyses
    measure = st.radio("Share of voice by", ["share_words", "share_attributions"], horizontal=True,
                       format_func=lambda m: "attributed words" if m == "share_words" else "attributions",
                       key=f"{KEY}_measure")
    context = export_controls.loaded_context(analyses, data.event)
    chart, state = chart_view.show(lambda: type_share_chart(type_share_rows(analyses, identities), measure=measure),
                                   f"{KEY}_types", chart_view.data_key(data, measure), on_select="rerun")
    export_controls.chart_export(chart, "who-speaks", context, key=f"{KEY}_types_export")
    st.caption("Each bar is one outlet: the share of attributed words (quoted or reported) given to each kind "
               "of speaker — every type, from official to unknown. Click a segment for its words; hover it for "
               "counts. Speaker types come from titles, roles and organisation words, decided once per event: a "
               "role one outlet gives types the speaker in every outlet; a named person no article describes is "
               "'Unknown' (see docs/analysers/attributions.md).")
    pick = evidence.outlet_pick(f"{KEY}_types", picked(state), f"{KEY}_pick", {a.article.outlet for a in analyses})
    if pick:
        outlet, t = pick
        what, evs = evidence.spans_for(f"type:{t}", outlet, analyses, types=evidence.event_speaker_types(data))
        with st.container(border=True):
            evidence.render(f"{outlet} · {type_label(t)}: {what}", evs)


def render(data: AnalysedSet) -> None:
    if not data.articles:
        st.info("No articles loaded. Upload files or paste an article in the sidebar, or reset to the sample.")
        return
    analyses = data.analyses
    identities = speaker_identities(analyses)     # one id and one type per speaker of the event (its one home)
    render_share_of_voice(data, identities)

    st.subheader("Speakers across outlets")
    rows = speaker_table(analyses, identities)
    outlets = list(dict.fromkeys(a.article.outlet for a in analyses))
    if rows:
        speakers = speaker_frame(rows, outlets)
        tables.show(speakers, width="stretch", column_config={
            REACH_COLUMN: st.column_config.Column(help="How many outlets quote or paraphrase them"),
            **{o: st.column_config.Column(help=f"{o}: attributions to them") for o in speakers.columns[2:2 + len(outlets)]}})
        export_controls.table_export(speakers, "speakers", key=f"{KEY}_speakers_csv")
        st.caption("One row per person or organisation across outlets (full name, surname, title + surname, short "
                   "forms and party names joined). Numbers are attributions per outlet; 0 means the speaker does not "
                   "appear in that outlet. 'Type from' names the outlet and role that decided the type.")
    else:
        st.info("No attributed speech found in these articles.")
    polls = findings_frame(analyses)
    if len(polls):
        st.subheader("Polls and surveys (not counted as voices)")
        tables.show(polls, width="stretch")
        st.caption("A poll, survey or ballot reports a count of answers or votes, not anyone's voice: these "
                   "sentences are not in the speaker table, the type shares or the scorecard.")

    st.subheader("How speech is introduced")
    context = export_controls.loaded_context(analyses)
    chart, _ = chart_view.show(lambda: stance_chart(stance_rows(analyses)), f"{KEY}_stance", chart_view.data_key(data))
    export_controls.chart_export(chart, "reporting-verbs", context, key=f"{KEY}_stance_export")
    st.caption("Neutral: say, tell. Endorsing: note, confirm, reveal. Distancing: claim, allege, insist. "
               "Guilt-implying: admit, concede, deny. Emphatic: stress, warn. Hedged: suggest, believe.")

    st.subheader("Attributed words in the texts")
    by_id = {a.article.id: a for a in analyses}
    chosen = selection.choose_articles(data, KEY)
    names = {r["speaker_id"]: r["speaker"] for r in rows}
    only = st.multiselect("Show only these speakers (empty: everyone)", list(names), format_func=lambda i: names.get(i, i),
                            key=f"{KEY}_speakers")
    types = evidence.event_speaker_types(data)     # the event's type of each article's speakers
    st.html(legend_html(type_legend({types.get(i, {}).get(x.speaker_id) or x.speaker_type for i in chosen if i in by_id
                                     for x in list_result_of(by_id[i], "attributions", Attribution) or []})))
    chosen = [i for i in chosen if i in by_id]
    cols = st.columns(max(1, len(chosen)))
    for col, aid in zip(cols, chosen):
        a = by_id[aid]
        items = list_result_of(a, "attributions", Attribution) or []
        keep = _article_speakers(items, aid, identities, set(only)) if only else None
        with col:
            st.markdown(f"**{md_escape(a.article.outlet)}**")
            with st.container(height=520, border=True):
                st.html(render_article_html(a.article.text, a.article.paragraphs, attribution_highlights(items, keep, types.get(aid))))
            if keep:
                quotes = [x for x in items if x.speaker_id in keep]
                if quotes:
                    tables.show(pd.DataFrame([{"Speaker": x.speaker, "Kind": x.kind.replace("_", " "),
                                                "Verb": x.verb, "Stance": STANCE_LABELS.get(x.verb_stance, x.verb_stance),
                                                "Where": x.position, "Words": x.content}
                                               for x in quotes]), hide_index=True, width="stretch")
                else:
                    st.caption("The chosen speakers do not appear in this article.")
