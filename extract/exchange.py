"""One HTTP request and its answer, bounded in size and time (used by `extract.http.HttpClient`).

- the body is read in chunks and stopped at the size cap, also after decompression (a gzip bomb
  stops at the cap); robots.txt is truncated at its cap instead (its first bytes are what counts);
- the watchdog of `extract.transport` ends an exchange at its deadline (headers and body
  together): an answer it cut short is never taken for the answer, and is not retried in this
  run (a server that trickles its answer would make every retry as slow);
- 408, 429 and 5xx (not the WAF's 521) are retryable, with their Retry-After; connection errors
  and ordinary timeouts too; a connection the peer check refused is an outcome, `refused`.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

import requests
import urllib3

from extract.result import retry_after_seconds, short_error
from extract.robots import MAX_ROBOTS_BYTES
from extract.transport import Exchange
from planwatch.crashpoints import crash_point

REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024
BUDGET_SPENT = "time budget spent"  # in the error of a fetch the caller's deadline stopped


class TooLarge(Exception):
    pass


class TooSlow(Exception):
    pass


@dataclass
class Attempt:
    """What one exchange gave: an answer (status, headers, body) or an error."""

    status: int | None = None
    headers: dict = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    outcome: str | None = None  # set when not an ordinary answer (refused by the peer check)


@dataclass(frozen=True)
class Limits:
    timeout_s: float  # connect and per-read timeout
    max_bytes: int
    fetch_budget_s: float  # the whole exchange
    deadline: float  # the caller's (time.monotonic()), math.inf for none


def _read_body(resp: requests.Response, ex: Exchange, limit: int, truncate: bool) -> bytes:
    length = resp.headers.get("Content-Length")
    encoded = "content-encoding" in {k.lower() for k in resp.headers}
    if not truncate and length and length.isdigit() and int(length) > limit and not encoded:
        raise TooLarge(f"Content-Length {length} exceeds the {limit}-byte cap")
    chunks: list[bytes] = []
    total = 0
    for chunk in resp.raw.stream(CHUNK, decode_content=True):
        total += len(chunk)
        if total > limit:
            if truncate:  # robots.txt: the first `limit` bytes are what counts
                chunks.append(chunk[: len(chunk) - (total - limit)])
                break
            raise TooLarge(f"body exceeds the {limit}-byte cap (after decompression)")
        if ex.expired or time.monotonic() > ex.deadline:
            raise TooSlow("body not complete in time")
        chunks.append(chunk)
    return b"".join(chunks)


def _send(
    session: requests.Session,
    url: str,
    method: str,
    data: Any,
    headers: dict,
    ex: Exchange,
    limits: Limits,
    robots: bool,
) -> Attempt:
    resp = session.request(
        method,
        url,
        data=data,
        headers=headers,
        stream=True,
        allow_redirects=False,
        timeout=(limits.timeout_s, limits.timeout_s),
    )
    try:
        hdrs = {k: v for k, v in resp.headers.items()}
        crash_point("http.body")  # crash suites: killed mid-fetch
        status = resp.status_code
        limit = min(limits.max_bytes, MAX_ROBOTS_BYTES) if robots else limits.max_bytes
        try:
            body = (
                b""
                if method == "HEAD" or status in (204, 304) or status in REDIRECTS
                else _read_body(resp, ex, limit, truncate=robots)
            )
        except TooLarge as exc:
            return Attempt(status, hdrs, None, str(exc))
        if ex.expired:  # the watchdog cut the answer short: what arrived is not the answer
            raise TooSlow("answer not complete in time")
        attempt = Attempt(status, hdrs, body)
        if status == 429 or (status >= 500 and status != 521) or status == 408:
            attempt.retryable = True
            attempt.error = f"HTTP {status}"
            attempt.retry_after = retry_after_seconds(hdrs.get("Retry-After"))
        return attempt
    finally:
        resp.close()


def _too_slow(ex: Exchange, limits: Limits) -> Attempt:
    """An exchange the watchdog ended: not retried in this run; fetched again next run."""
    if ex.deadline >= limits.deadline and limits.deadline < math.inf:
        return Attempt(error=f"timeout: {BUDGET_SPENT} (source or run)")
    return Attempt(error=f"timeout: no complete answer within {limits.fetch_budget_s:g} s (headers and body)")


def exchange(
    session: requests.Session,
    url: str,
    method: str,
    data: Any,
    headers: dict,
    ex: Exchange,
    limits: Limits,
    *,
    robots: bool = False,
) -> Attempt:
    """Send one request in the exchange `ex` (already watched) and read its answer; never raises
    for network or HTTP problems."""
    try:
        with ex:
            return _send(session, url, method, data, headers, ex, limits, robots)
    except TooSlow:
        return _too_slow(ex, limits)
    except (TimeoutError, requests.Timeout, urllib3.exceptions.TimeoutError) as exc:
        if ex.expired:
            return _too_slow(ex, limits)
        return Attempt(None, {}, None, f"timeout: {type(exc).__name__}", retryable=True)
    except (
        requests.ConnectionError,
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
        urllib3.exceptions.HTTPError,
        OSError,
    ) as exc:
        if ex.refused:
            return Attempt(None, {}, None, f"{ex.refused} refused", outcome="refused")
        if ex.expired:
            return _too_slow(ex, limits)
        return Attempt(None, {}, None, f"{type(exc).__name__}: {short_error(exc)}", retryable=True)
    except requests.RequestException as exc:
        return Attempt(None, {}, None, f"{type(exc).__name__}: {short_error(exc)}")
    finally:
        ex.finish()
