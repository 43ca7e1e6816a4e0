"""The one polite HTTP client every adapter fetches through.

Politeness and safety live here, not in the callers:
- an honest User-Agent naming planwatch and a contact URL;
- robots.txt obeyed, fetched once per host per run;
- a per-host minimum interval between requests, enforced inside the client (thread-safe);
- timeouts; retries with capped exponential backoff and jitter on connect errors, timeouts,
  truncated bodies, 5xx and 429 (honouring Retry-After);
- a size cap enforced while streaming, on the decompressed bytes (gzip bombs stop at the cap);
- conditional GET (If-None-Match / If-Modified-Since);
- only allowed hosts: redirects are followed by hand and every hop is checked; another host or a
  private, link-local, loopback or metadata address is refused (loopback only when the source
  allows it);
- WAF challenge pages (412 + `$_ts`, 521 + `__jsl_clearance`, a 200 carrying a challenge
  script) come back as outcome `blocked`.

When the client has an archive, every response body is written to it before anything looks at
the body (challenge detection, charset decoding, list parsing).
"""
from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import itertools
import random
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Callable
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from extract.robots import RobotsCache, RobotsRules, rules_from_response
from extract.sources import expand_hosts, host_allowed
from planwatch import USER_AGENT_PRODUCT
from planwatch.crashpoints import crash_point
from planwatch.redact import redact_text

REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 8
CHUNK = 64 * 1024
ROBOTS_AGENT = "planwatch"

_CHALLENGE_MARKERS = (
    re.compile(rb"\$_ts\s*=|\$_ts\."),              # Ruishu (瑞数)
    re.compile(rb"__jsl_clearance|__jsluid"),       # Jiasule (加速乐)
    re.compile(rb"acw_sc__v2|_waf_bd8ce2ce37"),     # Aliyun WAF
)
_COOKIE_RELOAD = re.compile(rb"document\.cookie\s*=.{0,400}?(location|reload)", re.S)


_FETCH_SEQ = itertools.count()


class TooLarge(Exception):
    pass


class TooSlow(Exception):
    pass


@dataclass
class HostPolicy:
    """What a source allows: hosts, loopback, and its per-host minimum interval."""

    allowed: set[str]                      # host:port pairs (extract.sources.expand_hosts)
    allow_loopback: bool = False
    min_interval_s: float | None = None

    @classmethod
    def of(cls, source: Any) -> "HostPolicy":
        if isinstance(source, HostPolicy):
            return source
        allowed = expand_hosts(list(source.allowed_hosts), list(getattr(source, "start_urls", [])))
        return cls(allowed, bool(getattr(source, "allow_loopback", False)),
                   getattr(source, "min_interval_s", None))


@dataclass
class FetchResult:
    """One logical fetch (after retries and redirects) and what came of it."""

    url: str
    method: str = "GET"
    kind: str = "detail"
    final_url: str | None = None
    status: int | None = None
    outcome: str = "error"            # ok | not_modified | error | blocked | refused | skipped
    body: bytes | None = field(default=None, repr=False)
    nbytes: int | None = None
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None
    text: str | None = field(default=None, repr=False)
    attempts: int = 0
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    side: list["FetchResult"] = field(default_factory=list)   # robots.txt fetches made on the way

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def to_row(self, *, run_id: str, source_id: str, title: str | None = None,
               list_date: date | None = None) -> dict:
        """A row of the `pages` table (warehouse/contract.py)."""
        stamp = f"{run_id}|{self.method}|{self.url}|{self.fetched_at.isoformat()}|{next(_FETCH_SEQ)}"
        return {
            "fetch_id": hashlib.sha256(stamp.encode()).hexdigest()[:32],
            "run_id": run_id, "source_id": source_id, "url": self.url, "final_url": self.final_url,
            "kind": self.kind, "method": self.method, "status": self.status, "outcome": self.outcome,
            "bytes": self.nbytes, "sha256": self.sha256, "etag": self.etag,
            "last_modified": self.last_modified, "encoding": self.encoding,
            "encoding_source": self.encoding_source, "title": title, "list_date": list_date,
            "attempts": self.attempts, "fetched_at": self.fetched_at, "error": self.error,
        }


def detect_challenge(status: int | None, body: bytes | None, headers: dict | None = None) -> str | None:
    """Name the WAF whose challenge this response is, or None for an ordinary response."""
    body = body or b""
    head = body[:65536]
    cookies = " ".join(v for k, v in (headers or {}).items() if k.lower() == "set-cookie")
    if status == 412 and (b"$_ts" in head or not body.strip()):
        return "ruishu challenge (HTTP 412, $_ts)"
    if status == 521 and (_CHALLENGE_MARKERS[1].search(head) or "__jsluid" in cookies
                          or "__jsl_clearance" in cookies):
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


