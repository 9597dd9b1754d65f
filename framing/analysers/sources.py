"""Per-article source summary: who gets a voice, how much, where, and how they are introduced.

Reads the ``attributions`` result (depends_on). JSON key ``sources`` (see
``docs/analysers/attributions.md``): share of voice by speaker and by speaker type
(in attributions and in content words; quoted words apart), the anonymous share, the
reporting-verb stance distribution, and where each voice appears (headline, lede = the
first three body sentences, body).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..attribution import SPEAKER_TYPES, STANCES, Attribution
from ..model import Article
from ..parse import ParsedArticle
from .base import BaseAnalyser

POSITIONS = ("headline", "lede", "body")
KINDS = ("direct", "indirect", "according_to")


@dataclass
class SpeakerShare:
    """One voice of the article (all attributions with the same ``speaker_id``)."""

    speaker: str
    speaker_id: str
    speaker_type: str
    anonymous: bool
    role: str
    attributions: int
    content_words: int
    quoted_words: int
    share_attributions: float
    share_words: float
    first_position: str
    positions: dict[str, int] = field(default_factory=dict)
    stances: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class TypeShare:
    speaker_type: str
    speakers: int
    attributions: int
    content_words: int
    quoted_words: int
    share_attributions: float
    share_words: float
    share_quoted_words: float


@dataclass
class Sources:
    attributions: int
    speakers_count: int
    content_words: int
    quoted_words: int
    kinds: dict[str, int]
    anonymous_attributions: int
    anonymous_share: float
    stance_counts: dict[str, int]
    stance_shares: dict[str, float]
    by_type: list[TypeShare]
    speakers: list[SpeakerShare]
    #: position -> speaker_type -> attributions
    positions: dict[str, dict[str, int]]
    headline_speakers: list[str]
    lede_speakers: list[str]


def _share(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def summarise(attributions: list[Attribution]) -> Sources:
    """The per-article summary of a list of attributions (pure)."""
    n = len(attributions)
    words = sum(a.content_words for a in attributions)
    quoted = sum(a.quoted_words for a in attributions)
    groups: dict[str, list[Attribution]] = defaultdict(list)
    for a in attributions:
        groups[a.speaker_id].append(a)
    speakers: list[SpeakerShare] = []
    for sid, items in groups.items():
        first = items[0]
        full = max((x.speaker for x in items), key=len)
        w = sum(x.content_words for x in items)
        pos = Counter(x.position for x in items)
        speakers.append(SpeakerShare(
            speaker=full, speaker_id=sid, speaker_type=first.speaker_type,
            anonymous=any(x.anonymous for x in items), role=next((x.role for x in items if x.role), ""),
            attributions=len(items), content_words=w, quoted_words=sum(x.quoted_words for x in items),
            share_attributions=_share(len(items), n), share_words=_share(w, words),
            first_position=min((x.position for x in items), key=POSITIONS.index),
            positions={p: pos.get(p, 0) for p in POSITIONS},
            stances=dict(Counter(x.verb_stance for x in items)),
            kinds=dict(Counter(x.kind for x in items)),
        ))
    speakers.sort(key=lambda s: (-s.content_words, -s.attributions, s.speaker))
    by_type: list[TypeShare] = []
    for t in SPEAKER_TYPES:
        items = [a for a in attributions if a.speaker_type == t]
        w = sum(a.content_words for a in items)
        q = sum(a.quoted_words for a in items)
        by_type.append(TypeShare(t, len({a.speaker_id for a in items}), len(items), w, q,
                                 _share(len(items), n), _share(w, words), _share(q, quoted)))
    stances = Counter(a.verb_stance for a in attributions)
    anon = sum(1 for a in attributions if a.anonymous)
    positions = {p: {t: 0 for t in SPEAKER_TYPES} for p in POSITIONS}
    for a in attributions:
        positions.setdefault(a.position, {t: 0 for t in SPEAKER_TYPES})[a.speaker_type] += 1

    def names(p: str) -> list[str]:
        out: list[str] = []
        for a in attributions:
            if a.position == p and a.speaker not in out:
                out.append(a.speaker)
        return out

    return Sources(
        attributions=n, speakers_count=len(groups), content_words=words, quoted_words=quoted,
        kinds={k: sum(1 for a in attributions if a.kind == k) for k in KINDS},
        anonymous_attributions=anon, anonymous_share=_share(anon, n),
        stance_counts={s: stances.get(s, 0) for s in STANCES},
        stance_shares={s: _share(stances.get(s, 0), n) for s in STANCES},
        by_type=by_type, speakers=speakers, positions=positions,
        headline_speakers=names("headline"), lede_speakers=names("lede"),
    )


class SourcesAnalyser(BaseAnalyser):
    name = "sources"
    version = "7"  # 7: speaker types of attributions 14; 6: speaker types of attributions 12; 5: speaker types of attributions 7; 4: speakers and types of attributions 5; 3: speaker types of attributions 4; 2: `by_type` has the type `unknown`; summary_row has every type's share
    depends_on = ("attributions",)
    result_type = Sources

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Sources:
        return summarise(list(prior["attributions"]))

    def merge(self, parts: Sequence[Sources], prior: Mapping[str, Any], article: Article) -> Sources:
        """The summary of the article's joined attributions (shares are not added up)."""
        return summarise(list(prior["attributions"]))

    @staticmethod
    def summary_row(result: Sources) -> dict[str, Any]:
        """Columns for ``--format csv|table``: counts and shares of voice (by content words)."""
        row: dict[str, Any] = {"attributions": result.attributions, "speakers": result.speakers_count}
        for t in result.by_type:
            row[f"{t.speaker_type}_share"] = t.share_words
        row["anonymous_share"] = result.anonymous_share
        row["direct_share"] = _share(result.kinds.get("direct", 0), result.attributions)
        row["distancing_share"] = result.stance_shares.get("distancing", 0.0)
        return row


ANALYSER = SourcesAnalyser()
