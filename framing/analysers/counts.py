"""Basic counts of the body (the headline is counted apart): words, sentences, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..parse import ParsedArticle
from ..syntax import is_word
from .base import BaseAnalyser


@dataclass
class SentenceSpan:
    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass
class ParagraphSpan:
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
        words = [t for t in parsed.doc if is_word(t)]
        body_words = sum(1 for t in words if t.idx >= body_start)
        return Counts(
            word_count=body_words,
            sentence_count=sum(1 for s in parsed.sentences if not s.in_headline),
            paragraph_count=sum(1 for p in parsed.article.paragraphs if p.kind != "headline"),
            headline_word_count=len(words) - body_words,
            sentences=[SentenceSpan(s.index, s.start, s.end, s.paragraph, text[s.start:s.end]) for s in parsed.sentences],
            paragraphs=[ParagraphSpan(i, p.start, p.end, p.kind) for i, p in enumerate(parsed.article.paragraphs)],
        )


ANALYSER = CountsAnalyser()
