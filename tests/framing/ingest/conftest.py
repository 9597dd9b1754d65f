"""Local HTTP servers for the URL tests: bound to 127.0.0.1 only, never any other address.

The URL policy refuses loopback addresses, so a test that means to reach one of these servers
passes ``LOCAL`` (the opt-in ``allow_private_urls=True``).
"""

from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

from framing.ingest import IngestOptions

#: the opt-in that lets a fetch reach the local test servers
LOCAL = IngestOptions(allow_private_urls=True)


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that keeps the test output clean and records every path asked for."""

    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def record(self) -> None:
        type(self).hits.append(self.path)

    def send_page(self, code: int, body: bytes, ctype: str | None, length: int | None = None) -> None:
        self.send_response(code)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, code: int = 302) -> None:
        self.send_response(code)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextlib.contextmanager
def local_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 (a free port) in a thread; yield ``http://127.0.0.1:PORT``."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
