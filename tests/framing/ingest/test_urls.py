"""URL loading against a local http.server on 127.0.0.1 (never any other address): pages, charsets,
redirects, HTTP errors, size and time limits. What may be fetched at all: test_url_policy.py."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from framing.ingest import load_paths
from framing.ingest.urls import USER_AGENT

from .conftest import LOCAL, QuietHandler

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Floods close roads across the valley</title>
<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2023-03-14"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Floods close roads across the valley</h1>
<p>Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county to close the
main route between the two largest towns for most of the morning.</p>
<p>Emergency crews pumped water from basements until noon, the county engineer said on Tuesday.</p>
</article><footer>Contact us</footer></body></html>"""

SEEN_AGENTS: list[str] = []


class Handler(QuietHandler):
    release = threading.Event()

    def do_GET(self):  # noqa: N802 - http.server's name
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self.send_page(200, PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/latin":
            self.send_page(200, PAGE.replace("Heavy rain", "Caf\u00e9 owners\u2019 heavy rain").encode("cp1252"),
                       "text/html; charset=windows-1252")
        elif self.path == "/plain":
            self.send_page(200, ("Floods close roads across the valley\n\n" + "Heavy rain flooded roads. " * 10).encode(),
                       "text/plain; charset=utf-8")
        elif self.path == "/redirect":
            self.redirect("/article")
        elif self.path == "/pdf":
            self.send_page(200, b"%PDF-1.4 ...", "application/pdf")
        elif self.path == "/big":
            self.send_page(200, b"<html>" + b"x" * 5000 + b"</html>", "text/html")
        elif self.path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 5000 + b"</html>")
            self.close_connection = True
        elif self.path == "/slow":
            self.release.wait(10)
            try:
                self.send_page(200, PAGE.encode(), "text/html")
            except OSError:
                pass
        else:
            self.send_page(404, b"<html><body>Not found</body></html>", "text/html")


@pytest.fixture(scope="module")
def server(http_server):
    yield http_server(Handler)
    Handler.release.set()


def test_good_page(server):
    url = f"{server}/article"
    report = load_paths([url], options=LOCAL)
    assert not report.problems
    (art,) = report.articles
    assert art.title == "Floods close roads across the valley"
    assert (art.outlet, art.byline, art.published) == ("Valley Courier", "Jane Smith", "2023-03-14")
    assert art.source == url and art.url == url
    assert art.body.startswith("Heavy rain overnight")
    assert "Contact us" not in art.text
    assert SEEN_AGENTS[-1] == USER_AGENT and USER_AGENT.startswith("framing/")


def test_declared_charset_and_plain_text(server):
    report = load_paths([f"{server}/latin", f"{server}/plain"], options=LOCAL)
    assert not report.problems, [str(p) for p in report.problems]
    latin, plain = report.articles
    assert "Caf\u00e9 owners\u2019 heavy rain" in latin.body
    assert plain.title == "Floods close roads across the valley"


def test_redirect_is_followed(server):
    (art,) = load_paths([f"{server}/redirect"], options=LOCAL).articles
    assert art.source == f"{server}/redirect"
    assert art.url == f"{server}/article"


def test_not_found(server):
    url = f"{server}/missing"
    (p,) = load_paths([url], options=LOCAL).problems
    assert p.source == url and "404" in p.message


def test_not_html(server):
    (p,) = load_paths([f"{server}/pdf"], options=LOCAL).problems
    assert "not a web page" in p.message and "application/pdf" in p.message


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_too_big(server, path):
    (p,) = load_paths([server + path], options=dataclasses.replace(LOCAL, max_bytes=1000)).problems
    assert "too large" in p.message and "1,000 bytes" in p.message


def test_timeout(server):
    (p,) = load_paths([f"{server}/slow"], options=dataclasses.replace(LOCAL, fetch_deadline=0.3)).problems
    assert p.source == f"{server}/slow"
    assert "timed out" in p.message and "0.3 seconds" in p.message and "fetch_deadline" in p.message


def test_refused_connection():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    (p,) = load_paths([f"http://127.0.0.1:{port}/x"], options=dataclasses.replace(LOCAL, fetch_deadline=2)).problems
    assert p.message == f"could not be fetched: the server at 127.0.0.1:{port} refused the connection (is the address right?)"


@pytest.fixture(scope="module")
def tls_server(http_server, self_signed):
    return http_server(Handler, tls=self_signed)


def test_https_with_an_untrusted_certificate_is_refused(tls_server):
    (p,) = load_paths([f"{tls_server}/article"], options=LOCAL).problems
    assert p.message.startswith("could not be fetched: the secure connection to 127.0.0.1 failed (")
    assert "self-signed certificate" in p.message


def test_https_checks_the_certificate_against_the_host_named(tls_server, self_signed, monkeypatch):
    """Trusting the test certificate, the page loads over the pinned connection, by address and by name."""
    import ssl

    real = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda: real(cafile=self_signed[0]))
    (art,) = load_paths([f"{tls_server}/article"], options=LOCAL).articles
    assert art.title == "Floods close roads across the valley"
    by_name = tls_server.replace("127.0.0.1", "localhost")
    (art,) = load_paths([f"{by_name}/article"], options=LOCAL).articles
    assert art.url == f"{by_name}/article"
