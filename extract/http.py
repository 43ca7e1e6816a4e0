"""The one polite HTTP client every adapter fetches through.

Politeness and safety live here, not in the callers:
- an honest User-Agent naming planwatch and a contact URL;
- robots.txt obeyed, fetched once per host per run (`extract.robots`: truncated, never dropped;
  Crawl-delay capped);
- a per-host minimum interval between requests, enforced inside the client (thread-safe): one
  request to a host at a time, the next one no sooner than the interval after the previous one
  ended (so a thread the machine woke late never brings two requests closer together);
- one URL policy for every URL it is handed and every redirect (`extract.urlpolicy`), the host
  resolved once and the connection pinned to the checked address, the connected peer checked
  again (`extract.transport`); another host, a private, link-local, loopback or metadata address
  is refused (loopback only when the source allows it);
- time bounded: connect/read timeouts per socket operation, a total budget per exchange (headers
  and body together, enforced by a watchdog), and the caller's deadline (the source's budget)
  that no wait, retry or exchange runs past;
- retries with capped exponential backoff and jitter on connect errors, timeouts, truncated
  bodies, 5xx and 429 (honouring Retry-After);
- a size cap enforced while streaming, on the decompressed bytes (gzip bombs stop at the cap);
- conditional GET (If-None-Match / If-Modified-Since);
- a stop request (Ctrl-C, SIGTERM: `planwatch.interrupt`) starts no new request, and every wait
  (the host's interval, a backoff) ends at once;
- WAF challenge pages (412 + `$_ts`, 521 + `__jsl_clearance`, a 200 carrying a challenge
  script) come back as outcome `blocked`.

The client fetches and never stores: the crawler archives each body before it records the
page row that names it (extract.crawl).

Long module: the per-host turns, retries, robots and redirects all work on the one client's
shared per-host state (its locks and slots); the exchange itself lives in `extract.exchange`.
"""

from __future__ import annotations

import hashlib
import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from extract import urlpolicy
from extract.exchange import BUDGET_SPENT, REDIRECTS, Attempt, Limits, exchange
from extract.guard import HostPolicy, Resolved, address_problem, detect_challenge, resolve
from extract.result import FetchResult
from extract.robots import RobotsCache, RobotsRules, rules_from_response
from extract.transport import Exchange, PinnedAdapter, Watchdog
from planwatch import USER_AGENT_PRODUCT, interrupt
from planwatch.redact import redact_text
from planwatch.settings import HttpSettings

__all__ = ["HttpClient", "HostPolicy", "FetchResult", "address_problem", "detect_challenge"]

INTERRUPTED = "interrupted: the run was stopped before this request"
MAX_REDIRECTS = 8
REQUEST_LOG_MAX = 10_000  # requests `HttpClient.request_log` keeps (the latest; for tests and debugging)
ROBOTS_AGENT = "planwatch"


