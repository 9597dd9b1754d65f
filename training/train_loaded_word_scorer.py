#!/usr/bin/env python3
"""Train the loaded-word scorer shipped in ``framing/data/models/loaded_word_scorer.json.gz``.

    python training/train_loaded_word_scorer.py --data ../shared/data/mbic/sentences.jsonl
    python training/train_loaded_word_scorer.py --data PATH --cv-only     # cross-validate only

Data: MBIC (T. Spinde, L. Rudnitckaia, K. Sinha, F. Hamborg, B. Gipp, K. Donnay. "MBIC – A
Media Bias Annotation Dataset Including Annotator Characteristics." iConference 2021; Apache
License 2.0). Each line has a ``sentence``, the ``biased_words`` annotators marked and the
article's ``url``. A word is a positive example when its lower-cased text is one of its
sentence's biased words. The sentences are not copied into the project: only the learned
weights (feature name -> coefficient) are shipped.

Model: L2-regularised logistic regression (scikit-learn, liblinear, fixed settings, so the
output is reproducible byte for byte) over the named features of
:mod:`framing.loaded_terms.word_features`. Lemma features seen in fewer than ``--min-df``
training sentences are dropped, so only lemmas the data says something about carry a weight.

The project's own annotated sentences (``training/data/loaded_sentences.jsonl``: 1,422 sentences
written for this project, 466 in loud registers — US partisan, UK tabloid, state media — and 956
of ordinary coverage — wire, local news, broadsheets, TV web, news analysis; see
``training/data/README.md``) are trained on with MBIC; cross-validated figures are reported on
MBIC's words (the issue's measure) and, apart, on our ordinary coverage, our loud registers and
all words of MBIC and our data pooled.

Cross-validation: 5 folds grouped by article (``url``), the whole analyser applied as at run
time (lexicon matches, then the words whose probability reaches the threshold, literal
vocabulary, names, quantities and feelings left out, and the reader's budget of
:func:`framing.loaded_terms.terms.within_budget` in an article of enough words); word-level
precision, recall and F1 pooled over folds at each threshold. The default threshold shipped is
the best pooled F1 unless ``--threshold`` names another (the project ships 0.30: F1 on MBIC and
our data pooled is within 0.01 of its best there, MBIC's F1 is above 0.45, and below it our
ordinary coverage loses precision much faster than it gains recall; see
docs/analysers/loaded_terms.md). ``--drop-features REGEX`` leaves features out, for
ablations.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import sys
from collections import Counter
from typing import Any

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.loaded_terms.word_features import frequency_band, lemma_key, lemma_prior_features  # noqa: E402
from framing.loaded_terms.literal_uses import literal_use  # noqa: E402
from framing.loaded_terms.word_scorer import DEFAULT_MODEL_PATH, article_word_features  # noqa: E402
from framing.loaded_terms.terms import BUDGET_MIN_WORDS, WORD_BUDGET  # noqa: E402

#: the project's own annotated sentences (training/data/README.md), trained on with MBIC
OWN_DATA = ROOT / "training" / "data" / "loaded_sentences.jsonl"

#: registers of our own data that are ordinary coverage (the others — partisan, tabloid, state
#: media — are loud registers); cross-validated apart
ORDINARY_REGISTERS = frozenset({"wire", "local_news", "us_broadsheet_left", "us_broadsheet_right", "uk_broadsheet",
                                "tv_web", "news_analysis"})

THRESHOLDS = [round(float(x), 2) for x in np.arange(0.10, 0.71, 0.02)]


def load_rows(path: pathlib.Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(f"{path}: no such file; pass MBIC's sentences.jsonl with --data")
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if not rows:
        raise SystemExit(f"{path}: no sentences")
    return rows


def gold_words(row: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for w in row.get("biased_words") or ():
        for part in str(w).lower().split():
            out.add(part.strip(".,;:!?\"'“”‘’()"))
    return out


def featurise(rows: list[dict[str, Any]]):
    """(features, lemma, part of speech, frequency band, label, sentence index, literal use)
    per candidate word of every sentence (literal use: the scorer alone never flags it, as at
    run time)."""
    from framing.model import Article
    from framing.parse import parse_articles

    articles = [Article.create(title="", body=r["sentence"], outlet=r.get("outlet", "")) for r in rows]
    feats: list[dict[str, float]] = []
    lemmas: list[str] = []
    pos: list[str] = []
    bands: list[str] = []
    labels: list[int] = []
    sent_of: list[int] = []
    literal: list[bool] = []
    for i, parsed in enumerate(parse_articles(articles)):
        gold = gold_words(rows[i])
        for tok, f in article_word_features(parsed):
            feats.append(f)
            lemmas.append(lemma_key(tok))
            pos.append(tok.pos_)
            bands.append(frequency_band(tok.lower_))
            labels.append(int(tok.lower_.strip(".,;:!?\"'“”‘’()") in gold))
            sent_of.append(i)
            literal.append(literal_use(tok) is not None)
    return feats, lemmas, pos, bands, labels, sent_of, literal


class Data:
    def __init__(self, rows, feats, lemmas, pos, bands, labels, sent_of, literal) -> None:
        self.rows, self.feats, self.lemmas, self.pos, self.bands = rows, feats, lemmas, pos, bands
        self.labels, self.sent_of = labels, sent_of
        self.literal = np.array(literal, dtype=bool)
        self.y = np.array(labels)


def lemma_table(data: Data, idx: np.ndarray) -> dict[str, list[int]]:
    table: dict[str, list[int]] = {}
    for k in idx:
        entry = table.setdefault(data.lemmas[k], [0, 0])
        entry[0] += data.labels[k]
        entry[1] += 1
    return table


#: feature names left out of the model (``--drop-features``: a regular expression, for ablations)
DROP: list[Any] = []


def vocabulary(data: Data, idx: np.ndarray) -> list[str]:
    """Features seen in at least two training sentences, plus the lemma-prior features."""
    df: Counter[str] = Counter()
    seen: set[tuple[int, str]] = set()
    for k in idx:
        for name in data.feats[k]:
            key = (data.sent_of[k], name)
            if key not in seen:
                seen.add(key)
                df[name] += 1
    prior = {"lemma_prior", "lemma_evidence"}
    prior |= {f"lemma_{kind}_{data.pos[k]}" for k in idx for kind in ("prior", "unseen")}
    prior |= {f"lemma_unseen_no_valence_{data.pos[k]}" for k in idx}
    names = {n for n, c in df.items() if c >= 2} | prior
    return sorted(n for n in names if not any(d.fullmatch(n) for d in DROP))


def with_prior(data: Data, k: int, table: dict[str, list[int]], base: float, smoothing: float,
               leave_out: bool) -> dict[str, float]:
    marked, seen = table.get(data.lemmas[k], (0, 0))
    if leave_out:  # a training word does not count towards its own lemma's rate
        marked, seen = marked - data.labels[k], seen - 1
    return {**data.feats[k], **lemma_prior_features(marked, seen, base, smoothing, data.pos[k],
                                                    "vader_abs" in data.feats[k])}


def matrix(rows_of_features: list[dict[str, float]], vocab: list[str]):
    from scipy.sparse import csr_matrix

    col = {n: j for j, n in enumerate(vocab)}
    data, rows_, cols = [], [], []
    for r, f in enumerate(rows_of_features):
        for name, v in f.items():
            j = col.get(name)
            if j is not None:
                rows_.append(r)
                cols.append(j)
                data.append(v)
    return csr_matrix((data, (rows_, cols)), shape=(len(rows_of_features), len(vocab)))


def fit(data: Data, idx: np.ndarray, c: float, smoothing: float):
    from sklearn.linear_model import LogisticRegression

    table = lemma_table(data, idx)
    base = float(data.y[idx].mean())
    vocab = vocabulary(data, idx)
    x = matrix([with_prior(data, k, table, base, smoothing, True) for k in idx], vocab)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=3000)
    model.fit(x, data.y[idx])
    return vocab, model, table, base


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def capped(pred: np.ndarray, lexicon: np.ndarray, probs: np.ndarray, groups_of: list[str],
           words: Counter[str]) -> np.ndarray:
    """``pred`` under the reader's budget of :func:`framing.loaded_terms.terms.within_budget`,
    an article (``url``) at a time: in one of at least BUDGET_MIN_WORDS words, the least
    probable learned words go while flagged words pass WORD_BUDGET of its words."""
    if WORD_BUDGET is None:  # the budget is off (framing.loaded_terms.terms.WORD_BUDGET)
        return pred
    out = pred.copy()
    by_group: dict[str, list[int]] = {}
    for k in np.nonzero(pred)[0]:
        by_group.setdefault(groups_of[k], []).append(int(k))
    for g, ks in by_group.items():
        if words[g] < BUDGET_MIN_WORDS:
            continue
        extra = len(ks) - int(WORD_BUDGET * words[g])
        if extra > 0:
            for k in sorted((k for k in ks if not lexicon[k]), key=lambda k: (probs[k], -k))[:extra]:
                out[k] = False
    return out


def cv_probabilities(data: Data, c: float, smoothing: float, folds: int = 5) -> np.ndarray:
    """Every word's probability from the fold that left its article (``url``) out (each fold
    trains on all the other folds' words, of every source)."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([data.rows[s]["url"] for s in data.sent_of])
    y = data.y
    probs = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(np.zeros(len(y)), y, groups):
        vocab, model, table, base = fit(data, train, c, smoothing)
        x = matrix([with_prior(data, k, table, base, smoothing, False) for k in test], vocab)
        probs[test] = model.predict_proba(x)[:, 1]
    return probs


