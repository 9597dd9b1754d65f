"""The shared parse: long texts parsed in pieces with the same character offsets."""

from __future__ import annotations

from framing.model import Article


def test_long_article_is_parsed_in_pieces_with_the_same_offsets():
    from framing.parse import CHUNK_CHARS, parse_article, split_for_parsing

    para = "The minister said the protesters were rioters. Police responded with force. " * 40
    body = "\n\n".join([para] * (2 * CHUNK_CHARS // len(para) + 3))
    assert len(body) > 2 * CHUNK_CHARS
    pieces = split_for_parsing(body)
    assert "".join(pieces) == body and len(pieces) >= 3 and all(len(p) <= CHUNK_CHARS for p in pieces)
    a = Article.create(title="A long report", body=body, outlet="X")
    p = parse_article(a)
    assert p.doc.text == a.text
    last = p.sentences[-1]
    assert a.text[last.start:last.end] == "Police responded with force."
    assert all(not s.in_headline for s in p.sentences[1:])


def test_split_for_parsing_without_breaks_never_cuts_inside_a_word():
    from framing.parse import split_for_parsing

    text = "word " * 1000
    pieces = split_for_parsing(text, limit=333)
    assert "".join(pieces) == text and all(p.endswith(" ") for p in pieces[:-1])
