#!/usr/bin/env python3
"""Loaded terms on annotated sets, at one or more thresholds of the learned word scorer.

    python eval/measure_loaded_terms.py ../shared/eval/dev eval/holdout_loaded --threshold 0.3 0.36
    python eval/measure_loaded_terms.py corpus/kazakhstan-2022-01 --per-outlet

Per set (a folder of ``*.txt`` with ``*.gold.json`` beside them, gold format of
``../shared/eval/README.md``): recall of the gold ``loaded`` items (matched as the shared scorer
matches them: either text inside the other), neutral ``not_loaded`` words flagged, and the words
flagged as a share of all words (``--per-outlet``: also per outlet), and two precision figures:

- ``word_precision``: the share of flagged words that lie inside a gold ``loaded`` span (every
  occurrence of the span's text in the article counts, case ignored). This is strict: a word the
  annotators left out of both lists (their "doubts"), or a degree word joined to a gold
  judgement ("very" of "very dangerous" when gold marks "dangerous"), counts against it;
- ``term_precision``: the share of flagged terms that match a gold ``loaded`` item as recall
  matches them (either text inside the other).

``gold_density`` is the share of all words inside a gold loaded span: on a set annotated
densely it is the share a tool flagging exactly the gold would flag. ``--false-flags`` lists
every flagged term that matches no gold item (with its rule and sentence), for reading by family.
The articles are parsed and attributed once; each threshold re-runs only the loaded-term step.
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
from framing.syntax import WORD, word_count  # noqa: E402


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’']", "", s or "").lower()).strip()


def gold_spans(text: str, loaded: list[dict]) -> list[tuple[int, int]]:
    """Character spans of every occurrence of every gold loaded text in ``text`` (case ignored)."""
    low = text.lower()
    out = []
    for g in loaded:
        needle = (g.get("text") or "").lower()
        if not needle:
            continue
        k = low.find(needle)
        while k >= 0:
            out.append((k, k + len(needle)))
            k = low.find(needle, k + 1)
    return out


def words_inside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(words of ``text[start:end]``, of them inside one of ``spans``)."""
    n = inside = 0
    for m in WORD.finditer(text, start, end):
        n += 1
        inside += any(a <= m.start() and m.end() <= b for a, b in spans)
    return n, inside


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=pathlib.Path)
    ap.add_argument("--threshold", type=float, nargs="*", default=[None])
    ap.add_argument("--per-outlet", action="store_true")
    ap.add_argument("--false-flags", action="store_true",
                    help="list every flagged term that matches no gold loaded item")
    ap.add_argument("--misses", action="store_true", help="list every gold loaded item no flagged term matches")
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
            flagged_words = flagged_in_gold = terms_n = terms_in_gold = gold_words = 0
            false_flags: list[str] = []
            words: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for f, a, p in zip(files, analyses, parsed):
                gold_path = f.with_name(f.stem + ".gold.json")
                gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
                terms = find_loaded_terms(p, lexicon, a.results.get("attributions") or (), matcher, threshold=threshold)
                texts = [norm(t.text) for t in terms if norm(t.text)]
                text = a.article.text
                loaded = gold.get("loaded", [])
                spans = gold_spans(text, loaded)
                gold_norm = [norm(g["text"]) for g in loaded if norm(g["text"])]
                covered = {m.start() for m in WORD.finditer(text) if any(a0 <= m.start() and m.end() <= b0 for a0, b0 in spans)}
                gold_words += len(covered)
                for t in terms:
                    n_w, n_in = words_inside(text, t.start, t.end, spans)
                    flagged_words += n_w
                    flagged_in_gold += n_in
                    tn = norm(t.text)
                    if not tn:
                        continue
                    terms_n += 1
                    good = any(g in tn or tn in g for g in gold_norm)
                    terms_in_gold += good
                    if not good and args.false_flags:
                        s0 = p.doc[p.doc.char_span(t.start, t.end, alignment_mode="expand").start].sent
                        false_flags.append(f"    FP {t.text!r} [{t.category}/{t.voice}] {t.rule} "
                                           f"<{f.stem}> {s0.text.strip()[:160]!r}")
                w = words[a.article.outlet or f.stem]
                w[0] += word_count(p.text)
                w[1] += sum(word_count(t.text) for t in terms)
                for g in gold.get("loaded", []):
                    total += 1
                    found = any(norm(g["text"]) in t or t in norm(g["text"]) for t in texts)
                    hit += found
                    if not found and args.misses:
                        false_flags.append(f"    MISS {g['text']!r} [{g.get('voice')}] <{f.stem}>")
                for n in gold.get("not_loaded", []):
                    neutral += 1
                    flagged_neutral += norm(n) in texts
            all_words = sum(v[0] for v in words.values())
            share = sum(v[1] for v in words.values()) / max(1, all_words)
            shown = "default" if threshold is None else f"{threshold:.2f}"
            recall = f"{hit}/{total}={hit / total:.3f}" if total else "n/a"
            word_p = f"{flagged_in_gold / flagged_words:.3f}" if flagged_words else "n/a"
            term_p = f"{terms_in_gold / terms_n:.3f}" if terms_n else "n/a"
            print(f"{folder} threshold={shown} loaded_recall={recall} neutral_flagged={flagged_neutral}/{neutral} "
                  f"words_flagged={share:.2%} word_precision={word_p} term_precision={term_p} "
                  f"gold_density={gold_words / max(1, all_words):.2%}")
            for line in false_flags:
                print(line)
            if args.per_outlet:
                for outlet, (n, k) in sorted(words.items()):
                    print(f"    {outlet}: {k}/{n} words = {k / max(1, n):.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
