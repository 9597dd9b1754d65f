"""Shared test helpers: build and parse small articles of our own."""

from __future__ import annotations

import os
import pathlib
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

import pytest

from framing.model import Article
from framing.parse import ParsedArticle, parse_article

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "corpus" / "kazakhstan-2022-01"


@pytest.fixture(scope="session", autouse=True)
def session_framing_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pathlib.Path]:
    """A workspace folder (``FRAMING_HOME``) for what session fixtures start (servers, subprocesses):
    no test ever writes to the real per-user data folder."""
    home = tmp_path_factory.mktemp("framing-home-session")
    before = os.environ.get("FRAMING_HOME")
    os.environ["FRAMING_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("FRAMING_HOME", None)
    else:
        os.environ["FRAMING_HOME"] = before


@pytest.fixture(autouse=True)
def framing_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """Each test's own empty workspace folder (``FRAMING_HOME``): one test's projects never reach another."""
    home = tmp_path_factory.mktemp("framing-home")
    monkeypatch.setenv("FRAMING_HOME", str(home))
    return home


def make_article(body: str, title: str = "Test headline", outlet: str = "Test Outlet") -> Article:
    return Article.create(title=title, body=body, outlet=outlet, source="test")


@pytest.fixture
def parsed():
    """``parsed(body, title=...)`` -> ParsedArticle of a small article."""

    def _parsed(body: str, title: str = "Test headline", outlet: str = "Test Outlet") -> ParsedArticle:
        return parse_article(make_article(body, title, outlet))

    return _parsed


@pytest.fixture(scope="module")
def http_server() -> Iterator[Callable[..., str]]:
    """``http_server(Handler)`` serves a request handler class on 127.0.0.1 (never any other
    address, a free port) until the test module ends and returns ``http://127.0.0.1:PORT``;
    ``http_server(Handler, tls=(cert, key))`` serves it over TLS (``https://``)."""
    running: list[ThreadingHTTPServer] = []

    def start(handler: type[BaseHTTPRequestHandler], tls: tuple[str, str] | None = None) -> str:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        running.append(httpd)
        return f"{'https' if tls else 'http'}://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in running:
        httpd.shutdown()
        httpd.server_close()
