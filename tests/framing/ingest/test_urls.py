"""URL loading against a local http.server on 127.0.0.1 (never any other address)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from framing.ingest import IngestOptions, load_paths
from framing.ingest.urls import USER_AGENT

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


class Handler(BaseHTTPRequestHandler):
    release = threading.Event()

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str, length: int | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's name
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self._send(200, PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/latin":
            self._send(200, PAGE.replace("Heavy rain", "Caf\u00e9 owners\u2019 heavy rain").encode("cp1252"),
                       "text/html; charset=windows-1252")
        elif self.path == "/plain":
            self._send(200, ("Floods close roads across the valley\n\n" + "Heavy rain flooded roads. " * 10).encode(),
                       "text/plain; charset=utf-8")
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/pdf":
            self._send(200, b"%PDF-1.4 ...", "application/pdf")
        elif self.path == "/big":
            self._send(200, b"<html>" + b"x" * 5000 + b"</html>", "text/html")
        elif self.path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 5000 + b"</html>")
            self.close_connection = True
        elif self.path == "/slow":
            self.release.wait(10)
            try:
                self._send(200, PAGE.encode(), "text/html")
            except OSError:
                pass
        else:
            self._send(404, b"<html><body>Not found</body></html>", "text/html")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.release.set()
    httpd.shutdown()
    httpd.server_close()


def test_good_page(server):
    url = f"{server}/article"
    report = load_paths([url])
    assert not report.problems
    (art,) = report.articles
    assert art.title == "Floods close roads across the valley"
    assert (art.outlet, art.byline, art.published) == ("Valley Courier", "Jane Smith", "2023-03-14")
    assert art.source == url and art.url == url
    assert art.body.startswith("Heavy rain overnight")
    assert "Contact us" not in art.text
    assert SEEN_AGENTS[-1] == USER_AGENT and USER_AGENT.startswith("framing/")


def test_declared_charset_and_plain_text(server):
    report = load_paths([f"{server}/latin", f"{server}/plain"])
    assert not report.problems, [str(p) for p in report.problems]
    latin, plain = report.articles
    assert "Caf\u00e9 owners\u2019 heavy rain" in latin.body
    assert plain.title == "Floods close roads across the valley"


def test_redirect_is_followed(server):
    (art,) = load_paths([f"{server}/redirect"]).articles
    assert art.source == f"{server}/redirect"
    assert art.url == f"{server}/article"


def test_not_found(server):
    url = f"{server}/missing"
    (p,) = load_paths([url]).problems
    assert p.source == url and "404" in p.message


def test_not_html(server):
    (p,) = load_paths([f"{server}/pdf"]).problems
    assert "not a web page" in p.message and "application/pdf" in p.message


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_too_big(server, path):
    (p,) = load_paths([server + path], options=IngestOptions(max_bytes=1000)).problems
    assert "too large" in p.message and "1,000 bytes" in p.message


def test_timeout(server):
    (p,) = load_paths([f"{server}/slow"], options=IngestOptions(timeout=0.3)).problems
    assert p.source == f"{server}/slow"
    assert "timed out" in p.message and "0.3 seconds" in p.message


def test_refused_connection():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    (p,) = load_paths([f"http://127.0.0.1:{port}/x"], options=IngestOptions(timeout=2)).problems
    assert "could not be fetched" in p.message
