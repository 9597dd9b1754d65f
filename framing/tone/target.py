"""Tone toward one mention: target-aware features, the shipped linear model, the API.

:func:`target_tone` gives the tone of a sentence toward the mention at ``start:end``. It
returns a :class:`TargetTone`, a ``str`` equal to the label (``"negative"``, ``"neutral"``,
``"positive"``) that also carries ``score`` (P(positive) - P(negative)), ``probabilities`` and
``evidence``; :func:`target_tones` scores several mentions of one sentence at once.

Features. Most are plain Python over the regex tokenisation of the sentence
(:func:`framing.tone.sentences.tokenize`): the same code runs at training time
(``training/train_target_tone.py``) and at run time, so the features cannot drift apart.
Feature names are strings; values are floats. Families:

* ``L:`` / ``R:`` words left / right of the target; ``n:`` words within 3 tokens of it;
  ``d:`` every word weighted by closeness (1 / (1 + (distance - 1) / 3));
* ``c:`` words of the clause holding the target (split at , ; : dashes, brackets and
  contrast/relative conjunctions); ``pw:`` / ``nw:`` the words right before / after it;
  ``b:`` bigrams within 6 tokens of the target;
* ``lex_*`` VADER lexicon valences (negation-flipped) summed per region (all, left, right,
  near, clause, distance-weighted) and ``vader_*`` VADER compound of the sentence, of the
  clause and of the ±6-token window; ``pos_*`` target position, pronoun target, quotes.

When a spaCy parse of the sentence is at hand, dependency features (:func:`dep_features`)
and the pipeline's contextual token vectors (:func:`tensor_features`) are added.

Model. A multinomial logistic regression trained on NewsMTSC (Hamborg & Donnay, EACL 2021;
MIT licence), shipped as ``framing/data/models/target_tone.json.gz`` (a gzipped JSON of
linear coefficients) and rebuilt by
``python training/train_target_tone.py --data PATH/TO/newsmtsc/train.jsonl``. Loading reads
plain JSON — no pickle, nothing downloaded — once per process (``functools.lru_cache``);
scoring is a sparse dot product over the features.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import gzip
import json
import math
import pathlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from ..nlp import load_pipeline
from .directed import NOTHING, STANCE_LOGIT, Directed, DirectedRules, directed, directed_rules
from .sentences import Token, lexicon_valences, tokenize, vader_analyzer, vader_compound

CLAUSE_BREAK_WORDS = frozenset(
    "but while although though whereas however because which who whom whose yet despite".split()
)
CLAUSE_BREAK_PUNCT = frozenset(",;:—–()[]")
QUOTE_CHARS = frozenset('"“”')
PRONOUNS = frozenset("he she they him her them his hers their theirs it its we us our i me my you your".split())
NEAR = 3
WINDOW = 6


# --- features over the regex tokens ----------------------------------------------------


@dataclass(frozen=True)
class SentenceInfo:
    """What is computed once per sentence and shared by all its targets."""

    sentence: str
    tokens: tuple[Token, ...]
    valence: tuple[float, ...]   # VADER lexicon valence / 4 per token, negation flipped
    clause_id: tuple[int, ...]   # clause index per token
    in_quote: tuple[bool, ...]   # token between quotation marks
    compound: float
    clause_text: tuple[str, ...]  # the words of each clause joined by spaces, by clause index
    #: per token its feature names ("L:w", "R:w", "d:w", "n:w", "c:w"), None for punctuation
    names: tuple[tuple[str, str, str, str, str] | None, ...]
    #: tokens left out (words about something else than the mention: :mod:`.directed`)
    masked: frozenset[int] = frozenset()

    @functools.cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @functools.cached_property
    def token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """:func:`target_token_range` of the sentence's tokens, by bisection: the regex tokens
        are non-empty and in order, so their starts and their ends both ascend."""
        starts = self.token_starts
        lo = bisect.bisect_right(self.token_ends, start)   # the first token ending after start
        hi = bisect.bisect_left(starts, end)               # one past the last starting before end
        if lo < hi:
            return lo, hi
        i = bisect.bisect_left(starts, start)              # the first token starting at start or later
        if i == len(starts):
            i = max(len(starts) - 1, 0)
        return i, i + 1


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
    clause_id = _clauses(tokens)
    clause_words: list[list[str]] = [[] for _ in range(clause_id[-1] + 1 if clause_id else 0)]
    for t, c in zip(tokens, clause_id):
        clause_words[c].append(t.text)
    return SentenceInfo(
        sentence=sentence,
        tokens=tokens,
        valence=lexicon_valences(tokens),
        clause_id=clause_id,
        in_quote=_quotes(tokens),
        compound=vader_compound(sentence) if compound is None else compound,
        clause_text=tuple(" ".join(words) for words in clause_words),
        names=tuple((f"L:{t.lower}", f"R:{t.lower}", "d:" + t.lower, "n:" + t.lower, "c:" + t.lower)
                    if t.is_word else None for t in tokens),
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


#: the closeness weight 1 / (1 + (d - 1) / 3) of a word at distance d from the target, for d < _WEIGHTS
_WEIGHTS = 128
_WEIGHT = [0.0] + [1.0 / (1.0 + (d - 1) / 3.0) for d in range(1, _WEIGHTS)]


def target_features(info: SentenceInfo, start: int, end: int) -> dict[str, float]:
    """Features of the tone of ``info.sentence`` toward the mention at ``start:end``."""
    toks = info.tokens
    n = len(toks)
    f: dict[str, float] = {}
    if n == 0:
        f["empty"] = 1.0
        return f
    ts, te = info.token_range(start, end)
    tclause = info.clause_id[min(ts, n - 1)]
    lex = {"all": 0.0, "L": 0.0, "R": 0.0, "near": 0.0, "win": 0.0, "clause": 0.0, "w": 0.0,
           "quoted": 0.0, "unquoted": 0.0}
    npos = nneg = 0
    win_lo, win_hi = max(0, ts - WINDOW), min(n, te + WINDOW)
    words_near: list[tuple[int, str]] = []
    valence, clause_id, names, in_quote = info.valence, info.clause_id, info.names, info.in_quote
    for i in range(n):
        if ts <= i < te:
            continue
        left = i < ts
        d = ts - i if left else i - te + 1
        weight = _WEIGHT[d] if d < _WEIGHTS else 1.0 / (1.0 + (d - 1) / 3.0)
        v = valence[i]
        in_clause = clause_id[i] == tclause
        if v:
            lex["all"] += v
            lex["L" if left else "R"] += v
            lex["w"] += v * weight
            lex["quoted" if in_quote[i] else "unquoted"] += v
            if d <= NEAR:
                lex["near"] += v
            if win_lo <= i < win_hi:
                lex["win"] += v
            if in_clause:
                lex["clause"] += v
            if v > 0:
                npos += 1
            else:
                nneg += 1
        nm = names[i]
        if nm is None:
            if d <= 2 and toks[i].lower in ("“", "”", '"'):
                f["qL" if left else "qR"] = 1.0
            continue
        f[nm[0] if left else nm[1]] = 1.0
        dn = nm[2]
        old_d = f.get(dn)
        f[dn] = weight if old_d is None or weight > old_d else old_d
        if d <= NEAR:
            f[nm[3]] = 1.0
        if in_clause:
            f[nm[4]] = 1.0
        if win_lo - 1 <= i <= win_hi:
            words_near.append((i, toks[i].lower))
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
    clause_text = info.clause_text[tclause]
    if info.masked:
        window_text = " ".join(t.text for k, t in enumerate(toks[win_lo:win_hi], win_lo) if k not in info.masked)
    else:
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
    sentence: str, start: int, end: int, compound: float | None = None, tokens: Doc | Span | None = None,
    offset: int = 0, valences: TokenValences | None = None,
) -> Features:
    """All features; ``tokens``/``offset``: the sentence's spaCy tokens and their doc offset;
    ``valences``: :func:`token_valences` of their document when already computed."""
    return _mention_features(sentence_info(sentence, compound), start, end, tokens, offset, valences, None)[0]


def masked_info(info: SentenceInfo, spans: Sequence[tuple[int, int]]) -> SentenceInfo:
    """``info`` with the tokens overlapping ``spans`` (sentence offsets) left out: no valence, no
    word features, not in the clause texts, and the sentence's compound without them."""
    if not spans:
        return info
    starts = info.token_starts
    hit: set[int] = set()
    for a, b in spans:  # the tokens starting before b and ending after a
        k = max(bisect.bisect_right(starts, a) - 1, 0)
        while k < len(starts) and starts[k] < b:
            if info.tokens[k].end > a:
                hit.add(k)
            k += 1
    masked = frozenset(hit)
    if not masked:
        return info
    clause_words: list[list[str]] = [[] for _ in info.clause_text]
    for k, (t, c) in enumerate(zip(info.tokens, info.clause_id)):
        if k not in masked:
            clause_words[c].append(t.text)
    cut, last = [], 0
    for a, b in sorted(spans):
        cut.append(info.sentence[last:a])
        last = max(last, b)
    cut.append(info.sentence[last:])
    return dataclasses.replace(
        info,
        valence=tuple(0.0 if k in masked else v for k, v in enumerate(info.valence)),
        names=tuple(None if k in masked else nm for k, nm in enumerate(info.names)),
        clause_text=tuple(" ".join(words) for words in clause_words),
        compound=vader_compound("".join(cut)),
        masked=masked,
    )


