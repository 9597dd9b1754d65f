"""One end-to-end test in real Chromium: upload a .txt (it replaces the sample), read it side by side.

Runs ``streamlit run dashboard/app.py`` as a subprocess (fixture ``app_url``) and drives
Debian's Chromium through Playwright. Skipped when /usr/bin/chromium is absent.
Deselect with ``-m "not browser"``.
"""

from __future__ import annotations

import re

import pytest

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser


HEADLINE = "Harbour workers vote to end week-long strike"
UPLOAD = (
    "Outlet: Browser Test Herald\nDate: 2022-02-01\n\n"
    f"{HEADLINE}\n\n"
    "Dock workers at the harbour voted on Monday to end a strike that had halted shipping for a week, "
    "after the port authority agreed to review shift patterns and overtime pay.\n\n"
    "\u201cWe got what we came for,\u201d said a union representative.\n"
).encode("utf-8")


def test_upload_and_compare_side_by_side(page, app_url):
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.goto(app_url, wait_until="domcontentloaded")
    page.locator('[role="tab"]', has_text="Side by side").first.click()
    # the app has run on the sample: the side-by-side cards are there
    page.locator('[data-testid="stHtml"] .fr-card').first.wait_for()
    wait_idle(page)

    page.locator('[data-testid="stSidebar"] [data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "herald.txt", "mimeType": "text/plain", "buffer": UPLOAD}]
    )
    # the load log reports it
    page.locator(".fr-load-log li", has_text="herald.txt").first.wait_for()
    wait_idle(page)
    assert "Browser Test Herald" in page.locator(".fr-load-log").first.inner_text()

    # the upload replaced the sample: the side by side shows it, chosen for reading
    page.locator('[role="tab"]', has_text="Side by side").first.click()
    wait_idle(page)
    # the rerun after the upload can still be drawing: wait for the picker to show the upload
    select = page.locator('[data-testid="stMultiSelect"]', has_text="Harbour workers vote").filter(visible=True).first
    select.wait_for()
    assert re.search("Harbour workers vote", select.inner_text())
    assert "Head of State" not in select.inner_text()  # the sample's articles are gone from the picker

    card = page.locator('[data-testid="stColumn"] .fr-card .fr-headline', has_text=HEADLINE).filter(visible=True)
    card.first.wait_for()
    assert card.first.inner_text().strip() == HEADLINE
    body = page.locator('[data-testid="stColumn"] .fr-article', has_text="port authority agreed").filter(visible=True)
    body.first.wait_for()
