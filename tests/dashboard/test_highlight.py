"""framing.highlight: safe HTML for article text with (overlapping) highlights."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from framing.highlight import Highlight, LegendItem, legend_html, render_article_html, render_snippet_html
from framing.model import Article

HOSTILE = 'Hi <script>alert(1)</script> & "><img src=x onerror=alert(2)> \'q\' </p><p>'


class Collector(HTMLParser):
    """Collects tags, attributes and text, outside <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []  # (attrs, text inside)
        self.paragraphs: list[str] = []
        self._stack: list[str] = []
        self._mark: dict[str, str | None] | None = None
        self._mark_text: list[str] = []
        self._para: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._stack.append(tag)
        if tag == "mark":
            assert self._mark is None, "marks are never nested"
            self._mark, self._mark_text = dict(attrs), []
        if tag == "p":
            self._para = []
        if tag == "br" and self._para is not None:
            self._para.append("\n")
            self._stack.pop()

    def handle_endtag(self, tag):
        assert self._stack and self._stack[-1] == tag, f"unbalanced </{tag}> in {self._stack}"
        self._stack.pop()
        if tag == "mark":
            self.marks.append((self._mark or {}, "".join(self._mark_text)))
            self._mark = None
        if tag == "p" and self._para is not None:
            self.paragraphs.append("".join(self._para))
            self._para = None

    def handle_data(self, data):
        if "style" in self._stack:
            return
        self.text.append(data)
        if self._mark is not None:
            self._mark_text.append(data)
        if self._para is not None:
            self._para.append(data)


def parse(markup: str) -> Collector:
    c = Collector()
    c.feed(markup)
    c.close()
    assert not c._stack, f"unclosed tags: {c._stack}"
    return c


def tags_of(markup: str) -> set[str]:
    return {t for t, _ in parse(markup).tags}


def test_hostile_text_is_escaped_and_round_trips():
    a = Article.create(title="Headline <b>bold</b> & co", body=HOSTILE + "\n\nSecond & last paragraph.")
    out = render_article_html(a.text, a.paragraphs)
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&amp;" in out and "&lt;script&gt;" in out
    assert tags_of(out) <= {"style", "div", "p", "mark", "br"}
    c = parse(out)
    # the visible text is exactly the paragraphs' text
    assert c.paragraphs == [a.text[p.start:p.end] for p in a.paragraphs]


def test_hostile_titles_labels_classes_and_colours_stay_inert():
    text = "one two three"
    h = Highlight(0, 3, css_class='x" onmouseover="alert(1)', title='"><img src=x onerror=alert(1)>',
                  label="<script>", color="red;background:url(javascript:alert(1))")
    out = render_article_html(text, None, [h])
    c = parse(out)
    (attrs, inside), = c.marks
    assert inside == "one"
    assert set(attrs) == {"title", "data-label"}  # bad class and colour dropped, nothing else added
    assert attrs["title"] == '"><img src=x onerror=alert(1)>'  # the attribute holds it as text
    assert "onmouseover" not in {k for _, a in c.tags for k in a}
    assert "<img" not in out and "<script>" not in out


def test_overlapping_spans_are_split_into_segments():
    text = "abcdefghij"
    hs = [Highlight(0, 6, "hl-quote", "quote"), Highlight(3, 9, "hl-loaded", "loaded")]
    c = parse(render_article_html(text, None, hs))
    assert [(m[1], m[0]["class"], m[0]["title"]) for m in c.marks] == [
        ("abc", "hl-quote", "quote"),
        ("def", "hl-quote hl-loaded hl-overlap", "quote | loaded"),
        ("ghi", "hl-loaded", "loaded"),
    ]
    assert "".join(c.text) == text


def test_nested_span_keeps_outer_classes():
    text = "the riot police fired"
    hs = [Highlight(2, 4, "hl-entity", "inner"), Highlight(0, 21, "hl-quote", "outer")]
    c = parse(render_article_html(text, None, hs))
    pieces = [(m[1], m[0]["class"]) for m in c.marks]
    assert pieces == [("th", "hl-quote"), ("e ", "hl-quote hl-entity hl-overlap"), ("riot police fired", "hl-quote")]


def test_spans_at_both_ends_and_out_of_range_are_clipped():
    text = "start middle end"
    hs = [Highlight(-5, 5, "hl-1"), Highlight(13, 99, "hl-2"), Highlight(7, 7, "hl-3"), Highlight(9, 4, "hl-4")]
    c = parse(render_article_html(text, None, hs))
    assert [m[1] for m in c.marks] == ["start", "end"]
    assert "".join(c.text) == text


def test_span_across_paragraphs_is_marked_in_each():
    a = Article.create(title="Title here", body="First paragraph.\n\nSecond paragraph.")
    start = a.text.index("paragraph.")
    end = a.text.index("Second") + len("Second")
    c = parse(render_article_html(a.text, a.paragraphs, [Highlight(start, end, "hl-quote", "q")]))
    assert [m[1] for m in c.marks] == ["paragraph.", "Second"]
    assert len(c.paragraphs) == 3


def test_headline_can_be_left_out_and_paragraphs_limited():
    a = Article.create(title="The headline", body="P1.\n\nP2.\n\nP3.")
    c = parse(render_article_html(a.text, a.paragraphs, include_headline=False, max_paragraphs=2))
    assert c.paragraphs[:2] == ["P1.", "P2."]
    assert "1 more paragraph" in c.paragraphs[2]
    assert "The headline" not in "".join(c.text)


def test_line_breaks_inside_a_paragraph_become_br():
    text = "line one\nline two"
    out = render_article_html(text, [(0, len(text), "body")])
    assert "line one<br>line two" in out


def test_valid_colour_is_applied():
    out = render_article_html("word", None, [Highlight(0, 4, "", "t", color="#AABBCC")])
    (attrs, _), = parse(out).marks
    assert attrs["style"] == "background:#AABBCC"


def test_snippet_and_legend_escape():
    text = "x <i>y</i> z"
    snip = render_snippet_html(text, 2, 10, [Highlight(2, 5, "hl-1")])
    assert "<i>" not in snip and "&lt;i&gt;" in snip
    leg = legend_html([LegendItem("hl-quote", "<quote>", "words & deeds"), LegendItem("bad\"class", "x", color="#123")])
    c = parse(leg)
    assert "<quote>" in "".join(c.text) and "words & deeds" in "".join(c.text)
    assert "<quote>" not in leg
    swatches = [a for t, a in c.tags if t == "span" and "fr-swatch" in (a.get("class") or "")]
    assert swatches[0]["class"] == "fr-swatch hl-quote"
    assert swatches[1]["class"] == "fr-swatch" and swatches[1]["style"] == "background:#123"


def test_escape_is_html_escape():
    # the renderer escapes exactly like html.escape (quotes too, in attributes)
    out = render_article_html("a&b", None, [Highlight(0, 3, "hl-1", title="it's \"x\"")])
    assert html.escape("it's \"x\"", quote=True) in out
