"""Source charts and highlights (pure functions: data in, chart, rows or spans out).

* :func:`type_share_rows` / :func:`type_share_chart` — who speaks in each outlet: stacked
  bars of speaker types by share of attributed words (or of attributions);
* :func:`stance_rows` / :func:`stance_chart` — reporting-verb stance per outlet;
* :func:`speaker_table` — every speaker across outlets: who appears where, who is absent;
* :func:`attribution_highlights` — attributed content marked with its speaker, for
  :func:`framing.highlight.render_article_html`.

Inputs are analyses (their ``attributions`` results) or lists of
:class:`~framing.attribution.Attribution`.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import altair as alt
import pandas as pd

from ..analysis import ArticleAnalysis, list_result_of
from ..attribution import SPEAKER_TYPES, Attribution, content_spans
from ..compare.identity import EventIdentities, speaker_identities
from ..highlight import Highlight, LegendItem
from .layout import chart_title, SHARE_TICKS, band_height, legend_args, short_label
from .theme import apply_theme

TYPE_LABELS = {"official": "Official", "political": "Political", "civil_society": "Civil society",
               "expert": "Expert", "citizen": "Citizen", "business": "Business", "media": "Media",
               "unknown": "Unknown", "other": "Other"}
#: Okabe–Ito (colour-blind safe), a dark grey for "unknown" and a light grey for "other"
TYPE_COLORS = {"official": "#0072B2", "political": "#D55E00", "civil_society": "#009E73", "expert": "#CC79A7",
               "citizen": "#E69F00", "business": "#56B4E9", "media": "#F0E442", "unknown": "#666666",
               "other": "#BBBBBB"}
#: light backgrounds for highlighted content, by speaker type (dark text stays readable)
TYPE_BACKGROUNDS = {"official": "#BBD7EE", "political": "#F5C6AA", "civil_society": "#B3E2D2",
                    "expert": "#EBCBE0", "citizen": "#F8DDA8", "business": "#CDE8F7", "media": "#FAF4B0",
                    "unknown": "#D0D0D0", "other": "#E8E8E8"}
#: colours for speaker types not in :data:`SPEAKER_TYPES` (a new type from the attribution step)
EXTRA_TYPE_COLORS = ("#882255", "#44AA99", "#332288", "#999933", "#AA4499", "#117733", "#88CCEE", "#DDCC77")
EXTRA_TYPE_BACKGROUNDS = ("#E8C3D3", "#C7E6E0", "#CCC8E6", "#E6E6C4", "#E9CBE5", "#C3E0C9", "#DCEFF8", "#F4EDD4")


def type_label(t: str) -> str:
    """The human name of a speaker type (a type this module does not know is spelled out)."""
    return TYPE_LABELS.get(t) or (str(t).replace("_", " ").strip().capitalize() or "Unknown")


#: type-rule step (the part of a ``type_rule`` before the first ``:``) -> how to say it; ``{}``
#: takes the rule's phrase (see :mod:`framing.attribution.speaker_types` for the steps)
_RULE_WORDS: dict[str, str] = {
    "document": "a document issued by “{}”", "shares_of": "“shares of …”: a company",
    "armed": "armed group (“{}”)", "described": "described as “{}”", "trade_body": "industry body ({})",
    "owner": "speaks for “{}”", "org": "organisation word “{}”", "role": "role “{}”",
    "linked": "speaks for {}", "generic": "the word “{}”", "context": "described by “{}”",
    "ner:GPE": "a country or place", "described_person": "a person described by “{}”",
    "no_evidence": "nothing in the text says who they are", "name:camel_case": "a company-style name",
    "ner:ORG": "an organisation’s name", "default": "no rule matched",
}


def type_reason(type_rule: str) -> str:
    """The reason a speaker got its type, in words, from the rule id the typing wrote
    (``role:minister`` -> "role “minister”"); ids stay in the JSON. An unknown rule is spelled out.

    >>> type_reason("described:operator"), type_reason("ner:GPE"), type_reason("linked:HydroNord:org:company")
    ('described as “operator”', 'a country or place', 'speaks for HydroNord')
    """
    rule = str(type_rule or "").strip()
    if not rule:
        return ""
    if rule in _RULE_WORDS:
        return _RULE_WORDS[rule].replace(" (“{}”)", "").replace(" “{}”", "").replace("{}", "").strip()
    step, _, phrase = rule.partition(":")
    if step == "linked":
        phrase = phrase.split(":", 1)[0]
    words = _RULE_WORDS.get(step)
    if words is None:
        return rule.replace("_", " ").replace(":", ": ")
    return words.format(phrase.replace("_", " ")) if "{}" in words else words


def speaker_types(seen: Iterable[str] = ()) -> list[str]:
    """The known types in their order, then any other type ``seen`` (first-seen order)."""
    extra = [t for t in dict.fromkeys(seen) if t not in SPEAKER_TYPES]
    return [*SPEAKER_TYPES, *extra]


def type_color(t: str, types: Sequence[str] = ()) -> str:
    """A type's colour: its own for the known types, else one of :data:`EXTRA_TYPE_COLORS` by its
    place among the unknown ``types``."""
    if t in TYPE_COLORS:
        return TYPE_COLORS[t]
    extra = [x for x in dict.fromkeys([*types, t]) if x not in TYPE_COLORS]
    return EXTRA_TYPE_COLORS[extra.index(t) % len(EXTRA_TYPE_COLORS)]


def type_background(t: str, types: Sequence[str] = ()) -> str:
    """A light background for a type's highlighted words (dark text stays readable)."""
    if t in TYPE_BACKGROUNDS:
        return TYPE_BACKGROUNDS[t]
    extra = [x for x in dict.fromkeys([*types, t]) if x not in TYPE_BACKGROUNDS]
    return EXTRA_TYPE_BACKGROUNDS[extra.index(t) % len(EXTRA_TYPE_BACKGROUNDS)]


