"""The sidebar's URL form: the URL policy, the public-server mode, clear messages, and fetch outcomes
that survive a click made while the fetch was running. Servers listen on 127.0.0.1 only."""

from __future__ import annotations

import html
import socket
from collections.abc import MutableMapping
from http.server import BaseHTTPRequestHandler
from typing import Any, Iterator

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import settings, state, url_fetch
from framing.ingest import LoadReport
from framing.model import Article

from .test_app import APP, article_count, html_bodies

PAGE = ("<!DOCTYPE html><html><head><title>Bridge reopens after the flood</title></head><body><article>"
        "<h1>Bridge reopens after the flood</h1><p>The river town's bridge reopened to traffic on Friday after "
        "engineers declared it safe, three days after the flood waters fell.</p></article></body></html>").encode()


class Page(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)


@pytest.fixture(scope="module")
def page_url(http_server) -> str:
    return http_server(Page) + "/bridge"


@pytest.fixture
def deployment(monkeypatch, use_sample):
    """Set the dashboard's deployment variables for one test (unset: a local dashboard)."""
    for name in (settings.PUBLIC_SERVER_ENV, settings.FETCH_URLS_ENV):
        monkeypatch.delenv(name, raising=False)

    def configure(**env: str) -> None:
        for name, value in env.items():
            monkeypatch.setenv(name, value)

    return configure


def start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["dashboard_view"] = "Side by side"
    at.run()
    assert not at.exception
    return at


def submit(at: AppTest, url: str, allow_private: bool | None = None) -> None:
    at.sidebar.text_input(key=url_fetch.URL_INPUT).input(url)
    if allow_private is not None:
        at.sidebar.checkbox(key=url_fetch.ALLOW_PRIVATE).set_value(allow_private)
    [b for b in at.sidebar.button if b.label == "Fetch article"][0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_local_address_is_refused_with_a_message_and_nothing_is_lost(deployment, page_url):
    at = start()
    before = len(Page.hits)
    submit(at, page_url)
    assert article_count(at) == 3
    shown = html.unescape(html_bodies(at))
    assert "is a loopback address (this computer)" in shown and "refused unless you allow them" in shown
    assert "tick 'Allow addresses on this computer or a private network' in this form" in shown
    assert "--allow-private-urls" not in shown  # the dashboard names its own switch
    assert len(Page.hits) == before


def test_the_opt_in_fetches_a_local_page(deployment, page_url):
    at = start()
    submit(at, page_url, allow_private=True)
    assert article_count(at) == 1  # the fetched page replaced the sample
    assert "Bridge reopens after the flood" in html.unescape(html_bodies(at))


def test_an_unknown_host_is_named_in_words(deployment, monkeypatch):
    def not_found(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", not_found)
    at = start()
    submit(at, "https://no-such-host.test/story")
    shown = html.unescape(html_bodies(at))
    assert "the host name no-such-host.test was not found" in shown
    assert "Errno" not in shown and article_count(at) == 3


def test_a_public_server_cannot_allow_private_addresses(deployment, page_url):
    deployment(FRAMING_PUBLIC_SERVER="1", FRAMING_FETCH_URLS="1")
    at = start()
    assert not [c for c in at.sidebar.checkbox if c.key == url_fetch.ALLOW_PRIVATE]
    at.session_state[url_fetch.ALLOW_PRIVATE] = True  # even when the session asks for it
    before = len(Page.hits)
    submit(at, page_url)
    assert article_count(at) == 3 and len(Page.hits) == before
    assert "is a loopback address" in html.unescape(html_bodies(at))


def test_a_public_server_does_not_fetch_unless_the_operator_turns_it_on(deployment):
    deployment(FRAMING_PUBLIC_SERVER="1")
    at = start()
    assert not [t for t in at.sidebar.text_input if t.key == url_fetch.URL_INPUT]
    assert any("Fetching web addresses is turned off on this server" in c.value for c in at.sidebar.caption)


@pytest.mark.parametrize("env, fetching, private", [
    ({}, True, True),
    ({"FRAMING_FETCH_URLS": "0"}, False, True),
    ({"FRAMING_PUBLIC_SERVER": "1"}, False, False),
    ({"FRAMING_PUBLIC_SERVER": "1", "FRAMING_FETCH_URLS": "yes"}, True, False),
    ({"FRAMING_PUBLIC_SERVER": "0"}, True, True),
])
def test_deployment_settings(monkeypatch, env, fetching, private):
    for name in (settings.PUBLIC_SERVER_ENV, settings.FETCH_URLS_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    options = settings.ingest_options(allow_private_urls=True)
    assert (options.fetch_urls, options.allow_private_urls) == (fetching, private)
    assert settings.ingest_options().allow_private_urls is False


class Rerun(Exception):
    """Stands in for Streamlit's RerunException, raised at a session-state access after a click."""


class ClickedMeanwhile(MutableMapping[str, Any]):
    """A session state that, once the user has clicked (``clicked = True``), interrupts every access,
    as Streamlit does inside a callback when a rerun is pending."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.clicked = False

    def _check(self) -> None:
        if self.clicked:
            raise Rerun

    def __getitem__(self, key: str) -> Any:
        self._check()
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._check()
        self.data[key] = value

    def __delitem__(self, key: str) -> None:
        self._check()
        del self.data[key]

    def __iter__(self) -> Iterator[str]:
        self._check()
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def test_a_fetch_outcome_survives_a_click_made_during_the_fetch(monkeypatch):
    session = ClickedMeanwhile()
    session[state.ARTICLES] = {}
    session[url_fetch.URL_INPUT] = "https://news.example/bridge"
    article = Article.create(title="Bridge reopens after the flood", body="The bridge reopened on Friday.",
                             outlet="News Example", source="https://news.example/bridge")

    def slow_fetch(url: str, options: object) -> LoadReport:
        session.clicked = True  # the user clicks a tab while the page downloads
        return LoadReport([article])

    monkeypatch.setattr(url_fetch, "load_url", slow_fetch)
    with pytest.raises(Rerun):
        url_fetch.fetch_submitted(session)
    session.clicked = False  # the next run
    url_fetch.deliver_outcomes(session)
    assert [a.title for a in state.articles(session)] == ["Bridge reopens after the flood"]
    assert [e.status for e in state.last_batch(session)] == ["ok"]
    url_fetch.deliver_outcomes(session)  # delivered once only
    assert len(state.log(session)) == 1
