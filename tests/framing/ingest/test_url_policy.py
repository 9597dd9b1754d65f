"""What may be fetched: http(s) only on every hop, no private or local address without the opt-in,
one deadline for the whole fetch, a size cap, HTML or text only, and a switch that turns fetching off.

Every server here is a local http.server on 127.0.0.1; a positive case reaches it through the
opt-in (``LOCAL``). Name lookups that must give other addresses are replaced by a fake
``socket.getaddrinfo``, so nothing leaves this machine.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import threading
import time

import pytest

from framing.cli import main as cli_main
from framing.ingest import IngestOptions, load_paths, load_url
from framing.ingest import url_policy
from framing.ingest.url_policy import numeric_ipv4, refusal_reason

from .conftest import LOCAL, QuietHandler

PAGE = ("<!DOCTYPE html><html><head><title>Floods close roads across the valley</title></head><body><article>"
        "<h1>Floods close roads across the valley</h1><p>Heavy rain overnight flooded several roads in the "
        "northern valley on Tuesday, forcing the county to close the main route between the two largest "
        "towns for most of the morning.</p><p>Emergency crews pumped water from basements until noon, the "
        "county engineer said.</p></article></body></html>").encode()
PROSE = ("Floods close roads across the valley\n\nHeavy rain overnight flooded several roads in the northern "
         "valley on Tuesday, forcing the county to close the main route between the two largest towns.\n").encode()
REFUSED = "addresses on this computer or a private network are refused unless you allow them"


class Handler(QuietHandler):
    hits: list[str] = []
    stop = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.record()
        path = self.path
        if path == "/article":
            self.send_page(200, PAGE, "text/html; charset=utf-8")
        elif path.startswith("/to?"):
            self.redirect(path[len("/to?"):])
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect(f"/hops/{left - 1}" if left > 0 else "/article")
        elif path == "/untyped-html":
            self.send_page(200, PAGE, None)
        elif path == "/untyped-text":
            self.send_page(200, PROSE, None)
        elif path == "/untyped-pdf":
            self.send_page(200, b"%PDF-1.7\n" + bytes(range(256)) * 4, None)
        elif path == "/untyped-binary":
            self.send_page(200, bytes(range(256)) * 16, None)
        elif path == "/octet":
            self.send_page(200, PAGE, "application/octet-stream")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self._drip(b"<p>" + b"x" * 65536, pause=0.0)
        elif path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self._drip(b"x", pause=1.0)
        elif path == "/drip-headers":
            self._drip(b"X", pause=1.0, prefix=b"HTTP/1.1 200 OK\r\nX-Slow: ")
        else:
            self.send_page(404, b"not found", "text/plain")

    def _drip(self, piece: bytes, pause: float, prefix: bytes = b"") -> None:
        """Send ``piece`` again and again (every ``pause`` seconds) until the client goes or the test ends."""
        try:
            self.wfile.write(prefix)
            self.wfile.flush()
            for _ in range(120):
                if self.stop.wait(pause):
                    return
                self.wfile.write(piece)
                self.wfile.flush()
        except OSError:
            return


class Internal(QuietHandler):
    """A service that must never be reached through a redirect (another port on this machine)."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.record()
        self.send_page(200, PAGE, "text/html")


@pytest.fixture(scope="module")
def server(http_server):
    yield http_server(Handler)
    Handler.stop.set()


@pytest.fixture(scope="module")
def internal(http_server):
    return http_server(Internal)


@pytest.fixture
def first_hop_public(monkeypatch):
    """The URL policy sees the first address it checks as public (the test server standing in for a
    web site); every later check is the real policy."""
    real = url_policy.refusal_reason
    checks: list[object] = []

    def refusal(address):
        checks.append(address)
        return None if len(checks) == 1 else real(address)

    monkeypatch.setattr(url_policy, "refusal_reason", refusal)
    return checks


def fake_dns(monkeypatch, answers: dict[str, list[str]], delay: float = 0.0) -> list[str]:
    """Replace name lookups: each host in ``answers`` gives its addresses in turn (one list per call,
    the last repeated); returns the hosts looked up."""
    looked_up: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        looked_up.append(host)
        time.sleep(delay)
        calls = looked_up.count(host)
        address = answers[host][min(calls, len(answers[host])) - 1]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
        return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return looked_up


def only_problem(report):
    assert not report.articles
    (problem,) = report.problems
    return problem


# --- addresses and their spellings ------------------------------------------------------

@pytest.mark.parametrize("spelling", ["127.0.0.1", "127.1", "0x7f000001", "2130706433", "017700000001",
                                      "0177.0.0.1", "0x7f.0.0.1", "127.0.0.1.", "[::ffff:127.0.0.1]", "localhost"])