def _mention_root(inside: list[SpacyToken], ids: set[int] | frozenset[int]) -> SpacyToken:
    """The token of the mention governing the others (its head is outside the mention)."""
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])


def _mention_features(
    info: SentenceInfo, start: int, end: int, tokens: Doc | Span | None, offset: int,
    valences: TokenValences | None, rules: DirectedRules | None, known: dict[int, Any] | None = None,
) -> tuple[Features, Directed, SentenceInfo]:
    """The features of one mention and, with ``rules``, what :mod:`.directed` found for it (its
    masked words are left out of the features: the sentence as read is returned too)."""
    found = NOTHING
    inside: list[SpacyToken] = []
    if tokens is not None:
        inside = _inside(tokens, offset, start, end)
    if inside and rules is not None and tokens is not None:
        if valences is None:
            valences = token_valences(inside[0].doc)
        ids = {t.i for t in inside}
        found = directed(_mention_root(inside, ids), ids, valences.nonzero, tokens[0].i, tokens[-1].i + 1, rules,
                         valences.negated, known)
        if found.masked:
            doc = inside[0].doc
            info = masked_info(info, [(doc[j].idx - offset, doc[j].idx - offset + len(doc[j])) for j, _ in found.masked])
    f = target_features(info, start, end)
    dense: dict[str, np.ndarray] = {}
    if inside and tokens is not None:
        f.update(dep_features(tokens, offset, start, end, inside, valences, frozenset(j for j, _ in found.masked)))
        dense = tensor_features(tokens, inside)
    return Features(f, dense), found, info


