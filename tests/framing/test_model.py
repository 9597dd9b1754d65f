"""The article model: text layout (headline, blank line, body), paragraphs and the stable id."""

from __future__ import annotations

from framing.model import Article


def test_article_layout_and_stable_id():
    a = Article.create(title="  Big  news ", body="First para.\r\n\r\nSecond para line one.\nline two.", outlet="X")
    assert a.text == "Big news\n\nFirst para.\n\nSecond para line one.\nline two."
    assert a.headline.slice(a.text) == "Big news"
    kinds = [(p.kind, a.text[p.start:p.end]) for p in a.paragraphs]
    assert kinds == [("headline", "Big news"), ("body", "First para."), ("body", "Second para line one.\nline two.")]
    b = Article.create(title="Big news", body="First   para.\n\nSecond para line one. line two.", outlet="Y")
    assert a.id == b.id  # whitespace and outlet do not change the id
    c = Article.create(title="Big news", body="Another text.", outlet="X")
    assert c.id != a.id


def test_outlet_initials() -> None:
    from framing.model import outlet_initials

    assert outlet_initials("Global Press Wire") == "GPW"
    assert outlet_initials("The Harbour Post") == "HP"
    assert outlet_initials("Blitz") == ""
