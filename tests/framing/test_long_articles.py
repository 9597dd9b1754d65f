"""Long articles: the position indexes answer like a full scan, and a long article made of one
block repeated gets the block's findings once per copy (no time is measured here: see
``benchmarks/bench_long_article.py`` for speed)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from framing.analysers import default_analysers
from framing.analysis import analyse_articles
from framing.intervals import SpanIndex
from framing.attribution.index import AttributionIndex
from framing.attribution.quote_kinds import QuoteInfo
from framing.loaded_terms.voice import voice_of
from framing.quotes import QuotationIndex
from framing.model import Article

BLOCK = "\n\n".join((
    'The minister said the protesters were rioters and the police responded with force. '
    '"We will not allow thugs to destroy our cities," Interior Minister Arman Sadykov told reporters.',
    'Opposition leader Dana Kairat called the crackdown a brutal massacre of peaceful demonstrators. '
    'According to a spokesperson for the group, at least 40 people were detained overnight.',
    'A senior official, speaking on condition of anonymity, admitted that security forces had opened fire. '
    '"The situation is under control," the official said, adding that the regime would not back down.',
    'Human rights groups condemned the arrests as a shameful assault on free speech. '
    '"These are ordinary citizens, not terrorists," said Aigerim Nurlanova of the Rights Watch Foundation.',
    'Prices doubled in January. The government\'s "reforms" had done little for residents.',
))
SEP = "\n\n"


def _article(copies: int) -> Article:
    return Article.create(title="Protests spread", body=SEP.join([BLOCK] * copies), outlet="Test Wire", source="test")


def _relative(items: list, step: int, offset: int, key) -> list[list]:
    """Each item's key with its start made relative to its copy of the block, grouped by copy."""
    groups: dict[int, list] = {}
    for it in items:
        k, rel = divmod(it.start - offset, step) if hasattr(it, "start") else divmod(it.content_start - offset, step)
        groups.setdefault(k, []).append((rel, *key(it)))
    return [sorted(groups[k]) for k in sorted(groups)]


@pytest.fixture(scope="module")
def long_and_short():
    copies = 100_000 // len(BLOCK) + 1
    long_a, short_a = _article(copies), _article(1)
    long_r, short_r = analyse_articles([long_a, short_a])
    return copies, long_r, short_r


def test_a_100k_article_analyses_with_every_analyser(long_and_short) -> None:
    copies, long_r, _ = long_and_short
    assert len(long_r.article.text) > 100_000
    assert set(long_r.results) == {a.name for a in default_analysers()}


def test_attributions_and_loaded_terms_repeat_with_each_copy(long_and_short) -> None:
    copies, long_r, short_r = long_and_short
    step = len(BLOCK) + len(SEP)
    offset = short_r.article.text.index(BLOCK)
    attr_key = lambda a: (a.content_end - a.content_start, a.kind, a.verb, a.speaker)  # noqa: E731
    term_key = lambda t: (t.end - t.start, t.category, t.voice, t.speaker)  # noqa: E731
    single_attr = _relative(short_r.results["attributions"], step, offset, attr_key)
    single_terms = _relative(short_r.results["loaded_terms"], step, offset, term_key)
    assert single_attr and len(single_attr[0]) >= 5
    assert single_terms and any(t.voice == "scare_quote" for t in short_r.results["loaded_terms"])
    many_attr = _relative(long_r.results["attributions"], step, offset, attr_key)
    many_terms = _relative(long_r.results["loaded_terms"], step, offset, term_key)
    assert len(many_attr) == copies and len(many_terms) == copies
    assert all(group == single_attr[0] for group in many_attr)
    assert all(group == single_terms[0] for group in many_terms)
    assert len(long_r.results["attributions"]) == copies * len(short_r.results["attributions"])
    assert len(long_r.results["loaded_terms"]) == copies * len(short_r.results["loaded_terms"])


def test_span_index_candidates_equal_a_full_scan() -> None:
    rng = random.Random(7)
    spans = []
    for _ in range(500):
        a = rng.randrange(0, 20_000)
        spans.append((a, a + rng.choice((0, 1, 5, 40, 300, 2000))))
    index = SpanIndex((a, b, n) for n, (a, b) in enumerate(spans))
    for _ in range(500):
        lo = rng.randrange(-10, 22_000)
        hi = lo + rng.choice((0, 3, 100, 700))
        found = list(index.candidates(lo, hi))
        assert found == sorted(set(found))  # insertion order, once each
        assert {n for n, (a, b) in enumerate(spans) if a <= hi and lo <= b} <= set(found)


@dataclass
class Spoken:
    """The fields of an attribution that the position lookups read."""

    content_start: int
    content_end: int
    content_parts: list[list[int]]
    cue_start: int
    cue_end: int
    kind: str
    speaker: str | None
    speaker_id: str


def test_attribution_and_quote_lookups_equal_a_full_scan() -> None:
    rng = random.Random(11)
    attributions = []
    for n in range(300):
        a = rng.randrange(0, 30_000)
        parts = [[a, a + 50], [a + 80, a + 200]] if n % 5 == 0 else []
        attributions.append(Spoken(content_start=a, content_end=a + rng.choice((10, 120, 900)), content_parts=parts,
                                   cue_start=a - 20, cue_end=a - 12, kind=rng.choice(("direct", "indirect")),
                                   speaker=f"S{n}" if n % 3 else None, speaker_id=f"s{n}"))
    quotes = [QuoteInfo(a, a + 30, a + 1, a + 29, rng.choice(("speech", "scare", "title")), "r")
              for a in sorted(rng.randrange(0, 30_000) for _ in range(200))]
    index, qindex = AttributionIndex(attributions), QuotationIndex(quotes)
    from framing.attribution import content_spans

    def covering_scan(start: int, end: int) -> list:
        out = [a for a in attributions if any(cs - 2 <= start and end <= ce + 2 for cs, ce in content_spans(a))]
        return sorted(out, key=lambda a: sum(ce - cs for cs, ce in content_spans(a)))

    for _ in range(400):
        s = rng.randrange(0, 31_000)
        e = s + rng.choice((1, 6, 25))
        assert index.covering(s, e) == covering_scan(s, e)
        assert list(qindex.containing(s, e)) == [q for q in quotes if q.inner_start <= s and e <= q.inner_end]
        assert index.with_cue_in(s, e + 200) == [a for a in attributions if s <= a.cue_start < e + 200]
        assert voice_of(None, s, e, index, qindex) == voice_of(None, s, e, attributions, quotes)