def evidence_words(info: SentenceInfo, start: int, end: int, k: int = 3) -> list[tuple[int, int, float]]:
    """Lexicon words closest in weight to the target: (start, end, weighted valence), strongest first."""
    ts, te = info.token_range(start, end)
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


#: strings of the shared vocabulary by hash (and lowered), filled as words are met; hashes are
#: of the strings themselves, the same in every spaCy vocabulary
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_STRING_CACHE_MAX = 200_000


def vocab_string(strings: StringStore, h: int) -> str:
    """The string of hash ``h`` (cached)."""
    s = _STRINGS.get(h)
    if s is None:
        if len(_STRINGS) > _STRING_CACHE_MAX:
            _STRINGS.clear()
        s = _STRINGS[h] = strings[h]
    return s


def vocab_lowered(strings: StringStore, h: int) -> str:
    """The lower-cased string of hash ``h`` (cached)."""
    s = _LOWERED.get(h)
    if s is None:
        if len(_LOWERED) > _STRING_CACHE_MAX:
            _LOWERED.clear()
        s = _LOWERED[h] = strings[h].lower()
    return s


@dataclass(frozen=True)
class TokenValences:
    """VADER lexicon valence / 4 of each token of a document (its word, else its lemma), flipped
    (× -0.74) when the token has a ``neg`` dependent; ``nonzero``: the indices with a valence."""

    values: tuple[float, ...]
    nonzero: tuple[int, ...]
    negated: frozenset[int] = frozenset()   # tokens with a ``neg`` dependent


#: VADER lexicon value of a word (by its hash; None: not in the lexicon) and of a lemma lowered
_LEXICON_BY_WORD: dict[int, float | None] = {}
_LEXICON_BY_LEMMA: dict[int, float] = {}


