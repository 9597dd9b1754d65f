"""Human names for the ids in tables and chart data (``public_opinion`` -> "Public opinion").

One mapping, built from the data files and modules that already name each id: the frame
labels of the cue lexicon (``framing/data/frames/cues.toml``), the loaded-term categories
(``framing/data/loaded_terms/categories.toml``) and stance-marker categories
(``framing/data/stance_markers/categories.toml``), the speaker types, reporting-verb stances and
voices of the charts, and the scorecard's column names (:data:`SCORECARD_COLUMNS`, also used
by the dashboard). Anything else is spelled out from its id (``word_count`` -> "Word count").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping, Sequence

#: the scorecard's columns, in display order (the dashboard's Overview table uses them too)
SCORECARD_COLUMNS: dict[str, str] = {
    "outlet": "Outlet", "articles": "Articles", "words": "Words",
    "narrator_loaded_per_1000": "Loaded terms (narrator) /1,000 words",
    "narrator_stance_per_1000": "Stance markers (narrator) /1,000 words", "voices": "Voices",
    "official_share": "Official", "political_share": "Political", "civil_society_share": "Civil society",
    "expert_share": "Experts", "citizen_share": "Citizens", "business_share": "Business", "media_share": "Media",
    "unknown_share": "Unknown", "other_share": "Other",
    "anonymous_share": "Anonymous", "distancing_share": "Distancing verbs", "tone": "Tone",
    "primary_frame": "Main frame", "reading_grade": "Reading grade", "numbers_reported": "Figures reported",
    "numbers_only_here": "Figures only here", "unique_share": "Own sentences",
}
#: scorecard columns holding a share (0-1), shown as percentages
SCORECARD_PERCENT = ("official_share", "political_share", "civil_society_share", "expert_share", "citizen_share",
                     "business_share", "media_share", "unknown_share", "other_share", "anonymous_share",
                     "distancing_share", "unique_share")

#: column names that spelling out the id would get wrong
_SPELLED: dict[str, str] = {
    "per_1000": "Per 1,000 words", "z": "z-score", "count_rest": "Uses in the other outlets",
    "article_id": "Article id", "speaker_id": "Speaker id", "item_id": "Item id", "id": "Id",
    "url": "URL",
}

#: prefix of a per-outlet column id (``outlet:Daily News``)
OUTLET_PREFIX = "outlet:"

#: columns whose values are ids of a named family (the value gets its label, the id stays in an id column)
ID_VALUED_COLUMNS: dict[str, str] = {
    "primary_frame": "frame", "frame": "frame", "category": "category", "voice": "voice",
    "speaker_type": "speaker_type", "type": "speaker_type", "stance": "stance",
}


@lru_cache(maxsize=1)
def value_labels() -> dict[str, dict[str, str]]:
    """Family -> {id: label} for frames, loaded-term categories, speaker types, stances, voices."""
    from ..charts.frames import frame_labels
    from ..charts.language import VOICE_LABELS
    from ..charts.sources import STANCE_LABELS, TYPE_LABELS
    from ..loaded_terms import builtin_lexicon

    from ..stance_markers import builtin_stance_lexicon

    lexicon = builtin_lexicon()
    stance = builtin_stance_lexicon()
    return {
        "frame": dict(frame_labels()),
        "category": {**{c: stance.label(c) for c in stance.categories},
                     **{c: lexicon.label(c) for c in lexicon.categories}},
        "speaker_type": dict(TYPE_LABELS),
        "stance": dict(STANCE_LABELS),
        "voice": dict(VOICE_LABELS),
    }


@lru_cache(maxsize=1)
def id_labels() -> dict[str, str]:
    """Every known id -> its human name (columns first, then the families' ids)."""
    out: dict[str, str] = {}
    for family in value_labels().values():
        for key, label in family.items():
            out.setdefault(key, label)
    out.update(SCORECARD_COLUMNS)
    out.update(_SPELLED)
    return out


def column_label(column: str) -> str:
    """The human name of a column id; a name that is not an id (has a space or a capital) is kept.

    ``outlet:NAME`` (a column per outlet) is the outlet's name; ``in_VOICE`` names the voice."""
    if column.startswith(OUTLET_PREFIX):
        return column[len(OUTLET_PREFIX):]
    if column.startswith("in_") and column[3:] in value_labels()["voice"]:
        return f"{value_labels()['voice'][column[3:]]} uses"
    if column in id_labels():
        return id_labels()[column]
    if " " in column or column != column.lower():
        return column
    return column.replace("_", " ").capitalize()


def value_label(column: str, value: Any) -> Any:
    """``value`` with its label when ``column`` holds ids of a named family, else unchanged."""
    family = ID_VALUED_COLUMNS.get(column)
    if family is None or not isinstance(value, str):
        return value
    return value_labels()[family].get(value, value)


def is_id_column(column: str) -> bool:
    """An internal id column (``id``, ``item_id``, ``speaker_id``, …): for programs, not people."""
    return column == "id" or column.endswith("_id")


def human_rows(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
               *, with_ids: bool = True) -> tuple[list[str], list[list[Any]]]:
    """Headers and cells with human names; an id-valued column keeps its ids in a column beside it
    (``with_ids``: for files that are read by programs; a page or a CSV for people leaves them out,
    and id columns — ``item_id`` … — with them)."""
    cols = list(columns) if columns is not None else list(dict.fromkeys(k for r in rows for k in r))
    if not with_ids:
        cols = [c for c in cols if not is_id_column(c)]
    headers: list[str] = []
    for c in cols:
        headers.append(column_label(c))
        if with_ids and c in ID_VALUED_COLUMNS:
            headers.append(f"{column_label(c)} (id)")
    cells: list[list[Any]] = []
    for r in rows:
        line: list[Any] = []
        for c in cols:
            v = r.get(c)
            line.append(value_label(c, v))
            if with_ids and c in ID_VALUED_COLUMNS:
                line.append(v)
        cells.append(line)
    return headers, cells