def test_every_spelling_of_loopback_is_refused_and_the_opt_in_reaches_it(server, spelling):
    port = server.rsplit(":", 1)[1]
    url = f"http://{spelling}:{port}/article"
    before = len(Handler.hits)
    problem = only_problem(load_paths([url]))
    assert problem.source == url
    assert "loopback address (this computer)" in problem.message and REFUSED in problem.message
    assert "--allow-private-urls" in problem.message
    assert len(Handler.hits) == before, "a refused address was connected to"
    (article,) = load_paths([url], options=LOCAL).articles
    assert article.title == "Floods close roads across the valley"


@pytest.mark.parametrize("host, numeric", [
    ("127.0.0.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("2130706433", "127.0.0.1"),
    ("017700000001", "127.0.0.1"), ("0177.0.0.01", "127.0.0.1"), ("10.1", "10.0.0.1"), ("192.168.257", "192.168.1.1"),
    ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254"), ("0", "0.0.0.0"),
    ("example.org", None), ("08", None), ("256.1.1.1", None), ("1.2.3.4.5", None), ("127.0.0.1x", None),
])
def test_numeric_hosts_are_read_as_inet_aton_reads_them(host, numeric):
    assert numeric_ipv4(host) == (ipaddress.IPv4Address(numeric) if numeric else None)


@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("127.255.0.9", "loopback"), ("::1", "loopback"), ("0.0.0.0", "unspecified"),
    ("::", "unspecified"), ("10.2.3.4", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
    ("fc00::1", "private"), ("fec0::1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("240.0.0.1", "reserved"), ("255.255.255.255", "reserved"),
    ("100.64.0.1", "shared"), ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
    ("2002:7f00:1::", "loopback"), ("64:ff9b::a9fe:a9fe", "link-local"), ("::127.0.0.1", "reserved"),
    ("93.184.216.34", None), ("8.8.8.8", None), ("2606:4700::1111", None), ("::ffff:8.8.8.8", None),
])
def test_address_ranges(address, reason):
    found = refusal_reason(ipaddress.ip_address(address))
    assert (found is None) if reason is None else (found is not None and reason in found), found


def test_a_name_that_resolves_to_a_private_address_is_refused(server, monkeypatch):
    fake_dns(monkeypatch, {"metadata.test": ["169.254.169.254"], "mixed.test": ["10.0.0.5"]})
    problem = only_problem(load_paths(["http://metadata.test/latest/meta-data/"]))
    assert "metadata.test (169.254.169.254) is a link-local address" in problem.message


def test_the_address_checked_is_the_address_connected_to(server, monkeypatch):
    """DNS rebinding: a second lookup would give another address; there must be no second lookup."""
    port = server.rsplit(":", 1)[1]
    looked_up = fake_dns(monkeypatch, {"rebind.test": ["127.0.0.1", "127.0.0.2"]})
    real = url_policy.refusal_reason
    monkeypatch.setattr(url_policy, "refusal_reason",
                        lambda a: None if str(a) == "127.0.0.1" else real(a))
    report = load_paths([f"http://rebind.test:{port}/article"])
    assert [a.title for a in report.articles] == ["Floods close roads across the valley"], report.problems
    assert looked_up == ["rebind.test"]


def test_user_names_in_addresses_are_refused(server):
    problem = only_problem(load_paths([server.replace("http://", "http://admin:secret@") + "/article"],
                                      options=LOCAL))
    assert "user name or password" in problem.message


# --- redirects --------------------------------------------------------------------------

def test_a_redirect_to_another_local_port_is_refused(server, internal, first_hop_public):
    url = f"{server}/to?{internal}/admin"
    problem = only_problem(load_paths([url]))
    assert problem.source == url
    assert "loopback address" in problem.message and f"after a redirect to {internal}/admin" in problem.message
    assert Internal.hits == []
    assert len(first_hop_public) == 2  # the first hop and the redirect were both checked


def test_a_redirect_to_a_private_name_is_refused(server, first_hop_public, monkeypatch):
    fake_dns(monkeypatch, {"intranet.test": ["192.168.0.10"]})
    problem = only_problem(load_paths([f"{server}/to?http://intranet.test/"]))
    assert "intranet.test (192.168.0.10) is a private-network address" in problem.message


def test_with_the_opt_in_a_redirect_to_another_port_is_followed(server, internal):
    (article,) = load_paths([f"{server}/to?{internal}/page"], options=LOCAL).articles
    assert article.url == f"{internal}/page" and Internal.hits[-1] == "/page"


def test_a_redirect_to_ftp_is_refused_even_with_the_opt_in(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    ftp = f"ftp://127.0.0.1:{listener.getsockname()[1]}/pub/file.txt"
    try:
        problem = only_problem(load_paths([f"{server}/to?{ftp}"], options=LOCAL))
        assert problem.message == (f"is not fetched: it redirects to {ftp}, and only http:// and https:// "
                                   "addresses are followed")
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    finally:
        listener.close()


def test_five_redirects_are_followed_and_six_refused(server):
    (article,) = load_paths([f"{server}/hops/4"], options=LOCAL).articles  # 4 hops, then /article: 5
    assert article.url == f"{server}/article"
    problem = only_problem(load_paths([f"{server}/hops/5"], options=LOCAL))
    assert "more than 5 redirects" in problem.message and "max_redirects" in problem.message


# --- the deadline -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_server_sending_one_byte_a_second_is_stopped_at_the_deadline(server, path):
    """Proves the bound: the server would take 100+ s; the fetch must end at its 1 s deadline."""
    options = dataclasses.replace(LOCAL, fetch_deadline=1.0)
    started = time.monotonic()
    problem = only_problem(load_paths([server + path], options=options))
    took = time.monotonic() - started
    assert "no complete answer within 1 seconds (timed out" in problem.message
    assert took < 4, f"the fetch outlived its deadline: {took:.1f} s"


def test_a_slow_name_lookup_counts_against_the_deadline(monkeypatch):
    fake_dns(monkeypatch, {"slow-dns.test": ["93.184.216.34"]}, delay=3.0)
    started = time.monotonic()
    problem = only_problem(load_paths(["http://slow-dns.test/"], options=IngestOptions(fetch_deadline=0.5)))
    assert "within 0.5 seconds" in problem.message
    assert time.monotonic() - started < 2.5


def test_an_unknown_host_is_named_in_words(monkeypatch):
    def not_found(*args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", not_found)
    problem = only_problem(load_paths(["https://no-such-host.test/news"]))
    assert problem.message == ("could not be fetched: the host name no-such-host.test was not found (check the "
                               "address for typos, or the network connection)")


# --- what the answer may be -------------------------------------------------------------

def test_an_endless_page_stops_at_the_size_cap(server):
    problem = only_problem(load_paths([f"{server}/endless"], options=dataclasses.replace(LOCAL, max_bytes=200_000)))
    assert "is too large: the page is more than" in problem.message and "200,000 bytes" in problem.message


def test_an_untyped_html_answer_is_read_as_a_web_page(server):
    (article,) = load_paths([f"{server}/untyped-html"], options=LOCAL).articles
    assert article.title == "Floods close roads across the valley"
    assert "<" not in article.text and article.body.startswith("Heavy rain overnight")


def test_an_untyped_text_answer_is_read_as_text(server):
    (article,) = load_paths([f"{server}/untyped-text"], options=LOCAL).articles
    assert article.title == "Floods close roads across the valley"


@pytest.mark.parametrize("path, said", [
    ("/untyped-pdf", "the server sent no content type and the answer looks like a PDF"),
    ("/untyped-binary", "the server sent no content type and the answer does not look like HTML or article text"),
    ("/octet", "the server sent application/octet-stream"),
])
def test_answers_that_are_not_html_or_text_are_refused(server, path, said):
    problem = only_problem(load_paths([server + path], options=LOCAL))
    assert problem.message.startswith("is not a web page: ") and said in problem.message


# --- turning fetching off ---------------------------------------------------------------

def test_fetching_turned_off_fetches_nothing(server):
    before = len(Handler.hits)
    problem = only_problem(load_url(f"{server}/article", options=dataclasses.replace(LOCAL, fetch_urls=False)))
    assert "fetching web addresses is turned off" in problem.message and "--no-fetch" in problem.message
    assert len(Handler.hits) == before


@pytest.mark.parametrize("flags, said", [
    ([], "loopback address"), (["--no-fetch"], "fetching web addresses is turned off"),
    (["--allow-private-urls", "--no-fetch"], "fetching web addresses is turned off"),
])
@pytest.mark.parametrize("command", [["analyze"], ["compare"], ["export", "--out", "OUT"]])
def test_the_command_line_refuses_local_addresses_and_can_turn_fetching_off(server, tmp_path, capsys, command,
                                                                             flags, said):
    before = len(Handler.hits)
    command = [str(tmp_path / "out") if c == "OUT" else c for c in command]
    code = cli_main([command[0], f"{server}/article", *command[1:], *flags])
    err = capsys.readouterr().err
    assert code != 0 and said in err
    assert len(Handler.hits) == before


def test_the_command_line_opt_in_fetches_a_local_address(server, capsys):
    import json

    assert cli_main(["analyze", f"{server}/article", "--allow-private-urls"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["title"] == "Floods close roads across the valley" and result["url"] == f"{server}/article"
