"""robots.txt rules, fetched once per host per run (RFC 9309 semantics).

- 2xx: the rules apply (the group naming `planwatch`, else `*`);
- 4xx (no robots.txt): everything is allowed;
- 5xx or unreachable: the site is treated as fully disallowed for this run (RFC 9309 §2.3.1.4),
  recorded as an error so that the pages are tried again next run.

`urllib.robotparser` treats `*` and `$` in paths literally (so `Disallow: /*.jsp` would never
match); this small matcher implements RFC 9309: the longest matching rule wins, `allow` wins a
tie, `*` matches any run of characters, `$` anchors the end.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

MAX_ROBOTS_BYTES = 512 * 1024


def _normalise_path(path: str) -> str:
    """Percent-encoding normalised so that rule and URL compare alike."""
    return quote(unquote(path), safe="/?=&*$%:@!;,+~-._")


@dataclass
class _Rule:
    allow: bool
    path: str
    regex: re.Pattern

    @classmethod
    def make(cls, allow: bool, path: str) -> _Rule:
        path = _normalise_path(path)
        anchored = path.endswith("$")
        body = path[:-1] if anchored else path
        pattern = ".*".join(re.escape(part) for part in body.split("*"))
        return cls(allow, path, re.compile(pattern + ("$" if anchored else "")))


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None


class RobotsParser:
    """Parsed robots.txt: `can_fetch(agent, url)` and `crawl_delay(agent)`."""

    def __init__(self, text: str) -> None:
        self.groups: list[_Group] = []
        current: _Group | None = None
        in_agents = False
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if current is None or not in_agents:
                    current = _Group()
                    self.groups.append(current)
                current.agents.append(value.lower())
                in_agents = True
                continue
            in_agents = False
            if current is None:
                continue
            if key in ("allow", "disallow"):
                if value:  # an empty Disallow allows everything
                    current.rules.append(_Rule.make(key == "allow", value))
            elif key == "crawl-delay":
                try:
                    current.crawl_delay = float(value)
                except ValueError:
                    pass

    def _groups_for(self, agent: str) -> list[_Group]:
        token = agent.split("/", 1)[0].strip().lower()  # product token: planwatch/0.1 -> planwatch
        mine = [g for g in self.groups if token in g.agents]
        return mine or [g for g in self.groups if "*" in g.agents]

    def can_fetch(self, agent: str, url: str) -> bool:
        parts = urlsplit(url)
        target = _normalise_path((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        if target == "/robots.txt":
            return True
        best: _Rule | None = None
        for group in self._groups_for(agent):
            for rule in group.rules:
                if rule.regex.match(target):
                    if (
                        best is None
                        or len(rule.path) > len(best.path)
                        or (len(rule.path) == len(best.path) and rule.allow and not best.allow)
                    ):
                        best = rule
        return best is None or best.allow

    def crawl_delay(self, agent: str) -> float | None:
        delays = [g.crawl_delay for g in self._groups_for(agent) if g.crawl_delay is not None]
        return max(delays) if delays else None


@dataclass
class RobotsRules:
    status: int | None  # HTTP status of robots.txt (None: unreachable)
    parser: RobotsParser | None
    error: str | None = None  # set when robots.txt could not be read (site treated as disallowed)

    def allows(self, agent: str, url: str) -> bool:
        if self.error is not None:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    @property
    def crawl_delay(self) -> float | None:
        return self.parser.crawl_delay("planwatch") if self.parser is not None else None


def rules_from_response(status: int | None, body: bytes | None, error: str | None = None) -> RobotsRules:
    """Build the rules for one host from the robots.txt fetch outcome."""
    if status is None or status >= 500 or status == 429:
        why = error or (f"HTTP {status}" if status else "unreachable")
        return RobotsRules(status, None, f"robots.txt unavailable ({why})")
    if not 200 <= status < 300:
        return RobotsRules(status, None)
    text = (body or b"")[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")
    return RobotsRules(status, RobotsParser(text))


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
