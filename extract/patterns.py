"""Regular expressions from `sources.toml` (`link_pattern`, `date_pattern`, `next_pattern`) run
on RE2 (google-re2), an engine whose matching time is linear in the text: a pattern such as
`(a+)+$` cannot freeze a night (with Python's `re` it backtracks for minutes on one link, holding
the GIL). RE2 has no lookaround and no backreferences; `sources check` says so when a pattern uses
them. `\\d` and `\\w` are ASCII in RE2 (Python's match full-width digits too).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

from extract.exceptions import SourcesError

MAX_PATTERN_CHARS = 2000


class Match(Protocol):
    def group(self, *i: Any) -> Any: ...

    def groups(self) -> tuple[Any, ...]: ...

    def groupdict(self) -> dict[str, Any]: ...

    def start(self, *i: Any) -> int: ...


class Pattern(Protocol):
    """What the adapters use of a compiled pattern (the `re` and `re2` objects both fit)."""

    def search(self, text: str, *args: Any) -> Any: ...


def _options() -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print every rejected pattern to stderr
    return options


def problem(pattern: str) -> str | None:
    """Why a configured pattern cannot be used, or None."""
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"longer than {MAX_PATTERN_CHARS} characters"
    import re2

    try:
        re2.compile(pattern, _options())
    except re2.error as exc:
        detail = (
            exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else exc
        )
        hint = ""
        if "(?<" in pattern or "(?=" in pattern or "(?!" in pattern or "\\1" in pattern:
            hint = " (lookaround and backreferences are not supported: patterns run on RE2, in linear time)"
        return f"invalid regex {pattern!r}: {detail}{hint}"
    return None


@lru_cache(maxsize=256)
def compile_user(pattern: str, ignore_case: bool = False) -> Pattern:
    """A configured pattern compiled for RE2; raises SourcesError when it cannot be used."""
    why = problem(pattern)
    if why:
        raise SourcesError(why)
    import re2

    compiled: Pattern = re2.compile(("(?i)" if ignore_case else "") + pattern, _options())
    return compiled
