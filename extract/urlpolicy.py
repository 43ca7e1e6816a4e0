"""The one URL policy: what a URL must look like before anything fetches it.

Every URL the crawler would fetch passes here first, whether it comes from `sources.toml`, a list
page's link or a redirect's `Location`. Two parsers read a URL in this code base: `urlsplit` (the
host rules) and urllib3 (the library that opens the connection). They disagree on hostile input:
`http://127.0.0.1:8001\\@www.portal.gov.cn/` is `www.portal.gov.cn` to `urlsplit` but
`127.0.0.1:8001` to urllib3. So a URL is refused when it carries anything they may read
differently — a backslash, userinfo (`user@`), control characters, a percent-encoded or malformed
host — and when the two parsers still name a different host or port. What is left is read once,
as urllib3 reads it (`Target`), and the host rules, the DNS pin and the connection all use that.

Tab, CR and LF are removed first, as browsers do (WHATWG URL): CMS templates break long `href`s
over lines.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from extract.exceptions import UnsafeURL

MAX_URL_LENGTH = 4096  # longer links are not notices (and bound every scan of a URL)
SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

_TAB_NL = re.compile(r"[\t\r\n]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#]*@")
_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_\-]{0,62})$")  # one DNS label, after IDNA


@dataclass(frozen=True)
class Target:
    """A URL as the connection will read it: scheme, host (lower case, IPv6 without brackets,
    IDNA-encoded), port (defaulted)."""

    scheme: str
    host: str
    port: int

    @property
    def is_ip(self) -> bool:
        try:
            ipaddress.ip_address(self.host)
        except ValueError:
            return False
        return True

    @property
    def netloc(self) -> str:
        """`host:port` with IPv6 bracketed: the key of an allowed host (`expand_hosts`)."""
        return netloc_key(self.host, self.port)


def netloc_key(host: str, port: int | None) -> str:
    """`host:port`, IPv6 literals bracketed (`[::1]:8080`); `host` alone when port is None."""
    host = host.strip("[]").lower()
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


def clean(url: str) -> str:
    """Leading/trailing whitespace off, tab/CR/LF removed (as browsers do)."""
    return _TAB_NL.sub("", url.strip())


def _urllib3_view(url: str) -> tuple[str, int | None] | str:
    """(host, port) as urllib3 parses the URL, or why it cannot."""
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    try:
        parsed = parse_url(url)
    except (LocationParseError, ValueError, UnicodeError) as exc:
        return f"unparsable URL ({type(exc).__name__})"
    if parsed.auth:
        return "credentials (userinfo) in URL"
    if not parsed.host:
        return "no host"
    return parsed.host.strip("[]").lower(), parsed.port


def _split_view(url: str) -> tuple[str, str, int | None] | str:
    """(scheme, host, port) as urlsplit parses the URL (host IDNA-encoded), or why it cannot."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "invalid port"
    host = (parts.hostname or "").lower()
    if not host:
        return "no host"
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return "invalid international host name"
    return parts.scheme.lower(), host, port


def _authority(url: str) -> str:
    rest = url.split("//", 1)[1] if "//" in url else ""
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    return rest


def problem(url: str) -> str | None:
    """Why this URL must not be fetched (whatever its host), or None. `url` should be `clean`ed."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    if _CONTROL.search(url):
        return "control character in URL"
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in SCHEMES:
        return f"scheme {scheme!r} not allowed" if scheme else "not an absolute http(s) URL"
    if "\\" in url:
        return "backslash in URL (HTTP libraries disagree on its host)"
    if not url[len(scheme) + 1 :].startswith("//"):
        return "not an absolute http(s) URL"
    found = _read_authority(scheme, _authority(url))
    return found if isinstance(found, str) else None


@lru_cache(maxsize=4096)
def _read_authority(scheme: str, authority: str) -> Target | str:
    """The target of `scheme://authority/`, or why it cannot be fetched. Without a backslash or a
    control character, both parsers end the authority at the first `/`, `?` or `#`, so the host
    depends on this part alone (and a list page's thousands of links share a few)."""
    if "@" in authority:
        return "credentials (userinfo) in URL"
    if "%" in authority:
        return "percent-encoded host"
    url = f"{scheme}://{authority}/"
    split = _split_view(url)
    if isinstance(split, str):
        return split
    view = _urllib3_view(url)
    if isinstance(view, str):
        return view
    _, host, port = split
    if view != (host, port):
        return f"ambiguous URL: its host reads as {host!r} or {view[0]!r}"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
        if len(host) > 253 or not all(_LABEL.match(label) for label in labels):
            return f"invalid host name {host!r}"
    return Target(scheme, host, port if port is not None else DEFAULT_PORTS[scheme])


def target(url: str) -> Target:
    """The URL's scheme, host and port as the connection reads them; raises UnsafeURL."""
    why = problem(url)
    if why:
        raise UnsafeURL(why)
    found = _read_authority(url.split(":", 1)[0].lower(), _authority(url))
    assert isinstance(found, Target)  # problem() said so
    return found


def evidence(url: str) -> str:
    """A refused URL as it can be stored and shown: no control character survives; the
    backslash trick stays readable (`\\` and `@` percent-encoded, so that redaction does not
    swallow the host it aimed at); real credentials (`user:pass@`) are replaced by `***`."""
    out = _CONTROL.sub(lambda m: f"%{ord(m.group(0)):02X}", url)
    if "\\" in out:
        return out.replace("\\", "%5C").replace("@", "%40")
    return _USERINFO.sub(r"\1***@", out)