def address_problem(host: str, allow_loopback: bool, resolve: bool = True) -> str | None:
    """Why a host must not be contacted (private / link-local / metadata address), or None."""
    host = host.strip("[]").lower()
    addresses: list[str] = []
    try:
        ipaddress.ip_address(host)
        addresses = [host]
    except ValueError:
        if host == "localhost" or host.endswith(".localhost"):
            addresses = ["127.0.0.1"]
        elif resolve:
            try:
                infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
                addresses = sorted({i[4][0] for i in infos})
            except (OSError, UnicodeError):
                return None  # cannot resolve: the connection itself will fail and be recorded
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%")[0])
        if getattr(ip, "ipv4_mapped", None):
            ip = ip.ipv4_mapped
        if ip.is_loopback:
            if allow_loopback:
                continue
            return f"loopback address {ip}"
        if ip.is_link_local:
            return f"link-local/metadata address {ip}"
        if ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
            return f"private address {ip}"
    return None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


@dataclass
class _Attempt:
    status: int | None = None
    headers: dict = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None


class HttpClient:
    """Polite, size-capped, host-checked fetching on one `requests.Session` per thread."""

    def __init__(self, settings: Any = None, *, contact_url: str | None = None,
                 timeout_s: float | None = None, retries: int | None = None,
                 backoff_s: float | None = None, backoff_max_s: float | None = None,
                 max_bytes: int | None = None, min_interval_s: float | None = None,
                 archive: Any = None, respect_robots: bool = True,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: Callable[[], float] = random.random) -> None:
        if settings is None:
            from planwatch.settings import Settings

            settings = Settings()
        pick = lambda value, name: getattr(settings, name) if value is None else value  # noqa: E731
        self.contact_url = pick(contact_url, "contact_url")
        self.timeout_s = float(pick(timeout_s, "http_timeout_s"))
        self.retries = int(pick(retries, "http_retries"))
        self.backoff_s = float(pick(backoff_s, "http_backoff_s"))
        self.backoff_max_s = float(pick(backoff_max_s, "http_backoff_max_s"))
        self.max_bytes = int(pick(max_bytes, "max_bytes"))
        self.default_interval_s = float(pick(min_interval_s, "min_interval_s"))
        self.user_agent = f"{USER_AGENT_PRODUCT} (+{self.contact_url})"
        self.archive = archive
        self.respect_robots = respect_robots
        self.clock, self.sleep, self.rng = clock, sleep, rng
        self.robots = RobotsCache()
        self.request_log: list[tuple[str, float, str, str]] = []   # (host, clock time, method, url)
        self._next_slot: dict[str, float] = {}
        self._slot_lock = threading.Lock()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._address_checks: dict[tuple[str, bool], str | None] = {}

    # -- plumbing --------------------------------------------------------------------------
    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.user_agent
            session.trust_env = False   # no proxies or .netrc credentials from the environment
            self._local.session = session
            self._sessions.append(session)
        return session

    def close(self) -> None:
        for session in self._sessions:
            session.close()

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _wait_turn(self, url: str, interval: float, method: str) -> None:
        """Reserve the next request slot for the URL's host and sleep until it comes."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        with self._slot_lock:
            now = self.clock()
            start = max(now, self._next_slot.get(host, float("-inf")))
            self._next_slot[host] = start + interval
            self.request_log.append((host, start, method, url))
        if start > now:
            self.sleep(start - now)

    def _interval(self, policy: HostPolicy, origin: str) -> float:
        """The source's own min_interval_s when set (the operator decided); else the default,
        raised to robots.txt's Crawl-delay."""
        if policy.min_interval_s is not None:
            return float(policy.min_interval_s)
        rules = self.robots.get(origin)
        delay = rules.crawl_delay if rules is not None else None
        return max(self.default_interval_s, delay or 0.0)

    def _backoff(self, attempt: int) -> float:
        base = self.backoff_s * (2 ** attempt)
        return min(self.backoff_max_s, base * (1.0 + 0.25 * self.rng()))

    def check_target(self, url: str, policy: HostPolicy) -> str | None:
        """Why this URL must not be fetched for the source, or None."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"scheme {parts.scheme!r} not allowed"
        if not parts.hostname:
            return "no host"
        if not host_allowed(url, policy.allowed):
            try:
                where = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
            except ValueError:
                where = parts.hostname
            return f"host {where} not in allowed_hosts"
        key = (parts.hostname, policy.allow_loopback)
        if key not in self._address_checks:      # resolve once per host per run
            self._address_checks[key] = address_problem(parts.hostname, policy.allow_loopback)
        problem = self._address_checks[key]
        return f"{problem} refused" if problem else None

    # -- one HTTP exchange -----------------------------------------------------------------
    def _read_body(self, resp: requests.Response, deadline: float) -> bytes:
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes \
                and "content-encoding" not in {k.lower() for k in resp.headers}:
            raise TooLarge(f"Content-Length {length} exceeds the {self.max_bytes}-byte cap")
        chunks: list[bytes] = []
        total = 0
        for chunk in resp.raw.stream(CHUNK, decode_content=True):
            total += len(chunk)
            if total > self.max_bytes:
                raise TooLarge(f"body exceeds the {self.max_bytes}-byte cap (after decompression)")
            if time.monotonic() > deadline:
                raise TooSlow(f"body not complete within {3 * self.timeout_s:.1f} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _exchange(self, url: str, method: str, data: Any, headers: dict) -> _Attempt:
        resp = None
        try:
            resp = self._session().request(method, url, data=data, headers=headers, stream=True,
                                           allow_redirects=False,
                                           timeout=(self.timeout_s, self.timeout_s))
            deadline = time.monotonic() + 3 * self.timeout_s
            hdrs = {k: v for k, v in resp.headers.items()}
            crash_point("http.body")  # crash suites: killed mid-fetch
            status = resp.status_code
            body = b"" if method == "HEAD" or status in (204, 304) or status in REDIRECTS \
                else self._read_body(resp, deadline)
            attempt = _Attempt(status, hdrs, body)
            if status == 429 or (status >= 500 and status != 521) or status == 408:
                attempt.retryable = True
                attempt.error = f"HTTP {status}"
                attempt.retry_after = _retry_after(hdrs.get("Retry-After"))
            return attempt
        except TooLarge as exc:
            return _Attempt(resp.status_code if resp is not None else None,
                            dict(resp.headers) if resp is not None else {}, None, str(exc))
        except TooSlow as exc:
            return _Attempt(None, {}, None, f"timeout: {exc}", retryable=True)
        except (requests.Timeout, urllib3.exceptions.TimeoutError, socket.timeout) as exc:
            return _Attempt(None, {}, None, f"timeout: {type(exc).__name__}", retryable=True)
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError, urllib3.exceptions.HTTPError, OSError) as exc:
            return _Attempt(None, {}, None, f"{type(exc).__name__}: {_short(exc)}", retryable=True)
        except requests.RequestException as exc:
            return _Attempt(None, {}, None, f"{type(exc).__name__}: {_short(exc)}")
        finally:
            if resp is not None:
                resp.close()

    def _with_retries(self, url: str, method: str, data: Any, headers: dict, interval: float,
                      result: FetchResult) -> _Attempt:
        attempt = _Attempt()
        for n in range(self.retries + 1):
            self._wait_turn(url, interval, method)
            result.attempts += 1
            attempt = self._exchange(url, method, data, headers)
            if not attempt.retryable or n == self.retries:
                return attempt
            wait = self._backoff(n)
            if attempt.retry_after is not None:
                if attempt.retry_after > self.backoff_max_s:
                    attempt.error = (f"{attempt.error}; Retry-After {attempt.retry_after:.0f} s exceeds "
                                     f"the {self.backoff_max_s:.0f} s cap, left for the next run")
                    return attempt
                wait = max(wait, attempt.retry_after)
            self.sleep(wait)
        return attempt

    # -- robots ----------------------------------------------------------------------------
    def _robots(self, url: str, policy: HostPolicy, result: FetchResult) -> RobotsRules:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        rules = self.robots.get(origin)
        if rules is not None:
            return rules
        with self.robots.lock(origin):
            rules = self.robots.get(origin)
            if rules is not None:
                return rules
            robots = self._fetch(origin + "/robots.txt", policy=policy, kind="robots", method="GET",
                                 data=None, headers={}, check_robots=False)
            result.side.append(robots)
            status = robots.status if robots.outcome in ("ok", "error") else None
            if robots.outcome == "refused":
                status = 404   # robots.txt redirected off-host: treat as absent
            elif robots.outcome == "blocked":
                status, robots.error = None, f"blocked: {robots.error}"
            rules = rules_from_response(status, robots.body if robots.outcome == "ok" else None,
                                        robots.error)
            robots.body = None
            self.robots.set(origin, rules)
            return rules

    # -- public API ------------------------------------------------------------------------
    def fetch(self, url: str, *, source: Any, kind: str = "detail", method: str = "GET",
              data: Any = None, etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """Fetch one URL for a source; never raises for network or HTTP problems."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(url, policy=HostPolicy.of(source), kind=kind, method=method.upper(),
                           data=data, headers=headers, check_robots=self.respect_robots)

    def _fetch(self, url: str, *, policy: HostPolicy, kind: str, method: str, data: Any,
               headers: dict, check_robots: bool) -> FetchResult:
        result = FetchResult(url=url, method=method, kind=kind)
        current, visited = url, {}
        attempt = _Attempt()
        for _hop in range(MAX_REDIRECTS + 1):
            result.final_url = current
            problem = self.check_target(current, policy)
            if problem:
                return self._finish(result, outcome="refused",
                                    error=problem if current == url else f"redirect to {current}: {problem}")
            # A cookie-setting redirect back to the same URL is normal once; a third visit is a loop.
            visited[current] = visited.get(current, 0) + 1
            if visited[current] > 2:
                return self._finish(result, outcome="error", error=f"redirect loop at {current}")
            if check_robots:
                rules = self._robots(current, policy, result)
                if rules.error is not None:
                    return self._finish(result, outcome="error", error=rules.error)
                if not rules.allows(ROBOTS_AGENT, current):
                    return self._finish(result, outcome="skipped", error="disallowed by robots.txt")
            parts = urlsplit(current)
            interval = self._interval(policy, f"{parts.scheme}://{parts.netloc.lower()}")
            attempt = self._with_retries(current, method, data, headers, interval, result)
            location = attempt.headers.get("Location") if attempt.status in REDIRECTS else None
            if not location:
                break
            nxt = urljoin(current, location.strip())
            result.redirects.append(nxt)
            if method == "POST" and attempt.status in (301, 302, 303):
                # A browser would re-ask with GET and no form: for a list request that silently
                # yields an empty page, so it is recorded as an error and retried next run.
                return self._finish(result, outcome="error",
                                    error=f"POST answered HTTP {attempt.status} redirect to {nxt}")
            if attempt.status == 303:
                method, data = "GET", None
            current = nxt.split("#", 1)[0]
        else:
            return self._finish(result, outcome="error", error=f"more than {MAX_REDIRECTS} redirects")
        return self._conclude(result, attempt)

    def _conclude(self, result: FetchResult, attempt: _Attempt) -> FetchResult:
        result.status = attempt.status
        hdrs = {k.lower(): v for k, v in attempt.headers.items()}
        result.etag = hdrs.get("etag")
        result.last_modified = hdrs.get("last-modified")
        result.content_type = hdrs.get("content-type")
        body = attempt.body
        if body is not None and attempt.status is not None and attempt.status != 304 \
                and attempt.status not in REDIRECTS:
            result.body = body
            result.nbytes = len(body)
            result.sha256 = self.archive.put(body) if self.archive is not None \
                else hashlib.sha256(body).hexdigest()
        if attempt.error is not None:
            return self._finish(result, outcome="error", error=attempt.error)
        challenge = detect_challenge(attempt.status, body, attempt.headers)
        if challenge:
            return self._finish(result, outcome="blocked", error=challenge)
        if attempt.status == 304:
            return self._finish(result, outcome="not_modified")
        if attempt.status in REDIRECTS:
            return self._finish(result, outcome="error", error=f"HTTP {attempt.status} without Location")
        if attempt.status is None or not 200 <= attempt.status < 300:
            return self._finish(result, outcome="error", error=f"HTTP {attempt.status}")
        from planwatch.charset import decode

        decoded = decode(body or b"", result.content_type)
        result.text, result.encoding, result.encoding_source = decoded.text, decoded.encoding, decoded.source
        return self._finish(result, outcome="ok")

    @staticmethod
    def _finish(result: FetchResult, *, outcome: str, error: str | None = None) -> FetchResult:
        result.outcome = outcome
        result.error = redact_text(error) if error else None
        if result.final_url:
            result.final_url = redact_text(result.final_url)
        result.redirects = [redact_text(u) for u in result.redirects]
        result.fetched_at = datetime.now(timezone.utc)
        return result


_ERRNO = re.compile(r"\[Errno -?\d+\] [^'\")\]]+|\w+Error\(\d+, '[^']+'\)|IncompleteRead\([^)]*\)|"
                    r"Read timed out|Connection aborted|Name or service not known")


def _short(exc: BaseException) -> str:
    """The informative part of a requests/urllib3 error (they nest three levels deep)."""
    text = str(exc)
    found = _ERRNO.findall(text)
    if found:
        return "; ".join(dict.fromkeys(found))
    return text if len(text) <= 200 else text[:200] + "…"


def make_client(settings: Any = None, archive: Any = None, **kwargs: Any) -> HttpClient:
    """A client configured from Settings (flags, env, config file)."""
    return HttpClient(settings, archive=archive, **kwargs)
