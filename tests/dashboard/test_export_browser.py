"""Export in real Chromium: download a chart and the whole-comparison ZIP from the running
dashboard, and open an exported HTML chart with the network cut.

Uses the browser fixtures of ``conftest.py`` (Debian's Chromium; skipped when it is absent).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from framing.charts.compare import voice_share_chart
from framing.compare import ScorecardRow
from framing.export.context import ExportContext, export_spec
from framing.export.formats import chart_bytes

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser


def test_download_a_chart_and_the_zip(page, app_url):
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.goto(app_url, wait_until="domcontentloaded")
    page.locator('[role="tab"]', has_text="Overview").first.click()
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for()
    wait_idle(page)

    page.get_by_role("button", name="⤓ Export chart").first.click()
    with page.expect_download(timeout=TIMEOUT) as chart_download:
        page.get_by_role("button", name="PNG (2×)").filter(visible=True).first.click()
    png = chart_download.value
    assert png.suggested_filename == "voices-by-type.png"
    with open(png.path(), "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    page.keyboard.press("Escape")

    page.get_by_text("⤓ Download the whole comparison").first.click()
    with page.expect_download(timeout=3 * TIMEOUT) as zip_download:
        page.get_by_role("button", name="Download ZIP (charts, tables, analysis JSON, HTML report)").first.click()
    with open(zip_download.value.path(), "rb") as fh:
        archive = zipfile.ZipFile(io.BytesIO(fh.read()))
    names = archive.namelist()
    root = names[0].split("/")[0]
    assert f"{root}/report.html" in names and f"{root}/tables/scorecard.csv" in names
    assert f"{root}/charts/voices-by-type.png" in names and all(n.startswith(root + "/") for n in names)


def test_exported_html_renders_offline(page, browser_type_launch_args, tmp_path):
    def row(outlet: str, official: float, civil_society: float, citizen: float, voices: int) -> ScorecardRow:
        return ScorecardRow(outlet, 1, None, None, voices, official, civil_society, citizen, None, None, None, None, None)

    card = [row("Alpha Daily", 0.5, 0.2, 0.2, 10), row("Beta Post", 0.1, 0.3, 0.5, 8)]
    context = ExportContext.of("Offline test event", ["Alpha Daily", "Beta Post"], date="2024-05-06")
    path = tmp_path / "chart.html"
    path.write_bytes(chart_bytes(export_spec(voice_share_chart(card), context=context), "html"))

    requested: list[str] = []

    def block(route):
        requested.append(route.request.url)
        route.abort()

    page.context.set_offline(True)
    page.route("http*://**", block)
    page.goto(path.as_uri())
    page.locator("#chart svg .mark-rect path").first.wait_for(timeout=30_000)
    text = page.locator("#chart svg").first.text_content() or ""
    assert "Who gets to speak" in text and "Offline test event" in text and "Alpha Daily" in text
    assert page.locator("#chart svg .mark-rect path").count() >= 6  # 2 outlets x 3+ voice types
    assert requested == []
