"""What the HTTP client refuses or flags before it trusts a response: hosts a source does not
allow, private / loopback / metadata addresses, and WAF challenge pages."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from typing import Any

from extract.sources import expand_hosts

_CHALLENGE_MARKERS = (
    re.compile(rb"\$_ts\s*=|\$_ts\."),  # Ruishu (瑞数)
    re.compile(rb"__jsl_clearance|__jsluid"),  # Jiasule (加速乐)
    re.compile(rb"acw_sc__v2|_waf_bd8ce2ce37"),  # Aliyun WAF
)
_COOKIE_RELOAD = re.compile(rb"document\.cookie\s*=.{0,400}?(location|reload)", re.S)


@dataclass
class HostPolicy:
    """What a source allows: hosts, loopback, and its per-host minimum interval."""

    allowed: set[str]  # host:port pairs (extract.sources.expand_hosts)
    allow_loopback: bool = False
    min_interval_s: float | None = None

    @classmethod
    def of(cls, source: Any) -> HostPolicy:
        if isinstance(source, HostPolicy):
            return source
        allowed = expand_hosts(list(source.allowed_hosts), list(getattr(source, "start_urls", [])))
        return cls(
            allowed, bool(getattr(source, "allow_loopback", False)), getattr(source, "min_interval_s", None)
        )


def detect_challenge(status: int | None, body: bytes | None, headers: dict | None = None) -> str | None:
    """Name the WAF whose challenge this response is, or None for an ordinary response."""
    body = body or b""
    head = body[:65536]
    cookies = " ".join(v for k, v in (headers or {}).items() if k.lower() == "set-cookie")
    if status == 412 and (b"$_ts" in head or not body.strip()):
        return "ruishu challenge (HTTP 412, $_ts)"
    if status == 521 and (
        _CHALLENGE_MARKERS[1].search(head) or "__jsluid" in cookies or "__jsl_clearance" in cookies
    ):
        return "jiasule challenge (HTTP 521, __jsl_clearance)"
    if status is not None and 200 <= status < 300 and len(body) < 64 * 1024:
        low = head.lower()
        has_content_links = low.count(b"<a ") + low.count(b"<record") >= 3
        if not has_content_links:
            for marker in _CHALLENGE_MARKERS:
                if marker.search(head):
                    return "challenge script in a 200 response"
            if _COOKIE_RELOAD.search(head) and len(body) < 8 * 1024:
                return "cookie-setting challenge script in a 200 response"
    return None


def ip_problem(text: str, allow_loopback: bool) -> str | None:
    """Why an IP address must not be contacted (private / link-local / metadata …), or None."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(text.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    if ip.is_loopback:
        return None if allow_loopback else f"loopback address {ip}"
    if ip.is_link_local:
        return f"link-local/metadata address {ip}"
    if ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        return f"private address {ip}"
    return None


@dataclass(frozen=True)
class Resolved:
    """A host resolved once: the addresses to connect to, or why not (`outcome` refused/error)."""

    addresses: tuple[str, ...] = ()
    problem: str | None = None
    outcome: str = "refused"  # refused (an address rule) | error (cannot resolve: retried next run)


def resolve(host: str, allow_loopback: bool) -> Resolved:
    """Resolve a host once and check every address it gives; one bad address refuses the host."""
    host = host.strip("[]").lower()
    try:
        ipaddress.ip_address(host.split("%")[0])
        addresses = [host]
    except ValueError:
        if host == "localhost" or host.endswith(".localhost"):
            addresses = ["127.0.0.1"]
        else:
            try:
                infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
            except (OSError, UnicodeError) as exc:
                return Resolved(problem=f"cannot resolve host {host} ({type(exc).__name__})", outcome="error")
            addresses = list(dict.fromkeys(str(i[4][0]) for i in infos))
    for text in addresses:
        why = ip_problem(text, allow_loopback)
        if why:
            return Resolved(problem=why)
    return Resolved(tuple(addresses))


def address_problem(host: str, allow_loopback: bool, resolve_name: bool = True) -> str | None:
    """Why a host must not be contacted (private / link-local / metadata address), or None."""
    host = host.strip("[]").lower()
    if not resolve_name:
        try:
            return ip_problem(host, allow_loopback)
        except ValueError:
            return None
    return resolve(host, allow_loopback).problem