def cross_validate(data: Data, probs: np.ndarray, sources: frozenset[str] = frozenset({"mbic"})):
    """Pooled word-level (threshold, precision, recall, F1, share flagged) on the words of
    ``sources``, from the cross-validated probabilities ``probs``."""
    y = data.y
    scored = np.array([data.rows[s].get("source") in sources for s in data.sent_of])
    # marked words that are never candidates (function words inside a marked phrase) are misses
    missed = sum(len(gold_words(r)) for r in data.rows if r.get("source") in sources) - int(y[scored].sum())
    # the whole analyser, as find_loaded_terms applies it: a lexicon match is always a term;
    # a word the lexicon does not know is one from the threshold, unless it is a literal use
    # (literal vocabulary, a name, a quantity, a feeling: framing.loaded_terms.literal_uses)
    lexicon = np.array(["lexicon_any" in f for f in data.feats])
    literal = data.literal
    groups_of = [data.rows[s]["url"] for s in data.sent_of]
    words: Counter[str] = Counter()
    for r in data.rows:
        words[r["url"]] += len(r["sentence"].split())
    table_ = []
    for t in THRESHOLDS:
        pred = capped(lexicon | ((probs >= t) & ~literal), lexicon, probs, groups_of, words) & scored
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1) & scored).sum()) + max(0, missed)
        table_.append((t, *prf(tp, fp, fn), float(pred.sum() / max(1, scored.sum()))))
    return table_


