"""The dashboard as a researcher uses it, in real Chromium: uploads that replace the sample, charts
readable at 2, 3, 4 and 12 outlets, a click on a chart mark that brings up its words, and blind
reading with no outlet name anywhere in the page.

One server (fixture ``outlets_app``) opens on a 12-outlet set made from the sample
(``dashboard/sample_sets.py``); the 2-, 3- and 4-outlet cases upload that set's first files after
"Clear all" (their analyses are then cached, so the checks cost little). Charts are drawn by
Vega as SVG: heights and label boxes are read from the rendered elements.
"""

from __future__ import annotations

import pytest

from dashboard.sample_sets import outlet_names, write_outlet_set

from .browser_wait import TIMEOUT, wait_idle

pytestmark = pytest.mark.browser

CHART_TABS = ("Overview", "Side by side", "Vocabulary", "Coverage", "Language", "Sources", "Tone", "Frames")

#: every visible chart's height and the pairs of overlapping axis labels (JS run in the page)
MEASURE_CHARTS = """
() => {
  const out = [];
  for (const el of document.querySelectorAll('[data-testid="stVegaLiteChart"]')) {
    const svg = el.querySelector('svg.marks');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || el.offsetParent === null) continue;
    const title = (svg.querySelector('.role-title-text') || {}).textContent || '';
    const overlaps = [];
    for (const axis of svg.querySelectorAll('g.role-axis')) {
      const labels = [...axis.querySelectorAll('g.role-axis-label text')]
        .filter(t => getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0')
        .map(t => [t.textContent, t.getBoundingClientRect()]).filter(([s, r]) => s && r.width > 0);
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i][1], b = labels[j][1];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push([labels[i][0], labels[j][0]]);
      }
    }
    out.push({title, height: box.height, overlaps});
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def outlets_folder(tmp_path_factory):
    return write_outlet_set(tmp_path_factory.mktemp("outlets") / "twelve", 12)


@pytest.fixture(scope="module")
def outlets_app(outlets_folder, tmp_path_factory):
    from dashboard.server import streamlit_server

    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with streamlit_server(env={"FRAMING_SAMPLE_DIR": str(outlets_folder)}, log_path=log) as url:
        yield url


def open_app(page, url) -> None:
    page.set_default_timeout(TIMEOUT)
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.goto(url, wait_until="domcontentloaded")
    page.locator('[role="tab"]').first.wait_for()
    wait_idle(page)


def tab(page, title: str) -> None:
    page.locator('[role="tab"]', has_text=title).first.click()
    wait_idle(page)


def sidebar_button(page, label: str) -> None:
    page.locator('[data-testid="stSidebar"] button', has_text=label).first.click()
    wait_idle(page)


def clear_all(page) -> None:
    """"Clear all articles", confirmed when it asks (it does when the user's own articles would go)."""
    sidebar_button(page, "Clear all articles")
    confirm = page.locator('[data-testid="stSidebar"] button', has_text="Remove ")
    try:  # asked only when the user's own articles would go (the sample alone goes at once)
        confirm.first.wait_for(timeout=5_000)
    except Exception:  # noqa: BLE001 - playwright's TimeoutError: nothing was asked
        return
    confirm.first.click()
    wait_idle(page)


def upload(page, folder, n: int) -> list[str]:
    """Clear, then upload the first ``n`` article files of ``folder``; their headlines."""
    clear_all(page)
    files = sorted(p for p in folder.glob("*.txt"))[:n]
    page.locator('[data-testid="stSidebar"] [data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": p.name, "mimeType": "text/plain", "buffer": p.read_bytes()} for p in files])
    page.locator(".fr-load-log li", has_text=files[-1].name).first.wait_for()
    page.locator('[data-testid="stMarkdown"]', has_text=f": {n} articles from {n} outlets").first.wait_for()
    wait_idle(page)
    return [p.read_text(encoding="utf-8").split("\n\n")[1].strip() for p in files]


VISIBLE_CHARTS = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"] svg.marks')]
  .filter(s => s.getBoundingClientRect().height > 0).length"""


def settled_charts(page) -> list[dict]:
    """The measures of the open tab's charts once they are drawn and their number stops changing."""
    page.wait_for_function(f"() => ({VISIBLE_CHARTS})() > 0", timeout=TIMEOUT)
    last = -1
    for _ in range(20):
        wait_idle(page)
        count = page.evaluate(VISIBLE_CHARTS)
        if count == last:
            break
        last = count
        page.wait_for_timeout(300)
    return page.evaluate(MEASURE_CHARTS)


def check_charts(page, n: int) -> None:
    seen: list[tuple[str, int]] = []
    for title in CHART_TABS:
        tab(page, title)
        charts = settled_charts(page)
        for c in charts:
            assert c["height"] >= 150, (n, title, c["title"], c["height"])
            assert not c["overlaps"], (n, title, c["title"], c["overlaps"][:3])
        seen.append((title, len(charts)))
    assert sum(k for _, k in seen) >= 10, (n, seen)


def test_uploads_replace_the_sample_and_charts_stay_readable(page, outlets_app, outlets_folder):
    open_app(page, outlets_app)
    # 12 outlets: the set opens as the sample
    assert "12 articles loaded (the sample event)" in page.locator('[data-testid="stSidebar"]').inner_text()
    check_charts(page, 12)
    # three uploads while the sample is shown: only they are shown
    sidebar_button(page, "Reset to the sample event")
    headlines = upload(page, outlets_folder, 3)
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "3 articles loaded" in sidebar and "(the sample event)" not in sidebar
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Sample event loaded" not in body and "3 articles from 3 outlets" in body
    tab(page, "Side by side")
    page.locator(".fr-card .fr-headline").filter(visible=True).nth(2).wait_for()
    cards = [c.inner_text().strip() for c in page.locator(".fr-card .fr-headline").filter(visible=True).all()]
    assert sorted(cards) == sorted(headlines)
    check_charts(page, 3)
    for n in (2, 4):
        upload(page, outlets_folder, n)
        check_charts(page, n)


def test_a_click_on_a_bar_shows_its_words_and_blind_mode_hides_every_name(page, outlets_app, outlets_folder):
    open_app(page, outlets_app)
    upload(page, outlets_folder, 3)
    tab(page, "Overview")
    chart = page.locator('[data-testid="stVegaLiteChart"]', has_text="Loaded terms in its own voice").first
    chart.scroll_into_view_if_needed()
    bars = chart.locator("g.mark-rect path")
    assert bars.count() >= 1
    assert page.locator(".fr-evidence").count() == 0
    bars.first.click(force=True)
    page.locator(".fr-evidence").first.wait_for()
    wait_idle(page)
    assert page.locator(".fr-evidence mark").count() >= 1
    # blind reading: no outlet name on any tab (Vega's hover tooltip included)
    page.locator('[data-testid="stSidebar"] label', has_text="Blind reading").first.click()
    page.locator('[data-testid="stMarkdown"]', has_text="blind reading: outlets are letters").first.wait_for()
    wait_idle(page)
    names = outlet_names(12)[:3]
    for title in (*CHART_TABS, "About"):
        tab(page, title)
        text = page.evaluate("() => document.body.innerText").lower()
        svg = page.evaluate("() => [...document.querySelectorAll('svg text')].map(t => t.textContent).join(' ')").lower()
        for name in names:
            assert name.lower() not in text and name.lower() not in svg, (title, name)
        assert "outlet a" in text + svg, title


TOOLTIP = "() => { const t = document.getElementById('vg-tooltip-element'); return t ? t.textContent : ''; }"


def test_a_tooltip_shown_before_blind_reading_keeps_no_outlet_name(page, outlets_app, outlets_folder):
    """Vega's hover tooltip is one element for the page: shown over a bar, then blind reading turned
    on from the keyboard (the mouse stays on the bar while every chart is redrawn), it must not keep
    the real name, neither on screen nor in the page's text."""
    open_app(page, outlets_app)
    upload(page, outlets_folder, 3)
    tab(page, "Overview")
    names = outlet_names(12)[:3]
    chart = page.locator('[data-testid="stVegaLiteChart"]', has_text="Loaded terms in its own voice").first
    chart.scroll_into_view_if_needed()
    chart.locator("g.mark-rect path").first.hover(force=True)
    page.wait_for_function(f"() => ({TOOLTIP})().length > 0")
    assert any(n in page.evaluate(TOOLTIP) for n in names)  # the tooltip names the outlet
    toggle = page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]', has_text="Blind reading")
    toggle.locator("input").first.focus()
    page.keyboard.press("Space")
    page.locator('[data-testid="stMarkdown"]', has_text="blind reading: outlets are letters").first.wait_for()
    wait_idle(page)
    page.wait_for_timeout(500)
    everything = page.evaluate("() => document.body.textContent").lower()
    for name in names:
        assert name.lower() not in page.evaluate(TOOLTIP).lower(), name
        assert name.lower() not in everything, name
    # the tooltip still works afterwards, with letters
    chart = page.locator('[data-testid="stVegaLiteChart"]', has_text="Loaded terms in its own voice").first
    page.mouse.move(1, 1)
    chart.locator("g.mark-rect path").first.hover(force=True)
    page.wait_for_function(f"() => ({TOOLTIP})().includes('Outlet ')")


def test_readability_bars_and_similarity_cells_lead_to_their_words(page, outlets_app, outlets_folder):
    open_app(page, outlets_app)
    upload(page, outlets_folder, 3)
    tab(page, "Tone")
    chart = page.locator('[data-testid="stVegaLiteChart"]', has_text="Flesch").first
    chart.scroll_into_view_if_needed()
    before = page.locator(".fr-evidence").count()
    chart.locator("g.mark-rect path").first.click(force=True)
    page.locator('[data-testid="stMarkdown"]', has_text="words of three or more syllables").first.wait_for()
    wait_idle(page)
    assert page.locator(".fr-evidence").count() > before and page.locator(".fr-evidence mark").count() >= 1
    tab(page, "Coverage")
    page.locator('[data-testid="stExpander"]', has_text="How alike the articles are").first.locator("summary").click()
    heatmap = page.locator('[data-testid="stVegaLiteChart"]', has_text="How alike the articles are").first
    heatmap.scroll_into_view_if_needed()
    heatmap.locator("g.mark-rect path").nth(1).click(force=True)  # the first row's second cell: two articles
    page.locator('[data-testid="stMarkdown"]', has_text="sentences said in both").first.wait_for()
    wait_idle(page)
    shared = page.locator('[data-testid="stExpander"]', has_text="How alike the articles are").first
    assert shared.locator(".fr-evidence mark").count() >= 2  # a sentence and its counterpart