STANCES = ("neutral", "endorsing", "distancing", "guilt_implying", "emphatic", "hedged")
STANCE_LABELS = {"neutral": "Neutral", "endorsing": "Endorsing", "distancing": "Distancing",
                 "guilt_implying": "Guilt-implying", "emphatic": "Emphatic", "hedged": "Hedged"}
STANCE_COLORS = {"neutral": "#BBBBBB", "endorsing": "#009E73", "distancing": "#D55E00",
                 "guilt_implying": "#CC79A7", "emphatic": "#0072B2", "hedged": "#E69F00"}


def _attributions(analysis: ArticleAnalysis) -> list[Attribution]:
    return list_result_of(analysis, "attributions", Attribution) or []


def _event_type(identities: EventIdentities | None, article_id: str, x: Attribution) -> str:
    ident = identities.identity_of(article_id, x.speaker_id) if identities is not None else None
    return ident.speaker_type if ident is not None else (x.speaker_type or "unknown")


def type_share_rows(analyses: Sequence[ArticleAnalysis],
                    identities: EventIdentities | None = None) -> list[dict[str, Any]]:
    """One row per outlet × speaker type (every type, zeros included): attributions, attributed
    words, quoted words and shares. Speakers are typed once per event (``identities``, computed
    from ``analyses`` when not given): a role one outlet gives types the speaker in all."""
    if identities is None:
        identities = speaker_identities(analyses)
    per: dict[str, dict[str, list[int]]] = {}
    for a in analyses:
        outlet = a.article.outlet
        d = per.setdefault(outlet, {t: [0, 0, 0] for t in SPEAKER_TYPES})
        for x in _attributions(a):
            t = _event_type(identities, a.article.id, x)
            d.setdefault(t, [0, 0, 0])
            d[t][0] += 1
            d[t][1] += x.content_words
            d[t][2] += x.quoted_words
    types = speaker_types(t for d in per.values() for t in d)
    rows = []
    for outlet, d in per.items():
        n = sum(v[0] for v in d.values())
        w = sum(v[1] for v in d.values())
        for t in types:
            c, words, quoted = d.get(t, [0, 0, 0])
            rows.append({"outlet": outlet, "speaker_type": t, "type_label": type_label(t), "attributions": c,
                         "words": words, "quoted_words": quoted,
                         "share_attributions": round(c / n, 4) if n else 0.0,
                         "share_words": round(words / w, 4) if w else 0.0})
    return rows


