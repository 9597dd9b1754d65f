"""Charts of a cross-outlet comparison (pure functions: comparison data in, Altair chart out).

Every function takes a part of :class:`framing.compare.EventComparison` (the scorecard rows,
the vocabularies, the omission matrix, the similarity). Charts use the project theme
(:mod:`.theme`) so PNG exports look like the dashboard. Clickable charts carry an Altair
point selection named ``pick`` over a ``key`` field; the dashboard reads it with
``st.altair_chart(..., on_select="rerun")``.
"""

from __future__ import annotations

import warnings
from typing import Mapping, Sequence

import altair as alt
import pandas as pd

from ..compare import OmissionMatrix, OutletVocabulary, ScorecardRow, Similarity
from ..attribution import SPEAKER_TYPES
from .layout import FACET_MIN_HEIGHT, article_labels, chart_title, numbered, COLUMN_LINE_HEIGHT, COUNT_AXIS, WRAPPED_LABEL_EXPR, column_label_angle, column_labels, top_column_axis, legend_args, SHARE_TICKS, MIN_HEIGHT, band_height, interpolate, label_width, short_label, text_colour_on
from .sources import TYPE_COLORS, TYPE_LABELS
from .theme import PALETTE, apply_theme, outlet_scale

PRESENT = "#0072B2"
ABSENT = "#eef0f3"
FLAG_COLOURS = {"only_one_reports": "#D55E00", "only_one_omits": "#E69F00"}
SELECTION = "pick"
#: the sequential colour range of similarity and share heatmaps (light to dark blue, RGB-interpolated)
SEQUENTIAL = ("#f7fbff", "#08306b")


def _short(text: str, limit: int = 70) -> str:
    return short_label(text, limit)


#: the scorecard's voice shares shown in the voice chart (group -> label)
VOICE_PARTS = {"official": "official", "civil society": "civil society", "citizen": "citizen"}


def voice_share_chart(scorecard: Sequence[ScorecardRow], *, width: int | str = "container") -> alt.Chart:
    """Stacked bars: each outlet's voices by speaker type — every type (official, political, civil
    society, expert, citizen, business, media, unknown, other), in that order.

    Click a segment to pick it (``key`` = outlet|type id)."""
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
            records.append({"outlet": r.outlet, "outlet_label": short_label(r.outlet, 32), "voice": TYPE_LABELS[t],
                            "share": shares.get(t, 0.0), "voices": r.voices, "order": k, "key": f"{r.outlet}|{t}"})
    data = pd.DataFrame.from_records(records, columns=["outlet", "outlet_label", "voice", "share", "voices", "order", "key"])
    labels = list(dict.fromkeys(data["outlet_label"]))
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    chart = (
        alt.Chart(data, title=alt.TitleParams(**chart_title(
            "Who gets to speak", "Share of attributed voices by speaker type · click a bar for its words")))
        .mark_bar()
        .encode(
            x=alt.X("share:Q", title="Share of voices", axis=alt.Axis(format="%", values=SHARE_TICKS), scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("outlet_label:N", title=None, sort=labels, axis=alt.Axis(labelLimit=240)),
            color=alt.Color("voice:N", title="Speaker type",
                            scale=alt.Scale(domain=[TYPE_LABELS[t] for t in SPEAKER_TYPES],
                                            range=[TYPE_COLORS[t] for t in SPEAKER_TYPES]),
                            legend=alt.Legend(**legend_args([TYPE_LABELS[t] for t in SPEAKER_TYPES]))),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("voice:N", title="Speaker type"),
                     alt.Tooltip("share:Q", format=".0%", title="Share"), alt.Tooltip("voices:Q", title="Voices in all")],
        )
        .add_params(pick)
        .properties(width=width, height=band_height(len(labels)))
    )
    return apply_theme(chart)


