"""Load and apply the shipped target-tone model (a gzipped JSON of linear coefficients).

The model is a multinomial logistic regression trained by ``training/train_target_tone.py``
on NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence). Loading reads plain JSON — no
pickle, nothing downloaded — once per process (``functools.lru_cache``); scoring is a sparse
dot product over the features of :mod:`framing.target_tone.features`.
"""

from __future__ import annotations

import functools
import gzip
import heapq
import json
import math
import pathlib
import re
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from .features import DENSE_BLOCKS, Features

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

    def logits(self, features: Features) -> list[float]:
        z0, z1, z2 = self.intercept
        w = self.weights
        for name, value in features.sparse.items():
            col = w.get(name)
            if col is not None:
                z0 += col[0] * value
                z1 += col[1] * value
                z2 += col[2] * value
        out = [z0, z1, z2]
        for block, vec in features.dense.items():
            m = self.dense.get(block)
            if m is not None and m.shape[1] == len(vec):
                d = m @ vec
                out = [out[0] + float(d[0]), out[1] + float(d[1]), out[2] + float(d[2])]
        return out

    def explain(self, features: Features, k: int = 3) -> tuple[list[float], list[tuple[str, float]]]:
        """Probabilities and the ``k`` sparse features adding most to the predicted class,
        in one pass over the features (what :meth:`proba` + :meth:`contributions` give)."""
        z0, z1, z2 = self.intercept
        w = self.weights
        used: list[tuple[str, float, tuple[float, ...]]] = []
        for name, value in features.sparse.items():
            col = w.get(name)
            if col is not None:
                z0 += col[0] * value
                z1 += col[1] * value
                z2 += col[2] * value
                used.append((name, value, col))
        z = [z0, z1, z2]
        for block, vec in features.dense.items():
            m = self.dense.get(block)
            if m is not None and m.shape[1] == len(vec):
                d = m @ vec
                z = [z[0] + float(d[0]), z[1] + float(d[1]), z[2] + float(d[2])]
        p = _softmax(z)
        c = max(range(3), key=lambda i: p[i])
        top = heapq.nlargest(k, ((name, v * (col[c] - (col[0] + col[1] + col[2]) / 3.0)) for name, v, col in used),
                             key=lambda x: x[1])
        return p, top

    def proba(self, features: Features) -> list[float]:
        return _softmax(self.logits(features))


    def contributions(self, features: Features, cls: int, k: int = 3) -> list[tuple[str, float]]:
        """The ``k`` sparse features adding most to class ``cls`` (relative to the class mean)."""
        out = []
        for name, value in features.sparse.items():
            col = self.weights.get(name)
            if col is not None:
                out.append((name, value * (col[cls] - (col[0] + col[1] + col[2]) / 3.0)))
        return heapq.nlargest(k, out, key=lambda x: x[1])


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
