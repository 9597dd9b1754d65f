"""Blind-read mode: outlets are letters everywhere, names masked in texts at the same length."""

from __future__ import annotations

import json
import pathlib

from streamlit.testing.v1 import AppTest

import pytest

from dashboard.blind import Mask, dateline_codes, initialism, letters, mask_json, masker, short_form
from dashboard.views import VIEWS
from framing.model import Article

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


def test_mask_catches_names_with_apostrophes_and_a_papers_short_form_in_running_text():
    mask = masker({"Harbour's Echo": "Outlet A", "Evening Lantern": "Outlet B", "Coastal News Agency": "Outlet C"})
    cases = {
        "Harbour's Echo reported; Harbour’s Echo again; harbours-echo.txt":
            "Outlet A       reported; Outlet A       again; Outlet A     .txt",
        "A docker told the Lantern: \"We will strike.\" The Lantern's editor agreed.":
            "A docker told Outlet B   : \"We will strike.\" Outlet B   's editor agreed.",
        "A reader wrote to the Echo after the storm.": "A reader wrote to Outlet A after the storm.",
    }
    for text, expected in cases.items():
        assert mask(text) == expected
    # the common noun, and a generic last word, are left alone
    untouched = "He carried a lantern; the echo of the blast; the Agency said nothing"
    assert mask(untouched) == untouched


def test_short_form_is_the_and_the_last_distinctive_word():
    assert short_form("Evening Lantern") == "the Lantern"
    assert short_form("The Morning Courier") == "the Courier"
    assert short_form("Harbour's Echo") == "the Echo"
    assert short_form("Coastal News Agency") is None and short_form("Lantern") is None


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


# --- every form of an outlet's name ------------------------------------------------------

def test_initialism_skips_the_and_small_words_and_needs_two_words():
    assert initialism("Global Press Wire") == "GPW"
    assert initialism("The Harbour Times") == "HT"
    assert initialism("Bank of Calden News") == "BCN"
    assert initialism("Reuters") is None and initialism("The Courier") is None


def test_dateline_codes_are_read_from_the_opening_lines_only():
    assert dateline_codes("MERROW, Calden, May 4 (HPA) - The port reopened on Friday.") == ["HPA"]
    assert dateline_codes("Port reopens\n\nHarbour Press Agency | 4 May\n\nOSLO (NTB) \u2014 Ferries ran.") == ["NTB"]
    assert dateline_codes("ST. ELLIS, June 2 (Coast Line): Shops shut early.") == ["Coast Line"]
    # brackets that are no dateline: a lower-case opening, a remark in the body
    assert dateline_codes("The minister (left) said - nothing more.") == []
    assert dateline_codes("Ferries ran late.\n\nOfficials (two of them) - said so.") == []


def test_mask_catches_initialisms_domains_and_dateline_codes_at_the_same_length():
    mask = masker({"Harbour Press Agency": "Outlet A", "The Calden Courier": "Outlet B"},
                  codes={"The Calden Courier": ["CCX"]})
    cases = [
        "MERROW, Calden, May 4 (HPA) - Ferries resumed, H.P.A. reported.",
        "Read more at hpa.example or harbourpressagency.example; Calden Courier staff agreed.",
        "PORT ELLIS (CCX) - the Courier's desk wrote that the CC said nothing.",
    ]
    for text in cases:
        out = mask(text)
        assert len(out) == len(text)
        for form in ("HPA", "H.P.A", "hpa.", "harbourpressagency", "Calden Courier", "CCX"):
            assert form.lower() not in out.lower(), (form, out)
    # initials are masked only in capitals (or as a domain): an ordinary word stays
    assert masker({"Calden Courier": "Outlet B"})("the cc line and CC said") == "the cc line and B  said"


def _article(outlet: str, text: str, url: str | None = None) -> Article:
    return Article(id=outlet.lower().replace(" ", "-"), outlet=outlet, title="Port reopens", text=text, url=url)