def outlet_metric_chart(scorecard: Sequence[ScorecardRow], field: str, title: str, axis_title: str,
                        *, fmt: str = ".1f", width: int | str = "container",
                        colours: Mapping[str, str] | None = None, subtitle: str = "") -> alt.Chart:
    """One bar per outlet for a scorecard column (e.g. ``narrator_loaded_per_1000``, ``numbers_reported``).
    ``title`` is short; ``subtitle`` says what is counted and how to click.
    ``fmt="d"``: the column is a count, drawn on whole-number ticks (never "0.5 figures").

    Click a bar to pick it (``key`` = outlet|field)."""
    rows = list(scorecard)
    values = [(r.outlet, getattr(r, field)) for r in rows]  # an unknown field is an AttributeError
    data = pd.DataFrame.from_records([{"outlet": o, "outlet_label": short_label(o, 32), "value": v,
                                       "key": f"{o}|{field}"} for o, v in values if v is not None],
                                     columns=["outlet", "outlet_label", "value", "key"])
    outlets = [r.outlet for r in rows]
    labels = [short_label(o, 32) for o in outlets]
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    chart = (
        alt.Chart(data, title=alt.TitleParams(**chart_title(title, subtitle)))
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=alt.X("value:Q", title=axis_title, axis=alt.Axis(**COUNT_AXIS) if fmt == "d" else alt.Axis()),
            y=alt.Y("outlet_label:N", title=None, sort=labels, axis=alt.Axis(labelLimit=240)),
            color=alt.Color("outlet:N", scale=outlet_scale(outlets, colours), legend=None),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("value:Q", title=axis_title, format=fmt)],
        )
        .add_params(pick)
        .properties(width=width, height=band_height(len(rows)))
    )
    return apply_theme(chart)


#: width (px) of one outlet's panel in the distinctive-vocabulary chart
VOCABULARY_PANEL_WIDTH = 400


def distinctive_terms_chart(vocabulary: Sequence[OutletVocabulary], *, outlets: Sequence[str] = (), top: int = 12,
                            width: int = VOCABULARY_PANEL_WIDTH, colours: Mapping[str, str] | None = None,
                            columns: int = 2) -> alt.Chart | alt.VConcatChart:
    """Bars of z-scores of each outlet's distinctive terms, one panel per outlet (``columns`` panels a
    row) on one shared z axis from 0 to the largest z; click a bar to pick the term (``key`` = outlet|term)."""
    vocab = list(vocabulary)
    all_outlets = [v.outlet for v in vocab]
    records = []
    for v in vocab:
        for t in v.distinctive[:top]:
            records.append({"outlet": v.outlet, "term": t.term, "term_label": short_label(t.term, 28), "z": t.z,
                            "count": t.count, "count_rest": t.count_rest,
                            "significant": "yes" if t.significant else "no", "key": f"{v.outlet}|{t.term}"})
    cols = ["outlet", "term", "term_label", "z", "count", "count_rest", "significant", "key"]
    data = pd.DataFrame.from_records(records, columns=cols)
    zmax = max([float(x) for x in data["z"]] + [1.0])
    zmin = min([float(x) for x in data["z"]] + [0.0])
    scale = alt.Scale(domain=[zmin, zmax * 1.05], nice=False)
    colour_scale = outlet_scale(list(outlets) or all_outlets, colours)
    label_px = label_width(list(data["term_label"]) or ["term"])
    panels = []
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    for v in vocab:
        part = data[data["outlet"] == v.outlet]
        panel = (
            alt.Chart(part, title=alt.Title(short_label(v.outlet, 40), fontSize=13))
            .mark_bar(cornerRadiusEnd=2)
            .encode(
                x=alt.X("z:Q", title="z-score (log-odds vs the other outlets)", scale=scale),
                y=alt.Y("term_label:N", title=None, sort=alt.EncodingSortField("z", order="descending"),
                        axis=alt.Axis(labelLimit=label_px + 8)),
                color=alt.Color("outlet:N", scale=colour_scale, legend=None),
                opacity=alt.condition(alt.datum.significant == "yes", alt.value(1.0), alt.value(0.45)),
                tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("term:N", title="Term"),
                         alt.Tooltip("z:Q", format=".2f", title="z-score"), alt.Tooltip("count:Q", title="Uses here"),
                         alt.Tooltip("count_rest:Q", title="Uses elsewhere"),
                         alt.Tooltip("significant:N", title="z ≥ 1.96")],
            )
            .properties(width=width, height=band_height(len(part), step=20, minimum=FACET_MIN_HEIGHT))
        )
        panels.append(panel.add_params(pick))
    if not panels:
        empty = alt.Chart(data).mark_bar().encode(x="z:Q", y="term_label:N").properties(width=width, height=MIN_HEIGHT)
        return apply_theme(empty.properties(title="Distinctive vocabulary"))
    rows_of = [panels[i:i + columns] for i in range(0, len(panels), max(1, columns))]
    with warnings.catch_warnings():  # one selection over every panel, on purpose: Altair merges it
        warnings.filterwarnings("ignore", message="Automatically deduplicated selection parameter")
        grid = alt.vconcat(*[alt.hconcat(*r, spacing=40) if len(r) > 1 else r[0] for r in rows_of], spacing=24)
    grid = grid.properties(title=alt.TitleParams(**chart_title("Distinctive vocabulary", "Click a term for its sentences")))
    return apply_theme(grid)


