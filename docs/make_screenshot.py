"""Re-make ``docs/screenshot.png``: the dashboard on the sample event, in headless Chromium.

Usage (from the repository root, with the dev requirements installed):

    python docs/make_screenshot.py [--out docs/screenshot.png] [--chromium /usr/bin/chromium]

It starts ``streamlit run dashboard/app.py`` on a free port, opens it in Chromium through
Playwright (the system Chromium; never ``playwright install``), waits for the app to finish
running and saves a screenshot of the page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.server import streamlit_server  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def wait_for_app(page, timeout_ms: int = 120_000) -> None:
    """Wait until the script has run and nothing is running any more."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_selector('[role="tab"]', timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.trim() === ''",
        timeout=timeout_ms,
    )
    page.wait_for_selector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg',
                           timeout=timeout_ms)
    page.wait_for_timeout(1500)  # let fonts and the chart settle


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1300)
    ap.add_argument("--view", default="Side by side", help="the tab to show (default: %(default)s)")
    args = ap.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"error: Chromium not found at {args.chromium}; install it (apt-get install chromium) "
              "or pass --chromium PATH", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    with streamlit_server() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": args.width, "height": args.height},
                                    device_scale_factor=1)
            page.goto(url, wait_until="domcontentloaded", timeout=120_000)
            wait_for_app(page)
            if args.view:
                page.locator('[role="tab"]', has_text=args.view).first.click()
                wait_for_app(page)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out), full_page=False)
        finally:
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
