"""Articles from web addresses: one GET with a timeout, a size cap and a clear User-Agent."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from email.message import Message

from ..version import __version__
from .encodings import InputError
from .report import IngestOptions

USER_AGENT = f"framing/{__version__} (media framing analysis tool; fetches one article page per request)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")


def is_url(value: object) -> bool:
    s = str(value).strip().lower()
    return s.startswith(("http://", "https://"))


class Fetched:
    def __init__(self, url: str, data: bytes, content_type: str, charset: str | None) -> None:
        self.url = url
        self.data = data
        self.content_type = content_type
        self.charset = charset


def fetch(url: str, options: IngestOptions) -> Fetched:
    """GET ``url``; :class:`InputError` for HTTP errors, timeouts, non-HTML and oversize answers."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as resp:  # noqa: S310 - http(s) only
            headers: Message = resp.headers
            ctype = (headers.get_content_type() or "").lower()
            charset = headers.get_content_charset()
            if ctype not in HTML_TYPES + TEXT_TYPES:
                raise InputError(f"is not a web page: the server sent {ctype or 'no content type'}; "
                                 "give the address of the article's HTML page")
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                raise InputError(_too_big(int(length), options))
            data = resp.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise InputError(_too_big(len(data), options, at_least=True))
            return Fetched(resp.geturl(), data, ctype, charset)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"could not be fetched: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(_timeout(options)) from None
        raise InputError(f"could not be fetched: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise InputError(_timeout(options)) from None
    except (ConnectionError, OSError, ValueError) as exc:
        raise InputError(f"could not be fetched: {exc}") from None


def _timeout(options: IngestOptions) -> str:
    return (f"could not be fetched: no answer within {options.timeout:g} seconds (timed out); try again later, "
            "or save the page and load the file")


def _too_big(size: int, options: IngestOptions, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"is too large: the page is {more}{size:,} bytes, over the limit of {options.max_bytes:,} bytes "
            "(IngestOptions.max_bytes)")
