"""The workspace in real Chromium: uploads and changes survive a page reload and a server restart.

Starts its own ``streamlit run dashboard/app.py`` on a workspace of its own (``FRAMING_HOME``),
twice. Also covers what only a browser shows: the project picker keeps its choice while the
open project's articles change (an option whose label changed would be a new option to the
browser, and picking "it" failed).
"""

from __future__ import annotations

import pytest

from dashboard.server import streamlit_server

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser
FIRST = (b"Outlet: Workspace Herald\n\nHarbour workers vote to end strike\n\n"
         b"Dock workers voted on Monday to end the strike after the port authority agreed to their terms.\n")
SECOND = (b"Outlet: Second Courier\n\nFerries run again after the strike\n\n"
          b"The first ferries left the harbour on Tuesday morning, a day after the strike ended.\n")


def open_app(page, url: str):
    page.goto(url, wait_until="domcontentloaded")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]').wait_for(state="attached")
    wait_idle(page)
    return sidebar


def picked(sidebar) -> str:
    """The project the picker shows."""
    return str(sidebar.get_by_role("combobox", name="Open project").input_value()).strip()


def upload(page, sidebar, name: str, data: bytes) -> None:
    sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}])
    page.locator(".fr-load-log li", has_text=name).first.wait_for()
    wait_idle(page)


def test_uploads_survive_a_reload_and_a_server_restart(page, browser_type_launch_args, tmp_path) -> None:
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1400, "height": 1100})
    env = {"FRAMING_HOME": str(tmp_path / "home")}
    with streamlit_server(env=env, log_path=tmp_path / "first.log") as url:
        sidebar = open_app(page, url)
        upload(page, sidebar, "herald.txt", FIRST)  # on the sample: a new project with a copy of it
        sidebar.get_by_text("“My project”").first.wait_for()
        sidebar.get_by_role("button", name="Clear all articles").click()
        wait_idle(page)
        confirm = sidebar.locator("button", has_text="Remove ").first  # the user's own article would go: it asks
        confirm.wait_for()
        assert "Remove all" in sidebar.inner_text()
        confirm.click()
        wait_idle(page)
        upload(page, sidebar, "courier.txt", SECOND)
        assert "1 article loaded" in sidebar.inner_text()
        sidebar = open_app(page, url)  # a reload: a new session
        assert "1 article loaded" in sidebar.inner_text()
        assert picked(sidebar) == "My project"
    with streamlit_server(env=env, log_path=tmp_path / "second.log") as url:  # a restart
        sidebar = open_app(page, url)
        assert "1 article loaded" in sidebar.inner_text() and picked(sidebar) == "My project"
        page.get_by_text("Loaded articles (1)").first.click()
        page.locator('[role="gridcell"]', has_text="Second Courier").first.wait_for(state="attached")  # the outlet table
