"""Overview charts of the loaded articles."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import altair as alt
import pandas as pd

from .theme import apply_theme, outlet_scale


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def article_lengths_chart(rows: Sequence[Mapping[str, Any]], *, width: int | str = "container") -> alt.Chart:
    """Horizontal bars: words in each article's body, coloured by outlet.

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
            "article": f"{outlet}: {_short(title, 48)}" if title else outlet,
            "word_count": int(r.get("word_count") or 0),
            "paragraph_count": int(r.get("paragraph_count") or 0),
        })
    data = pd.DataFrame.from_records(
        records, columns=["id", "outlet", "title", "article", "word_count", "paragraph_count"]
    )
    # bars in input order; equal labels (same outlet and headline start) stay apart by id
    data["article"] = [a if list(data["article"]).count(a) == 1 else f"{a} [{k[:6]}]"
                       for a, k in zip(data["article"], data["id"])]
    chart = (
        alt.Chart(data, title="Length of each article (words in the body)")
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=alt.X("word_count:Q", title="Words"),
            y=alt.Y("article:N", title=None, sort=list(data["article"])),
            color=alt.Color("outlet:N", title="Outlet", scale=outlet_scale(data["outlet"]), legend=None),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("title:N", title="Headline"),
                alt.Tooltip("word_count:Q", title="Words"),
                alt.Tooltip("paragraph_count:Q", title="Paragraphs"),
            ],
        )
        .properties(width=width, height=max(60, 26 * len(data)))
    )
    return apply_theme(chart)
