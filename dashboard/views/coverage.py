"""Coverage: the omission matrix (which outlet reports which figure, voice, name and claim).

Opens on the ranked items (:func:`framing.compare.omissions.rank_items`: voices one outlet alone
gives or denies, figures one outlet alone reports, facts some lead with and others bury), each
with why it ranks there and its sentences one click away; then the whole matrix in that order.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import chart_view, evidence, export_controls
from dashboard.analysis import AnalysedSet
from dashboard.text import md_escape
from dashboard.views.compare_common import choose_event, comparison, evidence_html, picked
from framing.charts.compare import KIND_LABELS, omission_heatmap, similarity_heatmap

PICK = "coverage_item"
TOP = 12  # ranked items listed before the matrix
KINDS = {"Figures": "number", "Events and demands": "event", "Voices": "voice", "People and organisations": "entity", "Claims": "claim"}


def render(data: AnalysedSet) -> None:
    chosen = choose_event(data, "coverage")
    if chosen is None:
        return
    event, members = chosen
    cmp = comparison(event, members)
    matrix = cmp.omissions
    kinds = st.multiselect("Show", list(KINDS), default=["Figures", "Events and demands", "Voices", "Claims"], key="coverage_kinds")
    wanted = [KINDS[k] for k in kinds] or list(KINDS.values())
    items = [it for it in matrix.items if it.kind in wanted]
    if not items:
        st.info("Nothing of these kinds was found in this event.")
        return
    st.markdown("**What differs most between the outlets**")
    st.caption("Ranked by where each outlet puts it (headline, lede, body), how often and how many outlets "
               "give it; first what only one outlet gives (◆) or leaves out (◇), then what some lead with and others "
               "bury or omit (▲). Open a row for its sentences.")
    for it in items[:TOP]:
        mark = {"only_one_reports": "◆ ", "only_one_omits": "◇ "}.get(it.flag, "▲ " if it.contrast else "")
        with st.expander(md_escape(f"{mark}{KIND_LABELS.get(it.kind, it.kind)}: {it.label[:110]} — {it.why}")):
            st.html(evidence_html([e for evs in it.evidence.values() for e in evs]))
    st.caption("Filled: the outlet reports it. ◆ only one outlet reports it; ◇ only one outlet leaves it out. "
               "Click a cell to read the words behind it.")
    chart = omission_heatmap(matrix, kinds=wanted)
    state = st.altair_chart(chart, theme=None, on_select="rerun", key=f"{PICK}_chart")
    context = export_controls.context_for(event.name, cmp.outlets)
    export_controls.chart_export(chart, "coverage", context, key="coverage_export")
    key = picked(state)
    ids = [it.id for it in items]
    if key and key.split("|")[0] in ids:
        st.session_state[PICK] = key.split("|")[0]
    by_id = {it.id: it for it in items}
    choice = st.selectbox("Item", ids, key=PICK, format_func=lambda i: f"{KIND_LABELS.get(by_id[i].kind, by_id[i].kind)}: {by_id[i].label[:90]}")
    it = by_id[choice]
    st.markdown(f"**{md_escape(it.label)}** — reported by {md_escape(', '.join(it.reported_by) or 'nobody')}; "
                f"left out by {md_escape(', '.join(it.omitted_by) or 'nobody')}")
    st.html(evidence_html([e for evs in it.evidence.values() for e in evs]))
    with st.expander("How alike the articles are"):
        render_similarity(cmp, members, context)


SIMILARITY_PICK = "coverage_similarity_pick"


@st.fragment
def render_similarity(cmp: Any, members: list[Any], context: Any) -> None:
    """The article × article similarity, each cell one click from the sentences the two articles
    share (a fragment: a click reruns this part only)."""
    similarity, state = chart_view.show(lambda: similarity_heatmap(cmp.similarity), "coverage_similarity",
                                        (tuple((a.article.id, a.article.outlet) for a in members), cmp.event.name),
                                        on_select="rerun")
    export_controls.chart_export(similarity, "similarity", context, key="coverage_similarity_export")
    st.caption("Click a cell for the sentences the two articles share (each followed by its closest "
               "counterpart in the other); on the diagonal, the article's own sentences.")
    hit = evidence.fresh("coverage_similarity", picked(state))
    if hit and hit.count("|") == 1:
        st.session_state[SIMILARITY_PICK] = tuple(hit.split("|"))
    pick = st.session_state.get(SIMILARITY_PICK)
    by_id = {a.article.id: a for a in members}
    if pick and pick[0] in by_id and pick[1] in by_id:
        a, b = by_id[pick[0]].article, by_id[pick[1]].article
        if a.id == b.id:
            what, evs = evidence.spans_for(f"shared:{a.id}|own", a.outlet, members, cmp)
            title = f"{a.outlet}: {a.title[:80]} · {what}"
        else:
            evs = evidence.pair_evidence(members, a.id, b.id)
            title = (f"{a.outlet}: {a.title[:60]} and {b.outlet}: {b.title[:60]} · sentences said in both, "
                     "each followed by its counterpart")
        with st.container(border=True):
            evidence.render(title, evs)
