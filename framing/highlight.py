"""Render an article's text as safe HTML, with highlighted spans and a legend.

Every view that shows words behind a number (quotes and their speakers, loaded terms,
tone) passes :class:`Highlight` spans (character offsets into ``article.text``) to
:func:`render_article_html`. The function escapes *every* piece of text itself and builds
all markup itself, so the result can go to ``st.html`` (or a standalone HTML export)
without trusting the article's text.

Overlapping and nested spans are handled by cutting the text at every span boundary: each
piece is wrapped in one ``<mark>`` carrying the classes and tooltips of every span that
covers it (``hl-overlap`` is added when more than one does). Spans that cross a paragraph
boundary are clipped to each paragraph; spans outside the text are clipped or dropped.

Colours: use one of the built-in classes (:data:`BUILTIN_CLASSES`: ``hl-quote``,
``hl-attribution``, ``hl-loaded``, ``hl-positive``, ``hl-negative``, ``hl-entity``,
``hl-1`` … ``hl-8``) or give a ``color`` (``#rrggbb``) on the highlight itself. ``hl-stance``
marks a second layer (stance markers): a dashed underline under whatever colour it has.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable, Sequence, Union

from .model import Paragraph

__all__ = [
    "BUILTIN_CLASSES",
    "Highlight",
    "LegendItem",
    "article_css",
    "legend_html",
    "render_article_html",
    "render_snippet_html",
]

#: CSS class names must look like this (anything else is dropped)
_CLASS_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$")
_COLOR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

#: a paragraph to render: an article's :class:`~framing.model.Paragraph`, or ``(start, end[, kind])``
ParagraphBounds = Union[Paragraph, tuple[int, int], tuple[int, int, str]]

#: background colours of the built-in highlight classes (readable with dark text)
BUILTIN_CLASSES: dict[str, str] = {
    "hl-quote": "#fde68a",        # quoted words (amber)
    "hl-attribution": "#bfdbfe",  # who said it, the reporting verb (blue)
    "hl-loaded": "#fecaca",       # loaded or evaluative terms (red)
    "hl-positive": "#bbf7d0",     # positive tone (green)
    "hl-negative": "#fbcfe8",     # negative tone (pink)
    "hl-entity": "#e9d5ff",       # named people, organisations, places (violet)
    "hl-1": "#fde68a",
    "hl-2": "#bfdbfe",
    "hl-3": "#fecaca",
    "hl-4": "#bbf7d0",
    "hl-5": "#e9d5ff",
    "hl-6": "#fed7aa",
    "hl-7": "#a5f3fc",
    "hl-8": "#e5e7eb",
}


@dataclass(frozen=True)
class Highlight:
    """A span of ``article.text`` to mark.

    ``css_class``: one or more class names separated by spaces (invalid names are dropped);
    ``title``: the tooltip (e.g. the rule or lexicon entry behind a score);
    ``label``: a short category name, shown in legends and as ``data-label``;
    ``color``: optional ``#rrggbb`` background, overriding the class colour.
    """

    start: int
    end: int
    css_class: str = "hl-1"
    title: str = ""
    label: str = ""
    color: str | None = None


@dataclass(frozen=True)
class LegendItem:
    """One entry of a legend: a swatch in the class's (or ``color``'s) colour and a label."""

    css_class: str
    label: str
    description: str = ""
    color: str | None = None


def _classes(css_class: str) -> list[str]:
    return [c for c in (css_class or "").split() if _CLASS_RE.match(c)]


def _color(color: str | None) -> str | None:
    return color if color and _COLOR_RE.match(color) else None


def article_css() -> str:
    """The stylesheet for :func:`render_article_html` and :func:`legend_html` output."""
    rules = [
        ".fr-article{font-size:0.95rem;line-height:1.55;color:inherit;overflow-wrap:anywhere}",
        ".fr-article p{margin:0 0 0.75em 0}",
        # a marked snippet inside a heading keeps the heading's size
        ".fr-headline .fr-article{font-size:inherit;line-height:inherit}",
        ".fr-article p.fr-headline{font-weight:700;font-size:1.08rem;line-height:1.35}",
        # no horizontal padding: a span cut into pieces (overlaps) must read as one run of text
        ".fr-article mark,.fr-legend .fr-swatch{border-radius:2px;padding:0.08em 0;color:#111827;"
        "background:#e5e7eb;box-decoration-break:clone;-webkit-box-decoration-break:clone}",
        ".fr-legend .fr-swatch{padding:0.08em 0.3em}",
        ".fr-article mark.hl-overlap{outline:1px solid #6b7280;outline-offset:-1px}",
        # a second layer (stance markers) beside the loaded terms: a dashed underline as well as a colour
        ".fr-article mark.hl-stance,.fr-legend .fr-swatch.hl-stance{border-bottom:2px dashed #374151}",
        ".fr-legend{display:flex;flex-wrap:wrap;gap:0.35em 1em;font-size:0.85rem;margin:0.25em 0 0.75em 0}",
        ".fr-legend .fr-item{white-space:nowrap}",
        ".fr-legend .fr-desc{opacity:0.75}",
    ]
    for name, colour in BUILTIN_CLASSES.items():
        rules.append(f".fr-article mark.{name},.fr-legend .fr-swatch.{name}{{background:{colour}}}")
    return "<style>" + "".join(rules) + "</style>"


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _text(value: str) -> str:
    """Escape text and keep single line breaks inside a paragraph."""
    return html.escape(value, quote=False).replace("\n", "<br>")


def _para_bounds(paragraphs: Iterable[ParagraphBounds] | None, n: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each paragraph, clipped to the text."""
    out: list[tuple[int, int, str]] = []
    if paragraphs is None:
        return [(0, n, "body")] if n else []
    for p in paragraphs:
        if isinstance(p, Paragraph):
            start, end, kind = p.start, p.end, p.kind
        else:
            start, end = p[0], p[1]
            kind = p[2] if len(p) > 2 else "body"
        start, end = max(0, int(start)), min(n, int(end))
        if end > start:
            out.append((start, end, str(kind)))
    return out


