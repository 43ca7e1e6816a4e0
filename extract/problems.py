"""Where and what is wrong in a sources file: `Problem` (file, line, source, key, message), the
line of each key in the file's text (tomllib keeps no positions), "did you mean", and the
addresses the crawler would refuse, checked from the text before any crawl."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

from planwatch.settings import did_you_mean

__all__ = ["Lines", "Problem", "address_note", "did_you_mean"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a sources file: where (file, line, source index/id, key) and what."""

    file: str
    index: int | None
    source_id: str | None
    key: str | None
    message: str
    level: str = "error"  # error | warning (warnings do not stop loading)
    line: int | None = None  # from 1

    def __str__(self) -> str:
        head = f"{self.file}:{self.line}" if self.line else self.file
        where = [head if self.level == "error" else f"{head} (warning)"]
        if self.index is not None:
            where.append(f"source #{self.index + 1}" + (f" ({self.source_id})" if self.source_id else ""))
        if self.key:
            where.append(f"key {self.key!r}")
        return f"{': '.join(where)}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "source": self.index + 1 if self.index is not None else None,
            "source_id": self.source_id,
            "key": self.key,
            "level": self.level,
            "message": self.message,
        }


@dataclass
class Lines:
    """Where things are in the file's text (tomllib keeps no positions): the line of each
    `[[source]]` header, of each key inside it, and of each top-level key."""

    headers: list[int] = field(default_factory=list)
    keys: list[dict[str, int]] = field(default_factory=list)
    top: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> Lines:
        out = cls()
        current: dict[str, int] | None = out.top
        for n, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if re.match(r"^\[\[\s*source\s*\]\]", stripped):
                out.headers.append(n)
                out.keys.append({})
                current = out.keys[-1]
            elif stripped.startswith("["):
                current = None  # another table: its keys are not a source's
            elif current is not None:
                m = re.match(r"""^\s*(["']?)([A-Za-z0-9_\-]+)\1\s*=""", line)
                if m:
                    current.setdefault(m.group(2), n)
        return out

    def line(self, index: int | None, key: str | None) -> int | None:
        if index is None:
            return self.top.get(key or "")
        if index >= len(self.headers):
            return None
        return self.keys[index].get(key or "") or self.headers[index]


def address_note(host: str, allow_loopback: bool) -> str | None:
    """Why the crawler would refuse this host outright (checked here, before any crawl): a
    loopback address without `allow_loopback`, or a private, link-local or reserved one.
    Literal addresses and `localhost` only; names are resolved at fetch time."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        host = "127.0.0.1"
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(host)
    except ValueError:
        return None
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    if ip.is_loopback:
        return (
            None
            if allow_loopback
            else (
                f"{ip} is a loopback address: the crawler refuses it unless the source sets allow_loopback = true"
            )
        )
    if ip.is_link_local or ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        return f"{ip} is a private or reserved address: the crawler never fetches it"
    return None