#: human names of the omission matrix's item kinds
KIND_LABELS = {"number": "Figure", "event": "Event", "voice": "Voice", "entity": "Name", "claim": "Claim"}


def omission_heatmap(matrix: OmissionMatrix, *, kinds: Sequence[str] = (), max_items: int = 60,
                     width: int | str = "container") -> alt.Chart:
    """Item × outlet grid: filled where the outlet reports the item; in ranking order, flagged items marked.

    Rows are labelled in words (kind, then the item cut to :data:`~.layout.LABEL_CHARS`; the full
    text is in the tooltip). Click a cell to pick it (``key`` = item id|outlet).
    """
    outlets = matrix.outlets
    # the matrix's own order: most telling first (framing.compare.omissions.rank_items)
    items = [it for it in matrix.items if not kinds or it.kind in kinds][:max_items]
    records = []
    seen: dict[str, int] = {}
    column_label = dict(zip(outlets, column_labels(outlets)))
    for it in items:
        mark = {"only_one_reports": "◆", "only_one_omits": "◇"}.get(it.flag, "")
        label = f"{mark or ' '} {KIND_LABELS.get(it.kind, it.kind)}: {short_label(it.label, 56)}"
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:  # two items cut to the same words stay two rows
            label = f"{label} ({seen[label]})"
        flag = {"only_one_reports": "only one outlet reports it", "only_one_omits": "only one outlet leaves it out"}
        for o in outlets:
            present = o in it.reported_by
            values = ", ".join(it.values.get(o, []))
            records.append({"item": label, "item_full": it.label, "item_id": it.id, "outlet": o,
                            "outlet_label": column_label[o],
                            "status": ("reports" if present else "leaves out"), "flag": flag.get(it.flag, ""),
                            "values": values, "key": f"{it.id}|{o}"})
    data = pd.DataFrame.from_records(records, columns=["item", "item_full", "item_id", "outlet", "outlet_label",
                                                       "status", "flag", "values", "key"])
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    order = list(dict.fromkeys(data["item"]))
    outlet_labels = [column_label[o] for o in outlets]

    rect = (
        alt.Chart(data)
        .mark_rect(stroke="#ffffff", strokeWidth=1.5)
        .encode(
            x=alt.X("outlet_label:N", title=None, sort=outlet_labels,
                    axis=alt.Axis(**top_column_axis(outlet_labels))),
            y=alt.Y("item:N", title=None, sort=order, axis=alt.Axis(labelLimit=420)),
            color=alt.Color("status:N", title=None, scale=alt.Scale(domain=["reports", "leaves out"], range=[PRESENT, ABSENT]),
                            legend=alt.Legend(orient="bottom")),
            tooltip=[alt.Tooltip("item_full:N", title="Item"), alt.Tooltip("outlet:N", title="Outlet"),
                     alt.Tooltip("status:N", title="Status"), alt.Tooltip("values:N", title="As written"),
                     alt.Tooltip("flag:N", title="Stands out")],
        )
        .add_params(pick)
    )
    chart = rect.properties(width=width, height=band_height(len(order), step=22),
                            title=alt.TitleParams(**chart_title(
                                "Who reports what", "◆ only one outlet reports it · ◇ only one leaves it out · "
                                                    "click a cell for its sentences")))
    return apply_theme(chart)


