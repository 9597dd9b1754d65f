"""Overview, Vocabulary and Coverage views through AppTest (no browser), on the bundled sample."""

from __future__ import annotations

import json
import pathlib

from streamlit.testing.v1 import AppTest

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def start(view: str = "Overview") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state["dashboard_view"] = view
    at.run()
    assert not at.exception, at.exception
    return at


def specs(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def test_comparison_views_render_on_the_sample() -> None:
    at = start()
    titles = [t.label for t in at.tabs]
    assert {"Overview", "Vocabulary", "Coverage"} <= set(titles)
    # the scorecard: one row per outlet of the sample
    frames = at.dataframe
    assert frames and any("Outlet" in f.value.columns for f in frames)
    card = next(f.value for f in frames if "Outlet" in f.value.columns)
    assert len(card) >= 5
    text = json.dumps(specs(at))
    for view in ("Vocabulary", "Coverage"):
        at.session_state["dashboard_view"] = view
        at.run()
        assert not at.exception, at.exception
        text += json.dumps(specs(at))
    assert "Figures reported" in text and "Distinctive vocabulary" in text and "Who reports what" in text
    # evidence of the chosen term and item is on screen (escaped html via st.html)
    bodies = " ".join(h.proto.body for h in at.get("html"))
    assert "<mark" in bodies


def test_coverage_item_choice_shows_its_words() -> None:
    at = start("Coverage")
    box = next(s for s in at.selectbox if s.key == "coverage_item")
    assert len(box.options) > 1
    label = box.options[1]
    box.select_index(1).run()
    assert not at.exception
    chosen = next(s for s in at.selectbox if s.key == "coverage_item")
    assert chosen.index == 1
    shown = " ".join(m.value for m in at.markdown)
    from dashboard.text import md_escape

    item_label = md_escape(label.split(": ", 1)[1])
    assert f"**{item_label[:40]}" in shown and "reported by" in shown and "left out by" in shown


def test_coverage_opens_on_the_ranked_items_each_with_its_sentences() -> None:
    from dashboard.views.coverage import TOP

    at = start("Coverage")
    from framing.charts.compare import KIND_LABELS

    kinds = tuple(f"{k}\\:" for k in KIND_LABELS.values())    # "Figure: …" (markdown-escaped)
    ranked = [e for e in at.expander if e.label.lstrip("◆◇▲ ").startswith(kinds) and " — " in e.label]
    assert 3 <= len(ranked) <= TOP
    assert not any(f"[{k}]" in e.label for e in at.expander for k in KIND_LABELS)   # kinds in words, not ids
    # the list opens on what only one outlet gives or leaves out, with why in words
    assert ranked[0].label.startswith(("◆", "◇")) and (" only " in ranked[0].label or "all but" in ranked[0].label)
    bodies = [h.proto.body for h in ranked[0].get("html")]
    assert bodies and "<mark" in bodies[0]  # its sentences, one click (the expander) away


def test_app_with_two_events_renders_every_view_and_one_choice_drives_all(monkeypatch) -> None:
    """Uploads holding two stories: one event selector above the tabs; every tab shows its articles."""
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(ROOT / "tests" / "framing" / "data" / "compare"))
    at = start("Overview")
    box = next(s for s in at.selectbox if s.key == "header_event")
    first = box.value
    box.select_index(1 - box.index).run()
    assert not at.exception, at.exception
    chosen = next(s for s in at.selectbox if s.key == "header_event").value
    assert chosen != first
    event = next(e for e in at.session_state["compare_events"][1] if e.id == chosen)
    assert any(m.value.startswith("Showing") and "3 articles from 3 outlets" in m.value
               and "3 other loaded articles" in m.value for m in at.markdown)
    for view in ("Vocabulary", "Coverage", "Side by side", "Language", "Sources", "Tone", "Frames"):
        at.session_state["dashboard_view"] = view
        at.run()
        assert not at.exception, (view, at.exception)
        assert next(s for s in at.selectbox if s.key == "header_event").value == chosen
        assert not [s for s in at.selectbox if s.key.endswith("_event") and s.key != "header_event"]
        pickers = [m for m in at.multiselect if m.key and m.key.endswith("_articles")]
        for m in pickers:  # the article pickers offer the chosen event's articles only
            assert len(m.options) == len(event.article_ids), view


