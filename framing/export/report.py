"""The whole comparison as one self-contained HTML page: scorecard, ranked differences,
charts, the side-by-side texts with highlights and a legend, and the methods paragraph.

It opens offline (charts are SVG images in ``data:`` URLs, styles inline, no script, no
link out: article addresses are printed as text) and prints well (a print stylesheet: each
section on a new page, charts and table rows never cut, margins that fit A4 and Letter).
All user text is escaped.
"""

from __future__ import annotations

import base64
import html
from typing import Any, Mapping, Sequence

from ..analysis import ArticleAnalysis, list_result_of
from ..attribution import Attribution
from ..charts.language import (
    category_legend, loaded_term_highlights, stance_legend, stance_marker_highlights, stance_markers_of,
)
from ..charts.sources import attribution_highlights, type_legend
from ..compare import EventComparison
from ..highlight import article_css, legend_html, render_article_html
from ..loaded_terms import LoadedTerm
from .context import ExportContext
from .labels import value_labels
from .methods import bibtex, methods_paragraph
from .tables import TableItem

TOP_TERMS = 5
MAX_DIFFERENCES = 40
KIND_ORDER = ("number", "event", "voice", "entity", "claim")
KIND_NAMES = {"number": "Figure", "event": "Event", "voice": "Voice", "entity": "Name", "claim": "Claim"}