class HttpClient:
    """Polite, size-capped, host-checked, time-bounded fetching on one `requests.Session` per thread."""

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
        fetch_budget_s: float | None = None,
        max_crawl_delay_s: float | None = None,
        respect_robots: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = interrupt.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        base = settings or HttpSettings()

        def pick(value: Any, default: Any) -> Any:
            return default if value is None else value

        self.contact_url = pick(contact_url, base.contact_url)
        self.timeout_s = float(pick(timeout_s, base.timeout_s))
        self.retries = int(pick(retries, base.retries))
        self.backoff_s = float(pick(backoff_s, base.backoff_s))
        self.backoff_max_s = float(pick(backoff_max_s, base.backoff_max_s))
        self.max_bytes = int(pick(max_bytes, base.max_bytes))
        self.default_interval_s = float(pick(min_interval_s, base.min_interval_s))
        self.fetch_budget_s = float(pick(fetch_budget_s, base.fetch_budget_s))
        self.max_crawl_delay_s = float(pick(max_crawl_delay_s, base.max_crawl_delay_s))
        self.user_agent = f"{USER_AGENT_PRODUCT} (+{self.contact_url})"
        self.respect_robots = respect_robots
        self.clock, self.sleep, self.rng = clock, sleep, rng
        self.robots = RobotsCache()
        # (host, clock time, method, url) of the latest requests: a night makes tens of thousands
        self.request_log: deque[tuple[str, float, str, str]] = deque(maxlen=REQUEST_LOG_MAX)
        self._next_slot: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._slot_lock = threading.Lock()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._resolved: dict[tuple[str, bool], Resolved] = {}
        self.watchdog = Watchdog()

    # -- plumbing --------------------------------------------------------------------------
    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.user_agent
            session.trust_env = False  # no proxies or .netrc credentials from the environment
            adapter = PinnedAdapter()
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
            with self._slot_lock:
                self._sessions.append(session)
        return session

    def end_thread(self) -> None:
        """Close the calling thread's session (its kept-alive connections) before the thread ends:
        a night crawls thousands of hosts on short-lived threads, and each session holds sockets."""
        session = getattr(self._local, "session", None)
        if session is None:
            return
        self._local.session = None
        with self._slot_lock:
            if session in self._sessions:
                self._sessions.remove(session)
        session.close()

    def close(self) -> None:
        for session in list(self._sessions):
            session.close()
        self.watchdog.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _wait_turn(self, url: str, interval: float, method: str, deadline: float) -> bool:
        """Take the URL's host (one request to a host at a time) and sleep until its next slot;
        False (the host not taken) when that slot lies past the deadline. The caller ends its
        turn with `_end_turn` once the exchange is over."""
        host = urlsplit(url).netloc.lower()
        with self._slot_lock:
            turn = self._host_locks.setdefault(host, threading.Lock())
        if not turn.acquire(timeout=max(0.0, min(deadline - time.monotonic(), threading.TIMEOUT_MAX))):
            return False
        with self._slot_lock:
            now = self.clock()
            start = max(now, self._next_slot.get(host, float("-inf")))
            if start - now > deadline - time.monotonic():
                turn.release()
                return False
            self._next_slot[host] = start + interval
            self.request_log.append((host, start, method, url))
        if start > now:
            self.sleep(start - now)
        return True

    def _end_turn(self, url: str, interval: float) -> None:
        """The exchange with the URL's host is over: its next slot is the interval from now."""
        host = urlsplit(url).netloc.lower()
        with self._slot_lock:
            self._next_slot[host] = max(self._next_slot.get(host, float("-inf")), self.clock() + interval)
            turn = self._host_locks[host]
        turn.release()

    def _interval(self, policy: HostPolicy, origin: str) -> float:
        """The source's own min_interval_s when set (the operator decided); else the default,
        raised to robots.txt's Crawl-delay (capped by `max_crawl_delay_s`)."""
        if policy.min_interval_s is not None:
            return float(policy.min_interval_s)
        rules = self.robots.get(origin)
        delay = rules.crawl_delay if rules is not None else None
        return max(self.default_interval_s, delay or 0.0)

    def _backoff(self, attempt: int) -> float:
        base = self.backoff_s * (2 ** min(attempt, 30))
        return min(self.backoff_max_s, base * (1.0 + 0.25 * self.rng()))

    def _refusal(self, url: str, policy: HostPolicy) -> tuple[str, str] | None:
        """(outcome, why) when this URL must not be fetched for the source, else None."""
        why = urlpolicy.problem(url)
        if why:
            return "refused", why
        t = urlpolicy.target(url)
        if t.netloc not in policy.allowed:
            return "refused", f"host {t.netloc} not in allowed_hosts"
        key = (t.host, policy.allow_loopback)
        if key not in self._resolved:  # resolve once per host per run; the connection is pinned to it
            self._resolved[key] = resolve(t.host, policy.allow_loopback)
        found = self._resolved[key]
        if found.problem:
            return found.outcome, found.problem if found.outcome == "error" else f"{found.problem} refused"
        return None

    def check_target(self, url: str, policy: HostPolicy) -> str | None:
        """Why this URL must not be fetched for the source, or None."""
        refusal = self._refusal(url, policy)
        return refusal[1] if refusal else None

    # -- one HTTP exchange -----------------------------------------------------------------
    def _exchange(
        self, url: str, method: str, data: Any, headers: dict, policy: HostPolicy, deadline: float, kind: str
    ) -> Attempt:
        """One request and its answer, on the checked address, within the fetch budget."""
        t = urlpolicy.target(url)
        found = self._resolved[(t.host, policy.allow_loopback)]
        ex = Exchange(
            t.host,
            t.port,
            list(found.addresses),
            policy.allow_loopback,
            min(time.monotonic() + self.fetch_budget_s, deadline),
        )
        self.watchdog.add(ex)
        limits = Limits(self.timeout_s, self.max_bytes, self.fetch_budget_s, deadline)
        return exchange(self._session(), url, method, data, headers, ex, limits, robots=kind == "robots")

    def _with_retries(
        self,
        url: str,
        method: str,
        data: Any,
        headers: dict,
        interval: float,
        result: FetchResult,
        policy: HostPolicy,
        deadline: float,
    ) -> Attempt:
        attempt = Attempt(error=f"timeout: {BUDGET_SPENT} (source or run)")
        for n in range(self.retries + 1):
            if interrupt.requested():  # Ctrl-C / SIGTERM: no new request, no more waiting
                return Attempt(error=INTERRUPTED)
            if not self._wait_turn(url, interval, method, deadline):
                if n == 0:
                    attempt = Attempt(error=f"timeout: {BUDGET_SPENT} (source or run)")
                return attempt
            try:
                if interrupt.requested():  # the stop came while waiting for the host's slot
                    return Attempt(error=INTERRUPTED)
                result.attempts += 1
                attempt = self._exchange(url, method, data, headers, policy, deadline, result.kind)
            finally:
                self._end_turn(url, interval)
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
            if wait >= deadline - time.monotonic():
                return attempt  # no time left for another try: next run
            self.sleep(wait)
        return attempt

    # -- robots ----------------------------------------------------------------------------
    def _robots(self, url: str, policy: HostPolicy, result: FetchResult, deadline: float) -> RobotsRules:
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
                deadline=deadline,
            )
            result.side.append(robots)
            status, error = robots.status, robots.error
            if robots.outcome == "refused":
                status, error = 404, None  # robots.txt redirected off-host: treat as absent
            elif robots.outcome == "blocked":
                status, error = None, f"blocked: {robots.error}"
            elif robots.outcome == "ok":
                error = None
            body = robots.body if robots.outcome == "ok" else None
            rules = rules_from_response(status, body, error, max_crawl_delay_s=self.max_crawl_delay_s)
            if not (robots.error and BUDGET_SPENT in robots.error):  # out of time: ask again next time
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
        deadline: float | None = None,
    ) -> FetchResult:
        """Fetch one URL for a source; never raises for network or HTTP problems.

        deadline: a `time.monotonic()` instant no wait, retry or exchange of this fetch runs past
        (the source's time budget); the fetch then ends as an error naming the spent budget.
        After a stop request (`planwatch.interrupt`) no new request starts: the fetch ends as an
        error saying so, and is retried next run.
        """
        if interrupt.requested():
            result = FetchResult(url=url, method=method.upper(), kind=kind)
            return self._finish(result, outcome="error", error=INTERRUPTED)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(
            urlpolicy.clean(url),
            policy=HostPolicy.of(source),
            kind=kind,
            method=method.upper(),
            data=data,
            headers=headers,
            check_robots=self.respect_robots,
            deadline=math.inf if deadline is None else deadline,
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
        deadline: float,
    ) -> FetchResult:
        # Long function: the redirect loop, each way a hop ends beside the others.
        result = FetchResult(url=url, method=method, kind=kind)
        current, visited = url, dict[str, int]()
        attempt = Attempt()
        for _hop in range(MAX_REDIRECTS + 1):
            result.final_url = current
            refusal = self._refusal(current, policy)
            if refusal:
                outcome, why = refusal
                if current == url:
                    result.url = result.final_url = urlpolicy.evidence(url) if outcome == "refused" else url
                    return self._finish(result, outcome=outcome, error=why)
                result.final_url = urlpolicy.evidence(current)
                return self._finish(result, outcome=outcome, error=f"redirect to {result.final_url}: {why}")
            # A cookie-setting redirect back to the same URL is normal once; a third visit is a loop.
            visited[current] = visited.get(current, 0) + 1
            if visited[current] > 2:
                return self._finish(result, outcome="error", error=f"redirect loop at {current}")
            if check_robots:
                rules = self._robots(current, policy, result, deadline)
                if rules.error is not None:
                    return self._finish(result, outcome="error", error=rules.error)
                if not rules.allows(ROBOTS_AGENT, current):
                    return self._finish(result, outcome="skipped", error="disallowed by robots.txt")
            parts = urlsplit(current)
            interval = self._interval(policy, f"{parts.scheme}://{parts.netloc.lower()}")
            attempt = self._with_retries(current, method, data, headers, interval, result, policy, deadline)
            if attempt.outcome == "refused":
                return self._finish(result, outcome="refused", error=attempt.error)
            location = attempt.headers.get("Location") if attempt.status in REDIRECTS else None
            if not location:
                break
            nxt = urljoin(current, urlpolicy.clean(location))
            result.redirects.append(urlpolicy.evidence(nxt))
            if method == "POST" and attempt.status in (301, 302, 303):
                # A browser would re-ask with GET and no form: for a list request that silently
                # yields an empty page, so it is recorded as an error and retried next run.
                return self._finish(
                    result,
                    outcome="error",
                    error=f"POST answered HTTP {attempt.status} redirect to {urlpolicy.evidence(nxt)}",
                )
            if attempt.status == 303:
                method, data = "GET", None
            current = nxt.split("#", 1)[0]
        else:
            return self._finish(result, outcome="error", error=f"more than {MAX_REDIRECTS} redirects")
        return self._conclude(result, attempt)

    def _conclude(self, result: FetchResult, attempt: Attempt) -> FetchResult:
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
        """The URLs stay as fetched (the URL policy admits no credentials in them, and a link
        resolved against a redacted URL would be wrong); error texts are redacted."""
        result.outcome = outcome
        result.error = redact_text(error) if error else None
        result.fetched_at = datetime.now(UTC)
        return result
