"""Re-make the two images of ``docs/export.md``: one chart on screen and the same chart exported.

    python docs/export/make_images.py [--chromium /usr/bin/chromium]

``screen.png``: the Overview tab's first chart ("Who gets to speak") in the running dashboard
on the sample event, headless Chromium (the system one; never ``playwright install``).
``exported.png``: the same chart exported with :mod:`framing.export` (PNG, 2×, page column),
with its title, subtitle and footnote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dashboard.server import streamlit_server  # noqa: E402
from docs.make_screenshot import CHROMIUM_ARGS, wait_for_app  # noqa: E402

HERE = Path(__file__).resolve().parent


def exported_png() -> bytes:
    import framing
    from framing.export.bundle import ComparisonExport
    from framing.export.formats import chart_bytes

    analyses = framing.analyse(framing.load([ROOT / "corpus" / "kazakhstan-2022-01"]).articles)
    comparison = framing.compare(analyses)[0]
    export = ComparisonExport.build(comparison, analyses)
    return chart_bytes(export.specs["voices-by-type"], "png")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    (HERE / "exported.png").write_bytes(exported_png())
    with streamlit_server() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=2)
        page.goto(url)
        wait_for_app(page)
        page.locator('[data-testid="stVegaLiteChart"]').first.screenshot(path=str(HERE / "screen.png"))
        browser.close()
    print(f"wrote {HERE / 'screen.png'} and {HERE / 'exported.png'}")


if __name__ == "__main__":
    main()
