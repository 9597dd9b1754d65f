"""Articles from web addresses: GET with a URL policy, a whole-fetch deadline and a size cap.

Every hop (the address given and each redirect, at most ``IngestOptions.max_redirects``) must
be http(s); its host is resolved once, every address it resolves to is checked by
:mod:`.url_policy`, and the connection goes to a checked address (no second name lookup
between the check and the connect, so DNS rebinding cannot swap the address). One deadline,
``IngestOptions.fetch_deadline``, covers the name lookups, connects, TLS handshakes and every
read of every hop: a watchdog shuts the connection when it passes, whatever the server does.
The answer must be HTML or text (a response without a Content-Type is passed on as ``None``
and sniffed by the loader); at most ``IngestOptions.max_bytes`` are read.
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from email.message import Message
from types import TracebackType
from typing import Any
from urllib.parse import SplitResult, quote, urljoin

from ..version import __version__
from .encodings import InputError
from .report import IngestOptions
from .url_policy import IPAddress, check_address, literal_address, port_of, split_url

USER_AGENT = f"framing/{__version__} (media framing analysis tool; fetches one article page per request)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
#: characters of a path or query sent as they are (everything else is percent-encoded)
_URL_SAFE = "/%:@!$&'()*+,;=-._~?"


def is_url(value: object) -> bool:
    s = str(value).strip().lower()
    return s.startswith(("http://", "https://"))


@dataclasses.dataclass(frozen=True)
class Fetched:
    """A fetched page: the address after redirects, its bytes, and what the server said they are
    (``content_type`` is None when the server sent no Content-Type)."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


class DeadlinePassed(Exception):
    """The whole-fetch deadline passed (raised inside :func:`fetch`, reported as an InputError)."""


class _Watchdog:
    """The whole-fetch deadline: :meth:`remaining` raises once it has passed, and a timer shuts
    the watched connection at the deadline so no read, however slow the server, outlives it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "_Watchdog":
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0 or self.expired:
            raise DeadlinePassed
        return left

    def watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if sock is not None and self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._sock is not None:
                _shut(self._sock)


def _shut(sock: socket.socket) -> None:
    """Wake any thread blocked on ``sock`` (the plain socket method, also for TLS sockets)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


def _resolve(host: str, port: int, watchdog: _Watchdog) -> list[tuple[int, Any]]:
    """``(family, sockaddr)`` of ``host``: a numeric host as written, a name by one lookup that
    must finish before the deadline."""
    literal = literal_address(host)
    if literal is not None:
        if literal.version == 6 and literal.ipv4_mapped is not None:
            return [(socket.AF_INET, (str(literal.ipv4_mapped), port))]
        family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
        return [(family, (str(literal), port))]
    outcome: dict[str, Any] = {}

    def lookup() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=lookup, name="framing-dns", daemon=True)
    worker.start()
    worker.join(watchdog.remaining())
    if worker.is_alive():
        raise DeadlinePassed
    if "error" in outcome:
        raise InputError(f"could not be fetched: the host name {host} was not found (check the address "
                         "for typos, or the network connection)") from None
    infos = outcome["infos"]
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in infos
            if family in (socket.AF_INET, socket.AF_INET6)]


def _checked_addresses(host: str, port: int, options: IngestOptions, watchdog: _Watchdog) -> list[tuple[int, Any]]:
    """Every address ``host`` resolves to, each checked by the URL policy (one refused: all refused)."""
    addresses = _resolve(host, port, watchdog)
    if not addresses:
        raise InputError(f"could not be fetched: the host name {host} has no internet address")
    for _family, sockaddr in addresses:
        address: IPAddress = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        check_address(address, host, options.allow_private_urls, options.private_urls_opt_in)
    return addresses


def _connect(addresses: list[tuple[int, Any]], host: str, port: int, watchdog: _Watchdog) -> socket.socket:
    """A TCP connection to the first checked address that answers."""
    last: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        watchdog.watch(sock)
        try:
            sock.settimeout(watchdog.remaining())
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            watchdog.watch(None)
            if watchdog.expired or isinstance(exc, (socket.timeout, TimeoutError)):
                raise DeadlinePassed from None
            last = exc
    if isinstance(last, ConnectionRefusedError):
        raise InputError(f"could not be fetched: the server at {host}:{port} refused the connection "
                         "(is the address right?)")
    why = (last.strerror if last is not None and last.strerror else "no connection could be made").lower()
    raise InputError(f"could not be fetched: the server at {host}:{port} could not be reached ({why})")


class _PinnedConnection(http.client.HTTPConnection):
    """An HTTP connection over a socket already connected to a checked address."""

    def __init__(self, host: str, port: int, sock: socket.socket) -> None:
        super().__init__(host, port)
        self.sock = sock

    def connect(self) -> None:  # the socket is given; never look the host up again
        return None


def _target(parts: SplitResult) -> str:
    path = quote(parts.path or "/", safe=_URL_SAFE)
    return path + ("?" + quote(parts.query, safe=_URL_SAFE) if parts.query else "")


