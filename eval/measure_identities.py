#!/usr/bin/env python3
"""Identity across outlets: is each person or organisation one row of the event?

    python eval/measure_identities.py eval/holdout_attribution2

The set's ``identities.json`` maps a story to its people and organisations, each a list of every
name form its articles use; each ``*.txt`` article goes to the story whose name forms it
mentions most. Per story, the articles are
analysed and :func:`framing.compare.event_identities` resolves their names. For each gold entity
whose names the analysis finds at all: ``one row`` when every identity holding one of its forms
is the same identity; ``split`` otherwise (with the rows); ``merged`` counts identities that hold
forms of two gold entities.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.analysis import analyse_articles  # noqa: E402
from framing.compare import event_identities  # noqa: E402
from framing.compare.identity import name_key  # noqa: E402
from framing.ingest import load_paths  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--show", action="store_true", help="print every split and merge")
    args = ap.parse_args(argv)
    gold = json.loads((args.folder / "identities.json").read_text(encoding="utf-8"))
    articles = load_paths(sorted(str(p) for p in args.folder.glob("*.txt"))).articles
    by_story: dict[str, list] = defaultdict(list)
    for a in articles:
        text = a.text.casefold()
        best = max(gold, key=lambda s: sum(form.casefold() in text for ent in gold[s] for form in ent))
        by_story[best].append(a)
    one = split = merged = total = 0
    for story, arts in sorted(by_story.items()):
        ids = event_identities(analyse_articles(arts))
        rows_of_key: dict[str, set[str]] = defaultdict(set)
        for ident in ids.identities:
            for alias in [ident.name, *ident.aliases]:
                rows_of_key[name_key(alias)].add(ident.id)
        owner: dict[str, set[int]] = defaultdict(set)
        for k, forms in enumerate(gold[story]):
            rows = set().union(*(rows_of_key.get(name_key(f), set()) for f in forms))
            if not rows:
                continue
            total += 1
            for r in rows:
                owner[r].add(k)
            if len(rows) == 1:
                one += 1
            else:
                split += 1
                if args.show:
                    names = [i.name for i in ids.identities if i.id in rows]
                    print(f"  split  {story}: {forms[0]!r} -> {names}")
        for r, ks in owner.items():
            if len(ks) > 1:
                merged += 1
                if args.show:
                    print(f"  merged {story}: {[gold[story][k][0] for k in sorted(ks)]}")
    print(f"{args.folder} entities_found={total} one_row={one}/{total}={one / max(1, total):.3f} "
          f"split={split} merged_rows={merged}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