def token_valences(doc: Doc) -> TokenValences:
    """The valences of every token of ``doc``, from its token arrays (no Token objects made)."""
    n = len(doc)
    if not n:
        return TokenValences((), ())
    lexicon = vader_analyzer().lexicon
    strings = doc.vocab.strings
    lower_h, lemma_h, dep_h = doc.to_array([LOWER, LEMMA, DEP]).T.tolist()
    heads = doc.to_array(HEAD).astype(np.int64).tolist()  # relative offsets
    neg = strings["neg"]
    negated = {i + heads[i] for i in range(n) if dep_h[i] == neg and heads[i]}
    values: list[float] = []
    nonzero: list[int] = []
    by_word, by_lemma = _LEXICON_BY_WORD, _LEXICON_BY_LEMMA
    if len(by_word) > _STRING_CACHE_MAX or len(by_lemma) > _STRING_CACHE_MAX:
        by_word.clear()
        by_lemma.clear()
    for i in range(n):
        h = lower_h[i]
        if h in by_word:
            w = by_word[h]
        else:
            w = by_word[h] = lexicon.get(vocab_string(strings, h))
        if w is None:
            h = lemma_h[i]
            w = by_lemma.get(h)
            if w is None:
                w = by_lemma[h] = lexicon.get(vocab_lowered(strings, h), 0.0)
        v = w / 4.0
        if v:
            if i in negated:
                v = -0.74 * v
            nonzero.append(i)
        values.append(v)
    return TokenValences(tuple(values), tuple(nonzero), frozenset(negated))


def _subtree_valence(valences: TokenValences, top: SpacyToken, leave_out: Callable[[int], bool]) -> float:
    """Sum of the valences in ``top``'s subtree, tokens ``leave_out`` excepted, in the order of
    ``Token.subtree`` (only the tokens with a valence are visited when at most two are summed:
    the order of two additions cannot change a float sum)."""
    nz = valences.nonzero
    lo, hi = top.left_edge.i, top.right_edge.i
    doc = top.doc
    values = valences.values
    picked = [j for j in nz[bisect.bisect_left(nz, lo):bisect.bisect_right(nz, hi)]
              if not leave_out(j) and (j == top.i or top.is_ancestor(doc[j]))]
    if len(picked) > 2:  # a non-projective subtree is not walked in document order
        return sum(values[t.i] for t in top.subtree if not leave_out(t.i))
    total: float = 0
    for j in picked:
        total += values[j]
    return total


def _inside(tokens: Doc | Span, offset: int, start: int, end: int) -> list[SpacyToken]:
    """The spaCy tokens overlapping the mention (``tokens``: a Doc or a Span of one)."""
    doc = getattr(tokens, "doc", tokens)
    span = doc.char_span(start + offset, end + offset, alignment_mode="expand")
    if span is None:
        a, b = start + offset, end + offset
        return [t for t in tokens if t.idx < b and t.idx + len(t.text) > a]
    return list(span)


def dep_features(
    tokens: Doc | Span, offset: int, start: int, end: int, inside: list[SpacyToken] | None = None,
    valences: TokenValences | None = None, masked: frozenset[int] = frozenset(),
) -> dict[str, float]:
    """Syntactic features of the mention at sentence offsets ``start:end``.

    ``tokens`` are the spaCy tokens of the sentence (a ``Span`` or ``Doc``); ``offset`` is
    the character offset of the sentence in the tokens' document. Families: ``dep:`` the
    mention's relation, ``head:``/``dh:`` its head lemma (with the relation), ``anc:`` lemmas
    on the path to the root, ``role_*`` lexicon valence of the governing verb when the mention
    is its agent or patient, ``lex_sub`` valence inside the mention's own phrase (its
    modifiers), ``lex_head`` valence of the head's phrase outside the mention's phrase.
    ``valences``: :func:`token_valences` of the tokens' document when already computed;
    ``masked``: document token indices whose valence is left out (:mod:`.directed`).
    """
    f: dict[str, float] = {}
    if inside is None:
        inside = _inside(tokens, offset, start, end)
    if not inside:
        return f
    if valences is None:
        valences = token_valences(inside[0].doc)
    ids = {t.i for t in inside}
    root = _mention_root(inside, ids)
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
    if head.i != root.i and head.i not in masked:  # a masked head (a construction left out) says nothing
        f["head:" + head.lemma_.lower()] = 1.0
        f[f"dh:{dep}_{head.lemma_.lower()}"] = 1.0
        hv = 0.0 if head.i in masked else valences.values[head.i]
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
    lex_sub = _subtree_valence(valences, root, (lambda j: j in ids or j in masked) if masked else ids.__contains__)
    if lex_sub:
        f["lex_sub"] = lex_sub
    if head.i != root.i:
        doc = root.doc
        lex_head = _subtree_valence(valences, head, lambda j: j in masked or j == root.i or root.is_ancestor(doc[j]))
        if lex_head:
            f["lex_head"] = lex_head
    for t in root.children:
        if t.i not in ids and t.dep_ in ("amod", "appos", "acl", "relcl"):
            f["mod:" + t.lemma_.lower()] = 1.0
    return f


