"""Fault rules for the replay portal: what goes wrong, on which requests, how often.

A rule matches a request when its regex is found in ``path`` (plus ``?query`` when there is
one). ``count`` limits how many matching requests get the fault (``None``: all of them), so
``FaultRule("/col/", "5xx", count=2)`` is a burst of two failures after which the page
answers normally — what a crawler's retry and next-run pick-up must survive. With
``probability < 1`` a seeded RNG decides per request, so runs are reproducible.

Rules load from TOML (``[[fault]]`` tables) or JSON (a list, or ``{"faults": [...]}``) for
``planwatch replay --faults FILE``.
"""

from __future__ import annotations

import json
import random
import re
import threading
import tomllib
from pathlib import Path
from typing import Any

from planwatch.exceptions import ConfigError

MODES = (
    "5xx",
    "429",
    "slow",
    "reset",
    "truncate",
    "wrong_charset",
    "redirect_loop",
    "redirect_offhost",
    "redirect_private",
    "waf_412",
    "waf_521",
    "waf_200",
    "huge",
    "gzip_bomb",
    # hostile portals (issue 11): what a malicious or broken site can do to a crawler
    "slowloris",
    "unclosed_tags",
    "deep_nesting",
    "huge_robots",
    "link_flood",
    "redirect_backslash",
)


class FaultRule:
    """One fault: ``FaultRule(pattern, mode, count=None, probability=1.0, seed=0, **params)``.

    Parameters per mode (all optional): ``5xx`` status (503); ``429`` retry_after (1);
    ``slow`` delay_s (5.0); ``truncate`` missing (bytes promised but not sent, default half
    the body); ``wrong_charset`` charset (the lie; default the opposite of the true one);
    ``redirect_offhost`` location; ``redirect_private`` targets (list of URLs, rotated);
    ``waf_200`` kind ("rs" or "jsl"); ``huge`` size (25 MiB), declare_length (False);
    ``gzip_bomb`` size (64 MiB decompressed).

    Hostile modes: ``slowloris`` phase ("headers": one header line per interval; "body": headers
    at once, then one byte per interval), interval_s (1.0), duration_s (30: then the server
    closes); ``unclosed_tags`` n (20 000 unclosed ``<a`` and ``<record`` appended to the normal
    answer); ``deep_nesting`` depth (100 000 nested ``<div>`` appended); ``huge_robots`` size
    (1 MiB: the site's robots.txt rules first, then comment lines past the 512 KiB parsing cap)
    and disallow (a path disallowed at the top, default ``/manage/``); ``link_flood`` n (100 000
    extra detail links, to pages that do not exist, added to a Hanweb datastore, else appended);
    ``redirect_backslash`` location (302 to ``http://127.0.0.1:PORT\\@<this host>/…``, a URL
    whose host HTTP libraries read differently; default: the replay server's own port + 1).
    """

    def __init__(
        self,
        pattern: str,
        mode: str,
        count: int | None = None,
        probability: float = 1.0,
        seed: int = 0,
        **params: Any,
    ) -> None:
        if mode not in MODES:
            raise ConfigError(f"unknown fault mode {mode!r}; known: {', '.join(MODES)}")
        if count is not None and count < 0:
            raise ConfigError(f"fault {mode}: count must be >= 0, got {count}")
        if not 0.0 <= probability <= 1.0:
            raise ConfigError(f"fault {mode}: probability must be in [0, 1], got {probability}")
        try:
            self.regex = re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"fault {mode}: bad pattern {pattern!r}: {exc}") from exc
        self.pattern = pattern
        self.mode = mode
        self.count = count
        self.probability = probability
        self.seed = seed
        self.params = params
        self.hits = 0  # how many requests got this fault so far
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        extra = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return (
            f"FaultRule({self.pattern!r}, {self.mode!r}, count={self.count!r}, "
            f"probability={self.probability!r}, seed={self.seed!r}{extra})"
        )

    def take(self, target: str) -> bool:
        """True when this request (``path?query``) gets the fault; consumes one of ``count``."""
        if not self.regex.search(target):
            return False
        with self._lock:
            if self.count is not None and self.hits >= self.count:
                return False
            if self.probability < 1.0 and self._rng.random() >= self.probability:
                return False
            self.hits += 1
            return True

    @property
    def exhausted(self) -> bool:
        return self.count is not None and self.hits >= self.count

    def to_dict(self) -> dict[str, Any]:
        return {
            "pattern": self.pattern,
            "mode": self.mode,
            "count": self.count,
            "probability": self.probability,
            "seed": self.seed,
            **self.params,
        }


def pick(rules: list[FaultRule], target: str) -> FaultRule | None:
    """The first rule that fires for this request, or None."""
    for rule in rules:
        if rule.take(target):
            return rule
    return None


def rule_from_dict(item: dict[str, Any], where: str = "") -> FaultRule:
    item = dict(item)
    try:
        pattern = item.pop("pattern")
        mode = item.pop("mode")
    except KeyError as exc:
        raise ConfigError(f"{where}fault needs 'pattern' and 'mode' (missing {exc})") from exc
    try:
        return FaultRule(pattern, mode, **item)
    except ConfigError as exc:
        raise ConfigError(f"{where}{exc}") from exc
    except TypeError as exc:
        raise ConfigError(f"{where}bad fault {item!r}: {exc}") from exc


def load_faults(path: str | Path) -> list[FaultRule]:
    """Read fault rules from a ``.toml`` (``[[fault]]``) or ``.json`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read faults file {path}: {exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            data: Any = json.loads(text)
        else:
            data = tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid {path.suffix or 'TOML'}: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("fault", data.get("faults", []))
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a list of faults")
    return [rule_from_dict(item, f"{path}: fault #{i + 1}: ") for i, item in enumerate(data)]
