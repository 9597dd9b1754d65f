"""Parse articles once with the shared pipeline; analysers read the result.

:class:`ParsedArticle` pairs an :class:`~framing.model.Article` with its spaCy ``Doc``
(over ``article.text``, so token offsets are article offsets) and the sentence spans.
A text over :data:`CHUNK_CHARS` is analysed from :func:`parse_pieces`: one paragraph-aligned
piece parsed at a time, each a :class:`ParsedArticle` of its own with its place in the article
(see ``docs/limits.md``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc, Span as SpacySpan

from .model import HEADLINE, Article, Paragraph
from .nlp import load_pipeline
from .pieces import PieceOffsets
from .quotes import QuoteSpan, find_quotes


@dataclass(frozen=True)
class Sentence:
    """A sentence span; ``paragraph`` is the index into ``article.paragraphs``."""

    index: int
    start: int
    end: int
    paragraph: int
    in_headline: bool = False


@dataclass
class ParsedArticle:
    article: Article
    doc: Doc
    sentences: list[Sentence]
    #: body sentences of the article before this text (a piece of a long article: see
    #: :func:`parse_pieces`); the lede is the article's first three body sentences
    body_sentences_before: int = 0

    @property
    def text(self) -> str:
        return self.article.text

    @functools.cached_property
    def quotes(self) -> list[QuoteSpan]:
        """The article's quotation spans (:func:`framing.quotes.find_quotes`), found once and read by
        attribution, loaded terms and tone alike."""
        return find_quotes(self.text, list(self.article.paragraphs))

    def spacy_sentence(self, index: int) -> SpacySpan:
        s = self.sentences[index]
        span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
        assert span is not None  # "expand" always finds the tokens covering a sentence's characters
        return span

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def position(self, offset: int) -> str:
        """Where an offset sits: ``headline``, ``lede`` (first three body sentences) or ``body``."""
        s = self.sentence_at(offset)
        if s is None:
            return "body"
        if s.in_headline:
            return "headline"
        first_body = next((x.index for x in self.sentences if not x.in_headline), 0)
        return "lede" if s.index - first_body + self.body_sentences_before < 3 else "body"


def _sentences(article: Article, doc: Doc) -> list[Sentence]:
    paragraphs = article.paragraphs
    out: list[Sentence] = []
    p = 0
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        while p < len(paragraphs) - 1 and start >= paragraphs[p].end:
            p += 1
        in_headline = bool(paragraphs) and paragraphs[p].kind == HEADLINE
        out.append(Sentence(len(out), start, end, p, in_headline))
    return out


#: texts longer than this are parsed in pieces cut at paragraph breaks (spaCy refuses
#: texts over ``nlp.max_length`` and its memory grows with the text's length)
CHUNK_CHARS = 100_000


def split_for_parsing(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Cuts fall after a paragraph break where there is one, else after a line break, a
    sentence end or a space, so that no word is cut.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            i = window.rfind(sep)
            if i > limit // 4:
                cut = i + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _parse_long(nlp: Any, text: str, limit: int = CHUNK_CHARS) -> Doc:
    # one piece at a time: a batch of pieces is one batch of arrays (memory of the whole text)
    docs = list(nlp.pipe(split_for_parsing(text, limit), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunked parse must keep every character offset"
    return doc


def parse_articles(articles: Iterable[Article], batch_size: int = 16,
                   piece_chars: int = CHUNK_CHARS) -> Iterator[ParsedArticle]:
    """Parse articles in a batch (``nlp.pipe``); yields in input order.

    Long articles (over ``piece_chars``) are parsed piecewise and joined, with the
    same character offsets as the text: the joined ``Doc`` grows with the text (about 20 MB
    per 100,000 characters); :func:`parse_pieces` keeps one piece at a time instead.
    """
    articles = list(articles)
    nlp = load_pipeline()
    short = [a for a in articles if len(a.text) <= piece_chars]
    short_docs = iter(nlp.pipe((a.text for a in short), batch_size=batch_size))
    for article in articles:
        doc = next(short_docs) if len(article.text) <= piece_chars else _parse_long(nlp, article.text, piece_chars)
        yield ParsedArticle(article, doc, _sentences(article, doc))


def parse_article(article: Article, piece_chars: int = CHUNK_CHARS) -> ParsedArticle:
    return next(parse_articles([article], piece_chars=piece_chars))


@dataclass
class ParsedPiece:
    """One piece of a long article, parsed alone: ``parsed`` reads like an article whose text
    is the piece (offsets from 0), ``offsets`` says where it sits in the whole article."""

    parsed: ParsedArticle
    offsets: PieceOffsets


def _piece_article(article: Article, start: int, end: int) -> tuple[Article, int]:
    """``article`` cut to ``text[start:end]`` (paragraphs clipped and re-based), and the index
    of its first paragraph in ``article.paragraphs``; only the first piece keeps the headline."""
    paragraphs: list[Paragraph] = []
    first = -1
    for i, p in enumerate(article.paragraphs):
        if p.end <= start or p.start >= end:
            continue
        if first < 0:
            first = i
        paragraphs.append(Paragraph(max(p.start, start) - start, min(p.end, end) - start, p.kind))
    piece = replace(article, title=article.title if start == 0 else "", text=article.text[start:end],
                    paragraphs=paragraphs, metadata=dict(article.metadata))
    return piece, max(first, 0)


def parse_pieces(article: Article, limit: int = CHUNK_CHARS) -> Iterator[ParsedPiece]:
    """The article cut at paragraph breaks into pieces of at most ``limit`` characters
    (:func:`split_for_parsing`), each parsed only when the previous one has been used: one
    piece's ``Doc`` is alive at a time, so memory follows the piece, not the article."""
    nlp = load_pipeline()
    start = sentences = body_sentences = 0
    for text in split_for_parsing(article.text, limit):
        piece, first_paragraph = _piece_article(article, start, start + len(text))
        doc = nlp(text)
        parsed = ParsedArticle(piece, doc, _sentences(piece, doc), body_sentences)
        yield ParsedPiece(parsed, PieceOffsets(start, sentences, first_paragraph))
        sentences += len(parsed.sentences)
        body_sentences += sum(1 for s in parsed.sentences if not s.in_headline)
        start += len(text)
        del doc, parsed
