"""Policy frames (the 15 dimensions of the Media Frames Corpus codebook) from cue lexicons.

The cues live in ``framing/data/frames/cues.toml`` (written for this project; families with
comments). Matching is on spaCy lemmas or lower-cased token text, longest cue first, no
overlaps. A frame *counts* in a paragraph when at least :data:`MIN_DISTINCT_CUES` distinct
cues of it occur there; an article's frame score is the number of distinct cues summed over
the paragraphs where the frame counts, and its primary frame is the frame counting in the
most paragraphs (ties: higher score, then earlier first appearance). When no frame counts
anywhere the primary frame is ``other`` (codebook frame 15). Every cue hit is kept with its
character span as evidence.

Boydstun, Card, Gross, Resnik & Smith (2014), "Tracking the development of media frames
within and across policy issues" — the frame names and descriptions only.
"""

from __future__ import annotations

import bisect
import functools
import pathlib
import tomllib
from dataclasses import dataclass, field
from typing import Sequence

from .model import Paragraph
from .loaded_terms.token_table import token_table
from .parse import ParsedArticle

CUES_PATH = pathlib.Path(__file__).resolve().parent / "data" / "frames" / "cues.toml"
MIN_DISTINCT_CUES = 2
OTHER = "other"
OTHER_LABEL = "Other"

#: codebook order
FRAME_ORDER = (
    "economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy",
    "crime", "security", "health_safety", "quality_of_life", "cultural_identity",
    "public_opinion", "political", "external_regulation", OTHER,
)


class FrameLexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    text: str
    frame: str
    family: str


@dataclass(frozen=True)
class FrameLexicon:
    labels: dict[str, str]
    descriptions: dict[str, str]
    by_first: dict[str, tuple[Cue, ...]]   # first word -> cues, longest first
    size: int


def _cue_words(cue: str) -> tuple[str, ...]:
    """Split a cue the way spaCy's English tokenizer splits text (hyphens, apostrophes)."""
    from .nlp import load_pipeline

    return tuple(t.lower_ for t in load_pipeline().tokenizer(cue) if not t.is_space)


def parse_lexicon(data: dict, source: str = "frame cues") -> FrameLexicon:
    labels: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    by_first: dict[str, list[Cue]] = {}
    owner: dict[str, str] = {}
    n = 0
    for frame, entry in data.items():
        if frame not in FRAME_ORDER:
            raise FrameLexiconError(f"{source}: unknown frame {frame!r}; use one of {', '.join(FRAME_ORDER)}")
        labels[frame] = entry.get("label", frame)
        descriptions[frame] = entry.get("description", "")
        for family in entry.get("families", []):
            comment = family.get("comment", "")
            for text in family.get("cues", []):
                key = " ".join(text.lower().split())
                if key in owner and owner[key] != frame:
                    raise FrameLexiconError(f"{source}: cue {text!r} is listed under both {owner[key]} and {frame}")
                owner[key] = frame
                words = _cue_words(key)
                if not words:
                    continue
                by_first.setdefault(words[0], []).append(Cue(words, key, frame, comment))
                n += 1
    labels.setdefault(OTHER, OTHER_LABEL)
    descriptions.setdefault(OTHER, "No frame has enough cues.")
    frozen = {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()}
    return FrameLexicon(labels, descriptions, frozen, n)


