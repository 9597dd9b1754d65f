"""The Language view's naming comparison in real Chromium: a click on a form (a row of the table)
brings up its uses with the words marked. Uses the browser fixtures of ``conftest.py`` (the bundled
sample on a real server; Debian's Chromium, skipped when absent)."""

from __future__ import annotations

import pytest

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser

HEADER = 35         # px: the data grid's header row
ROW = 35            # px: one row


def test_a_click_on_a_form_marks_its_words(page, app_url):
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.goto(app_url, wait_until="domcontentloaded")
    page.locator('[role="tab"]', has_text="Language").first.click()
    page.locator("h3", has_text="How each outlet names the same actors").first.wait_for()
    wait_idle(page)
    grid = page.locator('[data-testid="stDataFrame"]').filter(has=page.locator("th", has_text="Form")).first
    grid.wait_for()
    headers = grid.locator("th").all_inner_texts()
    assert [h.strip() for h in headers[:4] if h.strip()][:3] == ["Actor", "Form", "Kind"], headers
    before = page.locator(".fr-evidence").count()
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    form = grid.locator("td").nth(1)            # the first row's "Form" cell (the accessible table)
    first_form = form.inner_text().strip()
    page.mouse.click(box["x"] + 12, box["y"] + HEADER + ROW / 2)     # the first row's selection box
    heading = page.locator('[data-testid="stMarkdown"]', has_text=f"“{first_form}”").first
    heading.wait_for()
    wait_idle(page)
    marks = page.locator(".fr-evidence mark").all_inner_texts()
    assert page.locator(".fr-evidence").count() > before and marks
    # every marked word is the form clicked (or, for a title + name, ends with its name)
    assert all(m.split()[-1] in first_form for m in marks), (first_form, marks[:5])