def _render_range(text: str, start: int, end: int, highlights: Sequence[Highlight]) -> str:
    """Escaped HTML of ``text[start:end]`` with marks for the highlights that touch it."""
    spans = [(max(h.start, start), min(h.end, end), i, h) for i, h in enumerate(highlights)]
    spans = [s for s in spans if s[1] > s[0]]
    if not spans:
        return _text(text[start:end])
    cuts = sorted({start, end, *(s[0] for s in spans), *(s[1] for s in spans)})
    # order the spans covering a piece: longer (outer) spans first, then input order
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _text(text[a:b])
        covering = [s[3] for s in spans if s[0] <= a and s[1] >= b]
        if not covering:
            parts.append(piece)
            continue
        classes: list[str] = []
        for h in covering:
            for c in _classes(h.css_class):
                if c not in classes:
                    classes.append(c)
        if len(covering) > 1:
            classes.append("hl-overlap")
        titles = [h.title for h in covering if h.title]
        labels = [h.label for h in covering if h.label]
        colour = next((_color(h.color) for h in reversed(covering) if _color(h.color)), None)
        attrs = [f'class="{_attr(" ".join(classes))}"'] if classes else []
        if titles:
            attrs.append(f'title="{_attr(" | ".join(dict.fromkeys(titles)))}"')
        if labels:
            attrs.append(f'data-label="{_attr(" | ".join(dict.fromkeys(labels)))}"')
        if colour:
            attrs.append(f'style="background:{colour}"')
        parts.append(f"<mark {' '.join(attrs)}>{piece}</mark>")
    return "".join(parts)


def render_article_html(
    article_text: str,
    paragraphs: Iterable[ParagraphBounds] | None = None,
    highlights: Sequence[Highlight] = (),
    *,
    include_headline: bool = True,
    include_css: bool = True,
    max_paragraphs: int | None = None,
) -> str:
    """HTML for an article: one ``<p>`` per paragraph, highlights as ``<mark>``.

    ``paragraphs``: the article's :class:`~framing.model.Paragraph` list (``kind``
    ``"headline"`` is shown bold, or left out when ``include_headline`` is False), or
    ``(start, end[, kind])`` tuples; ``None`` renders the whole text as one paragraph.
    ``max_paragraphs`` limits the body paragraphs shown (a note says how many are hidden).
    """
    text = article_text or ""
    bounds = _para_bounds(paragraphs, len(text))
    hs = [h for h in highlights if h.end > h.start]
    body: list[str] = []
    shown = 0
    hidden = 0
    for start, end, kind in bounds:
        is_headline = kind == "headline"
        if is_headline and not include_headline:
            continue
        if not is_headline:
            if max_paragraphs is not None and shown >= max_paragraphs:
                hidden += 1
                continue
            shown += 1
        cls = ' class="fr-headline"' if is_headline else ""
        body.append(f"<p{cls}>{_render_range(text, start, end, hs)}</p>")
    if hidden:
        body.append(f'<p class="fr-more"><em>… {hidden} more paragraph{"s" if hidden != 1 else ""} not shown</em></p>')
    css = article_css() if include_css else ""
    return f'{css}<div class="fr-article">{"".join(body)}</div>'


def render_snippet_html(text: str, start: int, end: int, highlights: Sequence[Highlight] = (),
                        *, include_css: bool = True) -> str:
    """HTML for ``text[start:end]`` alone (e.g. one sentence with its marks), in a ``<span>``."""
    start, end = max(0, start), min(len(text), end)
    css = article_css() if include_css else ""
    inner = _render_range(text, start, end, [h for h in highlights if h.end > h.start]) if end > start else ""
    return f'{css}<span class="fr-article">{inner}</span>'


def legend_html(items: Sequence[LegendItem], *, include_css: bool = True) -> str:
    """A one-line legend of swatches and labels (text escaped)."""
    parts: list[str] = []
    for item in items:
        classes = " ".join(["fr-swatch", *_classes(item.css_class)])
        colour = _color(item.color)
        style = f' style="background:{colour}"' if colour else ""
        desc = f' <span class="fr-desc">{_text(item.description)}</span>' if item.description else ""
        parts.append(
            f'<span class="fr-item"><span class="{_attr(classes)}"{style}>{_text(item.label)}</span>{desc}</span>'
        )
    css = article_css() if include_css else ""
    return f'{css}<div class="fr-legend">{"".join(parts)}</div>'