def test_mask_of_articles_learns_dateline_codes_and_gives_a_wire_code_to_the_wire():
    wire = _article("Harbour Press Agency", "MERROW, Calden, May 4 (HPA) - Ferries resumed on Friday.")
    paper = _article("The Calden Courier", "MERROW, May 4 (HPA) - Ferries resumed, the agency said.")
    radio = _article("Bay Radio", "LISKO, May 4 (BRN) - The ferries are back.", url="https://www.bayradio.example/x")
    m = Mask.of([wire, paper, radio])
    assert m.mask(paper.text).startswith("MERROW, May 4 (A  ) -")  # the wire's code is the wire's letter
    out = m.mask("Sources: BRN, bayradio.example, HPA, Calden Courier")
    assert all(f not in out for f in ("BRN", "bayradio", "HPA", "Calden Courier")), out


#: articles written for these tests: a wire with a dateline code and a domain, a paper quoting it
BLIND_ARTICLES = {
    "wire.txt": (
        "Outlet: Harbour Press Agency\nDate: 2025-05-04\nURL: https://www.harbourpressagency.example/port\n\n"
        "Port of Merrow reopens after storm damage\n\n"
        "MERROW, Calden, May 4 (HPA) - The port of Merrow reopened on Friday after storm damage closed it for "
        "a week, the harbour authority said. Harbour master Lena Vos said 40 ships were waiting.\n\n"
        "\u201cWe worked day and night,\u201d Vos told HPA. More at hpa.example/port.\n"
    ),
    "courier.txt": (
        "Outlet: The Calden Courier\nDate: 2025-05-04\n\n"
        "Merrow port back in business, but dockers angry\n\n"
        "The port of Merrow reopened on Friday, a week after the storm. Dockers said the harbour authority had "
        "ignored warnings, The Calden Courier has learned. Harbour master Lena Vos denied it, according to "
        "Harbour Press Agency.\n\n\u201cNobody listened to us,\u201d docker Piet Ros told the Courier.\n"
    ),
    "radio.txt": (
        "Outlet: Bay Radio News\nDate: 2025-05-05\n\n"
        "Ships sail again from Merrow\n\n"
        "LISKO, May 5 (BRN) - Ships left the port of Merrow on Friday after the storm, harbour master Lena Vos "
        "said. Listen to BRN for more; Bay Radio News will follow the story.\n"
    ),
}
BLIND_FORMS = ["Harbour Press Agency", "HPA", "hpa.example", "harbourpressagency", "Calden Courier",
               "Bay Radio News", "BRN"]


@pytest.fixture
def blind_sample(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    folder = tmp_path / "blind-event"
    folder.mkdir()
    for name, text in BLIND_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    manifest = {"event": "port", "title": "A port reopens", "notice": "Written for these tests.",
                "articles": [{"file": n} for n in BLIND_ARTICLES]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(folder))
    return folder


def _leaks(text: str) -> list[str]:
    low = text.lower()
    return [f for f in BLIND_FORMS if f.lower() in low]


def test_blind_mode_masks_initials_codes_and_domains_on_every_tab_and_in_the_export(blind_sample):
    import zipfile
    from io import BytesIO

    from framing.export.bundle import ComparisonExport, zip_bytes

    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state["fr_blind"] = True
    for title, _ in VIEWS:
        at.session_state["dashboard_view"] = title
        at.run()
        assert not at.exception, (title, [e.value for e in at.exception])
        assert _leaks(page_text(at)) == [], title
    data = at.session_state["fr_blind_set"][1]
    comparisons = list(at.session_state["compare_comparisons"].values())
    assert comparisons
    export = ComparisonExport.build(comparisons[-1], data.analyses)
    archive = zipfile.ZipFile(BytesIO(zip_bytes(export.files(["csv", "json"]), export.root)))
    for name in archive.namelist():
        assert _leaks(name) == [], name
        assert _leaks(archive.read(name).decode("utf-8", "replace")) == [], name
