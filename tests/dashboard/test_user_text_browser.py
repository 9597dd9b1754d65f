"""Hostile user text in real Chromium: an uploaded article and a pasted one full of script,
HTML event handlers, Markdown images, links and bare web and e-mail addresses.

What the browser is checked for, on every view that shows the articles' outlets, headlines
and texts: no script ran (``window.__pwned`` stays undefined), no request left the page for
another host than the app's (a Markdown image would fetch its URL), no ``<a>`` element was
made from an address in the text (GFM autolinks), and the pasted text is shown as written
(``window.__x`` is not Markdown emphasis).

Uses the browser fixtures of ``conftest.py`` (Debian's Chromium; skipped when it is absent).
Like every browser test it takes tens of seconds (a real server, four views); deselect with
``-m "not browser"``.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser

PAYLOADS = ('<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> '
            "![pixel](http://tracker.invalid/px.png) [click](javascript:window.__pwned=1) "
            '<iframe src="http://tracker.invalid/frame"></iframe> $x$ :red[red]')
UPLOAD = (
    "Outlet: Harbour News http://outlet.invalid/news\nDate: 2022-02-03\n\n"
    "Harbour strike ends, says www.harbour.invalid <img src=x onerror=\"window.__pwned=1\">\n\n"
    f"Dock workers at the harbour voted on Monday to end a strike that had halted shipping for a week. {PAYLOADS} "
    "The union wrote to desk@harbour.invalid and posted https://harbour.invalid/story and www.harbour.invalid "
    "after the port authority agreed to review shift patterns and overtime pay.\n\n"
    "\u201cWe got what we came for,\u201d said a union representative.\n"
).encode("utf-8")
PASTE_OUTLET = "desk@paste.invalid"
PASTED_BODY = ("Engineers said the script set window.__x = 1 before window.__y = 2 ran on the council website, "
               f"and the page said **urgent**. {PAYLOADS} The council posted www.council.invalid and "
               "http://council.invalid/flood for residents, who were told to write to help@council.invalid.")
PASTED = f"Council website shows flood warnings\n\n{PASTED_BODY}"
#: the hosts named in the texts: none may be requested or linked
INVALID = ".invalid"


def wait_shown(page, n: int) -> None:
    """Wait until the run that loaded the ``n``-th article is over: the main area counts ``n``
    loaded articles (it is drawn after the sidebar) and no run is shown going."""
    expect(page.locator('[data-testid="stMain"]').get_by_text(f"Loaded articles ({n})")).to_be_visible(timeout=TIMEOUT)
    wait_idle(page)


def open_view(page, title: str) -> None:
    page.locator('[role="tab"]', has_text=title).first.click()
    wait_idle(page)


def anchors(page) -> list[tuple[str, str]]:
    return [tuple(a) for a in page.evaluate(
        "() => [...document.querySelectorAll('a')].map(a => [a.getAttribute('href') || '', a.textContent])")]


def assert_nothing_ran_or_linked(page, where: str) -> None:
    assert page.evaluate("() => typeof window.__pwned") == "undefined", where
    linked = [(href, text) for href, text in anchors(page)
              if INVALID in href or INVALID in text or "@" in text or href.startswith(("mailto:", "javascript:"))]
    assert not linked, (where, linked)
    images = page.evaluate("() => [...document.querySelectorAll('img, iframe')].map(e => e.getAttribute('src') || '')")
    assert not [s for s in images if INVALID in s], where


def test_script_and_markdown_laden_articles_stay_inert(page, app_url):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.goto(app_url, wait_until="domcontentloaded")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]').wait_for(state="attached")
    wait_idle(page)

    # only our two articles: clear the sample, upload one, paste one. Each step waits for what the
    # page shows once the run it started is over, not only for the status widget: Streamlit shows
    # that widget only after a run has lasted a while, so on a loaded machine ``wait_idle`` can
    # return while a run is still rendering (the next action then races it)
    sidebar.get_by_role("button", name="Clear all articles").click()
    expect(sidebar).to_contain_text("0 articles loaded", timeout=TIMEOUT)
    wait_idle(page)
    sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "harbour.txt", "mimeType": "text/plain", "buffer": UPLOAD}])
    page.locator(".fr-load-log li", has_text="harbour.txt").first.wait_for()
    wait_shown(page, 1)
    assert "Harbour strike ends" in page.locator(".fr-load-log").first.inner_text()
    sidebar.get_by_text("Paste an article").click()
    text_box = sidebar.get_by_label("Article text (headline on the first line)")
    text_box.fill(PASTED)
    expect(text_box).to_have_value(PASTED, timeout=TIMEOUT)
    outlet_box = sidebar.get_by_label("Outlet name")
    outlet_box.fill(PASTE_OUTLET)
    expect(outlet_box).to_have_value(PASTE_OUTLET, timeout=TIMEOUT)
    sidebar.get_by_role("button", name="Add pasted article").click()
    page.locator(".fr-load-log li", has_text="pasted text").first.wait_for()
    wait_shown(page, 2)
    assert "Council website shows flood warnings" in page.locator(".fr-load-log").first.inner_text()
    assert "2 articles loaded\n" in sidebar.inner_text() and "loaded (" not in sidebar.inner_text()
    assert_nothing_ran_or_linked(page, "sidebar")

    open_view(page, "Side by side")
    body = page.locator('[data-testid="stColumn"] .fr-article', has_text="Engineers said").filter(visible=True)
    body.first.wait_for()
    shown = body.first.inner_text()
    assert "window.__x = 1 before window.__y = 2" in shown and "**urgent**" in shown  # not read as Markdown
    assert "<script>window.__pwned=1</script>" in shown  # shown as text
    assert_nothing_ran_or_linked(page, "Side by side")

    for view in ("Sources", "Language"):
        open_view(page, view)
        for outlet in (PASTE_OUTLET, "Harbour News http://outlet.invalid/news"):
            # the outlet names, shown as written (less the invisible word joiner) and not as links
            name = page.locator('[data-testid="stMarkdownContainer"] strong', has_text="invalid").filter(
                visible=True, has_text=outlet[-12:])
            name.first.wait_for()
            assert name.first.inner_text().replace("\u2060", "") == outlet, view
        assert_nothing_ran_or_linked(page, view)
        if view == "Sources":
            # a table's own toolbar would download its cells as they are (formulas included):
            # it is switched off (client.disableDataExport); the app's CSV downloads are safe
            table = page.locator('[data-testid="stDataFrame"]').filter(visible=True).first
            table.hover()
            page.locator('[data-testid="stElementToolbar"]').filter(visible=True).first.wait_for()
            assert page.get_by_role("button", name="Download as CSV").count() == 0
    open_view(page, "Overview")
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for()
    assert_nothing_ran_or_linked(page, "Overview")

    app = urlparse(app_url).netloc
    outside = [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != app]
    assert not outside, outside
    assert any(urlparse(u).netloc == app for u in requests)  # the recorder saw the page's own requests
