#!/usr/bin/env python3
"""Loaded terms on annotated sets, at one or more thresholds of the learned word scorer.

    python eval/measure_loaded_terms.py ../shared/eval/dev eval/holdout_loaded --threshold 0.3 0.36
    python eval/measure_loaded_terms.py corpus/kazakhstan-2022-01 --per-outlet

Per set (a folder of ``*.txt`` with ``*.gold.json`` beside them, gold format of
``../shared/eval/README.md``): recall of the gold ``loaded`` items (matched as the shared scorer
matches them: either text inside the other), neutral ``not_loaded`` words flagged, and the words
flagged as a share of all words (``--per-outlet``: also per outlet). The articles are parsed and
attributed once; each threshold re-runs only the loaded-term step.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing import api  # noqa: E402
from framing.loaded_terms import Matcher, builtin_lexicon, find_loaded_terms  # noqa: E402
from framing.parse import parse_articles  # noqa: E402
from framing.syntax import word_count  # noqa: E402


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’']", "", s or "").lower()).strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=pathlib.Path)
    ap.add_argument("--threshold", type=float, nargs="*", default=[None])
    ap.add_argument("--per-outlet", action="store_true")
    args = ap.parse_args(argv)
    lexicon = builtin_lexicon()
    matcher = Matcher(lexicon)
    for folder in args.sets:
        files = sorted(folder.glob("*.txt"))
        if not files:
            print(f"{folder}: no .txt files", file=sys.stderr)
            return 2
        analyses = api.analyse(api.load([str(f) for f in files]))
        parsed = list(parse_articles(a.article for a in analyses))
        for threshold in args.threshold:
            hit = total = flagged_neutral = neutral = 0
            words: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for f, a, p in zip(files, analyses, parsed):
                gold_path = f.with_name(f.stem + ".gold.json")
                gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
                terms = find_loaded_terms(p, lexicon, a.results.get("attributions") or (), matcher, threshold=threshold)
                texts = [norm(t.text) for t in terms if norm(t.text)]
                w = words[a.article.outlet or f.stem]
                w[0] += word_count(p.text)
                w[1] += sum(word_count(t.text) for t in terms)
                for g in gold.get("loaded", []):
                    total += 1
                    hit += any(norm(g["text"]) in t or t in norm(g["text"]) for t in texts)
                for n in gold.get("not_loaded", []):
                    neutral += 1
                    flagged_neutral += norm(n) in texts
            all_words = sum(v[0] for v in words.values())
            share = sum(v[1] for v in words.values()) / max(1, all_words)
            shown = "default" if threshold is None else f"{threshold:.2f}"
            recall = f"{hit}/{total}={hit / total:.3f}" if total else "n/a"
            print(f"{folder} threshold={shown} loaded_recall={recall} neutral_flagged={flagged_neutral}/{neutral} "
                  f"words_flagged={share:.2%}")
            if args.per_outlet:
                for outlet, (n, k) in sorted(words.items()):
                    print(f"    {outlet}: {k}/{n} words = {k / max(1, n):.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
