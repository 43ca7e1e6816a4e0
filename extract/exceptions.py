"""Errors raised by extract that other packages may catch."""
from __future__ import annotations

from planwatch.exceptions import ConfigError, PlanwatchError


class ExtractError(PlanwatchError):
    """Base of extract's errors."""


class SourcesError(ConfigError):
    """sources.toml is invalid; the message lists every problem with file, source and key."""


class ScrapeError(ExtractError):
    """A source could not be crawled (its first list page failed, or it could not be understood)."""


class EmptyScrape(ScrapeError):
    """A list page gave zero links although the source gave links before: the site changed."""


class BlockedError(ExtractError):
    """A WAF challenge page came back instead of content."""


class RefusedError(ExtractError):
    """A request or redirect went to a host or address the source does not allow."""
