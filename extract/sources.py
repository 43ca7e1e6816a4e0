"""The portal registry: `sources.toml` → `Source` objects, and a checker that says what is wrong where.

Adding a county is a config entry, not code:

    [[source]]
    id = "chengwu"
    county = "成武县"
    platform = "hanweb"            # hanweb | trs | generic
    start_urls = ["http://www.chengwu.gov.cn/col/col12345/index.html"]
    allowed_hosts = ["www.chengwu.gov.cn"]   # default: the hosts of start_urls
    min_interval_s = 2.0           # per host; default: the --min-interval-s setting
    allow_loopback = false         # true lets a source point at 127.0.0.1 (tests, demo)

`check_sources` finds every problem with its line (unknown keys with "did you mean", hosts the
crawler would refuse), so `planwatch sources check` and a crawl's first step stop a bad file.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract.exceptions import SourcesError, UnsafeURL
from extract.patterns import problem as pattern_problem
from extract.platforms import available as available_platforms
from extract.problems import Lines, Problem, address_note, did_you_mean
from extract.urlpolicy import clean, netloc_key, target
from extract.urlpolicy import problem as url_problem
from planwatch.redact import redact_text

log = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")

# key -> (expected python types, description); anything else in a [[source]] table is a problem.
_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "id": ((str,), "stable key: lower-case letters, digits, '_' or '-'"),
    "county": ((str,), "place name"),
    "platform": ((str,), "hanweb | trs | generic"),
    "start_urls": ((list,), "list of http(s) list-page URLs"),
    "allowed_hosts": ((list,), "hosts (host or host:port) that may be fetched"),
    "min_interval_s": ((int, float), "minimum seconds between requests to one host"),
    "allow_loopback": ((bool,), "allow 127.0.0.1 / localhost (tests, demo)"),
    "verified": ((bool,), "whether the URLs were checked against the live portal"),
    "enabled": ((bool,), "false skips the source"),
    "max_pages": ((int,), "hard stop on list pages per start URL"),
    "notes": ((str,), "free text"),
    # generic
    "link_pattern": ((str,), "regex a detail link (absolute URL) must match"),
    "date_pattern": ((str,), "regex finding the list date near a link (groups y, m, d or 1-3)"),
    "title_from": ((str,), "title | text: take titles from @title (default) or the link text"),
    "next_pattern": ((str,), "regex on a link's text marking the next list page"),
    # hanweb
    "dataproxy_path": ((str,), "path of dataproxy.jsp (default: read from the page)"),
    "perpage": ((int,), "records per dataproxy request"),
}


# Other names for keys, accepted so that tools writing sources files need not know ours exactly.
ALIASES = {
    "link_regex": "link_pattern",
    "detail_pattern": "link_pattern",
    "detail_regex": "link_pattern",
    "date_regex": "date_pattern",
    "next_regex": "next_pattern",
    "hosts": "allowed_hosts",
    "interval_s": "min_interval_s",
    "max_list_pages": "max_pages",
    "name": "county",
}


def _normalise(entry: dict) -> dict:
    """Aliases mapped to our key names, unknown keys dropped (check_sources warns about them)."""
    out = {ALIASES.get(k, k): v for k, v in entry.items() if not (k in ALIASES and ALIASES[k] in entry)}
    return {k: v for k, v in out.items() if k in _KEYS}


@dataclass
class Source:
    """One watched portal (one `[[source]]` table of sources.toml)."""

    id: str
    platform: str
    start_urls: list[str]
    county: str = ""
    allowed_hosts: list[str] = field(default_factory=list)
    min_interval_s: float | None = None
    allow_loopback: bool = False
    verified: bool = False
    enabled: bool = True
    max_pages: int | None = None
    link_pattern: str | None = None
    date_pattern: str | None = None
    title_from: str = "title"
    next_pattern: str | None = None
    dataproxy_path: str | None = None
    perpage: int | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.allowed_hosts:
            self.allowed_hosts = default_hosts(self.start_urls)

    @property
    def netlocs(self) -> set[str]:
        """The allowed `host:port` pairs (see `expand_hosts`)."""
        return expand_hosts(self.allowed_hosts, self.start_urls)


def _explicit_port(url: str) -> int | None:
    try:
        return urlsplit(url).port
    except ValueError:
        return None


def default_hosts(urls: list[str]) -> list[str]:
    """The netlocs of the start URLs (host, or host:port when a port is given; IPv6 bracketed)."""
    hosts: list[str] = []
    for url in urls:
        try:
            t = target(clean(url))
        except UnsafeURL:
            continue
        entry = netloc_key(t.host, _explicit_port(url))
        if entry not in hosts:
            hosts.append(entry)
    return hosts


def _check_url(url: Any) -> str | None:
    if not isinstance(url, str):
        return f"{url!r} is not a string"
    why = url_problem(url.strip())
    if why is None:
        return None
    shown = redact_text(url) if "userinfo" in why else url  # never echo credentials
    return f"{shown!r}: {why}"


def _check_entry(file: str, index: int, entry: Any, seen: dict[str, int]) -> list[Problem]:
    # Long function: one check per key of a [[source]] entry, read as a list.
    if not isinstance(entry, dict):
        return [Problem(file, index, None, None, "a [[source]] entry must be a table")]
    sid = entry.get("id") if isinstance(entry.get("id"), str) else None

    def p(key: str | None, msg: str, level: str = "error") -> Problem:
        return Problem(file, index, sid, key, msg, level)

    out: list[Problem] = []
    for alias, key in ALIASES.items():
        if alias in entry:
            if key in entry:
                out.append(p(alias, f"both {alias!r} and {key!r} given; {alias!r} ignored", "warning"))
            else:
                entry = {**{k: v for k, v in entry.items() if k != alias}, key: entry[alias]}
    for key in entry:
        if key not in _KEYS:
            hint = did_you_mean(key, [*_KEYS, *ALIASES]) or f" (known: {', '.join(_KEYS)})"
            out.append(p(key, f"unknown key{hint}"))
    for key in ("id", "platform", "start_urls"):
        if key not in entry:
            out.append(p(key, "missing required key"))
    if "county" not in entry:
        out.append(p("county", "missing: the place name is left empty", "warning"))
    for key, value in entry.items():
        if key not in _KEYS:
            continue
        types, desc = _KEYS[key]
        if isinstance(value, bool) and bool not in types:
            out.append(p(key, f"expected {desc}, got {value!r}"))
        elif not isinstance(value, types):
            out.append(p(key, f"expected {desc}, got {type(value).__name__} {value!r}"))
    if sid is not None:
        if not _ID.match(sid):
            out.append(p("id", f"{sid!r} is not a valid id ({_KEYS['id'][1]})"))
        elif sid in seen:
            out.append(p("id", f"duplicate id, first used by source #{seen[sid] + 1}"))
        else:
            seen[sid] = index
    platform = entry.get("platform")
    if isinstance(platform, str) and platform not in available_platforms():
        out.append(p("platform", f"{platform!r} is not one of {', '.join(available_platforms())}"))
    urls = entry.get("start_urls")
    if isinstance(urls, list):
        if not urls:
            out.append(p("start_urls", "needs at least one URL"))
        for url in urls:
            msg = _check_url(url)
            if msg:
                out.append(p("start_urls", msg))
    hosts = entry.get("allowed_hosts")
    if isinstance(hosts, list):
        for host in hosts:
            if not isinstance(host, str) or _host_entry(host) is None:
                out.append(p("allowed_hosts", f"{host!r} is not a host or host:port"))
        if isinstance(urls, list) and all(isinstance(u, str) for u in urls):
            allowed = expand_hosts([h for h in hosts if isinstance(h, str)], urls)
            for url in urls:
                if _check_url(url) is None and not host_allowed(url, allowed):
                    out.append(p("allowed_hosts", f"start URL {url!r} is not on an allowed host"))
    if isinstance(urls, list):
        loopback_ok = entry.get("allow_loopback") is True
        for url in urls:
            if isinstance(url, str) and _check_url(url) is None:
                msg = address_note(target(clean(url)).host, loopback_ok)
                if msg:
                    out.append(p("start_urls", f"{url!r}: {msg}"))
    interval = entry.get("min_interval_s")
    if isinstance(interval, (int, float)) and not isinstance(interval, bool) and interval < 0:
        out.append(p("min_interval_s", "must be >= 0"))
    for key in ("max_pages", "perpage"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value < 1:
            out.append(p(key, "must be >= 1"))
    for key in ("link_pattern", "date_pattern", "next_pattern"):
        if isinstance(entry.get(key), str):
            msg = pattern_problem(entry[key])
            if msg:
                out.append(p(key, msg))
    if platform == "generic" and "link_pattern" not in entry:
        out.append(p("link_pattern", "required for platform 'generic'"))
    if entry.get("title_from", "title") not in ("title", "text"):
        out.append(p("title_from", "must be 'title' or 'text'"))
    if isinstance(entry.get("dataproxy_path"), str) and not entry["dataproxy_path"].startswith("/"):
        out.append(p("dataproxy_path", "must be an absolute path starting with '/'"))
    return out


def _host_entry(entry: str) -> tuple[str, int | None] | None:
    """An `allowed_hosts` entry as (host, port or None): `host`, `host:port`, `[v6]`, `[v6]:port`
    or a bare IPv6 address; international names IDNA-encoded (as `urlpolicy.target` reads hosts)."""
    entry = entry.strip().lower()
    if not entry.isascii():
        try:
            entry = entry.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    m = re.match(r"^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$", entry) or re.match(
        r"^([a-z0-9._\-]+)(?::(\d{1,5}))?$", entry
    )
    if m:
        return m.group(1), int(m.group(2)) if m.group(2) else None
    try:
        return str(ipaddress.IPv6Address(entry)), None
    except ValueError:
        return None


def expand_hosts(entries: list[str], start_urls: Sequence[str] = ()) -> set[str]:
    """`allowed_hosts` entries as a set of `host:port` keys (`urlpolicy.netloc_key`).

    `host:port` allows that port only; a bare `host` allows the default ports (80, 443) and the
    ports its start URLs use - not every port on the machine (127.0.0.1:other is another site).
    """
    out: set[str] = set()
    start_ports: dict[str, set[int]] = {}
    for url in start_urls:
        port = _explicit_port(url)
        try:
            t = target(clean(url))
        except UnsafeURL:
            continue
        if port:
            start_ports.setdefault(t.host, set()).add(port)
    for entry in entries:
        parsed = _host_entry(entry)
        if parsed is None:
            continue
        host, port = parsed
        if port:
            out.add(netloc_key(host, port))
        else:
            out.update(netloc_key(host, p) for p in {80, 443} | start_ports.get(host, set()))
    return out


def host_allowed(url: str, allowed: set[str]) -> bool:
    """Whether the URL passes the URL policy and its host:port is in an `expand_hosts` set."""
    try:
        return target(clean(url)).netloc in allowed
    except UnsafeURL:
        return False


def _read(path: str | Path) -> tuple[dict | None, str, list[Problem]]:
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return (
            None,
            "",
            [Problem(file, None, None, None, "no such file (write a starter with `planwatch init`)")],
        )
    except OSError as exc:
        return None, "", [Problem(file, None, None, None, f"cannot read: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return None, "", [Problem(file, None, None, None, f"not UTF-8: {exc}")]
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        return None, text, [Problem(file, None, None, None, f"invalid TOML: {exc}", line=line)]


def check_sources(path: str | Path) -> list[Problem]:
    """Every problem in a sources file, each with its line (empty when the file is valid)."""
    data, text, problems = _read(path)
    if data is None:
        return problems
    file = str(path)
    for key in data:
        if key != "source":
            hint = did_you_mean(key, ["source"]) or " (expected [[source]] tables)"
            problems.append(Problem(file, None, None, key, f"unknown top-level key{hint}"))
    entries = data.get("source", [])
    if not isinstance(entries, list):
        return problems + [Problem(file, None, None, "source", "must be an array of tables ([[source]])")]
    if not entries:
        problems.append(
            Problem(file, None, None, None, "no [[source]] entries yet: add one (see the example)")
        )
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        problems.extend(_check_entry(file, index, entry, seen))
    lines = Lines.of(text)
    located = [dataclasses.replace(p, line=p.line or lines.line(p.index, p.key)) for p in problems]
    return sorted(located, key=lambda p: p.line or 0)


def load_sources(path: str | Path, only: list[str] | None = None) -> list[Source]:
    """Read and validate a sources file; raise SourcesError listing every problem.

    `only` keeps the named source ids (an unknown id is an error). Disabled sources are dropped
    unless named in `only`.
    """
    problems = check_sources(path)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise SourcesError(
            f"invalid sources file {path} ({len(errors)} problem(s)):\n" + "\n".join(map(str, errors))
        )
    for problem in problems:
        log.warning("%s", problem)
    sources = build_sources(path)
    if only:
        known = {s.id for s in sources}
        missing = [s for s in only if s not in known]
        if missing:
            raise SourcesError(
                f"{path}: unknown source id(s) {', '.join(missing)}; known: {', '.join(sorted(known))}"
            )
        return [s for s in sources if s.id in only]
    return [s for s in sources if s.enabled]


def build_sources(path: str | Path) -> list[Source]:
    """Every `[[source]]` of a file `check_sources` found valid, as `Source` objects (disabled
    ones included), without logging its warnings again."""
    data, _, _ = _read(path)
    return [Source(**_normalise(entry)) for entry in (data or {}).get("source", [])]
