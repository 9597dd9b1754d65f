"""Overview charts of the loaded articles."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import altair as alt
import pandas as pd

from .layout import article_labels, chart_title, band_height, short_label
from .theme import apply_theme, outlet_scale


def _short(text: str, limit: int = 60) -> str:
    return short_label(text, limit)


def article_lengths_chart(rows: Sequence[Mapping[str, Any]], *, width: int | str = "container",
                          colours: Mapping[str, str] | None = None) -> alt.Chart:
    """Horizontal bars: words in each article's body, coloured by outlet (click a bar: ``pick`` on ``id``).

    ``rows``: one mapping per article with ``outlet``, ``title`` and ``word_count`` (e.g. the
    JSON objects of ``framing analyze``); ``paragraph_count`` and ``id`` are used when present.
    """
    records = []
    for i, r in enumerate(rows):
        outlet = str(r.get("outlet") or "Unknown outlet")
        title = str(r.get("title") or "")
        records.append({
            "id": str(r.get("id") or i),
            "outlet": outlet,
            "title": title,
            "article": "",
            "word_count": int(r.get("word_count") or 0),
            "paragraph_count": int(r.get("paragraph_count") or 0),
        })
    data = pd.DataFrame.from_records(
        records, columns=["id", "outlet", "title", "article", "word_count", "paragraph_count"]
    )
    # bars in input order; equal labels (same outlet and headline start) told apart by a number, never an id
    data["article"] = article_labels(list(zip(data["outlet"], data["title"])), 56)
    pick = alt.selection_point(name="pick", fields=["id"], on="click")
    chart = (
        alt.Chart(data, title=alt.TitleParams(**chart_title("Length of each article", "Words in the body · click a bar to read it")))
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=alt.X("word_count:Q", title="Words"),
            y=alt.Y("article:N", title=None, sort=list(data["article"]), axis=alt.Axis(labelLimit=400)),
            color=alt.Color("outlet:N", title="Outlet", scale=outlet_scale(data["outlet"], colours), legend=None),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("title:N", title="Headline"),
                alt.Tooltip("word_count:Q", title="Words"),
                alt.Tooltip("paragraph_count:Q", title="Paragraphs"),
            ],
        )
        .add_params(pick)
        .properties(width=width, height=band_height(len(data)))
    )
    return apply_theme(chart)
