"""Language: loaded terms by category and voice per outlet, the labels table, highlighted texts
(loaded terms and, as a layer of their own, stance markers), and the user's own lexicon."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import export_controls, state
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from framing.analysers import AnalysisOptions, build_analysers
from framing.analysis import analyse_articles, list_result_of
from framing.charts.language import (
    VOICE_LABELS, VOICES, category_legend, language_chart, language_rows, loaded_term_highlights, stance_legend,
    stance_marker_highlights, stance_markers_of, stance_rows,
)
from framing.compare.labels import labels_table
from framing.highlight import legend_html, render_article_html
from framing.loaded_terms import LexiconError, LoadedTerm, builtin_lexicon, parse_user_lexicon, user_lexicon_to_csv
from framing.loaded_terms.word_scorer import load_word_scorer
from framing.stance_markers import builtin_stance_lexicon

KEY = "language"
EXAMPLE = ("term,category,pos,direction,rule,note,action\n"
           "stand firm,resolve_framing,,toward,,frames refusal as resolve,add\n"
           "regime,,,,,,disable\n")
MAX_CACHE = 400
#: the categories (id, label, description) of the uploaded TOML lexicon
CATEGORIES = f"{KEY}_categories"


def _user_lexicon_panel() -> Any:
    """Upload or edit a user lexicon; returns the merged lexicon (or None for the built-in one)."""
    state.bind_lexicon_text(f"{KEY}_text")  # the open project's saved lexicon (dashboard/state.py)
    with st.expander("Your lexicon: add or disable terms and categories", expanded=False):
        up = st.file_uploader("Upload a lexicon (CSV or TOML)", type=["csv", "toml"], key=f"{KEY}_upload")
        if up is not None and st.session_state.get(f"{KEY}_upload_name") != up.name:
            try:
                text = up.getvalue().decode("utf-8")
                user = parse_user_lexicon(text, up.name)
                st.session_state[f"{KEY}_text"] = user_lexicon_to_csv(user)
                # the CSV in the editor has no place for a TOML file's new categories (labels)
                st.session_state[CATEGORIES] = list(user.categories)
                st.session_state[f"{KEY}_upload_name"] = up.name
            except (UnicodeDecodeError, LexiconError) as exc:
                st.error(md_escape(f"{up.name}: not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)))
        text = st.text_area("Lexicon (CSV: term, category, pos, direction, rule, note, action)",
                            key=f"{KEY}_text", height=150, placeholder=EXAMPLE,
                            help="action 'disable' with a term disables it; '*' with a category disables the category.")
        st.caption("See docs/lexicon.md for the columns and rules. Leave empty to use the built-in lexicon.")
        if not (text or "").strip():
            state.save_user_lexicon("")
            return None
        try:
            user = parse_user_lexicon(text, "your lexicon", "csv")
        except LexiconError as exc:
            st.error(md_escape(str(exc)))
            return None
        state.save_user_lexicon(text)  # kept in the open project
        user.categories = list(st.session_state.get(CATEGORIES) or [])
        st.download_button("Download this lexicon (CSV)", data=user_lexicon_to_csv(user).encode("utf-8"),
                           file_name="lexicon.csv", mime="text/csv", key=f"{KEY}_download")
        st.success(f"Using your lexicon: {len(user.entries)} added, {len(user.disabled_terms)} terms and "
                   f"{len(user.disabled_categories)} categories disabled.")
        return builtin_lexicon().merged(user)


def _threshold_slider() -> float | None:
    """The learned word scorer's threshold; None when the user keeps the model's default."""
    scorer = load_word_scorer()
    default = round(scorer.threshold, 2)
    cv = scorer.cross_validation
    value = st.slider(
        "Learned-word threshold", min_value=0.10, max_value=0.90, value=default, step=0.02, key=f"{KEY}_threshold",
        help=(f"Words the lexicon does not list are flagged as 'Evaluative word (learned)' when the learned scorer's "
              f"probability reaches this. Default {default}: on MBIC (cross-validated by article) the whole analyser "
              f"has precision {cv.get('precision', '?')} and recall {cv.get('recall', '?')} there. Lower finds more "
              "words, less precisely; lexicon terms are kept at any threshold."))
    return None if abs(value - default) < 1e-9 else float(value)


def _analyses(data: AnalysedSet, lexicon: Any, threshold: float | None = None) -> list[Any]:
    if lexicon is None and threshold is None:
        return data.analyses
    cache = st.session_state.setdefault(f"{KEY}_cache", {})
    if len(cache) > MAX_CACHE:
        cache.clear()
    with st.spinner("Applying your lexicon and threshold…"):
        options = AnalysisOptions(lexicon=lexicon, loaded_threshold=threshold)
        return analyse_articles(data.articles, build_analysers(options), cache=cache)


def render(data: AnalysedSet) -> None:
    if not data.articles:
        st.info("No articles loaded. Upload files or paste an article in the sidebar, or reset to the sample.")
        return
    lexicon = _user_lexicon_panel()
    threshold = _threshold_slider()
    analyses = _analyses(data, lexicon, threshold)
    lex = lexicon or builtin_lexicon()
    labels = {c: lex.label(c) for c in lex.categories}
    present = sorted({t.category for a in analyses for t in (list_result_of(a, "loaded_terms", LoadedTerm) or [])})
    c1, c2 = st.columns(2)
    cats = c1.multiselect("Categories", present, default=present, format_func=lambda c: labels.get(c, c),
                          key=f"{KEY}_cats_{lex.fingerprint()}")
    voices = c2.multiselect("Voices", list(VOICES), default=list(VOICES), format_func=lambda v: VOICE_LABELS[v],
                            key=f"{KEY}_voices")
    rows = [r for r in language_rows(analyses) if r["category"] in cats and r["voice"] in voices]
    if rows:
        chart = language_chart(rows, labels)
        st.altair_chart(chart, theme=None)
        export_controls.chart_export(chart, "loaded-language", export_controls.loaded_context(analyses),
                                     key=f"{KEY}_export")
    else:
        st.info("No loaded terms in the chosen categories and voices.")
    st.caption("Narrator: the outlet's own words. Quoted: inside someone's direct quotation. Reported: inside "
               "indirect or according-to speech. Scare quotes: words put in quotation marks that are nobody's "
               "speech. Hover a highlighted word for its category, voice, speaker and why it is loaded.")

    st.subheader("How each outlet names the same actors")
    table = labels_table(analyses)
    trows = table.rows()
    if trows:
        df = pd.DataFrame(trows)
        actor = st.selectbox("Actor", list(dict.fromkeys(df["actor"])), key=f"{KEY}_actor")
        st.dataframe(df[df["actor"] == actor].drop(columns=["actor", "kind"]), hide_index=True, width="stretch")
        export_controls.table_export(df, "labels", key=f"{KEY}_labels_csv", label="⤓ Labels table (all actors) as CSV")
    else:
        st.info("No shared actors found.")

    _stance_table(analyses)

    st.subheader("Texts with loaded terms highlighted")
    by_id = {a.article.id: a for a in analyses}
    chosen = st.multiselect("Articles", list(by_id), default=list(by_id)[:2], max_selections=3,
                            format_func=lambda i: f"{by_id[i].article.outlet}: {by_id[i].article.title[:60]}",
                            key=f"{KEY}_articles")
    show_stance = st.toggle("Show stance markers (hedges, boosters, reporting verbs that weigh speech)",
                            value=True, key=f"{KEY}_stance")
    stance_labels = {c: builtin_stance_lexicon().label(c) for c in builtin_stance_lexicon().categories}
    stance_cats = sorted({m.category for aid in chosen for m in stance_markers_of(by_id[aid])})
    st.html(legend_html(category_legend(cats, labels)))
    if show_stance and stance_cats:
        st.html(legend_html(stance_legend(stance_cats, stance_labels)))
    cols = st.columns(max(1, len(chosen)))
    for col, aid in zip(cols, chosen):
        a = by_id[aid]
        hs = loaded_term_highlights(list_result_of(a, "loaded_terms", LoadedTerm) or [], cats, voices, labels)
        if show_stance:
            hs += stance_marker_highlights(stance_markers_of(a), None, voices, stance_labels)
        with col:
            st.markdown(f"**{md_escape(a.article.outlet)}**")
            with st.container(height=520, border=True):
                st.html(render_article_html(a.article.text, a.article.paragraphs, hs))


def _stance_table(analyses: list[Any]) -> None:
    """Stance markers per 1,000 words by outlet and category (all voices)."""
    rows = stance_rows(analyses)
    if not rows:
        return
    st.subheader("Stance markers per 1,000 words")
    lexicon = builtin_stance_lexicon()
    df = pd.DataFrame(rows)
    df["Category"] = [lexicon.label(c) for c in df["category"]]
    table = df.groupby(["outlet", "Category"], as_index=False).agg(per_1000=("per_1000", "sum"))
    wide = table.pivot(index="outlet", columns="Category", values="per_1000").fillna(0.0).reset_index()
    st.dataframe(wide.rename(columns={"outlet": "Outlet"}), hide_index=True, width="stretch")
    st.caption("Hedges, boosters and reporting verbs that weigh speech (claimed, admitted, revealed) are the "
               "writer's stance toward a statement, not loaded language: they are counted apart. Hover a word "
               "with a dashed underline for its category and the entry that matched.")