STYLE = """
body{font-family:"Source Sans Pro",Helvetica,Arial,sans-serif;color:#262730;margin:0 auto;max-width:1100px;padding:24px;line-height:1.45}
h1{font-size:1.7rem;margin:0 0 .2em}h2{font-size:1.3rem;border-bottom:2px solid #0072B2;padding-bottom:.15em;margin-top:1.6em}
.meta{color:#6b7280;font-size:.9rem}
table{border-collapse:collapse;font-size:.8rem;margin:.5em 0 1em;width:100%;table-layout:auto}
th,td{border:1px solid #d1d5db;padding:.25em .45em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f4f6}
figure{margin:1em 0 1.6em;break-inside:avoid;page-break-inside:avoid}
figure img{max-width:100%;height:auto;display:block}
figcaption{font-size:.85rem;color:#6b7280}
.texts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}
.text{border:1px solid #d1d5db;border-radius:6px;padding:10px 12px;break-inside:avoid-page}
.text h3{font-size:1rem;margin:0 0 .2em}
.source{font-size:.8rem;color:#6b7280;overflow-wrap:anywhere}
ol.differences li{margin:.2em 0}
pre{background:#f3f4f6;padding:.6em;overflow-x:auto;font-size:.8rem;white-space:pre-wrap}
@page{margin:15mm 14mm}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  section{break-before:page;page-break-before:always}
  section:first-of-type{break-before:auto;page-break-before:auto}
  h2{break-after:avoid;page-break-after:avoid}
  tr,figure,.text{break-inside:avoid;page-break-inside:avoid}
  figure img{max-height:240mm;width:auto;max-width:100%}
  .texts{display:block}.text{margin-bottom:10px}
  mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  table{font-size:7.5pt}th,td{padding:.12em .22em}
}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def table_html(table: TableItem, limit: int | None = None) -> str:
    headers, cells = table.human(with_ids=False)  # a page for people: labels only (the CSVs keep the ids)
    rows = cells if limit is None else cells[:limit]
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(_cell(v))}</td>" for v in row) + "</tr>" for row in rows)
    more = (f'<p class="meta">{len(cells) - len(rows)} more rows in {_e(table.name)}.csv</p>'
            if len(rows) < len(cells) else "")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _cell(v: Any) -> Any:
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.3g}"
    return v


def ranked_differences(comparison: EventComparison) -> list[str]:
    """The differences between outlets, most telling first: what only one outlet reports,
    what only one leaves out (figures, then voices, names, claims), then each outlet's most
    distinctive words (by z). Plain text, one line each."""
    items = [it for it in comparison.omissions.items if it.flag]
    items.sort(key=lambda it: (it.flag != "only_one_reports",
                               KIND_ORDER.index(it.kind) if it.kind in KIND_ORDER else len(KIND_ORDER)))
    lines = []
    for it in items:
        kind = KIND_NAMES.get(it.kind, it.kind)
        if it.flag == "only_one_reports":
            lines.append(f"{kind} only {', '.join(it.reported_by)} reports: {it.label}")
        else:
            lines.append(f"{kind} every outlet but {', '.join(it.omitted_by)} reports: {it.label}")
    terms = sorted(((t.z, v.outlet, t) for v in comparison.vocabulary for t in v.distinctive[:TOP_TERMS]),
                   key=lambda x: -x[0])
    for z, outlet, t in terms:
        lines.append(f"{outlet} uses “{t.term}” more than the others (z = {z:.2f}; {t.count} uses here, "
                     f"{t.count_rest} elsewhere)")
    return lines[:MAX_DIFFERENCES]


def _svg_img(svg: bytes, alt: str) -> str:
    data = base64.b64encode(svg).decode("ascii")
    return f'<img alt="{_e(alt)}" src="data:image/svg+xml;base64,{data}">'


def _texts_html(analyses: Sequence[ArticleAnalysis]) -> str:
    labels = value_labels()["category"]
    cats = sorted({t.category for a in analyses for t in list_result_of(a, "loaded_terms", LoadedTerm) or []})
    stance = sorted({m.category for a in analyses for m in stance_markers_of(a)})
    legend = legend_html(category_legend(cats, labels) + stance_legend(stance, labels) + type_legend(),
                         include_css=False)
    cards = []
    for a in analyses:
        marks = (loaded_term_highlights(list_result_of(a, "loaded_terms", LoadedTerm) or [], labels=labels)
                 + stance_marker_highlights(stance_markers_of(a), labels=labels)
                 + attribution_highlights(list_result_of(a, "attributions", Attribution) or []))
        facts = " · ".join(_e(x) for x in (a.article.published, a.article.byline) if x)
        source = f'<div class="source">{_e(a.article.url)}</div>' if a.article.url else ""
        cards.append(f'<div class="text"><h3>{_e(a.article.outlet)}</h3><div class="meta">{facts}</div>{source}'
                     f"{render_article_html(a.article.text, a.article.paragraphs, marks, include_css=False)}</div>")
    return (f"<p>Marked: loaded terms (by category), stance markers (dashed underline: hedges, boosters and "
            f"reporting verbs that weigh speech) and attributed speech (by speaker type); "
            f"every mark is the word the score counts.</p>{legend}<div class=\"texts\">{''.join(cards)}</div>")


def report_html(comparison: EventComparison, analyses: Sequence[ArticleAnalysis], context: ExportContext,
                charts: Sequence[tuple[str, bytes]], tables: Sequence[TableItem]) -> str:
    """The report page. ``charts``: (title, SVG bytes) in order; ``tables``: the event's tables."""
    cmp = comparison
    by_name = {t.name: t for t in tables}
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(context.event)} — framing comparison</title>",
        f"<style>{STYLE}</style>", article_css(), "</head>", "<body>",
        f"<header><h1>{_e(context.event)}</h1>",
        f'<p class="meta">{_e(" · ".join(context.subtitle()[1:]))}</p>',
        f'<p class="meta">{_e(" · ".join(context.footnote()))}</p></header>',
        '<section id="scorecard"><h2>Scorecard</h2>',
    ]
    if "scorecard" in by_name:
        parts.append(table_html(by_name["scorecard"]))
    parts += [f'<p class="meta">{_e(note)}</p>' for note in cmp.notes]
    parts.append("</section>")
    diffs = ranked_differences(cmp)
    parts.append('<section id="differences"><h2>Differences, ranked</h2>')
    parts.append("<p>What one outlet alone reports or leaves out, then each outlet's most distinctive words.</p>")
    parts.append('<ol class="differences">' + "".join(f"<li>{_e(d)}</li>" for d in diffs) + "</ol>"
                 if diffs else "<p>No outlet stands out.</p>")
    parts.append("</section>")
    parts.append('<section id="charts"><h2>Charts</h2>')
    for title, svg in charts:
        parts.append(f"<figure>{_svg_img(svg, title)}<figcaption>{_e(title)}</figcaption></figure>")
    parts.append("</section>")
    parts.append(f'<section id="texts"><h2>The texts side by side</h2>{_texts_html(analyses)}</section>')
    others = [t for t in tables if t.name != "scorecard"]
    if others:
        parts.append('<section id="tables"><h2>Tables</h2>')
        for t in others:
            parts.append(f"<h3>{_e(t.title)}</h3>{table_html(t, limit=60)}")
        parts.append("</section>")
    parts.append(f'<section id="methods"><h2>Methods</h2><p>{_e(methods_paragraph(context.event, context.outlets))}</p>'
                 f"<h3>Cite the tool</h3><pre>{_e(bibtex(context.date))}</pre></section>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
