"""Helpers of the URL tests, whose servers (the ``http_server`` fixture) listen on 127.0.0.1 only.

The URL policy refuses loopback addresses, so a test that means to reach one of these servers
passes ``LOCAL`` (the opt-in ``allow_private_urls=True``).
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

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


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A certificate for 127.0.0.1 and localhost, made by the openssl command (skipped without it)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key
