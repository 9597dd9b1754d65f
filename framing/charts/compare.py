"""Charts of a cross-outlet comparison (pure functions: comparison data in, Altair chart out).

Every function takes a part of :class:`framing.compare.EventComparison` (the scorecard rows,
the vocabularies, the omission matrix, the similarity). Charts use the project theme
(:mod:`.theme`) so PNG exports look like the dashboard. Clickable charts carry an Altair
point selection named ``pick`` over a ``key`` field; the dashboard reads it with
``st.altair_chart(..., on_select="rerun")``.
"""

from __future__ import annotations

from typing import Sequence

import altair as alt
import pandas as pd

from ..compare import OmissionMatrix, OutletVocabulary, ScorecardRow, Similarity
from ..attribution import SPEAKER_TYPES
from .sources import TYPE_COLORS, TYPE_LABELS
from .theme import PALETTE, apply_theme, outlet_scale

PRESENT = "#0072B2"
ABSENT = "#eef0f3"
FLAG_COLOURS = {"only_one_reports": "#D55E00", "only_one_omits": "#E69F00"}
SELECTION = "pick"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def voice_share_chart(scorecard: Sequence[ScorecardRow], *, width: int | str = "container") -> alt.Chart:
    """Stacked bars: each outlet's voices by speaker type — every type (official, political, civil
    society, expert, citizen, business, media, unknown, other), in that order."""
    rows = list(scorecard)
    records = []
    for r in rows:
        shares = r.type_shares
        if shares is None:
            # a row built without type_shares: its per-type columns (None counts as 0)
            fields = {t: getattr(r, f"{t}_share", None) for t in SPEAKER_TYPES}
            if all(v is None for v in fields.values()):
                continue
            shares = {t: float(v or 0.0) for t, v in fields.items()}
        for k, t in enumerate(SPEAKER_TYPES):
            records.append({"outlet": r.outlet, "voice": TYPE_LABELS[t], "share": shares.get(t, 0.0),
                            "voices": r.voices, "order": k})
    data = pd.DataFrame.from_records(records, columns=["outlet", "voice", "share", "voices", "order"])
    chart = (
        alt.Chart(data, title="Who gets to speak: share of attributed voices by type")
        .mark_bar()
        .encode(
            x=alt.X("share:Q", title="Share of voices", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("outlet:N", title=None, sort=[r.outlet for r in rows]),
            color=alt.Color("voice:N", title="Speaker type",
                            scale=alt.Scale(domain=[TYPE_LABELS[t] for t in SPEAKER_TYPES],
                                            range=[TYPE_COLORS[t] for t in SPEAKER_TYPES])),
            order=alt.Order("order:Q"),
            tooltip=["outlet:N", "voice:N", alt.Tooltip("share:Q", format=".0%"), alt.Tooltip("voices:Q", title="voices in all")],
        )
        .properties(width=width, height=max(60, 28 * len(rows)))
    )
    return apply_theme(chart)


def outlet_metric_chart(scorecard: Sequence[ScorecardRow], field: str, title: str, axis_title: str,
                        *, fmt: str = ".1f", width: int | str = "container") -> alt.Chart:
    """One bar per outlet for a scorecard column (e.g. ``narrator_loaded_per_1000``, ``numbers_reported``)."""
    rows = list(scorecard)
    values = [(r.outlet, getattr(r, field)) for r in rows]  # an unknown field is an AttributeError
    data = pd.DataFrame.from_records([{"outlet": o, "value": v} for o, v in values if v is not None],
                                     columns=["outlet", "value"])
    outlets = [r.outlet for r in rows]
    chart = (
        alt.Chart(data, title=title)
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=alt.X("value:Q", title=axis_title),
            y=alt.Y("outlet:N", title=None, sort=outlets),
            color=alt.Color("outlet:N", scale=outlet_scale(outlets), legend=None),
            tooltip=["outlet:N", alt.Tooltip("value:Q", title=axis_title, format=fmt)],
        )
        .properties(width=width, height=max(60, 28 * len(rows)))
    )
    return apply_theme(chart)


def distinctive_terms_chart(vocabulary: Sequence[OutletVocabulary], *, outlets: Sequence[str] = (), top: int = 12,
                            width: int | str = "container") -> alt.FacetChart | alt.Chart:
    """Bars of z-scores of each outlet's distinctive terms; click a bar to pick the term (``key`` = outlet|term)."""
    vocab = list(vocabulary)
    all_outlets = [v.outlet for v in vocab]
    records = []
    for v in vocab:
        for t in v.distinctive[:top]:
            records.append({"outlet": v.outlet, "term": t.term, "z": t.z, "count": t.count,
                            "count_rest": t.count_rest, "significant": "yes" if t.significant else "no",
                            "key": f"{v.outlet}|{t.term}"})
    data = pd.DataFrame.from_records(records, columns=["outlet", "term", "z", "count", "count_rest", "significant", "key"])
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    base = (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=alt.X("z:Q", title="z-score (log-odds vs the other outlets)"),
            y=alt.Y("term:N", title=None, sort="-x"),
            color=alt.Color("outlet:N", scale=outlet_scale(list(outlets) or all_outlets), legend=None),
            opacity=alt.condition(alt.datum.significant == "yes", alt.value(1.0), alt.value(0.45)),
            tooltip=["outlet:N", "term:N", alt.Tooltip("z:Q", format=".2f"), alt.Tooltip("count:Q", title="uses here"),
                     alt.Tooltip("count_rest:Q", title="uses elsewhere"), alt.Tooltip("significant:N", title="z ≥ 1.96")],
        )
        .add_params(pick)
        .properties(width=width, height=alt.Step(18))
    )
    if len(vocab) > 1:
        base = base.facet(row=alt.Row("outlet:N", title=None, sort=all_outlets, header=alt.Header(labelAngle=0, labelAlign="left")))
        base = base.resolve_scale(y="independent")
    return apply_theme(base.properties(title="Distinctive vocabulary (click a term for its sentences)"))


