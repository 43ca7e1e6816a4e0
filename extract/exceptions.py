"""Errors raised by extract that other packages may catch.

Blocked (WAF) and refused (off-host, private address) fetches are not exceptions: they are
outcomes recorded in the `pages` table, and the run goes on.
"""

from __future__ import annotations

from planwatch.exceptions import ConfigError, PlanwatchError


class ExtractError(PlanwatchError):
    """Base of extract's errors."""


class SourcesError(ConfigError):
    """sources.toml is invalid; the message lists every problem with file, source and key."""


class UnknownPlatform(SourcesError):
    """A source names a platform no adapter module in `extract.platforms` implements."""


class ScrapeError(ExtractError):
    """A source could not be crawled (its first list page failed, or it could not be understood)."""


class EmptyScrape(ScrapeError):
    """A list page gave zero links although the source gave links before: the site changed."""


class UnsafeURL(ExtractError, ValueError):
    """A URL the URL policy refuses (backslash, userinfo, control characters, ambiguous host …)."""


class SourceTimedOut(ScrapeError):
    """A source used up its time budget (its own, or the run's); what it fetched is kept."""


class ArchiveError(ExtractError):
    """The raw archive cannot be used as asked (bad root, bad key, bad relative path)."""


class ArchiveMissing(ArchiveError, KeyError):
    """No archived body under this sha256."""


class ArchiveCorrupt(ArchiveError, ValueError):
    """The archived body does not hash to its key."""
