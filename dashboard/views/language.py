"""Language: loaded terms by category and voice per outlet, the labels table, highlighted texts
(loaded terms and, as a layer of their own, stance markers), and the user's own lexicon."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import chart_view, evidence, export_controls, selection, state, tables
from dashboard.analysis import AnalysedSet
from dashboard.views.compare_common import picked
from framing.analysis import ArticleAnalysis
from dashboard.text import md_escape
from framing.analysers import AnalysisOptions, build_analysers
from framing.analysis import analyse_articles, list_result_of
from framing.charts.language import (
    VOICE_LABELS, VOICES, category_legend, language_chart, language_rows, loaded_term_highlights, stance_legend,
    stance_marker_highlights, stance_markers_of, stance_rows, term_reason,
)
from framing.compare.labels import FORM_LABELS, ActorForm, FormAcross, NamingTable, naming_table
from framing.highlight import legend_html, render_article_html
from framing.loaded_terms import LexiconError, LoadedTerm, builtin_lexicon, parse_user_lexicon, user_lexicon_to_csv
from framing.loaded_terms.word_scorer import load_word_scorer
from framing.charts.layout import TABLE_FIT_ROOM
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


#: voices that are the outlet's own words (scare quotes are the outlet's choice of words too)
OWN_VOICES = ("narrator", "scare_quote")
#: the two lists of each outlet's words: loaded terms, and stance markers (never loaded terms)
LOADED, STANCE = "loaded", "stance"


def written_form(texts: Sequence[str]) -> str:
    """How a term is written, for a list of its uses: the most frequent written form, spaces
    joined, lower-cased unless it is written in capitals or with capitals inside ("NATO",
    "McDonald's"); a capital that only starts a sentence or a headline goes.

    >>> written_form(["Agitators", "agitators"]), written_form(["according to"]), written_form(["NATO"])
    ('agitators', 'according to', 'NATO')
    """
    forms = [" ".join(str(t).split()) for t in texts if str(t).strip()]
    if not forms:
        return ""
    best = max(dict.fromkeys(forms), key=forms.count)
    if any(c.isupper() for w in best.split() for c in w[1:]):
        return best
    return best.lower()


def own_voice_rows(analyses: Sequence[ArticleAnalysis], labels: Mapping[str, str], own: bool = True,
                   categories: Sequence[str] | None = None,
                   kind: str = LOADED) -> dict[str, list[dict[str, Any]]]:
    """Outlet -> its loaded terms (``kind`` "loaded") or its stance markers (``kind`` "stance":
    hedges, boosters, sourcing, reporting verbs that weigh speech; never counted as loaded terms)
    in its own voice (``own``) or inside what it quotes or reports, one row per term as written
    in the text ("according to", "dragged": uses of one word with another form are rows of their
    own), most used first: Term, Category, Uses, Voice, Why (for loaded terms: the lexicon's note
    or the learned scorer's reason in words) and the spans behind it."""
    stance_lexicon = builtin_stance_lexicon()
    found: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    for a in analyses:
        items: list[tuple[str, str, str, int, int, str]] = []
        if kind == LOADED:
            items = [(t.text, labels.get(t.category, t.category.replace("_", " ")), t.voice, t.start, t.end,
                      term_reason(t))
                     for t in list_result_of(a, "loaded_terms", LoadedTerm) or []
                     if categories is None or t.category in categories]
        else:
            items = [(m.text, stance_lexicon.label(m.category), m.voice, m.start, m.end, m.note or "")
                     for m in stance_markers_of(a)]
        per = found.setdefault(a.article.outlet, {})
        for text, cat, voice, start, end, why in items:
            if (voice in OWN_VOICES) != own:
                continue
            key = (" ".join(text.lower().split()), cat)
            row = per.setdefault(key, {"forms": [], "Category": cat, "Uses": 0, "voices": set(), "spans": [],
                                       "why": []})
            row["forms"].append(text)
            row["Uses"] += 1
            row["voices"].add(VOICE_LABELS.get(voice, voice))
            row["spans"].append((a.article.id, start, end))
            if why and why not in row["why"]:
                row["why"].append(why)
    out: dict[str, list[dict[str, Any]]] = {}
    for outlet, per in found.items():
        rows = list(per.values())
        for r in rows:
            r["Term"] = written_form(r.pop("forms"))
            r["Voice"] = ", ".join(sorted(r.pop("voices")))
            r["Why"] = " / ".join(r.pop("why"))
        out[outlet] = sorted(rows, key=lambda r: (-r["Uses"], r["Term"]))
    return out


def uses(rows: Sequence[Mapping[str, Any]]) -> int:
    return sum(int(r["Uses"]) for r in rows)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def render_own_voice(analyses: Sequence[ArticleAnalysis], labels: Mapping[str, str], cats: Sequence[str]) -> None:
    """Each outlet's own words at a glance: its loaded terms and, apart, its stance markers (and,
    apart again, the words it quotes); click a term for its sentences."""
    st.subheader("Each outlet's own words")
    st.caption("For each outlet, two lists of words in its own voice (its narration and its scare quotes), most "
               "used first and as written in the text: **loaded terms** (words that carry a judgement) and "
               "**stance markers** (hedges, boosters, sourcing such as “according to”: the writer's stance "
               "toward a statement, never counted as loaded). Click a row to read its sentences; the words it "
               "only quotes or reports are listed apart below.")
    by_id = {a.article.id: a for a in analyses}
    outlets = list(dict.fromkeys(a.article.outlet for a in analyses))
    for own in (True, False):
        loaded = own_voice_rows(analyses, labels, own, cats, LOADED)
        stance = own_voice_rows(analyses, labels, own, None, STANCE)
        if not own:
            with st.expander("Words inside what each outlet quotes or reports"):
                _own_voice_grid(loaded, stance, outlets, by_id, "quoted")
        else:
            _own_voice_grid(loaded, stance, outlets, by_id, "own")


#: own-words tables sit three to a row: each fits a third of the page (px)
OWN_ROOM = TABLE_FIT_ROOM // 3 + 40
#: rows of an own-words list in view (the rest scroll)
OWN_ROWS = 8


@st.fragment
def _own_voice_grid(loaded: Mapping[str, list[dict[str, Any]]], stance: Mapping[str, list[dict[str, Any]]],
                    outlets: Sequence[str], by_id: Mapping[str, ArticleAnalysis], key: str) -> None:
    """Per outlet, its loaded terms and its stance markers, each list with its own count; a clicked
    row shows its sentences (a fragment: a click reruns this grid only)."""
    per_row = 3
    for start in range(0, len(outlets), per_row):
        cols = st.columns(per_row)
        for col, outlet in zip(cols, outlets[start:start + per_row]):
            with col:
                lt, sm = loaded.get(outlet, []), stance.get(outlet, [])
                st.markdown(f"**{md_escape(outlet)}**")
                for kind, rows, title in ((LOADED, lt, _count(uses(lt), "loaded term", "loaded terms")),
                                          (STANCE, sm, _count(uses(sm), "stance marker", "stance markers"))):
                    st.markdown(f"{title}")
                    if not rows:
                        st.caption("None.")
                        continue
                    frame = pd.DataFrame([{k: r[k] for k in ("Term", "Uses", "Category")} for r in rows])
                    wkey = f"{KEY}_{key}_{kind}_{outlets.index(outlet)}"
                    state = tables.show(frame, width="stretch", room=OWN_ROOM, all_rows=True, max_rows=OWN_ROWS,
                                        on_select="rerun", selection_mode="single-row", key=wkey)
                    chosen = state.selection.rows if hasattr(state, "selection") else []
                    if chosen and int(chosen[0]) < len(rows):
                        r = rows[int(chosen[0])]
                        evs = [evidence.evidence(by_id[aid], s, e) for aid, s, e in r["spans"] if aid in by_id]
                        if r.get("Why"):
                            st.caption(md_escape(f"“{r['Term']}”: {r['Why']}"))
                        st.html(evidence.snippets_html(evs))


@st.fragment
def render_chart(data: AnalysedSet, analyses: list[Any], rows: list[dict[str, Any]], labels: Mapping[str, str],
                 choices: tuple[Any, ...]) -> None:
    """Loaded terms by category and voice per outlet, and the words behind a clicked segment (a
    fragment: a click reruns this part only). ``choices``: the categories, voices and lexicon shown."""
    chart, state = chart_view.show(lambda: language_chart(rows, labels), f"{KEY}_chart",
                                   chart_view.data_key(data, *choices),
                                   on_select="rerun")
    export_controls.chart_export(chart, "loaded-language", export_controls.loaded_context(analyses, data.event),
                                 key=f"{KEY}_export")
    pick = evidence.outlet_pick(f"{KEY}_chart", picked(state), f"{KEY}_pick", {a.article.outlet for a in analyses},
                                value_bars=1)  # "outlet|category|voice"
    if pick:
        outlet, rest = pick
        cat, _, voice = rest.partition("|")
        what, evs = evidence.spans_for(f"loaded:{rest}", outlet, analyses)
        with st.container(border=True):
            evidence.render(f"{outlet} · {labels.get(cat, cat)} · {VOICE_LABELS.get(voice, voice)}", evs)


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
        render_chart(data, analyses, rows, labels, (tuple(cats), tuple(voices), lex.fingerprint()))
    else:
        st.info("No loaded terms in the chosen categories and voices.")
    st.caption("Narrator: the outlet's own words. Quoted: inside someone's direct quotation. Reported: inside "
               "indirect or according-to speech. Scare quotes: words put in quotation marks that are nobody's "
               "speech. Hover a highlighted word for its category, voice, speaker and why it is loaded.")

    render_own_voice(analyses, labels, cats)

    render_naming(data, analyses, (lex.fingerprint(), threshold))

    _stance_table(analyses)

    st.subheader("Texts with loaded terms highlighted")
    by_id = {a.article.id: a for a in analyses}
    chosen = [i for i in selection.choose_articles(data, KEY) if i in by_id]
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


#: this session's naming tables: {(articles shown, lexicon, threshold): (table, its side-by-side rows)}
NAMING = f"{KEY}_naming"
MAX_NAMING = 8
#: the naming comparison's own columns (the outlets follow them)
NAMING_COLUMNS = ("Actor", "Form", "Kind")


def naming_of(data: AnalysedSet, analyses: Sequence[ArticleAnalysis],
              choices: tuple[Any, ...]) -> tuple[NamingTable, list[FormAcross]]:
    """The event's naming table and its side-by-side rows, kept in the session per set of
    articles, lexicon and threshold (``choices``): a rerun that changes neither reuses them."""
    kept: dict[Any, tuple[NamingTable, list[FormAcross]]] = st.session_state.setdefault(NAMING, {})
    key = chart_view.data_key(data, *choices)
    if key not in kept:
        if len(kept) >= MAX_NAMING:
            kept.pop(next(iter(kept)))
        table = naming_table(analyses)
        kept[key] = (table, table.side_by_side())
    return kept[key]


def naming_frame_of(rows: Sequence[FormAcross], outlets: Sequence[str], key: Any) -> pd.DataFrame:
    """:func:`naming_frame`, kept in the session beside its rows (a click on a row rebuilds nothing)."""
    kept: dict[Any, pd.DataFrame] = st.session_state.setdefault(f"{NAMING}_frames", {})
    if key not in kept:
        if len(kept) >= MAX_NAMING:
            kept.pop(next(iter(kept)))
        kept[key] = naming_frame(rows, outlets)
    return kept[key]


def naming_cell(form: ActorForm | None) -> str:
    """An outlet's cell: its uses of the form, those inside quotations or reported speech said
    apart ("3 (1 quoted)"); empty where the outlet never uses it."""
    if form is None or not form.count:
        return ""
    quoted = form.count - form.own_voice
    return f"{form.count} ({quoted} quoted)" if quoted else str(form.count)


def naming_kind(row: FormAcross) -> str:
    """The human kind of a form: "Surname", "Title", "Role", "Label · loaded" ..."""
    return FORM_LABELS.get(row.detail, row.detail) + (" · loaded" if row.loaded else "")


def naming_frame(rows: Sequence[FormAcross], outlets: Sequence[str]) -> pd.DataFrame:
    """Actors and their forms as rows (the actor named on its first row), the outlets side by side
    as columns."""
    records = []
    for k, r in enumerate(rows):
        # the actor's name on its first row only: its forms read as one block
        first = k == 0 or rows[k - 1].actor != r.actor
        rec: dict[str, Any] = {"Actor": r.actor_name if first else "", "Form": r.form, "Kind": naming_kind(r)}
        for o in outlets:
            rec[o] = naming_cell(r.by_outlet.get(o))
        records.append(rec)
    return pd.DataFrame(records, columns=[*NAMING_COLUMNS, *outlets])


ALL_ACTORS = "All actors"
#: rows of the naming table in view (the rest scroll)
NAMING_ROWS = 10
#: sentences shown under a clicked form (the rest are counted): a surname used 40 times in 20
#: articles would otherwise draw 40 blocks on every click
NAMING_SENTENCES = 12


def naming_columns(outlets: Sequence[str]) -> dict[str, Any]:
    """Column configs of the naming table: actor and form pinned, each outlet's header with the
    outlet's full name on hover (the widths fit the page: :func:`dashboard.tables.show`)."""
    out: dict[str, Any] = {c: st.column_config.Column(pinned=c != "Kind") for c in NAMING_COLUMNS}
    for o in outlets:
        out[o] = st.column_config.Column(help=f"{o}: its uses of the form (how many quoted)")
    return out


@st.fragment
def render_naming(data: AnalysedSet, analyses: Sequence[ArticleAnalysis], choices: tuple[Any, ...]) -> None:
    """How each outlet names each actor: names, titles and roles, labels, outlets side by side; a
    clicked row shows its uses with the words marked (a fragment: a click reruns this part only)."""
    st.subheader("How each outlet names the same actors")
    table, rows = naming_of(data, analyses, choices)
    if not rows:
        st.info("No actor is named by two outlets or more.")
        return
    outlets = table.outlets
    names = list(dict.fromkeys(r.actor_name for r in rows))
    actor = st.selectbox("Actor", [ALL_ACTORS, *names], key=f"{KEY}_naming_actor")
    shown = rows if actor == ALL_ACTORS else [r for r in rows if r.actor_name == actor]
    st.caption("Each row is one way of naming an actor — a name (full, surname, title + name), a title or role, "
               "or a label (loaded: the lexicon's pejorative, praising or delegitimising words) — and how often "
               "each outlet uses it; '(n quoted)' counts uses inside quotations or reported speech. "
               "**Click a row to read its uses, the words marked, below the table.**")
    frame = naming_frame_of(shown, outlets, (chart_view.data_key(data, *choices), actor))
    state = tables.show(frame, width="stretch", on_select="rerun", all_rows=True, max_rows=NAMING_ROWS,
                        column_config=naming_columns(outlets),
                        selection_mode="single-row", key=f"{KEY}_naming_{names.index(actor) + 1 if actor in names else 0}")
    chosen = state.selection.rows if hasattr(state, "selection") else []
    if chosen and int(chosen[0]) < len(shown):
        row = shown[int(chosen[0])]
        by_id = {a.article.id: a for a in analyses}
        evs = [evidence.evidence(by_id[u.article_id], u.start, u.end) for _, u in row.uses() if u.article_id in by_id]
        with st.container(border=True):
            evidence.render(f"{row.actor_name} · “{row.form}” ({naming_kind(row)})", evs, NAMING_SENTENCES)
    export = [{"Actor": r["actor"], "Outlet": r["outlet"], "Form": r["form"],
               "Kind": FORM_LABELS.get(r["detail"], r["detail"]), "Loaded": "yes" if r["loaded"] else "", "Uses": r["count"],
               **{VOICE_LABELS.get(v, v): r[v] for v in VOICES}} for r in table.rows()]
    export_controls.table_export(export, "labels", key=f"{KEY}_labels_csv", label="⤓ How each outlet names the actors (CSV)")


#: characters of an example kept before and after the label (the table's Example column shows
#: about 45: the label must be in them, not cut off behind the words before it)
EXAMPLE_BEFORE = 18
EXAMPLE_AFTER = 60


def example_snippet(text: str, start: int, end: int, before: int = EXAMPLE_BEFORE, after: int = EXAMPLE_AFTER) -> str:
    """The words around ``text[start:end]``: a few before it, more after, cut at word boundaries,
    "…" where the sentence goes on (on one line)."""
    if not text or not 0 <= start <= end <= len(text):
        return ""
    a, b = max(0, start - before), min(len(text), end + after)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space != -1 else start
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space != -1 else b
    snippet = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + snippet + ("…" if b < len(text) else "")


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
    wide = table.pivot(index="outlet", columns="Category", values="per_1000").fillna(0.0)
    wide = wide.reindex([o for o in dict.fromkeys(df["outlet"]) if o in wide.index]).reset_index()  # palette order
    tables.show(wide.rename(columns={"outlet": "Outlet"}), width="stretch")
    st.caption("Hedges, boosters and reporting verbs that weigh speech (claimed, admitted, revealed) are the "
               "writer's stance toward a statement, not loaded language: they are counted apart. Hover a word "
               "with a dashed underline for its category and the entry that matched.")
