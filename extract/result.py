"""The outcome of one logical fetch (after retries and redirects) and its `pages` row; the
outcome of one source's crawl (`SourceCrawl`)."""

from __future__ import annotations

import email.utils
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from planwatch.records import FetchedPage

_FETCH_SEQ = itertools.count()


@dataclass
class FetchResult:
    """One logical fetch (after retries and redirects) and what came of it."""

    url: str
    method: str = "GET"
    kind: str = "detail"
    final_url: str | None = None
    status: int | None = None
    outcome: str = "error"  # ok | not_modified | error | blocked | refused | skipped
    body: bytes | None = field(default=None, repr=False)
    nbytes: int | None = None
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None
    text: str | None = field(default=None, repr=False)
    attempts: int = 0
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    side: list[FetchResult] = field(default_factory=list)  # robots.txt fetches made on the way

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def to_row(
        self, *, run_id: str, source_id: str, title: str | None = None, list_date: date | None = None
    ) -> dict:
        """A row of the `pages` table (warehouse/contract.py)."""
        stamp = f"{run_id}|{self.method}|{self.url}|{self.fetched_at.isoformat()}|{next(_FETCH_SEQ)}"
        return {
            "fetch_id": hashlib.sha256(stamp.encode()).hexdigest()[:32],
            "run_id": run_id,
            "source_id": source_id,
            "url": self.url,
            "final_url": self.final_url,
            "kind": self.kind,
            "method": self.method,
            "status": self.status,
            "outcome": self.outcome,
            "bytes": self.nbytes,
            "sha256": self.sha256,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "encoding": self.encoding,
            "encoding_source": self.encoding_source,
            "title": title,
            "list_date": list_date,
            "attempts": self.attempts,
            "fetched_at": self.fetched_at,
            "error": self.error,
        }


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


_ERRNO = re.compile(
    r"\[Errno -?\d+\] [^'\")\]]+|\w+Error\(\d+, '[^']+'\)|IncompleteRead\([^)]*\)|"
    r"Read timed out|Connection aborted|Name or service not known"
)


def short_error(exc: BaseException) -> str:
    """The informative part of a requests/urllib3 error (they nest three levels deep)."""
    text = str(exc)
    found = _ERRNO.findall(text)
    if found:
        return "; ".join(dict.fromkeys(found))
    return text if len(text) <= 200 else text[:200] + "…"


@dataclass
class SourceCrawl:
    """One source's crawl: a `pages` row per fetch and the detail pages archived this run."""

    source_id: str
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[FetchedPage] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None  # ScrapeError | EmptyScrape | …
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def n_fetched(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("ok", "not_modified"))

    @property
    def n_failed(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("error", "blocked", "refused"))

    @property
    def lists_readable(self) -> bool:
        """Whether a list page answered (a source whose every list failed found nothing)."""
        return any(p.get("kind") == "list" and p.get("outcome") in ("ok", "not_modified") for p in self.pages)
