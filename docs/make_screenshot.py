"""Re-make ``docs/screenshot.png``: the dashboard on the sample event, in headless Chromium.

Usage (from the repository root, with the dev requirements installed):

    python docs/make_screenshot.py [--out docs/screenshot.png] [--chromium /usr/bin/chromium]
    python docs/make_screenshot.py --outlets 3 --views all --full-page --out-dir /tmp/shots

``--outlets N`` opens the app on N outlets made from the sample (``dashboard/sample_sets.py``);
``--views all`` takes one screenshot per tab into ``--out-dir``; ``--blind`` turns on blind reading.

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
    try:  # a tab may have no chart (About) or only folded ones
        page.wait_for_selector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg',
                               timeout=5_000)
    except Exception:  # noqa: BLE001 - playwright's TimeoutError
        pass
    page.wait_for_timeout(1500)  # let fonts and the chart settle


def shoot(page, out: Path, full_page: bool, height: int) -> None:
    """A screenshot; ``full_page``: the whole of the app's main area, which scrolls inside the page
    (Playwright's own full page would stop at the window), by making the window that tall."""
    if full_page:
        tall = page.evaluate("""() => Math.max(...['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]',
            '[data-testid="stMainBlockContainer"]'].map(s => document.querySelector(s))
            .filter(Boolean).map(e => e.scrollHeight))""")
        page.set_viewport_size({"width": page.viewport_size["width"], "height": min(int(tall) + 80, 16000)})
        page.wait_for_timeout(1500)  # charts re-fit to the new window
    page.screenshot(path=str(out), full_page=full_page)
    if full_page:
        page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
        page.wait_for_timeout(500)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1300)
    ap.add_argument("--view", default="Side by side", help="the tab to show (default: %(default)s)")
    ap.add_argument("--views", default="", help="'all' or comma-separated tab titles: one PNG each in --out-dir")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "docs" / "screens")
    ap.add_argument("--outlets", type=int, default=0, help="open on N outlets made from the sample")
    ap.add_argument("--articles", type=int, default=0, help="with --outlets: this many articles")
    ap.add_argument("--full-page", action="store_true")
    ap.add_argument("--blind", action="store_true", help="turn on blind reading first")
    args = ap.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"error: Chromium not found at {args.chromium}; install it (apt-get install chromium) "
              "or pass --chromium PATH", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    import tempfile

    # a workspace of its own: the screenshot shows what it was asked for, never the projects
    # saved on this machine (the app reopens the project open last time)
    env = {"FRAMING_HOME": tempfile.mkdtemp(prefix="framing-shot-home-")}
    if args.outlets:
        from dashboard.sample_sets import write_outlet_set

        folder = Path(tempfile.mkdtemp(prefix="framing-outlets-"))
        write_outlet_set(folder, args.outlets, args.articles or None)
        env["FRAMING_SAMPLE_DIR"] = str(folder)
    with streamlit_server(env=env) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": args.width, "height": args.height},
                                    device_scale_factor=1)
            page.goto(url, wait_until="domcontentloaded", timeout=120_000)
            wait_for_app(page)
            if args.blind:
                page.locator('[data-testid="stSidebar"] label', has_text="Blind reading").first.click()
                wait_for_app(page)
            if args.views:
                from dashboard.views import VIEWS

                titles = [t for t, _ in VIEWS] if args.views == "all" else [t.strip() for t in args.views.split(",")]
                args.out_dir.mkdir(parents=True, exist_ok=True)
                for title in titles:
                    page.locator('[role="tab"]', has_text=title).first.click()
                    wait_for_app(page)
                    out = args.out_dir / f"{title.lower().replace(' ', '-')}.png"
                    shoot(page, out, args.full_page, args.height)
                    print(f"wrote {out}")
                return 0
            if args.view:
                page.locator('[role="tab"]', has_text=args.view).first.click()
                wait_for_app(page)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            shoot(page, args.out, args.full_page, args.height)
        finally:
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
