"""Our own annotated articles in several styles (``articles/``) reach the accuracy bar."""

from __future__ import annotations

from framing.attribution import extract_attributions


def test_own_annotated_articles_reach_the_accuracy_bar() -> None:
    """Our annotated articles in several styles (tests/framing/attribution/articles): F1 and type
    accuracy >= 0.9 with the evaluation's matching rules (content contains evidence, speaker alias)."""
    import json
    import pathlib
    import re

    from framing.ingest import load_paths
    from framing.parse import parse_articles

    def norm(s: str) -> str:
        s = "".join(" " if c in "\"'\u201c\u201d\u2018\u2019" else c for c in (s or "").lower())
        return re.sub(r"\s+", " ", s).strip(" ,.;:")

    folder = pathlib.Path(__file__).parent / "articles"
    golds = [json.loads(p.read_text()) for p in sorted(folder.glob("*.gold.json"))]
    arts = load_paths([folder / g["file"] for g in golds]).articles
    n_gold = n_pred = hit = type_hit = 0
    for g, p in zip(golds, parse_articles(arts)):
        preds = extract_attributions(p)
        n_gold += len(g["attributions"])
        n_pred += len(preds)
        used: set[int] = set()
        for ga in g["attributions"]:
            ev = norm(ga["evidence"])
            cands = [i for i, a in enumerate(preds) if i not in used and ev in norm(a.content)
                     and any(norm(x) in norm(a.speaker) for x in ga["speaker"])]
            if cands:
                used.add(cands[0])
                hit += 1
                type_hit += ga["type"] is None or preds[cands[0]].speaker_type == ga["type"]
    precision, recall = hit / n_pred, hit / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9 and type_hit / hit >= 0.9, (f1, type_hit / hit)