DENSE_BLOCKS = ("tv", "wv")


def tensor_features(tokens: Doc | Span, inside: list[SpacyToken]) -> dict[str, np.ndarray]:
    """The pipeline's contextual token vectors (``doc.tensor``), averaged over the mention
    (``tv``) and over the 3 tokens either side of it (``wv``), scaled by 1/2."""
    doc = inside[0].doc
    tensor = getattr(doc, "tensor", None)
    if tensor is None or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return {}
    lo, hi = inside[0].i, inside[-1].i + 1
    s_lo, s_hi = tokens[0].i, tokens[-1].i + 1
    # a sum over the rows divided by their count: what ndarray.mean computes, without its overhead
    out = {"tv": (tensor[lo:hi].sum(axis=0) / (hi - lo)) * 0.5}
    window_idx = [i for i in range(max(s_lo, lo - 3), min(s_hi, hi + 3)) if not lo <= i < hi]
    if window_idx:
        out["wv"] = (tensor[window_idx].sum(axis=0) / len(window_idx)) * 0.5
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


# --- the shipped linear model ------------------------------------------------------

CLASSES = ("negative", "neutral", "positive")
DEFAULT_MODEL_PATH = pathlib.Path(__file__).resolve().parents[1] / "data" / "models" / "target_tone.json.gz"
FORMAT = "framing.target_tone/1"


class ModelFileError(RuntimeError):
    pass


_DENSE_NAME = re.compile(r"^(%s)(\d+)$" % "|".join(DENSE_BLOCKS))


def _softmax(z: list[float]) -> list[float]:
    m = max(z)
    e = [math.exp(x - m) for x in z]
    s = sum(e)
    return [x / s for x in e]


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]           # sparse features by name
    dense: Mapping[str, np.ndarray]                     # block -> (classes, dim) matrix
    meta: Mapping[str, object]

    def _columns(self) -> dict[str, tuple[float, float, float, float, float, float]]:
        """Per sparse feature its three class weights and, after them, each weight minus the
        mean of the three (what the feature adds to that class over the others); built once."""
        cols: dict[str, tuple[float, float, float, float, float, float]] | None = self.__dict__.get("_cached_columns")
        if cols is None:
            cols = {}
            for name, c in self.weights.items():
                mean = (c[0] + c[1] + c[2]) / 3.0
                cols[name] = (c[0], c[1], c[2], c[0] - mean, c[1] - mean, c[2] - mean)
            object.__setattr__(self, "_cached_columns", cols)
        return cols

    def _logits(self, features: Features, used: list[tuple[str, float, tuple[float, ...]]] | None) -> list[float]:
        z0, z1, z2 = self.intercept
        get = self._columns().get
        for name, value in features.sparse.items():
            col = get(name)
            if col is not None:
                z0 += col[0] * value
                z1 += col[1] * value
                z2 += col[2] * value
                if used is not None:
                    used.append((name, value, col))
        out = [z0, z1, z2]
        for block, vec in features.dense.items():
            m = self.dense.get(block)
            if m is not None and m.shape[1] == len(vec):
                d = m @ vec
                out = [out[0] + float(d[0]), out[1] + float(d[1]), out[2] + float(d[2])]
        return out

    def logits(self, features: Features) -> list[float]:
        return self._logits(features, None)

    def explain(self, features: Features, k: int = 3, bias: Sequence[float] | None = None,
                ) -> tuple[list[float], list[tuple[str, float]]]:
        """Probabilities and the (at most ``k``) sparse features adding most to the predicted
        class (relative to the mean over the classes); only features that add to it (> 0).
        ``bias``: added to the logits (a rule's push toward a class)."""
        used: list[tuple[str, float, tuple[float, ...]]] = []
        z = self._logits(features, used)
        if bias is not None:
            z = [z[0] + bias[0], z[1] + bias[1], z[2] + bias[2]]
        p = _softmax(z)
        c = 3 + max(range(3), key=lambda i: p[i])  # the class's relative weight in each column
        top: list[tuple[str, float]] = []  # best first; an equal value keeps the earlier feature
        floor = 0.0
        for name, v, col in used:
            x = v * col[c]
            if x > floor:
                j = len(top)
                while j and top[j - 1][1] < x:
                    j -= 1
                top.insert(j, (name, x))
                if len(top) > k:
                    top.pop()
                if len(top) == k:
                    floor = top[-1][1]
        return p, top

    def proba(self, features: Features, bias: Sequence[float] | None = None) -> list[float]:
        z = self.logits(features)
        if bias is not None:
            z = [z[0] + bias[0], z[1] + bias[1], z[2] + bias[2]]
        return _softmax(z)


