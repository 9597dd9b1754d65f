"""Target-aware features for the tone of a sentence toward one mention in it.

Everything here is plain Python over a regex tokenisation of the sentence (no parse): the
same code runs at training time (``training/train_target_tone.py``) and at run time, so the
features cannot drift apart. Feature names are strings; values are floats. Families:

* ``L:`` / ``R:`` words left / right of the target; ``n:`` words within 3 tokens of it;
  ``d:`` every word weighted by closeness (1 / (1 + (distance - 1) / 3));
* ``c:`` words of the clause holding the target (split at , ; : dashes, brackets and
  contrast/relative conjunctions); ``pw:`` / ``nw:`` the words right before / after it;
  ``b:`` bigrams within 6 tokens of the target;
* ``lex_*`` VADER lexicon valences (negation-flipped) summed per region (all, left, right,
  near, clause, distance-weighted) and ``vader_*`` VADER compound of the sentence, of the
  clause and of the ±6-token window; ``pos_*`` target position, pronoun target, quotes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
CLAUSE_BREAK_WORDS = frozenset(
    "but while although though whereas however because which who whom whose yet despite".split()
)
CLAUSE_BREAK_PUNCT = frozenset(",;:—–()[]")
QUOTE_CHARS = frozenset('"“”')
PRONOUNS = frozenset("he she they him her them his hers their theirs it its we us our i me my you your".split())
NEGATORS = frozenset(w.replace("'", "") for w in NEGATE) | frozenset(NEGATE) | {"n't", "no", "not", "never", "without"}
NEAR = 3
WINDOW = 6
BIGRAM_WINDOW = 6


@functools.lru_cache(maxsize=1)
def vader_analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyser of the process (its lexicon ships in the package; read-only)."""
    return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=4096)
def vader_compound(text: str) -> float:
    """VADER's compound score of a short text (a sentence or part of one)."""
    if not text.strip():
        return 0.0
    return float(vader_analyzer().polarity_scores(text)["compound"])


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@functools.lru_cache(maxsize=2048)
def tokenize(sentence: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(sentence))


@dataclass(frozen=True)
class SentenceInfo:
    """What is computed once per sentence and shared by all its targets."""

    sentence: str
    tokens: tuple[Token, ...]
    valence: tuple[float, ...]   # VADER lexicon valence / 4 per token, negation flipped
    clause_id: tuple[int, ...]   # clause index per token
    in_quote: tuple[bool, ...]   # token between quotation marks
    compound: float


def _valences(tokens: Sequence[Token]) -> tuple[float, ...]:
    lexicon = vader_analyzer().lexicon
    out: list[float] = []
    for i, t in enumerate(tokens):
        v = lexicon.get(t.lower, 0.0) / 4.0
        if v:
            back = tokens[max(0, i - 3):i]
            if any(b.lower in NEGATORS for b in back):
                v = -0.74 * v  # VADER's own negation scalar
        out.append(v)
    return tuple(out)


def _clauses(tokens: Sequence[Token]) -> tuple[int, ...]:
    cid, out = 0, []
    for t in tokens:
        if t.text in CLAUSE_BREAK_PUNCT or t.lower in CLAUSE_BREAK_WORDS:
            cid += 1
        out.append(cid)
    return tuple(out)


def _quotes(tokens: Sequence[Token]) -> tuple[bool, ...]:
    inside, out = False, []
    for t in tokens:
        if t.text in QUOTE_CHARS:
            if t.text == "“":
                inside = True
            elif t.text == "”":
                inside = False
            else:
                inside = not inside
            out.append(False)
            continue
        out.append(inside)
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def sentence_info(sentence: str, compound: float | None = None) -> SentenceInfo:
    tokens = tokenize(sentence)
    return SentenceInfo(
        sentence=sentence,
        tokens=tokens,
        valence=_valences(tokens),
        clause_id=_clauses(tokens),
        in_quote=_quotes(tokens),
        compound=vader_compound(sentence) if compound is None else compound,
    )