def similarity_heatmap(similarity: Similarity, *, width: int | str = "container") -> alt.LayerChart:
    """Article × article cosine similarity, the value written in each cell (in a colour that
    contrasts with the cell's). Click a cell to pick it (``key`` = article id|other article id)."""
    labels = numbered([short_label(x, 36) for x in similarity.labels])  # one row per article, never merged
    ids = list(similarity.article_ids)
    columns = numbered(column_labels(similarity.labels))  # level and wrapped up to 4 columns, else upright
    records = []
    for i in range(len(labels)):
        for j in range(len(labels)):
            v = float(similarity.matrix[i][j])
            records.append({"a": columns[i], "b": labels[j], "a_full": similarity.labels[i],
                            "b_full": similarity.labels[j], "similarity": v,
                            "text_colour": text_colour_on(interpolate(v, [0, 1], SEQUENTIAL)),
                            "key": f"{ids[i]}|{ids[j]}" if i < len(ids) and j < len(ids) else ""})
    data = pd.DataFrame.from_records(records, columns=["a", "b", "a_full", "b_full", "similarity", "text_colour",
                                                      "key"])
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    base = alt.Chart(data).encode(
        x=alt.X("a:N", title=None, sort=columns,
                axis=alt.Axis(labelAngle=column_label_angle(len(columns)), labelExpr=WRAPPED_LABEL_EXPR,
                              labelLineHeight=COLUMN_LINE_HEIGHT, labelLimit=220)),
        y=alt.Y("b:N", title=None, sort=labels, axis=alt.Axis(labelLimit=240)),
    )
    rect = base.mark_rect().encode(
        color=alt.Color("similarity:Q", scale=alt.Scale(domain=[0, 1], range=list(SEQUENTIAL), interpolate="rgb"),
                        title="Cosine"),
        tooltip=[alt.Tooltip("a_full:N", title="Article"), alt.Tooltip("b_full:N", title="Compared with"),
                 alt.Tooltip("similarity:Q", format=".2f", title="Cosine")],
    ).add_params(pick)
    text = base.mark_text(fontSize=11).encode(text=alt.Text("similarity:Q", format=".2f"),
                                              color=alt.Color("text_colour:N", scale=None))
    chart = (rect + text).resolve_scale(color="independent").properties(width=width, height=band_height(len(labels), step=30),
                                     title=alt.TitleParams(**chart_title(
                                         "How alike the articles are", "TF-IDF cosine of their words · click a cell")))
    return apply_theme(chart)


def shared_text_chart(similarity: Similarity, *, width: int | str = "container") -> alt.Chart:
    """Per article: share of sentences with a close counterpart elsewhere vs its own.

    Click a bar to pick it (``key`` = article id|part)."""
    records = []
    shown = [o for o in similarity.articles if o.sentences]
    # one label per article (told apart by a number where outlet and title start alike): two with
    # one label would stack into one bar past 100 %
    for o, label in zip(shown, article_labels([(o.outlet, o.title) for o in shown], 44)):
        for part, share in (("shared", o.shared_share), ("own", o.unique_share)):
            records.append({"article": label, "article_full": f"{o.outlet}: {o.title}", "outlet": o.outlet,
                            "part": part, "share": share, "key": f"{o.article_id}|{part}"})
    data = pd.DataFrame.from_records(records, columns=["article", "article_full", "outlet", "part", "share", "key"])
    order = list(dict.fromkeys(data["article"]))
    pick = alt.selection_point(name=SELECTION, fields=["key"], on="click")
    chart = (
        alt.Chart(data, title=alt.TitleParams(**chart_title(
            "Shared and own sentences", "Said in another article too (shared) or only here (own) · click a bar")))
        .mark_bar()
        .encode(
            x=alt.X("share:Q", axis=alt.Axis(format="%", values=SHARE_TICKS), title=None, scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("article:N", title=None, sort=order, axis=alt.Axis(labelLimit=280)),
            color=alt.Color("part:N", title=None, scale=alt.Scale(domain=["shared", "own"], range=[PALETTE[0], "#c9d6e3"]),
                            legend=alt.Legend(orient="bottom")),
            order=alt.Order("part:N", sort="descending"),
            tooltip=[alt.Tooltip("article_full:N", title="Article"), alt.Tooltip("part:N", title="Sentences"),
                     alt.Tooltip("share:Q", format=".0%", title="Share")],
        )
        .add_params(pick)
        .properties(width=width, height=band_height(len(order)))
    )
    return apply_theme(chart)
