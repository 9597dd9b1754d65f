"""User text with Markdown in it (outlet names, headlines) through the app (AppTest): no view
crashes, and nothing of it renders as Markdown (no remote image, link, LaTeX or directive)."""

from __future__ import annotations

import json
import pathlib
import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.text import md_escape

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
COMPARE = ROOT / "tests" / "framing" / "data" / "compare"

EVIL = "![x](http://tracker.invalid/px.png) $x$ :red[r]"
#: Markdown that must never reach Streamlit unescaped
MARKUP = ("![", "](http", "$x$", ":red[")


def write_sample(folder: pathlib.Path, texts: dict[str, str]) -> pathlib.Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    manifest = {"event": "test", "title": "A test event", "notice": "Test texts written for these tests.",
                "articles": [{"file": n} for n in texts]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def with_outlet(text: str, outlet: str) -> str:
    return re.sub(r"^Outlet: .*$", f"Outlet: {outlet}", text, count=1, flags=re.M)


def start(view: str, timeout: int = 120) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.session_state["dashboard_view"] = view
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_texts(at: AppTest) -> list[str]:
    """Every string the app hands to Streamlit as Markdown: text elements, alerts, expander,
    tab and widget labels."""
    out: list[str] = []
    for kind in ("markdown", "caption", "subheader", "header", "title", "info", "warning", "error", "success"):
        out += [str(e.value) for e in at.get(kind)]
    out += [str(e.label) for e in at.expander]
    out += [str(e.label) for e in at.tabs]
    for kind in ("selectbox", "multiselect", "radio", "text_input", "text_area", "checkbox", "button"):
        out += [str(e.label) for e in at.get(kind)]
    return out


@pytest.fixture
def evil_sample(tmp_path, monkeypatch, fixture_articles) -> pathlib.Path:
    names = list(fixture_articles)
    texts = dict(fixture_articles)
    texts[names[0]] = with_outlet(texts[names[0]], EVIL)
    # a headline with the same markup
    texts[names[1]] = texts[names[1]].replace("Officials blamed for slow flood response",
                                              f"Officials blamed {EVIL} for slow flood response")
    folder = write_sample(tmp_path / "evil", texts)
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(folder))
    return folder


@pytest.mark.parametrize("view", ["Overview", "Side by side", "Sources", "Language", "Tone"])
def test_markdown_in_user_text_stays_literal(evil_sample, view: str) -> None:
    at = start(view)
    texts = markdown_texts(at)
    for t in texts:
        for seq in MARKUP:
            assert seq not in t, (view, seq, t)
    if view in ("Overview", "Sources", "Language"):
        # the outlet name was shown (escaped), so the check above had something to catch
        assert any(md_escape(EVIL) in t for t in texts), view


def test_escaping_is_what_the_check_catches() -> None:
    """The check above fails on the raw name and passes on the escaped one."""
    assert any(seq in EVIL for seq in MARKUP)
    assert not any(seq in md_escape(EVIL) for seq in MARKUP)


def test_vocabulary_with_a_pipe_in_the_outlet_name(tmp_path, monkeypatch) -> None:
    outlet = "Steppe | Courier"
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(COMPARE.glob("flood-*.txt"))}
    first = next(n for n in texts if "daily-courier" in n)
    texts[first] = with_outlet(texts[first], outlet)
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(write_sample(tmp_path / "pipe", texts)))
    at = start("Vocabulary")
    box = next(s for s in at.selectbox if s.key == "vocabulary_term")
    i = next(i for i, label in enumerate(box.options) if label.endswith(f" — {outlet}"))
    term = box.options[i][: -len(f" — {outlet}")]
    box.set_value((outlet, term)).run()  # AppTest's select_index passes the label, not the option
    assert not at.exception, [e.value for e in at.exception]
    box = next(s for s in at.selectbox if s.key == "vocabulary_term")
    assert tuple(box.value) == (outlet, term) and box.index == i
    shown = " ".join(m.value for m in at.markdown)
    assert f"uses in {md_escape(outlet)}," in shown


def test_sources_view_with_an_outlet_named_speaker(tmp_path, monkeypatch, fixture_articles) -> None:
    names = list(fixture_articles)
    texts = dict(fixture_articles)
    texts[names[0]] = with_outlet(texts[names[0]], "speaker")  # Mara, a shop owner, is quoted here
    texts[names[1]] = with_outlet(texts[names[1]], "total")
    texts[names[2]] = with_outlet(texts[names[2]], "type")
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(write_sample(tmp_path / "speaker", texts)))
    at = start("Sources")
    (table,) = [d for d in at.dataframe if "Speaker" in d.value.columns]
    df = table.value
    event = next(e for e in at.session_state["compare_events"][1] if e.id == at.session_state["compare_event"])
    outlets = [a.outlet for a in at.session_state["fr_articles"].values() if a.id in event.article_ids]
    assert "speaker" in outlets  # the article quoting Mara is in the event shown
    assert list(df.columns) == ["Speaker", "Type", *outlets, "Outlets", "Anonymous", "Role", "Also named", "Type from"]
    mara = df[df["Speaker"].str.contains("Mara")].iloc[0]
    assert mara["speaker"] == 1 and mara["Outlets"] == 1
    assert all(mara[o] == 0 for o in outlets if o != "speaker")


#: outlet names holding what GFM would autolink (a web address, a www. name, an e-mail address)
LINKY = ("http://outlet.invalid/x", "News at www.outlet.invalid", "desk@outlet.invalid")
AUTOLINK = re.compile(r"(?i)https?://|www\.|[\w.+-]@[\w-]+\.")


@pytest.fixture
def linky_sample(tmp_path, monkeypatch, fixture_articles) -> pathlib.Path:
    texts = {name: with_outlet(text, outlet) for (name, text), outlet in zip(fixture_articles.items(), LINKY)}
    folder = write_sample(tmp_path / "linky", texts)
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(folder))
    return folder


@pytest.mark.parametrize("view", ["Overview", "Sources", "Language"])
def test_addresses_in_outlet_names_are_not_autolinked(linky_sample, view: str) -> None:
    at = start(view)
    shown = [re.sub(r"\\(.)", r"\1", t) for t in markdown_texts(at)]  # the text after escapes resolve
    linky = [t for t in shown if AUTOLINK.search(t)]
    assert not linky, (view, linky)
    names = " ".join(shown).replace("\u2060", "")
    # the names were shown, as written (Sources and Language show the first two articles)
    assert len([outlet for outlet in LINKY if outlet in names]) >= (3 if view == "Overview" else 2), view