def type_share_chart(rows: Sequence[Mapping[str, Any]], *, measure: str = "share_words",
                     width: int | str = "container") -> alt.Chart:
    """Stacked horizontal bars: for each outlet, the share of voice of each speaker type (every
    known type, in the legend even at zero, then any other type found in ``rows``). Click a
    segment to pick it (``key`` = outlet|type)."""
    if measure not in ("share_words", "share_attributions"):
        raise ValueError("measure must be 'share_words' or 'share_attributions'")
    data = pd.DataFrame.from_records(list(rows), columns=["outlet", "speaker_type", "type_label", "attributions",
                                                          "words", "quoted_words", "share_attributions",
                                                          "share_words"])
    outlets = list(dict.fromkeys(data["outlet"]))
    types = speaker_types(data["speaker_type"])
    data = data[data["speaker_type"].isin(types)].copy()
    data["outlet_label"] = [short_label(o, 32) for o in data["outlet"]]
    data["key"] = [f"{o}|{t}" for o, t in zip(data["outlet"], data["speaker_type"])]
    title = "Share of attributed words" if measure == "share_words" else "Share of attributions"
    pick = alt.selection_point(name="pick", fields=["key"], on="click")
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(f"{measure}:Q", title=title, axis=alt.Axis(format="%", values=SHARE_TICKS), scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("outlet_label:N", title=None, sort=[short_label(o, 32) for o in outlets],
                    axis=alt.Axis(labelLimit=240)),
            color=alt.Color("type_label:N", title="Speaker type",
                            scale=alt.Scale(domain=[type_label(t) for t in types],
                                            range=[type_color(t, types) for t in types]),
                            legend=alt.Legend(**legend_args([type_label(t) for t in types]))),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("type_label:N", title="Speaker type"),
                     alt.Tooltip("attributions:Q", title="Attributions"),
                     alt.Tooltip("words:Q", title="Attributed words"),
                     alt.Tooltip("quoted_words:Q", title="Quoted words"),
                     alt.Tooltip(f"{measure}:Q", title=title, format=".0%")],
        )
        .transform_calculate(order="indexof(" + repr(list(types)) + ", datum.speaker_type)")
        .add_params(pick)
        .properties(width=width, height=band_height(len(outlets)), title=alt.TitleParams(**chart_title("Who speaks", "Click a bar for the words")))
    )
    return apply_theme(chart)


def stance_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per outlet × reporting-verb stance: count and share of that outlet's attributions."""
    per: dict[str, dict[str, int]] = {}
    for a in analyses:
        d = per.setdefault(a.article.outlet, {s: 0 for s in STANCES})
        for x in _attributions(a):
            s = x.verb_stance
            d[s] = d.get(s, 0) + 1
    rows = []
    for outlet, d in per.items():
        n = sum(d.values())
        for s in STANCES:
            rows.append({"outlet": outlet, "stance": s, "stance_label": STANCE_LABELS[s], "count": d.get(s, 0),
                         "share": round(d.get(s, 0) / n, 4) if n else 0.0})
    return rows


def stance_chart(rows: Sequence[Mapping[str, Any]], *, width: int | str = "container") -> alt.Chart:
    """Stacked bars: how each outlet introduces speech (neutral, distancing, ...)."""
    data = pd.DataFrame.from_records(list(rows), columns=["outlet", "stance", "stance_label", "count", "share"])
    outlets = list(dict.fromkeys(data["outlet"]))
    data["outlet_label"] = [short_label(o, 32) for o in data["outlet"]]
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("share:Q", title="Share of attributions", axis=alt.Axis(format="%", values=SHARE_TICKS), scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("outlet_label:N", title=None, sort=[short_label(o, 32) for o in outlets],
                    axis=alt.Axis(labelLimit=240)),
            color=alt.Color("stance_label:N", title="Reporting verb",
                            scale=alt.Scale(domain=[STANCE_LABELS[s] for s in STANCES],
                                            range=[STANCE_COLORS[s] for s in STANCES]),
                            legend=alt.Legend(**legend_args([STANCE_LABELS[s] for s in STANCES]))),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("outlet:N", title="Outlet"), alt.Tooltip("stance_label:N", title="Stance"),
                     alt.Tooltip("count:Q", title="Attributions"), alt.Tooltip("share:Q", title="Share", format=".0%")],
        )
        .transform_calculate(order="indexof(" + repr(list(STANCES)) + ", datum.stance)")
        .properties(width=width, height=band_height(len(outlets)), title="How speech is introduced")
    )
    return apply_theme(chart)