def read_model(path: pathlib.Path | str) -> LinearModel:
    path = pathlib.Path(path)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError as exc:
        raise ModelFileError(
            f"target-tone model {path} is missing; rebuild it with "
            "`python training/train_target_tone.py --data PATH/TO/newsmtsc/train.jsonl`"
        ) from exc
    except (OSError, ValueError) as exc:
        raise ModelFileError(f"target-tone model {path} is not a readable gzipped JSON file: {exc}") from exc
    if data.get("format") != FORMAT or tuple(data.get("classes", ())) != CLASSES:
        raise ModelFileError(f"target-tone model {path} has an unknown format; retrain it")
    weights: dict[str, tuple[float, ...]] = {}
    dense_cols: dict[str, dict[int, list[float]]] = {}
    for name, col in data["weights"].items():
        m = _DENSE_NAME.match(name)
        if m:
            dense_cols.setdefault(m.group(1), {})[int(m.group(2))] = col
        else:
            weights[name] = tuple(float(x) for x in col)
    dense: dict[str, np.ndarray] = {}
    for block, cols in dense_cols.items():
        mat = np.zeros((len(CLASSES), max(cols) + 1), dtype=np.float32)
        for j, col in cols.items():
            mat[:, j] = col
        dense[block] = mat
    return LinearModel(
        classes=tuple(data["classes"]),
        intercept=tuple(float(x) for x in data["intercept"]),
        weights=weights,
        dense=dense,
        meta=dict(data.get("meta", {})),
    )


@functools.lru_cache(maxsize=2)
def load_model(path: str | None = None) -> LinearModel:
    """The model at ``path`` (default: the shipped one), read once per process."""
    return read_model(path or DEFAULT_MODEL_PATH)


# --- parsing stand-alone sentences (tagger, parser, lemmatiser only) -------------------

DISABLED = ("ner",)