def _read_lexicon(path: str | None) -> tuple[dict, str]:
    p = pathlib.Path(path) if path else CUES_PATH
    try:
        return tomllib.loads(p.read_text(encoding="utf-8")), str(p)
    except OSError as exc:
        raise FrameLexiconError(f"frame cue file {p} could not be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FrameLexiconError(f"frame cue file {p} is not valid TOML: {exc}") from exc


@functools.lru_cache(maxsize=2)
def load_lexicon(path: str | None = None) -> FrameLexicon:
    data, source = _read_lexicon(path)
    return parse_lexicon(data, source)


@functools.lru_cache(maxsize=2)
def load_labels(path: str | None = None) -> dict[str, str]:
    """Frame id -> label, as :func:`load_lexicon` gives them, read without splitting the cues
    (which needs the spaCy tokenizer): charts and tables that only name frames stay light."""
    data, _ = _read_lexicon(path)
    labels = {frame: entry.get("label", frame) for frame, entry in data.items() if frame in FRAME_ORDER}
    labels.setdefault(OTHER, OTHER_LABEL)
    return labels


@dataclass
class CueHit:
    start: int
    end: int
    text: str          # the words in the article
    cue: str           # the lexicon entry
    frame: str
    family: str        # the family comment: why the cue signals the frame
    paragraph: int
    counted: bool = False   # True when the frame counts in this paragraph


@dataclass
class ParagraphFrames:
    paragraph: int
    start: int
    end: int
    frames: dict[str, list[str]] = field(default_factory=dict)   # counting frame -> its distinct cues


@dataclass
class FrameScore:
    frame: str
    label: str
    paragraphs: int          # paragraphs where the frame counts
    score: int               # distinct cues summed over those paragraphs
    share: float             # score / all frames' scores
    hits: int                # every cue hit of the frame, counted or not
    cues: list[str] = field(default_factory=list)   # distinct cues in counting paragraphs


@dataclass
class Frames:
    primary: str
    primary_label: str
    secondary: str | None
    scores: list[FrameScore] = field(default_factory=list)       # frames that count, best first
    paragraphs: list[ParagraphFrames] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    method: str = f"cue lexicon (lemmas), a frame counts in a paragraph with >= {MIN_DISTINCT_CUES} distinct cues"


def find_cues(parsed: ParsedArticle, lexicon: FrameLexicon | None = None) -> list[CueHit]:
    lex = lexicon or load_lexicon()
    doc = parsed.doc
    text = parsed.text
    paragraphs = parsed.article.paragraphs
    starts = [p.start for p in paragraphs]
    table = token_table(doc)  # lower-cased forms and lemmas, without a spaCy Token per token
    lemma = table.lemma
    lower = table.lower
    n = len(doc)
    hits: list[CueHit] = []
    i = 0
    by_first = lex.by_first
    while i < n:
        cands = by_first.get(lower[i], ()) + (by_first.get(lemma[i], ()) if lemma[i] != lower[i] else ())
        best: Cue | None = None
        for cue in cands:
            L = len(cue.words)
            if best is not None and L <= len(best.words):
                continue
            if i + L > n:
                continue
            if all(cue.words[k] in (lower[i + k], lemma[i + k]) for k in range(1, L)):
                # a multi-word cue must not run across a paragraph break
                if L == 1 or "\n" not in text[doc[i].idx:doc[i + L - 1].idx]:
                    best = cue
        if best is None:
            i += 1
            continue
        L = len(best.words)
        a, b = doc[i].idx, doc[i + L - 1].idx + len(doc[i + L - 1].text)
        para = max(0, bisect.bisect_right(starts, a) - 1)
        hits.append(CueHit(a, b, text[a:b], best.text, best.frame, best.family, para))
        i += L
    return hits


def score_frames(parsed: ParsedArticle, lexicon: FrameLexicon | None = None) -> Frames:
    lex = lexicon or load_lexicon()
    return frames_of_cues(find_cues(parsed, lex), parsed.article.paragraphs, lex)


def frames_of_cues(hits: list[CueHit], paragraphs: Sequence[Paragraph], lexicon: FrameLexicon | None = None) -> Frames:
    """The frames of an article from its cue hits (``paragraph``: an index into ``paragraphs``)."""
    lex = lexicon or load_lexicon()
    per_para: dict[int, dict[str, set[str]]] = {}
    for h in hits:
        per_para.setdefault(h.paragraph, {}).setdefault(h.frame, set()).add(h.cue)
    para_out: list[ParagraphFrames] = []
    counting: dict[int, set[str]] = {}
    for k, frames in sorted(per_para.items()):
        ok = {f: sorted(c) for f, c in frames.items() if len(c) >= MIN_DISTINCT_CUES}
        counting[k] = set(ok)
        if ok:
            p = paragraphs[k]
            para_out.append(ParagraphFrames(k, p.start, p.end, ok))
    first_seen: dict[str, int] = {}
    for h in hits:
        h.counted = h.frame in counting.get(h.paragraph, ())
        if h.counted:
            first_seen.setdefault(h.frame, h.start)
    n_paras: dict[str, int] = {}
    score: dict[str, int] = {}
    cues: dict[str, set[str]] = {}
    for pf in para_out:
        for f, c in pf.frames.items():
            n_paras[f] = n_paras.get(f, 0) + 1
            score[f] = score.get(f, 0) + len(c)
            cues.setdefault(f, set()).update(c)
    total = sum(score.values())
    all_hits: dict[str, int] = {}
    for h in hits:
        all_hits[h.frame] = all_hits.get(h.frame, 0) + 1
    scores = [
        FrameScore(f, lex.labels.get(f, f), n_paras[f], score[f], round(score[f] / total, 4) if total else 0.0,
                   all_hits.get(f, 0), sorted(cues[f]))
        for f in n_paras
    ]
    scores.sort(key=lambda s: (-s.paragraphs, -s.score, first_seen.get(s.frame, 0)))
    primary = scores[0].frame if scores else OTHER
    secondary = scores[1].frame if len(scores) > 1 else None
    return Frames(primary, lex.labels.get(primary, primary), secondary, scores, para_out, hits)
