"""The shared parse: long texts parsed in pieces with the same character offsets."""

from __future__ import annotations

from framing.model import Article


def test_long_article_is_parsed_in_pieces_with_the_same_offsets():
    from framing.parse import parse_article, split_for_parsing

    piece = 4_000  # the default piece is 100,000 characters; the mechanism is the same at any size
    para = "The minister said the protesters were rioters. Police responded with force. " * 10
    body = "\n\n".join([para] * (2 * piece // len(para) + 3))
    assert len(body) > 2 * piece
    pieces = split_for_parsing(body, piece)
    assert "".join(pieces) == body and len(pieces) >= 3 and all(len(p) <= piece for p in pieces)
    a = Article.create(title="A long report", body=body, outlet="X")
    p = parse_article(a, piece_chars=piece)
    assert p.doc.text == a.text
    last = p.sentences[-1]
    assert a.text[last.start:last.end] == "Police responded with force."
    assert all(not s.in_headline for s in p.sentences[1:])


def test_split_for_parsing_without_breaks_never_cuts_inside_a_word():
    from framing.parse import split_for_parsing

    text = "word " * 1000
    pieces = split_for_parsing(text, limit=333)
    assert "".join(pieces) == text and all(p.endswith(" ") for p in pieces[:-1])
