"""Which web addresses may be fetched: http(s) only, and no address on this machine or a private network.

A URL's host is turned into IP addresses (a numeric host in any spelling — ``127.0.0.1``,
``127.1``, ``0x7f000001``, ``2130706433``, ``017700000001``, ``[::ffff:127.0.0.1]`` — is read
here, without a name lookup; a name is looked up by the fetcher) and every address is checked
with :func:`refusal_reason` before anything connects to it. Loopback, private, shared (CGNAT),
link-local, multicast, reserved, unspecified and documentation ranges, IPv4 and IPv6, are
refused unless the user opts in (``IngestOptions.allow_private_urls``); IPv6 addresses that
carry an IPv4 address (IPv4-mapped, 6to4, Teredo, NAT64) are refused when that IPv4 address is.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit

from .encodings import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: how the user opts in, named in every refusal

#: one part of a numeric IPv4 host as inet_aton reads it: decimal, 0x hexadecimal or 0 octal
_NUMBER_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")


def split_url(url: str) -> SplitResult:
    """``url`` taken apart; :class:`InputError` unless it is an http(s) address with a host."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise InputError(f"is not a valid web address ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise InputError(f"is not fetched: only http:// and https:// addresses are read, not {scheme or 'this'}://")
    if not parts.hostname:
        raise InputError("is not a valid web address: it names no host")
    if parts.username is not None or parts.password is not None:
        raise InputError("is not fetched: the address holds a user name or password; give the page's address "
                         "without them")
    return parts


def port_of(parts: SplitResult) -> int:
    return parts.port or DEFAULT_PORTS[parts.scheme.lower()]


def numeric_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """A host written as an IPv4 number in any form inet_aton accepts (``127.1``, ``0x7f000001``,
    ``2130706433``, ``017700000001``, ``0177.0.0.1``), else None."""
    parts = host.rstrip(".").split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUMBER_PART.fullmatch(p) for p in parts):
        return None
    numbers = [int(p, 16) if p[:2].lower() == "0x" and len(p) > 2 else
               0 if p.lower() == "0x" else int(p, 8) if p.startswith("0") else int(p) for p in parts]
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    value = value * 256 ** (5 - len(numbers)) + last
    return ipaddress.IPv4Address(value)


def literal_address(host: str) -> IPAddress | None:
    """The IP address a host spells out (IPv4 in any numeric form, or IPv6), else None (a name)."""
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise InputError(f"is not a valid web address: {host} is not an IPv6 address") from None
    return numeric_ipv4(host)


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, 6to4, Teredo server/client, NAT64)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal_reason(address: IPAddress) -> str | None:
    """Why ``address`` is not fetched without the opt-in (e.g. "a loopback address (this computer)"),
    or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            reason = refusal_reason(inner)
            if reason or address.ipv4_mapped is not None:  # a mapped address is exactly its IPv4 address
                return f"{reason}, written as IPv6" if reason else None
    if address.is_unspecified:
        return "the unspecified address (this computer)"
    if address.is_loopback:
        return "a loopback address (this computer)"
    if address.is_link_local:
        return "a link-local address (the local network, e.g. a cloud metadata service)"
    if address.is_multicast:
        return "a multicast address"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return "a shared address (carrier-grade NAT, a provider's internal network)"
    if address.is_reserved:
        return "a reserved address (not on the public internet)"
    if address.is_private or (isinstance(address, ipaddress.IPv6Address) and address.is_site_local):
        return "a private-network address"
    if not address.is_global:
        return "a reserved address (not on the public internet)"
    return None


def check_address(address: IPAddress, host: str, allow_private: bool, opt_in: str = "") -> None:
    """:class:`InputError` when ``address`` (what ``host`` resolved to) may not be fetched."""
    if allow_private:
        return
    reason = refusal_reason(address)
    if reason:
        shown = host if host == str(address) else f"{host} ({address})"
        raise InputError(f"is not fetched: {shown} is {reason}; addresses on this computer or a private network "
                         "are refused unless you allow them" + (f" ({opt_in})" if opt_in else ""))
