"""Shared pieces of the comparison: evidence spans, sentence lookup, merging names across outlets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from ..analysers.counts import Counts
from ..analysis import ArticleAnalysis, result_of


@dataclass
class Evidence:
    """Words behind a comparison item: ``text[start:end]`` of one article, and its sentence."""

    article_id: str
    outlet: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str


def outlet_order(analyses: Sequence[ArticleAnalysis]) -> list[str]:
    return list(dict.fromkeys(a.article.outlet for a in analyses))


class Sentences:
    """Sentence spans of one article: from the counts analyser, or a plain split as fallback."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        text = analysis.article.text
        counts = result_of(analysis, "counts", Counts)
        spans: list[tuple[int, int]] = [(s.start, s.end) for s in counts.sentences] if counts is not None else []
        if not spans:
            for m in re.finditer(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|$)", text):
                if m.group().strip():
                    lead = len(m.group()) - len(m.group().lstrip())
                    spans.append((m.start() + lead, m.end()))
        self.text = text
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index_at(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        return max(0, i)

    def span(self, index: int) -> tuple[int, int]:
        if 0 <= index < len(self.spans):
            return self.spans[index]
        return (0, len(self.text))


def top_ends(analysis: ArticleAnalysis) -> tuple[int, int]:
    """End offsets of the article's headline (0 when it has none) and of its lede, the first
    body paragraph: where an outlet puts what it leads with."""
    paras = analysis.article.paragraphs
    head = paras[0].end if paras and paras[0].kind == "headline" else 0
    body = [p for p in paras if p.kind != "headline"]
    return head, (body[0].end if body else head)


def make_evidence(analysis: ArticleAnalysis, sentences: Sentences, start: int, end: int,
                  sentence: int | None = None) -> Evidence:
    idx = sentences.index_at(start) if sentence is None or sentence < 0 else sentence
    s0, s1 = sentences.span(idx)
    if not (s0 <= start < s1 + 1):
        s0, s1 = sentences.span(sentences.index_at(start))
    text = analysis.article.text
    return Evidence(analysis.article.id, analysis.article.outlet, start, end, text[start:end],
                    s0, s1, text[s0:s1])


_NAME_STOP = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "der", "al"}


def merge_names(norms: Sequence[str]) -> dict[str, str]:
    """Map each normalised name to the key of the entity it names (merging across outlets).

    * a name whose words end a longer name maps to it when that is unambiguous
      ("tokayev" -> "kassym jomart tokayev", but "smith" stays when both "john smith" and
      "jane smith" occur);
    * an acronym maps to the name whose initials it spells ("csto" ->
      "collective security treaty organization").
    """
    uniq = sorted(set(n for n in norms if n), key=lambda n: (-len(n.split()), n))
    canon: dict[str, str] = {n: n for n in uniq}
    words = {n: n.split() for n in uniq}
    for n in uniq:
        w = words[n]
        longer = [m for m in uniq if len(words[m]) > len(w) and words[m][-len(w):] == w]
        if len(w) == 1 and len(w[0]) <= 6 and w[0].isalpha():
            acro = [m for m in uniq if len(words[m]) > 1
                    and "".join(x[0] for x in words[m] if x not in _NAME_STOP) == w[0]]
            longer = longer or acro
        targets = {canon[m] for m in longer}
        if len(targets) == 1:
            canon[n] = targets.pop()
    # follow chains
    for n in uniq:
        seen = {n}
        while canon[canon[n]] != canon[n] and canon[n] not in seen:
            seen.add(canon[n])
            canon[n] = canon[canon[n]]
    return canon
