"""A run in one line: the verdict the CLI prints last and the message of a Failed flow run.

4 sources, 3 ok, 1 failed (gone: connection refused); 88 new documents, 12 plans, 3 alerts
"""

from __future__ import annotations

import re
from typing import Any

# (pattern in an error text, the few words that say it) — first match wins
_REASONS: tuple[tuple[str, str], ...] = (
    (r"interrupted", "interrupted"),
    (r"connection refused|errno 111|newconnectionerror", "connection refused"),
    (
        r"name or service not known|nodename nor servname|getaddrinfo|nameresolution|temporary failure in name",
        "host not found",
    ),
    (r"connection reset|errno 104|remotedisconnected|connection aborted", "connection reset"),
    (r"timed? ?out|timeout", "timeout"),
    (r"robots\.txt", "robots.txt unavailable"),
    (r"challenge|blocked", "blocked by a WAF"),
    (
        r"not in allowed_hosts|address .* refused|loopback address|private address",
        "refused by the host rules",
    ),
    (r"gave no links|no list page could be read", "no links on its lists"),
    (r"validation failed", "validation failed"),
    (r"http (\d{3})", "HTTP {0}"),
)
REASON_MAX = 40


def short_reason(error: str | None) -> str:
    """A few words for an error: 'connection refused', 'HTTP 503', 'timeout' … or its start."""
    text = (error or "").strip()
    low = text.lower()
    for pattern, words in _REASONS:
        m = re.search(pattern, low)
        if m:
            return words.format(*m.groups())
    first = text.splitlines()[0] if text else "unknown error"
    return first if len(first) <= REASON_MAX else first[: REASON_MAX - 1] + "…"


def _sources(report: dict[str, Any]) -> list[dict[str, Any]]:
    sources = report.get("sources") or []
    return list(sources.values()) if isinstance(sources, dict) else list(sources)


def failed_sources(report: dict[str, Any]) -> dict[str, str]:
    """`{source_id: short reason}` of the sources that failed as a whole."""
    out = {}
    for s in _sources(report):
        if s.get("status") == "failed":
            errors = s.get("errors") or []
            out[str(s.get("source_id"))] = short_reason(errors[0] if errors else "")
    return out


def failures_line(report: dict[str, Any], limit: int = 3) -> str:
    """'gone: connection refused, slow: timeout and 2 more'."""
    failed = failed_sources(report)
    parts = [f"{sid}: {why}" for sid, why in list(failed.items())[:limit]]
    more = len(failed) - limit
    return ", ".join(parts) + (f" and {more} more" if more > 0 else "")


def partial_message(report: dict[str, Any]) -> str:
    """The message of a partial run's Failed flow state."""
    n = len(_sources(report))
    failed = failed_sources(report)
    return f"{len(failed)} of {n} sources failed: {failures_line(report)}"


def verdict(report: dict[str, Any]) -> str:
    """One line for a run: sources ok / failed (why), documents, plans, alerts."""
    sources = _sources(report)
    failed = failed_sources(report)
    ok = sum(1 for s in sources if s.get("status") == "ok")
    head = f"{len(sources)} source{'s' if len(sources) != 1 else ''}, {ok} ok"
    if failed:
        head += f", {len(failed)} failed ({failures_line(report)})"
    new = sum(int(s.get("new") or 0) for s in sources)
    updated = sum(int(s.get("updated") or 0) for s in sources)
    plans = sum(int(s.get("plans") or 0) for s in sources)
    alerts = report.get("alerts") or {}
    docs = f"{new} new document{'s' if new != 1 else ''}"
    if updated:
        docs += f", {updated} updated"
    sent = int(alerts.get("sent") or 0)
    tail = f"{docs}, {plans} plan{'s' if plans != 1 else ''}, {sent} alert{'s' if sent != 1 else ''}"
    if alerts.get("failed"):
        tail += f" ({alerts['failed']} failed, retried next run)"
    return f"{head}; {tail}"