def speaker_table(analyses: Sequence[ArticleAnalysis], identities: EventIdentities | None = None) -> list[dict[str, Any]]:
    """One row per speaker across outlets — one per person or organisation of the event
    (:func:`framing.compare.identity.event_identities`: ``Bill Kristol`` / ``William Kristol`` /
    ``Kristol`` are one row): ``speaker``, ``speaker_id`` (the event's id), ``type`` (decided
    once per event), ``type_evidence`` (where the type comes from, in words: ``outlet: role (reason)``, see
    :func:`type_reason`),
    ``aliases`` (the names used), ``anonymous``, ``role``, ``counts`` (``{outlet: attributions}``
    for every outlet, 0 = absent from that outlet), ``outlets`` (how many outlets quote them) and
    ``total``. Outlet names stay inside ``counts``, so an outlet may be called anything (even
    ``speaker`` or ``total``). Sorted by outlets reached, then volume."""
    if identities is None:
        identities = speaker_identities(analyses)
    outlets = list(dict.fromkeys(a.article.outlet for a in analyses))
    table: dict[str, dict[str, Any]] = {}
    for a in analyses:
        for x in _attributions(a):
            ident = identities.identity_of(a.article.id, x.speaker_id)
            sid = ident.id if ident is not None else x.speaker_id
            row = table.get(sid)
            if row is None:
                evidence = [f"{e.outlet}: {e.role or e.name} ({type_reason(e.type_rule)})" for e in ident.type_evidence] \
                    if ident is not None else []
                row = table[sid] = {
                    "speaker": ident.name if ident is not None else x.speaker, "speaker_id": sid,
                    "type": ident.speaker_type if ident is not None else x.speaker_type,
                    "type_evidence": "; ".join(evidence),
                    "aliases": list(ident.aliases) if ident is not None else [x.speaker],
                    "anonymous": x.anonymous, "role": x.role, "counts": {o: 0 for o in outlets}}
            elif ident is None and len(x.speaker) > len(str(row["speaker"])):
                row["speaker"] = x.speaker
            if not row["role"] and x.role:
                row["role"] = x.role
            row["counts"][a.article.outlet] += 1
    rows = list(table.values())
    for r in rows:
        r["outlets"] = sum(1 for n in r["counts"].values() if n > 0)
        r["total"] = sum(r["counts"].values())
    rows.sort(key=lambda r: (-r["outlets"], -r["total"], str(r["speaker"])))
    return rows


def attribution_highlights(attributions: Iterable[Attribution], speaker_ids: Iterable[str] | None = None,
                           types: Mapping[str, str] | None = None) -> list[Highlight]:
    """Attributed content (and its cue) as highlights, coloured by speaker type; the tooltip
    names the speaker, the verb and its stance. ``speaker_ids`` keeps only those speakers.
    ``types``: speaker id -> the speaker's type in the event (one article's entry of
    :func:`framing.compare.identity.speaker_types`), so the texts show the type the charts and
    tables count; a speaker it does not hold keeps the article's own type."""
    keep = set(speaker_ids) if speaker_ids is not None else None
    out: list[Highlight] = []
    for x in attributions:
        if keep is not None and x.speaker_id not in keep:
            continue
        t = (types or {}).get(x.speaker_id) or x.speaker_type or "unknown"
        who = x.speaker
        title = f"{who} ({type_label(t)}{', anonymous' if x.anonymous else ''}) · " \
                f"{x.kind} · {x.verb} ({x.verb_stance})"
        for start, end in content_spans(x):
            out.append(Highlight(start, end, css_class=f"hl-quote st-{t}", title=title, label=who,
                                 color=type_background(t)))
        if x.rule != "floating_quote":
            out.append(Highlight(x.cue_start, x.cue_end, css_class="hl-attribution",
                                 title=f"cue: {x.verb} ({x.verb_stance}) — {who}"))
    return out


def type_legend(types: Iterable[str] | None = None) -> list[LegendItem]:
    """Legend entries for highlighted speech: ``types`` (default: the known types), in order."""
    chosen = list(SPEAKER_TYPES) if types is None else speaker_types(types)
    if types is not None:
        wanted = set(types)
        chosen = [t for t in chosen if t in wanted]
    return [LegendItem(f"st-{t}", type_label(t), color=type_background(t, chosen)) for t in chosen]
