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

The client fetches and never stores: the crawler archives each body before it records the
page row that names it (extract.crawl).
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from extract.guard import HostPolicy, address_problem, detect_challenge
from extract.result import FetchResult, retry_after_seconds, short_error
from extract.robots import RobotsCache, RobotsRules, rules_from_response
from extract.sources import host_allowed
from planwatch import USER_AGENT_PRODUCT, interrupt
from planwatch.crashpoints import crash_point
from planwatch.redact import redact_text
from planwatch.settings import HttpSettings

REDIRECTS = (301, 302, 303, 307, 308)
INTERRUPTED = "interrupted: the run was stopped before this request"
MAX_REDIRECTS = 8
CHUNK = 64 * 1024
ROBOTS_AGENT = "planwatch"


class TooLarge(Exception):
    pass


class TooSlow(Exception):
    pass


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

    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        contact_url: str | None = None,
        timeout_s: float | None = None,
        retries: int | None = None,
        backoff_s: float | None = None,
        backoff_max_s: float | None = None,
        max_bytes: int | None = None,
        min_interval_s: float | None = None,
        respect_robots: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = interrupt.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        base = settings or HttpSettings()
        self.contact_url = contact_url if contact_url is not None else base.contact_url
        self.timeout_s = float(timeout_s if timeout_s is not None else base.timeout_s)
        self.retries = int(retries if retries is not None else base.retries)
        self.backoff_s = float(backoff_s if backoff_s is not None else base.backoff_s)
        self.backoff_max_s = float(backoff_max_s if backoff_max_s is not None else base.backoff_max_s)
        self.max_bytes = int(max_bytes if max_bytes is not None else base.max_bytes)
        self.default_interval_s = float(min_interval_s if min_interval_s is not None else base.min_interval_s)
        self.user_agent = f"{USER_AGENT_PRODUCT} (+{self.contact_url})"
        self.respect_robots = respect_robots
        self.clock, self.sleep, self.rng = clock, sleep, rng
        self.robots = RobotsCache()
        self.request_log: list[tuple[str, float, str, str]] = []  # (host, clock time, method, url)
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
            session.trust_env = False  # no proxies or .netrc credentials from the environment
            self._local.session = session
            self._sessions.append(session)
        return session

    def close(self) -> None:
        for session in self._sessions:
            session.close()

    def __enter__(self) -> HttpClient:
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
        base = self.backoff_s * (2**attempt)
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
        if key not in self._address_checks:  # resolve once per host per run
            self._address_checks[key] = address_problem(parts.hostname, policy.allow_loopback)
        problem = self._address_checks[key]
        return f"{problem} refused" if problem else None

    # -- one HTTP exchange -----------------------------------------------------------------
    def _read_body(self, resp: requests.Response, deadline: float) -> bytes:
        length = resp.headers.get("Content-Length")
        if (
            length
            and length.isdigit()
            and int(length) > self.max_bytes
            and "content-encoding" not in {k.lower() for k in resp.headers}
        ):
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
            resp = self._session().request(
                method,
                url,
                data=data,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=(self.timeout_s, self.timeout_s),
            )
            deadline = time.monotonic() + 3 * self.timeout_s
            hdrs = {k: v for k, v in resp.headers.items()}
            crash_point("http.body")  # crash suites: killed mid-fetch
            status = resp.status_code
            body = (
                b""
                if method == "HEAD" or status in (204, 304) or status in REDIRECTS
                else self._read_body(resp, deadline)
            )
            attempt = _Attempt(status, hdrs, body)
            if status == 429 or (status >= 500 and status != 521) or status == 408:
                attempt.retryable = True
                attempt.error = f"HTTP {status}"
                attempt.retry_after = retry_after_seconds(hdrs.get("Retry-After"))
            return attempt
        except TooLarge as exc:
            return _Attempt(
                resp.status_code if resp is not None else None,
                dict(resp.headers) if resp is not None else {},
                None,
                str(exc),
            )
        except TooSlow as exc:
            return _Attempt(None, {}, None, f"timeout: {exc}", retryable=True)
        except (TimeoutError, requests.Timeout, urllib3.exceptions.TimeoutError) as exc:
            return _Attempt(None, {}, None, f"timeout: {type(exc).__name__}", retryable=True)
        except (
            requests.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
            urllib3.exceptions.HTTPError,
            OSError,
        ) as exc:
            return _Attempt(None, {}, None, f"{type(exc).__name__}: {short_error(exc)}", retryable=True)
        except requests.RequestException as exc:
            return _Attempt(None, {}, None, f"{type(exc).__name__}: {short_error(exc)}")
        finally:
            if resp is not None:
                resp.close()

    def _with_retries(
        self, url: str, method: str, data: Any, headers: dict, interval: float, result: FetchResult
    ) -> _Attempt:
        attempt = _Attempt()
        for n in range(self.retries + 1):
            if interrupt.requested():  # Ctrl-C / SIGTERM: no new request, no more waiting
                return _Attempt(error=INTERRUPTED)
            self._wait_turn(url, interval, method)
            result.attempts += 1
            attempt = self._exchange(url, method, data, headers)
            if not attempt.retryable or n == self.retries:
                return attempt
            wait = self._backoff(n)
            if attempt.retry_after is not None:
                if attempt.retry_after > self.backoff_max_s:
                    attempt.error = (
                        f"{attempt.error}; Retry-After {attempt.retry_after:.0f} s exceeds "
                        f"the {self.backoff_max_s:.0f} s cap, left for the next run"
                    )
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
            robots = self._fetch(
                origin + "/robots.txt",
                policy=policy,
                kind="robots",
                method="GET",
                data=None,
                headers={},
                check_robots=False,
            )
            result.side.append(robots)
            status = robots.status if robots.outcome in ("ok", "error") else None
            if robots.outcome == "refused":
                status = 404  # robots.txt redirected off-host: treat as absent
            elif robots.outcome == "blocked":
                status, robots.error = None, f"blocked: {robots.error}"
            rules = rules_from_response(status, robots.body if robots.outcome == "ok" else None, robots.error)
            self.robots.set(origin, rules)  # the body stays on the side result: the crawler archives it
            return rules

    # -- public API ------------------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        source: Any,
        kind: str = "detail",
        method: str = "GET",
        data: Any = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """Fetch one URL for a source; never raises for network or HTTP problems."""
        if interrupt.requested():
            result = FetchResult(url=url, method=method.upper(), kind=kind)
            return self._finish(result, outcome="error", error=INTERRUPTED)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(
            url,
            policy=HostPolicy.of(source),
            kind=kind,
            method=method.upper(),
            data=data,
            headers=headers,
            check_robots=self.respect_robots,
        )

    def _fetch(
        self,
        url: str,
        *,
        policy: HostPolicy,
        kind: str,
        method: str,
        data: Any,
        headers: dict,
        check_robots: bool,
    ) -> FetchResult:
        result = FetchResult(url=url, method=method, kind=kind)
        current, visited = url, dict[str, int]()
        attempt = _Attempt()
        for _hop in range(MAX_REDIRECTS + 1):
            result.final_url = current
            problem = self.check_target(current, policy)
            if problem:
                return self._finish(
                    result,
                    outcome="refused",
                    error=problem if current == url else f"redirect to {current}: {problem}",
                )
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
                return self._finish(
                    result, outcome="error", error=f"POST answered HTTP {attempt.status} redirect to {nxt}"
                )
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
        if (
            body is not None
            and attempt.status is not None
            and attempt.status != 304
            and attempt.status not in REDIRECTS
        ):
            result.body = body
            result.nbytes = len(body)
            result.sha256 = hashlib.sha256(body).hexdigest()
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
        result.fetched_at = datetime.now(UTC)
        return result