def target_token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Token indices [ts, te) overlapping the character span; an empty span gets the token at it."""
    idx = [i for i, t in enumerate(tokens) if t.end > start and t.start < end]
    if idx:
        return idx[0], idx[-1] + 1
    after = [i for i, t in enumerate(tokens) if t.start >= start]
    i = after[0] if after else max(len(tokens) - 1, 0)
    return i, i + 1


def _bin(value: float, name: str) -> str:
    if value <= -0.5:
        return f"{name}=strong_neg"
    if value < -0.05:
        return f"{name}=neg"
    if value <= 0.05:
        return f"{name}=neutral"
    if value < 0.5:
        return f"{name}=pos"
    return f"{name}=strong_pos"


def target_features(info: SentenceInfo, start: int, end: int) -> dict[str, float]:
    """Features of the tone of ``info.sentence`` toward the mention at ``start:end``."""
    toks = info.tokens
    n = len(toks)
    f: dict[str, float] = {}
    if n == 0:
        f["empty"] = 1.0
        return f
    ts, te = target_token_range(toks, start, end)
    tclause = info.clause_id[min(ts, n - 1)]
    lex = {"all": 0.0, "L": 0.0, "R": 0.0, "near": 0.0, "win": 0.0, "clause": 0.0, "w": 0.0,
           "quoted": 0.0, "unquoted": 0.0}
    npos = nneg = 0
    win_lo, win_hi = max(0, ts - WINDOW), min(n, te + WINDOW)
    words_near: list[tuple[int, str]] = []
    for i, t in enumerate(toks):
        if ts <= i < te:
            continue
        side = "L" if i < ts else "R"
        d = ts - i if i < ts else i - te + 1
        w = t.lower
        weight = 1.0 / (1.0 + (d - 1) / 3.0)
        v = info.valence[i]
        if v:
            lex["all"] += v
            lex[side] += v
            lex["w"] += v * weight
            lex["quoted" if info.in_quote[i] else "unquoted"] += v
            if d <= NEAR:
                lex["near"] += v
            if win_lo <= i < win_hi:
                lex["win"] += v
            if info.clause_id[i] == tclause:
                lex["clause"] += v
            if v > 0:
                npos += 1
            else:
                nneg += 1
        if not t.is_word:
            if w in ("“", "”", '"') and d <= 2:
                f[f"q{side}"] = 1.0
            continue
        f[f"{side}:{w}"] = 1.0
        f["d:" + w] = max(f.get("d:" + w, 0.0), weight)
        if d <= NEAR:
            f["n:" + w] = 1.0
        if info.clause_id[i] == tclause:
            f["c:" + w] = 1.0
        if win_lo - 1 <= i <= win_hi:
            words_near.append((i, w))
    for (i, a), (j, b) in zip(words_near, words_near[1:]):
        if j == i + 1:
            f[f"b:{a}_{b}"] = 1.0
    prev_w = toks[ts - 1].lower if ts > 0 else "<s>"
    next_w = toks[te].lower if te < n else "</s>"
    f["pw:" + prev_w] = 1.0
    f["nw:" + next_w] = 1.0
    if te + 1 < n:
        f[f"nw2:{next_w}_{toks[te + 1].lower}"] = 1.0
    for k, v in lex.items():
        if v:
            f["lex_" + k] = v
    f["lex_npos"] = min(npos, 5) / 5.0
    f["lex_nneg"] = min(nneg, 5) / 5.0
    clause_text = " ".join(t.text for i, t in enumerate(toks) if info.clause_id[i] == tclause)
    window_text = " ".join(t.text for t in toks[win_lo:win_hi])
    c_sent, c_clause, c_win = info.compound, vader_compound(clause_text), vader_compound(window_text)
    f["vader_sent"] = c_sent
    f["vader_clause"] = c_clause
    f["vader_win"] = c_win
    f[_bin(c_sent, "vs")] = 1.0
    f[_bin(c_clause, "vc")] = 1.0
    f[_bin(c_win, "vw")] = 1.0
    f["pos_rel"] = ts / max(n - 1, 1)
    if ts == 0 or (ts == 1 and toks[0].lower == "the"):
        f["pos_first"] = 1.0
    if te >= n - 1:
        f["pos_last"] = 1.0
    if te - ts == 1 and toks[ts].lower in PRONOUNS:
        f["pos_pronoun"] = 1.0
    if info.in_quote[ts]:
        f["pos_in_quote"] = 1.0
    if any(info.in_quote):
        f["has_quote"] = 1.0
    f["len_log"] = min(n, 80) / 80.0
    return f


def features_for(
    sentence: str, start: int, end: int, compound: float | None = None, tokens=None, offset: int = 0
) -> Features:
    """All features; ``tokens``/``offset``: the sentence's spaCy tokens and their doc offset."""
    f = target_features(sentence_info(sentence, compound), start, end)
    dense: dict[str, np.ndarray] = {}
    if tokens is not None:
        inside = _inside(tokens, offset, start, end)
        if inside:
            f.update(dep_features(tokens, offset, start, end, inside))
            dense = tensor_features(tokens, inside)
    return Features(f, dense)


def evidence_words(info: SentenceInfo, start: int, end: int, k: int = 3) -> list[tuple[int, int, float]]:
    """Lexicon words closest in weight to the target: (start, end, weighted valence), strongest first."""
    ts, te = target_token_range(info.tokens, start, end)
    out = []
    for i, t in enumerate(info.tokens):
        v = info.valence[i]
        if not v or ts <= i < te:
            continue
        d = ts - i if i < ts else i - te + 1
        out.append((t.start, t.end, v / (1.0 + (d - 1) / 3.0)))
    out.sort(key=lambda x: -abs(x[2]))
    return out[:k]


