"""Sample folders of any number of outlets, made from the bundled sample event (for the browser
tests, the screenshot script and the dashboard benchmark).

:func:`write_outlet_set` writes ``n`` articles about the sample's event into a folder the app
can open as its sample (``FRAMING_SAMPLE_DIR``): the sample's own six articles first, then
copies of them under other invented outlet names, each with one sentence of its own so every
article is a different text (ids are hashes of the text). Nothing here is a real publication.
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.ingest import load_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "kazakhstan-2022-01"
#: invented outlet names for the copies (never real publications)
EXTRA_OUTLETS = (
    "Harbour Street Gazette", "The Lantern Review", "Meridian Daily", "Orchard Valley Times",
    "The Copper Bell", "Northern Plains Record", "Riverside Chronicle", "The Quiet Observer",
    "Granite Hill Post", "Saltmarsh Weekly", "The Evening Compass", "Juniper Wire Service",
    "Bluestone Herald", "The Tideline", "Kestrel News Agency", "Amber Coast Bulletin",
    "The Weekly Ledger of Vost", "Pinecrest Dispatch", "Silver Fork Courier", "The Morning Pier",
    "Lowland Standard", "The Wayfarer", "Clearwater Monitor", "Ashgrove Sentinel",
)


def outlet_names(n: int) -> list[str]:
    """The outlets of an ``n``-outlet set: the sample's, then :data:`EXTRA_OUTLETS`."""
    base = [a.outlet for a in load_paths(sorted(SAMPLE.glob("*.txt"))).articles]
    names = [*base, *EXTRA_OUTLETS]
    if n > len(names):
        names += [f"Invented Outlet {i}" for i in range(len(names) + 1, n + 1)]
    return names[:n]


def write_outlet_set(folder: Path, outlets: int, articles: int | None = None) -> Path:
    """Write ``articles`` (default: one per outlet) articles from ``outlets`` outlets into ``folder``
    with a manifest, and return the folder."""
    articles = outlets if articles is None else articles
    base = load_paths(sorted(SAMPLE.glob("*.txt"))).articles
    names = outlet_names(outlets)
    folder.mkdir(parents=True, exist_ok=True)
    listed = []
    for i in range(articles):
        a = base[i % len(base)]
        outlet = names[i % len(names)]
        extra = "" if i < len(base) else f"\n\nThis report was filed for {outlet} (copy {i + 1})."
        date = a.published or "2022-01-10"
        text = f"Outlet: {outlet}\nDate: {date}\n\n{a.title}\n\n{a.body}{extra}\n"
        name = f"{i + 1:02d}-article.txt"
        (folder / name).write_text(text, encoding="utf-8")
        listed.append({"file": name, "outlet": outlet})
    manifest = {"event": "outlet-set", "title": f"Sample event, {outlets} outlets",
                "notice": "Illustrative texts written for this tool (the bundled sample under invented outlet names).",
                "articles": listed}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return folder
