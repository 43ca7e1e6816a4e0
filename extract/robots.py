"""robots.txt rules, fetched once per host per run (RFC 9309), parsed by protego (Scrapy's parser).

- 2xx: the rules apply (the group naming `planwatch`, else `*`). Only the first
  `MAX_ROBOTS_BYTES` (512 KiB, the RFC's minimum) are read and parsed: a bigger file is
  truncated, never dropped (a dropped file would allow everything);
- 4xx (no robots.txt): everything is allowed;
- 5xx, 429, unreachable, or a 2xx whose body could not be read: the site is treated as fully
  disallowed for this run (RFC 9309 §2.3.1.4), recorded as an error so that the pages are tried
  again next run.

protego matches `*` and `$` by splitting patterns on `*` and searching the parts in order (no
regular expression, no backtracking), so a hostile robots.txt costs time linear in its size.
`Crawl-delay` is read as a finite, non-negative number and capped (`max_crawl_delay_s`): a site
asking for one request a day, or `1e400` seconds, gets the cap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

MAX_ROBOTS_BYTES = 512 * 1024
DEFAULT_MAX_CRAWL_DELAY_S = 30.0


class RobotsParser:
    """Parsed robots.txt: `can_fetch(agent, url)` and `crawl_delay(agent)`."""

    def __init__(self, text: str) -> None:
        from protego import Protego

        self._rules = Protego.parse(text)

    @staticmethod
    def _token(agent: str) -> str:
        return agent.split("/", 1)[0].strip().lower()  # product token: planwatch/0.1 -> planwatch

    def can_fetch(self, agent: str, url: str) -> bool:
        try:
            return bool(self._rules.can_fetch(url, self._token(agent)))
        except (ValueError, UnicodeError):  # a URL protego cannot quote: the host's rules decide
            return False

    def crawl_delay(self, agent: str) -> float | None:
        delay = self._rules.crawl_delay(self._token(agent))
        return float(delay) if delay is not None else None


@dataclass
class RobotsRules:
    status: int | None  # HTTP status of robots.txt (None: unreachable)
    parser: RobotsParser | None
    error: str | None = None  # set when robots.txt could not be read (site treated as disallowed)
    max_crawl_delay_s: float = DEFAULT_MAX_CRAWL_DELAY_S

    def allows(self, agent: str, url: str) -> bool:
        if self.error is not None:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    @property
    def crawl_delay(self) -> float | None:
        """The site's Crawl-delay for planwatch, capped at `max_crawl_delay_s`; None if unset."""
        delay = self.parser.crawl_delay("planwatch") if self.parser is not None else None
        if delay is None or not 0 <= delay < float("inf"):
            return None
        return min(delay, self.max_crawl_delay_s)


def rules_from_response(
    status: int | None,
    body: bytes | None,
    error: str | None = None,
    *,
    max_crawl_delay_s: float = DEFAULT_MAX_CRAWL_DELAY_S,
) -> RobotsRules:
    """Build the rules for one host from the robots.txt fetch outcome.

    `error` set with a 2xx status means the body could not be read (a timeout, a cut body): the
    host is disallowed for this run, as if robots.txt were unreachable.
    """
    if status is None or status >= 500 or status == 429 or (200 <= status < 300 and error):
        why = error or (f"HTTP {status}" if status else "unreachable")
        return RobotsRules(status, None, f"robots.txt unavailable ({why})", max_crawl_delay_s)
    if not 200 <= status < 300:
        return RobotsRules(status, None, max_crawl_delay_s=max_crawl_delay_s)
    text = (body or b"")[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")
    return RobotsRules(status, RobotsParser(text), max_crawl_delay_s=max_crawl_delay_s)


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
