"""dashboard.text.md_escape (user text made literal in Streamlit Markdown) and the side-by-side
card's colour check."""

from __future__ import annotations

import re

import pytest

from dashboard.text import md_escape

EVIL = "![x](http://tracker.invalid/px.png) $x$ :red[r]"


def _unescaped(s: str, seq: str) -> bool:
    """Whether ``seq`` occurs in ``s`` with no backslash before any of its punctuation."""
    pattern = "".join(re.escape(c) if c.isalnum() or c.isspace() else r"(?<!\\)" + re.escape(c) for c in seq)
    return re.search(pattern, s) is not None


@pytest.mark.parametrize("seq", ["![", "](http", "[x]", "$x$", ":red[", "**", "`", "<b>", "{"])
def test_markup_becomes_literal(seq: str) -> None:
    text = f"{EVIL} **b** `c` <b>hi</b> {{x}}"
    assert _unescaped(text, seq), "the raw text holds the markup"
    assert not _unescaped(md_escape(text), seq)


def test_every_special_character_is_escaped_once() -> None:
    for c in "\\*_[]()!#$:|<>~`{}":
        assert md_escape(f"a{c}b") == f"a\\{c}b", c
    assert md_escape("Steppe | Courier") == "Steppe \\| Courier"


def test_plain_text_and_unicode_pass_through() -> None:
    assert md_escape("Daily Courier — Ärzte warnen") == "Daily Courier — Ärzte warnen"
    assert md_escape("") == ""


def test_line_breaks_cannot_start_a_new_block() -> None:
    out = md_escape("Headline\n\n# Heading\r\n- item")
    assert "\n" not in out and "\r" not in out
    assert "\\#" in out and "\\-" in out


def test_side_by_side_header_accepts_only_hex_colours() -> None:
    from dashboard.views.side_by_side import header_html, safe_colour
    from framing.charts.theme import PALETTE
    from framing.model import Article

    assert safe_colour("#0072b2") == "#0072b2"
    for bad in ("red", "#fff", "#0072B2;background:url(http://x.invalid/p.png)", "#0072B2\n", "", None):
        assert safe_colour(bad) == PALETTE[0], bad
    a = Article.create(title="T", body="Body text.", outlet="O", source="t")
    card = header_html(a, None, 'red;background-image:url("http://tracker.invalid/p.png")')
    assert "tracker" not in card and f"border-left:4px solid {PALETTE[0]};" in card
    assert "border-left:4px solid #123abc;" in header_html(a, None, "#123abc")


#: what GFM turns into links by itself (autolink literals), in the text after escapes resolve
AUTOLINK = re.compile(r"(?i)https?://|www\.|[\w.+-]@[\w-]+\.")


def resolved(markdown: str) -> str:
    """The text CommonMark shows for escaped Markdown (each ``\\x`` becomes ``x``)."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("text", ["http://outlet.invalid/x", "HTTPS://outlet.invalid", "www.outlet.invalid",
                                  "WWW.Outlet.invalid", "desk@outlet.invalid", "mailto:desk@outlet.invalid",
                                  "Read https://a.invalid or www.b.invalid, mail c@d.invalid"])
def test_web_and_mail_addresses_cannot_become_autolinks(text: str) -> None:
    assert AUTOLINK.search(resolved(text)), "the raw text would be autolinked"
    out = md_escape(text)
    assert not AUTOLINK.search(resolved(out))
    assert resolved(out).replace("\u2060", "") == text  # shown as written (the joiner is invisible)
