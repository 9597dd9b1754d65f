"""Waiting for the dashboard in a real browser: one home for the browser tests' idle test.

A Streamlit run is over when its status widget is empty and no element is still marked stale
(``data-stale="true"``: drawn by the previous run and not yet replaced). Streamlit shows the
status widget only after a run has lasted a while, so the widget alone can report idle while a
run is still rendering; the stale marks close that gap. Charts draw after the script has run,
hence the short settle at the end.
"""

from __future__ import annotations

TIMEOUT = 120_000  # ms: generous, the machine is shared

_IDLE = ("() => { const s = document.querySelector('[data-testid=\"stStatusWidget\"]');"
         " return (!s || s.innerText.trim() === '') && !document.querySelector('[data-stale=\"true\"]'); }")


def wait_idle(page, settle_ms: int = 250) -> None:
    """Wait until no run is going or rendering, then ``settle_ms`` for charts to draw."""
    page.wait_for_function(_IDLE, timeout=TIMEOUT)
    if settle_ms:
        page.wait_for_timeout(settle_ms)
