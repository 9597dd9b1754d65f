"""Blind-read mode: outlets are letters everywhere, names masked in texts at the same length."""

from __future__ import annotations

import json
import pathlib

from streamlit.testing.v1 import AppTest

from dashboard.blind import letters, mask_json, masker
from dashboard.views import VIEWS

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def test_letters_follow_load_order_and_go_past_z():
    names = [f"O{i}" for i in range(28)]
    labels = letters(names + ["O0"])
    assert labels["O0"] == "Outlet A" and labels["O25"] == "Outlet Z" and labels["O26"] == "Outlet AA"
    assert len(set(labels.values())) == 28


def test_mask_keeps_lengths_and_catches_slugs_and_sites():
    mask = masker({"The Rights Ledger": "Outlet C", "Gazette": "Outlet D"},
                  {"The Rights Ledger": ["rightsledger.example", "rightsledger"]})
    cases = [
        "The Rights Ledger reported that Rights Ledger staff were told.",
        "Saved as 03-rights-ledger.txt from https://www.rightsledger.example/story",
        "the gazette's editor wrote in GAZETTE weekly; the Gazetteer is another word",
    ]
    for text in cases:
        out = mask(text)
        assert len(out) == len(text)
        assert "ledger" not in out.lower() and "rightsledger" not in out.lower()
    assert "Gazetteer" in mask(cases[2])  # whole words only
    # a name shorter than its label ("Outlet D") keeps its length with the letter alone
    assert mask(cases[2]) == "the D      's editor wrote in D       weekly; the Gazetteer is another word"
    assert masker({"AP": "Outlet B"})("AP said") == "B  said"


def test_mask_json_masks_every_string_and_keeps_keys_and_numbers():
    mask = masker({"Alpha Daily": "Outlet A"})
    data = {"Alpha Daily": {"speaker": "Alpha Daily", "start": 3, "list": ["alpha-daily", ("Alpha Daily",)]}}
    out = mask_json(data, mask)
    assert list(out) == ["Alpha Daily"] and out["Alpha Daily"]["start"] == 3
    assert "Alpha" not in json.dumps(out["Alpha Daily"])


def page_text(at: AppTest) -> str:
    """Everything the page shows as text: Markdown, captions, alerts, HTML, tables, widget options, chart data."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "info", "error", "warning", "success", "subheader", "title", "code"):
        parts += [str(e.value) for e in at.get(kind)]
    parts += [e.proto.body for e in at.get("html")]
    parts += [e.value.to_csv() for e in at.dataframe]
    for kind in ("selectbox", "multiselect", "radio"):
        for w in at.get(kind):
            parts += [str(o) for o in w.options] + [str(w.label)]
    for kind in ("text_input", "text_area"):
        parts += [str(w.value or "") for w in at.get(kind)]
    parts += [e.proto.spec for e in at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")]
    parts += [e.proto.label for e in at.get("expandable")]
    return "\n".join(parts)


def test_blind_mode_leaves_no_outlet_name_on_any_tab_until_revealed(use_sample):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    outlets = sorted({a.outlet for a in at.session_state["fr_articles"].values()})
    at.session_state["fr_blind"] = True
    for title, _ in VIEWS:
        at.session_state["dashboard_view"] = title
        at.run()
        assert not at.exception, (title, [e.value for e in at.exception])
        text = page_text(at).lower()
        for name in outlets:
            assert name.lower() not in text, (title, name)
            assert name.lower().replace(" ", "-") not in text, (title, name)
        assert "outlet a" in text, title
    # students write a guess, then reveal
    at.text_input(key="fr_blind_guess_Outlet A").input("state media")
    next(b for b in at.button if b.key == "fr_blind_reveal").click()
    at.run()
    revealed = next(d.value for d in at.dataframe if "Your guess" in d.value.columns)
    assert set(revealed["Outlet"]) == set(outlets) and "state media" in set(revealed["Your guess"])
    # turning it off brings the names back
    at.session_state["fr_blind"] = False
    at.session_state["dashboard_view"] = "Side by side"
    at.run()
    assert any(name in page_text(at) for name in outlets)