def test_overview_shows_how_each_outlet_names_the_crowds() -> None:
    at = start("Overview")
    table = next(f.value for f in at.dataframe if "Words used (count)" in f.value.columns)
    by_outlet = dict(zip(table["Outlet"], table["In its own voice"]))
    assert "terrorist" in by_outlet["National Steppe Broadcasting"]
    assert "demonstrator" in by_outlet["The Rights Ledger"] and "terrorist" not in by_outlet["The Rights Ledger"]


def test_a_new_upload_of_another_story_is_shown_at_once_and_said_so() -> None:
    """Articles of one story loaded, then articles of another: every tab shows the new story's
    event (not the one shown before), the header says so, and a later choice of the user stands."""
    folder = ROOT / "tests" / "framing" / "data" / "compare"

    def files(prefix: str) -> list[tuple[str, bytes, str]]:
        return [(p.name, p.read_bytes(), "text/plain") for p in sorted(folder.glob(f"{prefix}-*.txt"))]

    at = start("Overview")
    (up,) = at.sidebar.get("file_uploader")
    up.set_value(files("flood") + files("fuel")[:1])  # four articles, mostly the flood story
    at.run()
    assert not at.exception, at.exception
    first = at.session_state["compare_event"]
    flood_ids = set(next(e for e in at.session_state["compare_events"][1] if e.id == first).article_ids)
    assert len(flood_ids) == 3
    (up,) = at.sidebar.get("file_uploader")
    up.set_value(files("fuel")[1:])  # the rest of the fuel story: its event now has 3 articles
    at.run()
    assert not at.exception, at.exception
    shown = at.session_state["compare_event"]
    event = next(e for e in at.session_state["compare_events"][1] if e.id == shown)
    assert not set(event.article_ids) & flood_ids and len(event.article_ids) == 3
    assert any("the event your new articles belong to" in i.value for i in at.info)
    # the user goes back to the flood: that choice stands on the next reruns, and the note goes
    box = next(s for s in at.selectbox if s.key == "header_event")
    box.select(first).run()
    at.run()
    assert at.session_state["compare_event"] == first
    assert not any("new articles" in i.value for i in at.info)


def _recording_dataframes(monkeypatch) -> list[dict]:
    """Every ``st.dataframe`` call's frame and arguments (the layout AppTest does not expose)."""
    import streamlit as st

    seen: list[dict] = []
    original = st.dataframe

    def record(data=None, **kwargs):
        seen.append({"frame": data, **kwargs})
        return original(data, **kwargs)

    monkeypatch.setattr(st, "dataframe", record)
    return seen


def test_overview_scorecard_shows_every_row_and_titles_fit(monkeypatch) -> None:
    from framing.charts.layout import SUBTITLE_CHARS, TABLE_FIT_ROOM, TABLE_ROW, TITLE_CHARS

    seen = _recording_dataframes(monkeypatch)
    at = start("Overview")
    card = next(c for c in seen if c.get("key") == "overview_scorecard")
    rows = len(card["frame"])
    assert rows > 16                                        # rows after "Tone" exist …
    assert card["height"] >= 38 + rows * (card.get("row_height") or TABLE_ROW)   # … and all are in view
    assert list(card["frame"]["Measure"]).index("Tone") < rows - 1
    # the crowds table fits the page, its long cells wrapped (rows taller than one line), not cut
    crowds = next(c for c in seen if "Words used (count)" in getattr(c["frame"], "columns", []))
    widths = {k: v["width"] for k, v in crowds["column_config"].items() if isinstance(v, dict) and "width" in v}
    assert sum(widths.values()) <= TABLE_FIT_ROOM and (crowds.get("row_height") or 0) > 64
    # chart titles short enough not to be cut at half the page; what they count in a subtitle
    for spec in specs(at):
        title = spec.get("title") or {}
        title = title if isinstance(title, dict) else {"text": title}
        assert len(str(title.get("text", ""))) <= TITLE_CHARS, title
        assert all(len(line) <= SUBTITLE_CHARS for line in title.get("subtitle", [])), title
    assert any((s.get("title") or {}).get("text") == "Who gets to speak" for s in specs(at) if isinstance(s.get("title"), dict))
