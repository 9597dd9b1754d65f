"""Basic counts of the body (the headline is counted apart): words, sentences, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Mapping, Sequence

from ..model import HEADLINE, Article
from ..parse import ParsedArticle
from ..loaded_terms.token_table import token_table
from .base import BaseAnalyser


@dataclass
class SentenceSpan:
    SPAN_INDEX: ClassVar[str] = "sentence"

    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass
class ParagraphSpan:
    SPAN_INDEX: ClassVar[str] = "paragraph"

    index: int
    start: int
    end: int
    kind: str


@dataclass
class Counts:
    word_count: int
    sentence_count: int
    paragraph_count: int
    headline_word_count: int
    sentences: list[SentenceSpan] = field(default_factory=list)
    paragraphs: list[ParagraphSpan] = field(default_factory=list)


class CountsAnalyser(BaseAnalyser):
    name = "counts"
    version = "1"
    result_type = Counts
    flatten = True

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Counts:
        text = parsed.text
        body_start = parsed.article.body_start
        table = token_table(parsed.doc)  # the words by index, without a spaCy Token per token
        words = [s for s, w in zip(table.idx, table.is_word) if w]
        body_words = sum(1 for s in words if s >= body_start)
        return Counts(
            word_count=body_words,
            sentence_count=sum(1 for s in parsed.sentences if not s.in_headline),
            paragraph_count=_body_paragraphs(parsed.article),
            headline_word_count=len(words) - body_words,
            sentences=[SentenceSpan(s.index, s.start, s.end, s.paragraph, text[s.start:s.end]) for s in parsed.sentences],
            paragraphs=_paragraph_spans(parsed.article),
        )

    def merge(self, parts: Sequence[Counts], prior: Mapping[str, Any], article: Article) -> Counts:
        """Word and sentence counts add up; paragraphs are the article's."""
        return Counts(
            word_count=sum(p.word_count for p in parts),
            sentence_count=sum(p.sentence_count for p in parts),
            paragraph_count=_body_paragraphs(article),
            headline_word_count=sum(p.headline_word_count for p in parts),
            sentences=[s for p in parts for s in p.sentences],
            paragraphs=_paragraph_spans(article),
        )


def _body_paragraphs(article: Article) -> int:
    return sum(1 for p in article.paragraphs if p.kind != HEADLINE)


def _paragraph_spans(article: Article) -> list[ParagraphSpan]:
    return [ParagraphSpan(i, p.start, p.end, p.kind) for i, p in enumerate(article.paragraphs)]


ANALYSER = CountsAnalyser()