def export(vocab: list[str], model, table: dict[str, list[int]], base: float, smoothing: float,
           threshold: float, cv: dict[str, Any], meta: dict[str, Any]) -> bytes:
    coef = model.coef_[0]
    weights = {n: round(float(w), 5) for n, w in zip(vocab, coef) if abs(w) >= 1e-4}
    body = {
        "format": 1,
        "about": ("Loaded-word scorer: logistic regression over framing.loaded_terms.word_features, "
                  "trained on MBIC (T. Spinde et al., 'MBIC - A Media Bias Annotation Dataset Including "
                  "Annotator Characteristics', iConference 2021; Apache-2.0) by "
                  "training/train_loaded_word_scorer.py. 'lemmas' holds, per lemma, how many of its "
                  "occurrences annotators marked as bias-inducing and how many there were."),
        "intercept": round(float(model.intercept_[0]), 5),
        "threshold": threshold,
        "base_rate": round(base, 6),
        "smoothing": smoothing,
        "cross_validation": cv,
        "training": meta,
        "weights": dict(sorted(weights.items())),
        "lemmas": {k: v for k, v in sorted(table.items())},
    }
    raw = json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=pathlib.Path, required=True, help="MBIC sentences.jsonl")
    ap.add_argument("--own", type=pathlib.Path, default=OWN_DATA,
                    help="the project's own annotated sentences (default: %(default)s; '' for none)")
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_MODEL_PATH)
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument("--smoothing", type=float, default=1.0, help="pseudo-count of the lemma rate")
    ap.add_argument("--threshold", type=float, default=None,
                    help="default threshold to ship (default: the best cross-validated F1)")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--drop-features", default="", help="regular expression: feature names to leave out (ablations)")
    args = ap.parse_args(argv)
    if args.drop_features:
        import re
        DROP.append(re.compile(args.drop_features))
    rows = [{**r, "source": "mbic"} for r in load_rows(args.data)]
    own = [{**r, "source": "own_ordinary" if r.get("register") in ORDINARY_REGISTERS else "own"}
           for r in load_rows(args.own)] if str(args.own) not in ("", ".") else []
    rows += own
    data = Data(rows, *featurise(rows))
    probs = cv_probabilities(data, args.c, args.smoothing)
    if own:
        own_table = cross_validate(data, probs, frozenset({"own"}))
        ordinary_table = cross_validate(data, probs, frozenset({"own_ordinary"}))
        # every word of every source pooled: MBIC and our own data together
        all_table = cross_validate(data, probs, frozenset({"mbic", "own", "own_ordinary"}))
    table = cross_validate(data, probs)
    best = max(table, key=lambda r: r[3])
    chosen = best if args.threshold is None else min(table, key=lambda r: abs(r[0] - args.threshold))
    for t, p, r, f1, share in table:
        mark = " <- best F1" if t == best[0] else ""
        mark += " <- shipped" if t == chosen[0] else ""
        print(f"threshold={t:.2f} precision={p:.3f} recall={r:.3f} f1={f1:.3f} candidates_flagged={share:.3f}{mark}")
    if own:
        for t, p, r, f1, share in ordinary_table:
            mark = " <- shipped" if t == chosen[0] else ""
            print(f"own ordinary coverage threshold={t:.2f} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
                  f"candidates_flagged={share:.3f}{mark}")
        for t, p, r, f1, share in all_table:
            mark = " <- shipped" if t == chosen[0] else ""
            print(f"MBIC and own pooled threshold={t:.2f} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
                  f"candidates_flagged={share:.3f}{mark}")
        t, p, r, f1, share = min(own_table, key=lambda row: abs(row[0] - chosen[0]))
        print(f"own loud registers at {t:.2f}: precision={p:.3f} recall={r:.3f} f1={f1:.3f} candidates_flagged={share:.3f}")
    if args.cv_only:
        return 0
    idx = np.arange(len(data.labels))
    vocab, model, lemmas, base = fit(data, idx, args.c, args.smoothing)
    cv = {"folds": 5, "grouped_by": "url", "threshold": chosen[0], "precision": round(chosen[1], 3),
          "recall": round(chosen[2], 3), "f1": round(chosen[3], 3),
          "best_f1_threshold": best[0], "best_f1": round(best[3], 3)}
    if own:
        for key, tab in (("own_loud_registers", own_table), ("own_ordinary_coverage", ordinary_table),
                         ("mbic_and_own_pooled", all_table)):
            t, p, r, f1, share = min(tab, key=lambda row: abs(row[0] - chosen[0]))
            cv[key] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}
    meta = {"sentences": len(rows), "mbic_sentences": len(rows) - len(own), "own_sentences": len(own),
            "words": len(data.labels), "positives": int(sum(data.labels)), "C": args.c, "smoothing": args.smoothing}
    args.out.write_bytes(export(vocab, model, lemmas, base, args.smoothing, chosen[0], cv, meta))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(vocab)} features, {len(lemmas)} lemmas)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
