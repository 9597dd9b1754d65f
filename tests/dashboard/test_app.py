"""The Streamlit app through AppTest (no browser): sample, upload, bad upload, paste, side by side."""

from __future__ import annotations

import html
import pathlib
import re

import pytest
from streamlit.testing.v1 import AppTest

from framing.ingest import load_bytes, load_paths

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")

UPLOAD = (
    "Outlet: Upload Gazette\nDate: 2022-01-09\n\n"
    "Volunteers clear mud from flooded river town streets\n\n"
    "Hundreds of volunteers from nearby villages spent Thursday clearing mud and debris from the streets "
    "of the river town, while engineers inspected the damaged bridge.\n"
).encode("utf-8")
UPLOAD_HEADLINE = "Volunteers clear mud from flooded river town streets"


def start(timeout: int = 60, view: str = "Side by side") -> AppTest:
    """Run the app with ``view`` as the open tab (only the open view runs)."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.session_state["dashboard_view"] = view
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_bodies(at: AppTest) -> str:
    return "\n".join(e.proto.body for e in at.get("html"))


def column_headlines(at: AppTest) -> list[str]:
    """Headlines shown in the side-by-side column cards, in column order."""
    out = []
    for e in at.get("html"):
        body = e.proto.body
        if body.startswith('<div class="fr-card">'):
            start = body.index('class="fr-headline"')
            start = body.index(">", start) + 1
            inner = re.sub(r"<style>.*?</style>|<[^>]+>", "", body[start:body.index("</div>", start)], flags=re.S)
            out.append(html.unescape(inner))
    return out


def shown_event(at: AppTest):
    """The event every tab shows."""
    return next(e for e in at.session_state["compare_events"][1] if e.id == at.session_state["compare_event"])


def uploader(at: AppTest):
    (up,) = at.sidebar.get("file_uploader")
    return up


def article_count(at: AppTest) -> int:
    return len(at.session_state["fr_articles"])


def test_starts_on_the_sample(use_sample, fixture_articles, fixture_notice):
    at = start()
    expected = load_paths([use_sample / n for n in fixture_articles]).articles
    assert article_count(at) == len(expected) == 3
    assert any(fixture_notice in i.value for i in at.info), "the sample's notice is shown"
    assert [t.label for t in at.tabs][:2] == ["Overview", "Side by side"]
    # the side by side shows the first articles of the event shown on every tab (the header names
    # it), text included
    header = next(m.value for m in at.markdown if m.value.startswith("Showing"))
    shown = at.session_state["compare_event"]
    event = next(e for e in at.session_state["compare_events"][1] if e.id == shown)
    assert f"{len(event.article_ids)} article" in header
    assert column_headlines(at) == [a.title for a in expected if a.id in event.article_ids][:3]
    assert html.escape("We have never seen water this high", quote=False) in html_bodies(at)
    # the article-length chart holds one bar per article
    charts = at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    lengths = [c for c in charts if "word_count" in c.proto.spec and "Length of each article" in c.proto.spec]
    assert len(lengths) == 1 and "Alpha Daily" in lengths[0].proto.spec


def test_real_sample_starts_without_exception():
    at = start()
    assert article_count(at) >= 2
    assert at.info and "illustrative" in at.info[0].value.lower()
    assert len(column_headlines(at)) >= 2


def test_upload_replaces_the_sample_and_is_shown(use_sample, fixture_articles):
    at = start()
    uploader(at).set_value(("gazette.txt", UPLOAD, "text/plain"))
    at.run()
    assert not at.exception
    assert article_count(at) == 1
    body = html.unescape(html_bodies(at))
    assert "✓ gazette.txt — Upload Gazette — " + UPLOAD_HEADLINE in body
    assert "sample event — replaced by your articles" in body
    # the load log lists only what is loaded now: none of the sample's files
    log = "\n".join(e.line for e in at.session_state["fr_load_log"])
    assert "gazette.txt" in log and not any(name in log for name in fixture_articles)
    assert all("Sample event loaded" not in i.value for i in at.info)
    new_id = load_bytes("gazette.txt", UPLOAD).articles[0].id
    sel = at.multiselect(key="side_by_side_articles")
    assert sel.options == [f"Upload Gazette — {UPLOAD_HEADLINE}"] and sel.value == [new_id]
    assert column_headlines(at) == [UPLOAD_HEADLINE]
    assert "engineers inspected the damaged bridge" in html_bodies(at)
    # the sample is one click away
    [b for b in at.sidebar.button if b.label == "Reset to the sample event"][0].click()
    at.run()
    assert article_count(at) == 3 and any("Sample event loaded" in i.value for i in at.info)


def test_bad_uploads_show_errors_and_keep_what_is_loaded(use_sample):
    at = start()
    before = set(at.session_state["fr_articles"])
    # only bad files: the sample stays
    uploader(at).set_value([("empty.txt", b"", "text/plain"),
                            ("again.txt", (use_sample / "02-beta-post.txt").read_bytes(), "text/plain")])
    at.run()
    assert not at.exception and set(at.session_state["fr_articles"]) == before
    assert "↺ again.txt" in html.unescape(html_bodies(at))
    uploader(at).set_value([
        ("empty.txt", b"", "text/plain"),
        ("broken.zip", b"this is not a zip archive", "application/zip"),
        ("gazette.txt", UPLOAD, "text/plain"),
        ("gazette-again.txt", UPLOAD, "text/plain"),
    ])
    at.run()
    assert not at.exception
    log = html.unescape(html_bodies(at))
    assert "✗ empty.txt" in log and "✗ broken.zip" in log
    assert "↺ gazette-again.txt" in log and "duplicate" in log
    assert "✓ gazette.txt" in log
    assert at.sidebar.error and "could not be loaded" in at.sidebar.error[0].value
    assert article_count(at) == 1  # the good file replaced the sample; the bad ones are named
    # the uploader is emptied after each batch: another run does not load anything again
    at.run()
    assert article_count(at) == 1 and not uploader(at).value


def test_paste_adds_an_article_with_its_outlet(use_sample):
    at = start()
    at.sidebar.text_area(key="fr_paste_text").input(UPLOAD.decode().split("\n\n", 1)[1])
    at.sidebar.text_input(key="fr_paste_outlet").input("Pasted Press")
    submit = [b for b in at.sidebar.button if b.label == "Add pasted article"][0]
    submit.click()
    at.run()
    assert not at.exception
    assert article_count(at) == 1  # the pasted article replaced the sample
    arts = list(at.session_state["fr_articles"].values())
    assert arts[-1].outlet == "Pasted Press" and arts[-1].title == UPLOAD_HEADLINE


def test_pasted_text_is_not_read_as_markdown(use_sample):
    """``window.__x … window.__y`` is not emphasis, ``**`` and ``[x](y)`` stay as written."""
    at = start()
    body = ("The script set window.__x = 1 before window.__y = 2 ran, and the page said **urgent** with a "
            "[link](http://evil.invalid/x) to click, which the volunteers ignored while clearing the mud.")
    at.sidebar.text_area(key="fr_paste_text").input(f"{UPLOAD_HEADLINE}\n\n{body}")
    [b for b in at.sidebar.button if b.label == "Add pasted article"][0].click()
    at.run()
    assert not at.exception
    pasted = list(at.session_state["fr_articles"].values())[-1]
    assert pasted.body == body


def sidebar_count_caption(at: AppTest) -> str:
    return next(c.value for c in at.sidebar.caption if " loaded" in c.value and "article" in c.value)


def test_sidebar_says_sample_only_while_only_the_sample_is_loaded(use_sample):
    at = start()
    assert sidebar_count_caption(at) == "3 articles loaded (the sample event)"
    # the outlet editor removes one of the sample's articles: the rest is still the sample
    ids = list(at.session_state["fr_articles"])
    from dashboard import state

    assert state.remove({ids[0]}, at.session_state) == 1
    at.run()
    assert sidebar_count_caption(at) == "2 articles loaded (the sample event)"
    uploader(at).set_value(("gazette.txt", UPLOAD, "text/plain"))
    at.run()
    assert sidebar_count_caption(at) == "1 article loaded"
    assert all("Sample event" not in i.value for i in at.info)


def test_clear_and_reset(use_sample):
    at = start()
    [b for b in at.sidebar.button if b.label.startswith("Clear")][0].click()
    at.run()
    assert not at.exception and article_count(at) == 0
    assert not at.info or all("Sample event" not in i.value for i in at.info)
    assert column_headlines(at) == []
    [b for b in at.sidebar.button if b.label.startswith("Reset")][0].click()
    at.run()
    assert not at.exception and article_count(at) == 3
    assert len(column_headlines(at)) == min(3, len(shown_event(at).article_ids))


def test_clearing_uploaded_articles_asks_first_and_keeping_them_loses_nothing(use_sample):
    at = start()
    uploader(at).set_value([("gazette.txt", UPLOAD, "text/plain"),
                            ("herald.txt", UPLOAD.replace(b"Upload Gazette", b"River Herald").replace(b"Thursday", b"Friday"),
                             "text/plain")])
    at.run()
    assert article_count(at) == 2

    def button(label: str):
        return next(b for b in at.sidebar.button if b.label.startswith(label))

    button("Clear all articles").click()
    at.run()
    assert article_count(at) == 2, "one click removes nothing the user loaded"
    assert any("Remove all 2 articles" in w.value for w in at.sidebar.warning)
    button("Keep them").click()
    at.run()
    assert article_count(at) == 2 and not at.sidebar.warning
    button("Clear all articles").click()
    at.run()
    button("Remove 2").click()
    at.run()
    assert not at.exception and article_count(at) == 0
    assert button("Clear all articles").disabled, "nothing left to clear"


def test_the_clear_question_closes_when_the_articles_change_instead_of_growing(use_sample):
    at = start()
    uploader(at).set_value([("gazette.txt", UPLOAD, "text/plain")])
    at.run()

    def button(label: str):
        return next(b for b in at.sidebar.button if b.label.startswith(label))

    button("Clear all articles").click()
    at.run()
    assert any("Remove all 1 article" in w.value for w in at.sidebar.warning)
    # the user pastes an article instead of answering: the question (about 1 article) is closed,
    # not silently grown to count the new one
    at.sidebar.text_area(key="fr_paste_text").input(
        "Bridge reopens after the flood\n\nEngineers reopened the bridge over the river on Saturday after "
        "inspecting its piers, and the first buses crossed it in the afternoon while residents watched.")
    at.sidebar.text_input(key="fr_paste_outlet").input("River Herald")
    next(b for b in at.sidebar.button if b.label == "Add pasted article").click()
    at.run()
    assert article_count(at) == 2
    assert not [w for w in at.sidebar.warning if "Remove all" in w.value]
    assert not [b for b in at.sidebar.button if b.label.startswith("Remove ")]
    # asked again, it counts what is loaded now; confirming removes exactly those and closes it
    button("Clear all articles").click()
    at.run()
    assert any("Remove all 2 articles" in w.value for w in at.sidebar.warning)
    button("Remove 2").click()
    at.run()
    assert article_count(at) == 0 and not [w for w in at.sidebar.warning if "Remove all" in w.value]


def test_pending_clear_is_the_snapshot_while_nothing_changed():
    from dashboard.loading import CLEAR_PENDING, pending_clear

    session: dict = {CLEAR_PENDING: frozenset({"a", "b"})}
    assert pending_clear({"a", "b"}, session) == {"a", "b"}
    assert pending_clear({"a", "b", "c"}, session) == frozenset() and session[CLEAR_PENDING] is None
    assert pending_clear({"a", "b"}, session) == frozenset(), "closed stays closed"


@pytest.mark.parametrize("bad_url", ["ftp://example.org/x", "not a url"])
def test_bad_url_is_reported(use_sample, bad_url):
    at = start()
    at.sidebar.text_input(key="fr_url").input(bad_url)
    [b for b in at.sidebar.button if b.label == "Fetch article"][0].click()
    at.run()
    assert not at.exception and article_count(at) == 3
    assert "must start with http" in html.unescape(html_bodies(at))


def test_side_by_side_marks_loaded_terms_with_their_reason() -> None:
    """The words behind the loaded-language score are marked in the texts, with category and voice on hover."""
    at = start(180)
    marked = html_bodies(at).count('class="hl-loaded')
    assert marked and "narrator" in html_bodies(at)
    marks = next(w for w in at.get("button_group") if w.key == "side_by_side_marks")
    marks.unselect("Loaded terms").run()
    assert not at.exception
    assert html_bodies(at).count('class="hl-loaded') < marked


def test_side_by_side_marks_who_speaks() -> None:
    """Attributed words are marked with their speaker, type and reporting verb on hover."""
    at = start(180)
    before = html_bodies(at).count("cue: say (neutral)")
    marks = next(w for w in at.get("button_group") if w.key == "side_by_side_marks")
    marks.set_value(["Who speaks"]).run()
    assert not at.exception
    bodies = html_bodies(at)
    assert 'class="hl-quote st-official' in bodies
    assert bodies.count("cue: say (neutral)") > before


def test_an_article_that_fails_analysis_is_named_and_the_others_stay(monkeypatch, use_sample) -> None:
    """An analyser crash on one article shows an error naming it; the other articles are still compared."""
    import streamlit as st

    import framing.analysis as analysis_module

    real = analysis_module.analyse_articles
    st.cache_data.clear()

    def flaky(articles, *args, **kwargs):
        articles = list(articles)
        if any("Beta" in a.outlet for a in articles):
            raise RuntimeError("analyser exploded")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr("dashboard.analysis.analyse_articles", flaky)
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["dashboard_view"] = "Side by side"
    at.run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "Could not analyse" in errors and "analyser exploded" in errors.replace("\\", "")
    assert column_headlines(at) and all("Beta" not in h for h in column_headlines(at))


def test_loaded_terms_in_headlines_are_marked_and_escaped() -> None:
    from dashboard.views.side_by_side import header_html
    from framing.highlight import Highlight
    from framing.model import Article

    a = Article.create(title="Heroic <b>forces</b> crush bandits", body="Body text here.", outlet="X")
    start = a.text.index("bandits")
    out = header_html(a, {}, "#123456", [Highlight(start, start + 7, "hl-loaded", title="pejorative label")])
    assert '<mark class="hl-loaded"' in out and ">bandits</mark>" in out
    assert "&lt;b&gt;forces&lt;/b&gt;" in out and "<b>" not in out


def test_the_uploader_takes_every_type_the_readme_lists_parquet_included(use_sample):
    import io
    import re as _re

    import pyarrow as pa
    import pyarrow.parquet as pq

    from dashboard.loading import UPLOAD_TYPES

    # every file type the README names is one the uploader takes
    listed = set(_re.findall(r"`\.(\w+)`", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert "parquet" in listed and listed <= set(UPLOAD_TYPES), listed - set(UPLOAD_TYPES)
    assert {"txt", "md", "html", "csv", "jsonl", "json", "parquet", "zip"} <= set(UPLOAD_TYPES)

    table = pa.table({"title": ["Ferry service resumes after storm", "Storm damage bill rises"],
                      "text": ["Ferries sailed again on Monday after three days in port, the operator said, and the "
                               "first boats were full of people who had waited since the storm began.",
                               "Repairs to the harbour wall will cost more than expected, the council said on Tuesday, "
                               "because the storm also broke the old sea gate at the north end."],
                      "outlet": ["Parquet Harbour News", "Parquet Coast Daily"]})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    at = start()
    uploader(at).set_value(("export.parquet", buf.getvalue(), "application/octet-stream"))
    at.run()
    assert not at.exception
    assert {a.outlet for a in at.session_state["fr_articles"].values()} == {"Parquet Harbour News", "Parquet Coast Daily"}