def _host_header(parts: SplitResult) -> str:
    host = _ascii_host(parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    return host if parts.port is None else f"{host}:{parts.port}"


def _ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(f"is not a valid web address: {host} is not a valid host name") from None


def _open(parts: SplitResult, options: IngestOptions,
          watchdog: _Watchdog) -> tuple[_PinnedConnection, http.client.HTTPResponse]:
    """Connect to one hop's checked address and send the GET; the response's status and headers."""
    host = _ascii_host(parts.hostname or "")
    port = port_of(parts)
    sock = _connect(_checked_addresses(host, port, options, watchdog), host, port, watchdog)
    if parts.scheme.lower() == "https":
        context = ssl.create_default_context()
        try:
            sock = context.wrap_socket(sock, server_hostname=host)
        except ssl.SSLCertVerificationError as exc:
            sock.close()
            raise InputError(f"could not be fetched: the secure connection to {host} failed "
                             f"({exc.verify_message or 'certificate not trusted'})") from None
        watchdog.watch(sock)
    conn = _PinnedConnection(host, port, sock)
    conn.putrequest("GET", _target(parts), skip_host=True, skip_accept_encoding=True)
    conn.putheader("Host", _host_header(parts))
    conn.putheader("User-Agent", USER_AGENT)
    conn.putheader("Accept", ACCEPT)
    conn.putheader("Accept-Encoding", "identity")
    conn.putheader("Connection", "close")
    conn.endheaders()
    return conn, conn.getresponse()


def _read_body(resp: http.client.HTTPResponse, options: IngestOptions, watchdog: _Watchdog) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > options.max_bytes:
        raise InputError(_too_big(int(length), options))
    chunks: list[bytes] = []
    size = 0
    while True:
        watchdog.remaining()
        chunk = resp.read1(_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > options.max_bytes:
            raise InputError(_too_big(size, options, at_least=True))
    watchdog.remaining()
    return b"".join(chunks)


def _hop(url: str, options: IngestOptions, watchdog: _Watchdog) -> str | Fetched:
    """Fetch one address: the next address when it redirects, else the page."""
    parts = split_url(url)
    conn, resp = _open(parts, options, watchdog)
    try:
        if resp.status in REDIRECTS and resp.getheader("Location"):
            return urljoin(url, (resp.getheader("Location") or "").strip())
        if resp.status >= 300:
            raise InputError(f"could not be fetched: the server answered {resp.status} {resp.reason}".rstrip())
        headers: Message = resp.msg
        declared = headers.get("Content-Type")
        ctype = headers.get_content_type().lower() if declared else None
        if ctype is not None and ctype not in HTML_TYPES + TEXT_TYPES:
            raise InputError(f"is not a web page: the server sent {ctype}; give the address of the article's "
                             "HTML page")
        data = _read_body(resp, options, watchdog)
        return Fetched(url, data, ctype, headers.get_content_charset() if declared else None)
    finally:
        conn.close()
        watchdog.watch(None)


def fetch(url: str, options: IngestOptions) -> Fetched:
    """GET ``url`` under the URL policy; :class:`InputError` for a refused address or scheme, too many
    redirects, HTTP errors, the deadline, a non-HTML answer or one over ``max_bytes``."""
    if not options.fetch_urls:
        raise InputError("is not fetched: fetching web addresses is turned off (--no-fetch, "
                         "IngestOptions.fetch_urls); save the page and load the .html file instead")
    with _Watchdog(options.fetch_deadline) as watchdog:
        try:
            current = url.strip()
            for _ in range(options.max_redirects + 1):
                outcome = _hop(current, options, watchdog)
                if isinstance(outcome, Fetched):
                    return outcome
                if not outcome.lower().startswith(("http://", "https://")):
                    raise InputError(f"is not fetched: it redirects to {outcome}, and only http:// and https:// "
                                     "addresses are followed")
                current = outcome
            raise InputError(f"could not be fetched: more than {options.max_redirects} redirects "
                             "(IngestOptions.max_redirects)")
        except InputError as exc:
            if watchdog.expired:
                raise InputError(_deadline(options)) from None
            hop = "" if current == url.strip() else f" (after a redirect to {current})"
            raise InputError(f"{exc}{hop}") from None
        except DeadlinePassed:
            raise InputError(_deadline(options)) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if watchdog.expired or isinstance(exc, (socket.timeout, TimeoutError)):
                raise InputError(_deadline(options)) from None
            raise InputError(f"could not be fetched: {_network_failure(exc)}") from None


def _network_failure(exc: BaseException) -> str:
    """A failure while talking to the server, in words (never ``[Errno n]``)."""
    if isinstance(exc, ssl.SSLError):
        return f"the secure connection failed ({exc.reason or 'TLS error'})"
    if isinstance(exc, (http.client.RemoteDisconnected, ConnectionResetError, http.client.IncompleteRead)):
        return "the server closed the connection before sending the whole page; try again later"
    if isinstance(exc, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(exc).__name__})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _deadline(options: IngestOptions) -> str:
    return (f"could not be fetched: no complete answer within {options.fetch_deadline:g} seconds (timed out; "
            "IngestOptions.fetch_deadline); try again later, or save the page and load the file")


def _too_big(size: int, options: IngestOptions, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"is too large: the page is {more}{size:,} bytes, over the limit of {options.max_bytes:,} bytes "
            "(IngestOptions.max_bytes)")


# --- the command line's fetch options (analyze, compare, export) -------------------------

def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-private-urls", action="store_true",
                        help="also fetch addresses on this computer or a private network (localhost, 10.x, "
                             "192.168.x, link-local, ...); refused by default")
    parser.add_argument("--no-fetch", action="store_true", help="do not fetch http(s) addresses given as PATH")


def fetch_options(args: argparse.Namespace, options: IngestOptions) -> IngestOptions:
    """``options`` with the command line's --allow-private-urls and --no-fetch applied."""
    return dataclasses.replace(options, allow_private_urls=bool(getattr(args, "allow_private_urls", False)),
                               fetch_urls=not getattr(args, "no_fetch", False))