def parse_sentences(sentences: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    nlp = load_pipeline()
    disable = [p for p in DISABLED if p in nlp.pipe_names]
    yield from nlp.pipe(sentences, batch_size=batch_size, disable=disable)


@functools.lru_cache(maxsize=256)
def parse_sentence(sentence: str) -> Doc:
    """One sentence's parse, cached (a Doc is not modified by the callers)."""
    return next(parse_sentences([sentence]))


# --- tone toward a target -------------------------------------------------------------


@dataclass(frozen=True)
class TargetEvidence:
    """Why the model leans the way it does: a word (sentence offsets) or a named feature."""

    start: int
    end: int
    text: str
    weight: float
    reason: str


class TargetTone(str):
    """The tone of a sentence toward one mention; equal to its label string.

    Attributes: ``label``, ``score`` (P(positive) - P(negative), in [-1, 1]),
    ``probabilities`` (negative, neutral, positive) and ``evidence`` (lexicon words near the
    mention and the model features that weighed most for the label).
    """

    label: str
    score: float
    probabilities: tuple[float, float, float]
    evidence: tuple[TargetEvidence, ...]

    def __new__(cls, label: str, score: float, probabilities: Sequence[float],
                evidence: Sequence[TargetEvidence] = ()) -> "TargetTone":
        obj = super().__new__(cls, label)
        obj.label = label
        obj.score = score
        obj.probabilities = tuple(probabilities)  # type: ignore[assignment]
        obj.evidence = tuple(evidence)
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # keep attributes through pickling (multiprocessing, caches)
        return (TargetTone, (self.label, self.score, self.probabilities, self.evidence))


def _describe(feature: str) -> str:
    family, _, rest = feature.partition(":")
    names = {
        "s": "sentence word", "L": "word left of the mention", "R": "word right of the mention",
        "n": "word next to the mention", "d": "nearby word", "c": "word in the mention's clause",
        "pw": "word before the mention", "nw": "word after the mention", "b": "bigram near the mention",
        "dep": "mention's syntactic role", "head": "mention's governing word", "dh": "role + governor",
        "anc": "word governing the mention's phrase", "mod": "modifier of the mention",
    }
    if rest:
        return f"{names.get(family, family)} '{rest}'"
    return feature


def target_tones(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    *,
    tokens: Doc | Span | None = None,
    offset: int = 0,
    compound: float | None = None,
    explain: bool = True,
    valences: TokenValences | None = None,
) -> list[TargetTone]:
    """Tone of ``sentence`` toward each mention in ``spans`` (sentence character offsets).

    ``tokens``: the sentence's spaCy tokens when a parse is at hand (with ``offset``, the
    sentence's start in their document); without them the sentence is parsed here (cached).
    ``compound``: the sentence's VADER compound when already computed; ``valences``:
    :func:`token_valences` of the tokens' document (computed here when not given).
    """
    if tokens is None:
        tokens, offset = parse_sentence(sentence), 0
    model = load_model()
    info = sentence_info(sentence, compound)
    out: list[TargetTone] = []
    if valences is None:
        valences = token_valences(tokens.doc if isinstance(tokens, Span) else tokens)
    rules = directed_rules()
    known: dict[int, Any] = {}  # the directed rules' facts of the sentence's tokens, shared by its mentions
    doc = tokens.doc if isinstance(tokens, Span) else tokens
    for start, end in spans:
        if not (0 <= start < end <= len(sentence)):
            raise ValueError(f"mention span {start}:{end} is outside the sentence (length {len(sentence)})")
        feats, found, read = _mention_features(info, start, end, tokens, offset, valences, rules, known)
        bias = None
        if found.stance:
            bias = (0.0, 0.0, STANCE_LOGIT) if found.stance == "support" else (STANCE_LOGIT, 0.0, 0.0)
        if explain:
            p, top = model.explain(feats, bias=bias)
        else:
            p, top = model.proba(feats, bias=bias), []
        k = max(range(3), key=lambda i: p[i])
        evidence: list[TargetEvidence] = []
        if explain:
            if found.stance:
                v = doc[found.stance_token]
                a = v.idx - offset
                evidence.append(TargetEvidence(a, a + len(v), v.text, STANCE_LOGIT if found.stance == "support"
                                               else -STANCE_LOGIT, found.stance_reason))
            for a, b, w in evidence_words(read, start, end):
                evidence.append(TargetEvidence(a, b, sentence[a:b], round(w, 3), "VADER lexicon word near the mention"))
            for j, why in found.masked:
                t = doc[j]
                if not (valences.values[j] or t.dep_ == "neg"):
                    continue  # the construction's other words: left out, not listed
                a = t.idx - offset
                evidence.append(TargetEvidence(a, a + len(t), t.text, 0.0, f"not counted: {why}"))
            for name, w in top:
                if w > 0:
                    evidence.append(TargetEvidence(start, end, name, round(w, 3), f"model feature: {_describe(name)}"))
        out.append(TargetTone(model.classes[k], round(p[2] - p[0], 4), [round(x, 4) for x in p], evidence))
    return out


def target_tone(sentence: str, start: int, end: int) -> TargetTone:
    """Tone of ``sentence`` toward the mention ``sentence[start:end]``."""
    if not isinstance(sentence, str) or not sentence.strip():
        raise ValueError("target_tone needs a non-empty sentence")
    return target_tones(sentence, [(start, end)])[0]
