#!/usr/bin/env python3
"""Train the small target-tone model shipped in ``framing/data/models/target_tone.json.gz``.

    python training/train_target_tone.py --data /path/to/newsmtsc/train.jsonl
    python training/train_target_tone.py --data TRAIN.jsonl --cv 5      # cross-validate only

Data: NewsMTSC (Hamborg & Donnay, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment
Classification in Political News Articles", EACL 2021; MIT licence). Each JSON line has
``sentence_normalized`` and ``targets`` with ``from``/``to`` offsets and ``polarity``
(2 negative, 4 neutral, 6 positive).

Model: multinomial logistic regression over the target-aware features of
:mod:`framing.tone.target` (window words with distance weighting, left/right
context, clause, VADER lexicon and compound scores). Features seen in fewer than
``--min-df`` training sentences are dropped; the output is a gzipped JSON of the vocabulary
and coefficients (no pickle: safe and version-proof to load). Fixed seed: reproducible.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import sys
from collections import Counter

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.tone.target import CLASSES, DEFAULT_MODEL_PATH, features_for, parse_sentences  # noqa: E402

LABEL = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def load_rows(path: pathlib.Path, further: bool = False) -> list[tuple[str, int, int, str, int, bool]]:
    """(sentence, from, to, label, sentence index, is primary) per target and further mention."""
    if not path.is_file():
        raise SystemExit(f"{path}: no such file; pass the NewsMTSC train.jsonl with --data")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            row = json.loads(line)
            for t in row["targets"]:
                label = LABEL[float(t["polarity"])]
                rows.append((row["sentence_normalized"], int(t["from"]), int(t["to"]), label, i, True))
                if further:  # coreferent mentions ("she", "the senator") carry the same gold label
                    for m in t.get("further_mentions") or ():
                        rows.append((row["sentence_normalized"], int(m["from"]), int(m["to"]), label, i, False))
    if not rows:
        raise SystemExit(f"{path}: no targets found")
    return rows


def featurise(rows, deps: bool = True):
    """Features per target; with ``deps`` each distinct sentence is parsed once by spaCy."""
    if not deps:
        return [features_for(s, a, b).as_dict() for s, a, b, *_ in rows]
    sentences = list(dict.fromkeys(r[0] for r in rows))
    docs = dict(zip(sentences, parse_sentences(sentences)))
    return [features_for(s, a, b, tokens=docs[s]).as_dict() for s, a, b, *_ in rows]


def fit(feats, labels, groups, C: float, min_df: int, seed: int, balanced: bool = False):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df: Counter[str] = Counter()
    seen: dict[str, set[int]] = {}
    for f, g in zip(feats, groups):
        for k in f:
            seen.setdefault(k, set()).add(g)
    for k, gs in seen.items():
        df[k] = len(gs)
    keep = {k for k, c in df.items() if c >= min_df}
    vec = DictVectorizer()
    X = vec.fit_transform([{k: v for k, v in f.items() if k in keep} for f in feats])
    y = np.array([CLASSES.index(label) for label in labels])
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced" if balanced else None, random_state=seed)
    clf.fit(X, y)
    return vec, clf


def predict(vec, clf, feats):
    X = vec.transform(feats)
    return clf.predict(X)


def macro_f1(gold, pred) -> float:
    f1s = []
    for c in range(len(CLASSES)):
        tp = sum(g == p == c for g, p in zip(gold, pred))
        fp = sum(p == c != g for g, p in zip(gold, pred))
        fn = sum(g == c != p for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def cross_validate(rows, feats, C: float, min_df: int, folds: int, seed: int, balanced: bool = False) -> float:
    """Grouped k-fold (all targets of a sentence in one fold); mean macro-F1 on primary targets."""
    sentences = sorted({r[4] for r in rows})
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(sentences))
    fold_of = {sentences[j]: k % folds for k, j in enumerate(order)}
    scores = []
    for k in range(folds):
        tr = [i for i, r in enumerate(rows) if fold_of[r[4]] != k]
        te = [i for i, r in enumerate(rows) if fold_of[r[4]] == k and r[5]]
        vec, clf = fit([feats[i] for i in tr], [rows[i][3] for i in tr], [rows[i][4] for i in tr], C, min_df, seed, balanced)
        pred = predict(vec, clf, [feats[i] for i in te])
        gold = [CLASSES.index(rows[i][3]) for i in te]
        scores.append(macro_f1(gold, pred))
    return float(np.mean(scores))


def export(vec, clf, path: pathlib.Path, meta: dict) -> None:
    names = vec.get_feature_names_out()
    coef = clf.coef_  # (3, V)
    weights = {}
    for j, name in enumerate(names):
        col = coef[:, j]
        if np.max(np.abs(col)) < 1e-4:
            continue
        weights[str(name)] = [round(float(x), 4) for x in col]
    data = {
        "format": "framing.target_tone/1",
        "classes": list(CLASSES),
        "intercept": [round(float(x), 4) for x in clf.intercept_],
        "weights": weights,
        "meta": meta,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(filename="", mode="wb", fileobj=path.open("wb"), mtime=0) as gz:
        gz.write(raw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=pathlib.Path, help="NewsMTSC train.jsonl")
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_MODEL_PATH)
    ap.add_argument("--C", type=float, default=0.1, help="inverse regularisation strength")
    ap.add_argument("--min-df", type=int, default=3, help="drop features seen in fewer sentences")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--further", action="store_true", help="also train on the targets' further_mentions")
    ap.add_argument("--balanced", action="store_true", help="class_weight='balanced' (default: natural priors)")
    ap.add_argument("--no-deps", action="store_true", help="leave out the dependency features")
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on --data; no model written")
    ap.add_argument("--grid", default="", help="with --cv: comma-separated C values to compare")
    args = ap.parse_args(argv)

    rows = load_rows(args.data, further=args.further)
    feats = featurise(rows, deps=not args.no_deps)
    if args.cv:
        for C in [float(c) for c in args.grid.split(",")] if args.grid else [args.C]:
            score = cross_validate(rows, feats, C, args.min_df, args.cv, args.seed, args.balanced)
            print(f"C={C} min_df={args.min_df} cv{args.cv}_macro_f1={score:.4f}")
        return 0
    vec, clf = fit(feats, [r[3] for r in rows], [r[4] for r in rows], args.C, args.min_df, args.seed, args.balanced)
    meta = {
        "trained_on": args.data.name,
        "targets": len(rows),
        "C": args.C,
        "min_df": args.min_df,
        "seed": args.seed,
        "dependency_features": not args.no_deps,
        "balanced": args.balanced,
        "further_mentions": args.further,
        "data_citation": "NewsMTSC, Hamborg & Donnay, EACL 2021 (MIT licence)",
    }
    export(vec, clf, args.out, meta)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(rows)} targets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
