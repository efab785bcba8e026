"""Which URLs may be fetched: http and https only, and (unless the user allows private
addresses) only hosts whose every resolved address is public. Checked before the first
request and again on every redirect hop, so a public page cannot bounce the fetcher to
127.0.0.1, the cloud metadata address (169.254.169.254) or a machine on the office LAN.

What is left: a host that resolves to a public address here and to a private one when the
HTTP client resolves it again a moment later (DNS rebinding) is not caught.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

SCHEMES = ("http", "https")


class BlockedURL(Exception):
    """A URL the fetcher refuses; the message says why."""


def _blocked_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:   # shared address space (100.64/10), documentation ranges, ...
        return "non-public"
    return None


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise BlockedURL(f"cannot resolve host {host!r} ({e})") from None
    return sorted({info[4][0] for info in infos})


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise :class:`BlockedURL` unless ``url`` may be fetched."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise BlockedURL(f"only http and https URLs are fetched, not {parts.scheme or 'no'} scheme")
    host = parts.hostname
    if not host:
        raise BlockedURL("URL without a host")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise BlockedURL("URL with an invalid port") from None
    for address in resolve(host, port):
        kind = _blocked_kind(ipaddress.ip_address(address.split("%", 1)[0]))
        if kind:
            raise BlockedURL(f"host {host} resolves to a {kind} address ({address}); "
                             "pass --allow-private to fetch from it")
