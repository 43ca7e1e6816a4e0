"""robots.txt rules, fetched once per host per run (RFC 9309 semantics).

- 2xx: the rules apply (to the `planwatch` product token, else `*`);
- 4xx (no robots.txt): everything is allowed;
- 5xx or unreachable: the site is treated as fully disallowed for this run (RFC 9309 §2.3.1.4),
  recorded as an error so that the pages are tried again next run.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 512 * 1024


@dataclass
class RobotsRules:
    status: int | None          # HTTP status of robots.txt (None: unreachable)
    parser: RobotFileParser | None
    error: str | None = None    # set when robots.txt could not be read (site treated as disallowed)

    def allows(self, agent: str, url: str) -> bool:
        if self.error is not None:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    @property
    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        try:
            delay = self.parser.crawl_delay("planwatch")
        except Exception:
            return None
        return float(delay) if delay is not None else None


def rules_from_response(status: int | None, body: bytes | None, error: str | None = None) -> RobotsRules:
    """Build the rules for one host from the robots.txt fetch outcome."""
    if status is None or status >= 500 or status == 429:
        why = error or (f"HTTP {status}" if status else "unreachable")
        return RobotsRules(status, None, f"robots.txt unavailable ({why})")
    if status >= 400:
        return RobotsRules(status, None)
    if not 200 <= status < 300:
        return RobotsRules(status, None)
    parser = RobotFileParser()
    text = (body or b"")[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    parser.parse(text.splitlines())
    return RobotsRules(status, parser)


class RobotsCache:
    """Per-run cache of robots rules, keyed by origin (scheme://host:port); thread-safe."""

    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def lock(self, origin: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(origin, threading.Lock())

    def get(self, origin: str) -> RobotsRules | None:
        return self._rules.get(origin)

    def set(self, origin: str, rules: RobotsRules) -> None:
        self._rules[origin] = rules
