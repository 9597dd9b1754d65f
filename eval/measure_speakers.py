#!/usr/bin/env python3
"""Speakers on annotated sets: the checks of the real-coverage issue's "Done when".

    python eval/measure_speakers.py eval/holdout_attribution4 [more sets] [--show]

For every article of each set (``*.txt`` with a ``*.gold.json``), the predicted attributions'
speakers are checked against the gold:

- ``not a speaker``: a predicted speaker that matches none of the article's gold speaker aliases
  (substring either way, case ignored) — a statement, a pronoun left unresolved, a poll;
- ``glued``: a speaker whose last word is a weekday, a month or a time word ("Smith Sunday");
- ``citizen without evidence``: a speaker typed ``citizen`` by no rule that names evidence in the
  text (``type_rule`` empty or a default).

It prints the counts per set and, with ``--show``, every case.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysis import analyse_articles  # noqa: E402
from framing.ingest import load_paths  # noqa: E402

TIME_WORDS = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                        r"tonight|january|february|march|april|june|july|august|september|october|"
                        r"november|december|morning|evening|night)$")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}


def aliases(gold: dict) -> list[str]:
    out: list[str] = []
    for a in gold.get("attributions", []):
        out.extend(s.lower() for s in a["speaker"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=pathlib.Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    for folder in args.sets:
        texts = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())
        articles = load_paths([str(p) for p in texts]).articles
        results = analyse_articles(articles)
        counts = {"speakers": 0, "not a speaker": 0, "glued": 0, "citizen without evidence": 0}
        cases: list[str] = []
        for path, result in zip(texts, results):
            gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
            known = aliases(gold)
            for a in result.to_json()["attributions"]:
                speaker = a["speaker"].strip()
                low = speaker.lower()
                counts["speakers"] += 1
                if low in PRONOUNS:
                    continue  # scored by the gold scorer through its resolution, not here
                if not any(k in low or low in k for k in known):
                    counts["not a speaker"] += 1
                    cases.append(f"{path.name}: not a speaker {speaker!r} ({a['speaker_type']}) <- {a['content'][:60]!r}")
                if TIME_WORDS.search(low):
                    counts["glued"] += 1
                    cases.append(f"{path.name}: glued {speaker!r}")
                if a["speaker_type"] == "citizen" and (not a["type_rule"] or "default" in a["type_rule"]):
                    counts["citizen without evidence"] += 1
                    cases.append(f"{path.name}: citizen without evidence {speaker!r} ({a['type_rule']!r})")
        print(folder, " ".join(f"{k.replace(' ', '_')}={v}" for k, v in counts.items()))
        if args.show:
            for c in cases:
                print("   ", c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