# --- dependency features (optional: used when a spaCy parse of the sentence is at hand) ---

AGENT_DEPS = frozenset({"nsubj", "csubj"})
PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "dative", "oprd"})


def _token_valence(tok) -> float:
    lexicon = vader_analyzer().lexicon
    v = lexicon.get(tok.lower_, lexicon.get(tok.lemma_.lower(), 0.0)) / 4.0
    if v and any(c.dep_ == "neg" for c in tok.children):
        v = -0.74 * v
    return v


def _inside(tokens, offset: int, start: int, end: int) -> list:
    """The spaCy tokens overlapping the mention (``tokens``: a Doc or a Span of one)."""
    doc = getattr(tokens, "doc", tokens)
    span = doc.char_span(start + offset, end + offset, alignment_mode="expand")
    if span is None:
        a, b = start + offset, end + offset
        return [t for t in tokens if t.idx < b and t.idx + len(t.text) > a]
    return list(span)


def dep_features(tokens, offset: int, start: int, end: int, inside: list | None = None) -> dict[str, float]:
    """Syntactic features of the mention at sentence offsets ``start:end``.

    ``tokens`` are the spaCy tokens of the sentence (a ``Span`` or ``Doc``); ``offset`` is
    the character offset of the sentence in the tokens' document. Families: ``dep:`` the
    mention's relation, ``head:``/``dh:`` its head lemma (with the relation), ``anc:`` lemmas
    on the path to the root, ``role_*`` lexicon valence of the governing verb when the mention
    is its agent or patient, ``lex_sub`` valence inside the mention's own phrase (its
    modifiers), ``lex_head`` valence of the head's phrase outside the mention's phrase.
    """
    f: dict[str, float] = {}
    if inside is None:
        inside = _inside(tokens, offset, start, end)
    if not inside:
        return f
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])
    dep = root.dep_
    head = root.head
    if dep == "pobj" and head.dep_ == "agent":  # "attacked by X": X is the agent
        dep, head = "agent", head.head
    elif dep == "pobj" and head.head is not head:
        dep = f"pobj_{head.lower_}"
        head = head.head
    elif dep in ("poss", "compound", "amod", "appos", "conj") and head.head is not head:
        dep = f"{dep}>{head.dep_}"
    f["dep:" + dep] = 1.0
    if head.i != root.i:
        f["head:" + head.lemma_.lower()] = 1.0
        f[f"dh:{dep}_{head.lemma_.lower()}"] = 1.0
        hv = _token_valence(head)
        if hv:
            role = "agent" if dep in AGENT_DEPS or dep == "agent" else "patient" if dep in PATIENT_DEPS else "other"
            f["role_" + role] = hv
            f["role_any"] = hv
    anc = head
    for k in range(4):
        if anc.head.i == anc.i:
            break
        anc = anc.head
        f["anc:" + anc.lemma_.lower()] = 1.0 / (k + 1)
    sub = {t.i for t in root.subtree}
    lex_sub = sum(_token_valence(t) for t in root.subtree if t.i not in ids)
    if lex_sub:
        f["lex_sub"] = lex_sub
    if head.i != root.i:
        lex_head = sum(_token_valence(t) for t in head.subtree if t.i not in sub)
        if lex_head:
            f["lex_head"] = lex_head
    for t in root.children:
        if t.i not in ids and t.dep_ in ("amod", "appos", "acl", "relcl"):
            f["mod:" + t.lemma_.lower()] = 1.0
    return f


DENSE_BLOCKS = ("tv", "wv")


def tensor_features(tokens, inside) -> dict[str, np.ndarray]:
    """The pipeline's contextual token vectors (``doc.tensor``), averaged over the mention
    (``tv``) and over the 3 tokens either side of it (``wv``), scaled by 1/2."""
    doc = inside[0].doc
    tensor = getattr(doc, "tensor", None)
    if tensor is None or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return {}
    lo, hi = inside[0].i, inside[-1].i + 1
    s_lo, s_hi = tokens[0].i, tokens[-1].i + 1
    out = {"tv": tensor[lo:hi].mean(axis=0) * 0.5}
    window_idx = [i for i in range(max(s_lo, lo - 3), min(s_hi, hi + 3)) if not lo <= i < hi]
    if window_idx:
        out["wv"] = tensor[window_idx].mean(axis=0) * 0.5
    return out


@dataclass
class Features:
    """Sparse named features and dense blocks (named ``<block><j>`` when expanded)."""

    sparse: dict[str, float]
    dense: dict[str, np.ndarray]

    def as_dict(self) -> dict[str, float]:
        d = dict(self.sparse)
        for block, vec in self.dense.items():
            d.update({f"{block}{j}": float(x) for j, x in enumerate(vec)})
        return d
