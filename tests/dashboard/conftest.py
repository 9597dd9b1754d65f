"""Dashboard fixtures: a small sample folder of our own, and real-browser (Playwright) setup.

Browser tests use Debian's Chromium at /usr/bin/chromium (never ``playwright install``);
when it is missing they are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHROMIUM = pathlib.Path(os.environ.get("FRAMING_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

#: short invented articles (written for these tests) in the sample's file format
FIXTURE_ARTICLES = {
    "01-alpha-daily.txt": (
        "Outlet: Alpha Daily\nDate: 2022-01-05\nBy: Test Writer\nURL: https://alpha.example.org/1\n\n"
        "River town floods after three days of rain\n\n"
        "The river burst its banks on Tuesday, officials said, and about 300 homes were flooded in the "
        "lower town before the water began to fall again on Wednesday evening.\n\n"
        "\u201cWe have never seen water this high,\u201d said Mara, a shop owner.\n"
    ),
    "02-beta-post.txt": (
        "Outlet: Beta Post\nDate: 2022-01-06\nBy: Desk\nURL: https://beta.example.org/2\n\n"
        "Officials blamed for slow flood response\n\n"
        "Residents accused the council of ignoring repeated warnings before the flood, and said sandbags "
        "arrived only after the water had reached their doors.\n\n"
        "The mayor insisted the response had been swift. Critics disagreed.\n"
    ),
    "03-gamma-times.txt": (
        "Outlet: Gamma Times\nDate: 2022-01-07\n\n"
        "Insurers count the cost of the river flood\n\n"
        "Insurance claims could reach 40 million, according to an industry group, which said most of the "
        "damaged homes in the river town were covered by standard household policies.\n"
    ),
}

FIXTURE_NOTICE = "Test fixture texts written for these tests, not real publications."


@pytest.fixture
def fixture_articles() -> dict[str, str]:
    """File name -> text of the fixture sample's articles."""
    return dict(FIXTURE_ARTICLES)


@pytest.fixture
def fixture_notice() -> str:
    return FIXTURE_NOTICE


@pytest.fixture
def sample_folder(tmp_path: pathlib.Path) -> pathlib.Path:
    """A sample-event folder (3 articles + manifest) of our own."""
    folder = tmp_path / "sample-event"
    folder.mkdir()
    for name, text in FIXTURE_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    manifest = {
        "event": "test-flood",
        "title": "A test flood",
        "notice": FIXTURE_NOTICE,
        "articles": [{"file": name} for name in FIXTURE_ARTICLES],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture
def use_sample(sample_folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """Point the app (``FRAMING_SAMPLE_DIR``) at the fixture sample folder."""
    monkeypatch.setenv("FRAMING_SAMPLE_DIR", str(sample_folder))
    return sample_folder


# --- real browser -------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # overrides pytest-playwright's fixture
    if not CHROMIUM.exists():
        pytest.skip(f"browser test needs Chromium at {CHROMIUM} (apt-get install chromium); not found")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory):
    """A real ``streamlit run dashboard/app.py`` server on a free port (the bundled sample), session only."""
    if not CHROMIUM.exists():
        pytest.skip(f"browser test needs Chromium at {CHROMIUM} (apt-get install chromium); not found")
    from dashboard.server import streamlit_server

    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    # the tests share this server: in public-server mode each page is a new visitor's session that
    # opens on the sample, whatever the tests before it did (the workspace has its own browser test)
    with streamlit_server(log_path=log, env={"FRAMING_PUBLIC_SERVER": "1"}) as url:
        yield url


@pytest.fixture(autouse=True)
def no_decoded_analyses_from_other_tests():
    """Each test starts without the analyses another test's sessions decoded (the process-wide
    cache of :mod:`dashboard.analysis`, which ``st.cache_data.clear()`` does not reach)."""
    import dashboard.analysis as dash
    from dashboard.views import compare_common

    dash._READY.clear()
    compare_common._DECODED_SAMPLE.clear()
    yield