def omission_heatmap(matrix: OmissionMatrix, *, kinds: Sequence[str] = (), max_items: int = 60,
                     width: int | str = "container") -> alt.Chart:
    """Item × outlet grid: filled where the outlet reports the item; in ranking order, flagged items marked.

    Click a cell to pick it (``key`` = item id|outlet).
    """
    outlets = matrix.outlets
    # the matrix's own order: most telling first (framing.compare.omissions.rank_items)
    items = [it for it in matrix.items if not kinds or it.kind in kinds][:max_items]
    records = []
    for it in items:
        mark = {"only_one_reports": " ◆ only one reports", "only_one_omits": " ◇ only one omits"}.get(it.flag, "")
        label = f"{mark[:2].strip() or ' '} [{it.kind}] {_short(it.label, 60)} ({it.id})"
        for o in outlets:
            present = o in it.reported_by
            values = ", ".join(it.values.get(o, []))
            records.append({"item": label, "item_id": it.id, "outlet": o,
                            "status": ("reports" if present else "leaves out"), "flag": mark.strip(),
                            "values": values, "key": f"{it.id}|{o}"})
    data = pd.DataFrame.from_records(records, columns=["item", "item_id", "outlet", "status", "flag", "values", "key"])
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    order = list(dict.fromkeys(data["item"]))
    rect = (
        alt.Chart(data)
        .mark_rect(stroke="#ffffff", strokeWidth=1.5)
        .encode(
            x=alt.X("outlet:N", title=None, sort=outlets, axis=alt.Axis(orient="top", labelAngle=-30, labelLimit=160)),
            y=alt.Y("item:N", title=None, sort=order, axis=alt.Axis(labelLimit=420)),
            color=alt.Color("status:N", title=None, scale=alt.Scale(domain=["reports", "leaves out"], range=[PRESENT, ABSENT])),
            tooltip=["item:N", "outlet:N", "status:N", alt.Tooltip("values:N", title="as written"), alt.Tooltip("flag:N", title="stands out")],
        )
        .add_params(pick)
    )
    chart = rect.properties(width=width, height=alt.Step(20),
                            title="Who reports what (◆ only one outlet reports it, ◇ only one leaves it out)")
    return apply_theme(chart)


def similarity_heatmap(similarity: Similarity, *, width: int | str = "container") -> alt.Chart:
    """Article × article cosine similarity."""
    labels = similarity.labels
    records = [{"a": labels[i], "b": labels[j], "similarity": similarity.matrix[i][j]}
               for i in range(len(labels)) for j in range(len(labels))]
    data = pd.DataFrame.from_records(records, columns=["a", "b", "similarity"])
    chart = (
        alt.Chart(data, title="How alike the articles are (TF-IDF cosine of their words)")
        .mark_rect()
        .encode(
            x=alt.X("a:N", title=None, sort=labels, axis=alt.Axis(labelAngle=-35, labelLimit=180)),
            y=alt.Y("b:N", title=None, sort=labels, axis=alt.Axis(labelLimit=220)),
            color=alt.Color("similarity:Q", scale=alt.Scale(scheme="blues", domain=[0, 1]), title="cosine"),
            tooltip=["a:N", "b:N", alt.Tooltip("similarity:Q", format=".2f")],
        )
        .properties(width=width, height=alt.Step(28))
    )
    return apply_theme(chart)


def shared_text_chart(similarity: Similarity, *, width: int | str = "container") -> alt.Chart:
    """Per article: share of sentences with a close counterpart elsewhere vs its own."""
    records = []
    for o in similarity.articles:
        if not o.sentences:
            continue
        label = f"{o.outlet}: {_short(o.title, 40)}"
        records.append({"article": label, "outlet": o.outlet, "part": "shared", "share": o.shared_share})
        records.append({"article": label, "outlet": o.outlet, "part": "own", "share": o.unique_share})
    data = pd.DataFrame.from_records(records, columns=["article", "outlet", "part", "share"])
    chart = (
        alt.Chart(data, title="Sentences said elsewhere too (shared) vs only here (own)")
        .mark_bar()
        .encode(
            x=alt.X("share:Q", axis=alt.Axis(format="%"), title=None, scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("article:N", title=None, sort=list(dict.fromkeys(data["article"]))),
            color=alt.Color("part:N", title=None, scale=alt.Scale(domain=["shared", "own"], range=[PALETTE[0], "#c9d6e3"])),
            order=alt.Order("part:N", sort="descending"),
            tooltip=["article:N", "part:N", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(width=width, height=max(60, 26 * (len(records) // 2 or 1)))
    )
    return apply_theme(chart)
