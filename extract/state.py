"""What the crawler knows from earlier runs, rebuilt from the `pages` rows (table or journals).

- detail URL → sha256 / ETag / Last-Modified of its last good fetch (it is not fetched again
  unless --refresh);
- list URL → ETag / Last-Modified / sha256 of its last good fetch (conditional GET; on 304 the
  archived body is parsed again);
- URLs whose latest fetch failed (error, blocked, refused): retried next run;
- detail URLs deferred by a run (its cap of new pages or its time budget): fetched next run,
  oldest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

FAILED = ("error", "blocked", "refused")
FILE_RETRIES = 3  # runs an attached file that fails is tried again (with its notice)
# The error of a `pages` row a re-parse writes for a detail page whose archived copy is missing or
# corrupt: the crawler forgets the page's last good fetch and fetches it again.
ARCHIVE_UNREADABLE = "archived copy unreadable (missing or corrupt): fetched again by the next crawl"


@dataclass(frozen=True)
class Known:
    url: str
    sha256: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: datetime | None
    title: str | None = None
    list_date: date | None = None
    method: str | None = None


def _rows(rows_or_frame: Any) -> Iterable[dict]:
    if rows_or_frame is None:
        return []
    if hasattr(rows_or_frame, "to_dicts"):  # polars DataFrame
        return rows_or_frame.to_dicts()
    if hasattr(rows_or_frame, "to_pylist"):  # pyarrow Table
        return rows_or_frame.to_pylist()
    return rows_or_frame


def _when(row: dict) -> datetime:
    value = row.get("fetched_at")
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def _known(row: dict) -> Known:
    list_date = row.get("list_date")
    if isinstance(list_date, str):
        list_date = date.fromisoformat(list_date)
    return Known(
        row["url"],
        row.get("sha256"),
        row.get("etag"),
        row.get("last_modified"),
        _when(row),
        row.get("title"),
        list_date,
        row.get("method"),
    )


class CrawlState:
    """Knowledge per (source_id, url), folded from pages rows in fetch order."""

    def __init__(self) -> None:
        self.details: dict[tuple[str, str], Known] = {}
        self.lists: dict[tuple[str, str], Known] = {}
        self.failed: dict[tuple[str, str], tuple[str, Known]] = {}  # key -> (kind, last attempt)
        self.deferred: dict[tuple[str, str], Known] = {}  # detail pages left for a later run
        # attached files: (source, url) -> (notice that links it, failed fetches in a row)
        self.files: dict[tuple[str, str], tuple[str, int]] = {}

    @classmethod
    def from_pages(cls, rows: Any) -> CrawlState:
        state = cls()
        state.update(rows)
        return state

    def update(self, rows: Any) -> None:
        """Fold more pages rows in (e.g. this run's, to crawl again in the same process)."""
        for row in sorted(_rows(rows), key=_when):
            kind, outcome = row.get("kind"), row.get("outcome")
            if kind == "attachment" and row.get("url") and row.get("parent_url"):
                self._file(row)
                continue
            if kind not in ("list", "detail") or not row.get("url"):
                continue
            key = (row.get("source_id") or "", row["url"])
            table = self.details if kind == "detail" else self.lists
            if outcome == "deferred":
                if kind == "detail" and key not in self.details and key not in self.deferred:
                    self.deferred[key] = _known(row)  # keeps its first deferral: its place in the queue
                continue
            if kind == "detail" and outcome in ("ok", "not_modified", *FAILED, "skipped"):
                self.deferred.pop(key, None)
            if outcome == "ok":
                table[key] = _known(row)
                self.failed.pop(key, None)
            elif outcome == "not_modified":
                self.failed.pop(key, None)
                prev = table.get(key)
                if prev is not None and (row.get("etag") or row.get("last_modified")):
                    table[key] = Known(
                        prev.url,
                        prev.sha256,
                        row.get("etag") or prev.etag,
                        row.get("last_modified") or prev.last_modified,
                        _when(row),
                        prev.title,
                        prev.list_date,
                        prev.method,
                    )
            elif outcome in FAILED:
                if kind == "detail" and row.get("error") == ARCHIVE_UNREADABLE:
                    self.details.pop(key, None)  # nothing usable stands: fetch it again
                elif kind == "detail" and key in self.details:
                    continue  # a refresh that failed: the archived version stands
                self.failed[key] = (kind, _known(row))
            elif outcome == "skipped":
                self.failed.pop(key, None)

    def _file(self, row: dict) -> None:
        key = (row.get("source_id") or "", row["url"])
        _, fails = self.files.get(key, ("", 0))
        failed = row.get("outcome") in ("error", "blocked")  # refused or skipped: final, not retried
        self.files[key] = (row["parent_url"], fails + 1 if failed else 0)

    def files_to_retry(self, source_id: str) -> set[str]:
        """Notices whose attached file failed (at most `FILE_RETRIES` runs in a row): fetched
        again next run, with their files, though the notice itself did not change."""
        return {
            p for (sid, _), (p, fails) in self.files.items() if sid == source_id and 0 < fails <= FILE_RETRIES
        }

    # -- queries ---------------------------------------------------------------------------
    def detail(self, source_id: str, url: str) -> Known | None:
        return self.details.get((source_id, url))

    def list_page(self, source_id: str, url: str) -> Known | None:
        return self.lists.get((source_id, url))

    def known_details(self, source_id: str) -> list[Known]:
        return [k for (sid, _), k in self.details.items() if sid == source_id]

    def failed_details(self, source_id: str) -> list[Known]:
        return [k for (sid, _), (kind, k) in self.failed.items() if sid == source_id and kind == "detail"]

    def failed_lists(self, source_id: str) -> set[str]:
        return {url for (sid, url), (kind, _) in self.failed.items() if sid == source_id and kind == "list"}

    def deferred_details(self, source_id: str) -> list[Known]:
        """Detail pages deferred by earlier runs, oldest deferral first."""
        mine = [k for (sid, _), k in self.deferred.items() if sid == source_id]
        return sorted(mine, key=lambda k: k.fetched_at or datetime.min.replace(tzinfo=UTC))

    def is_waiting(self, source_id: str, url: str) -> bool:
        """Whether a page already waits for a later run (deferred, or failed last time)."""
        return (source_id, url) in self.deferred or (source_id, url) in self.failed

    def has_links(self, source_id: str) -> bool:
        """Whether the source gave detail links before (an empty list now means the site changed)."""
        return (
            any(sid == source_id for sid, _ in self.details)
            or any(sid == source_id and kind == "detail" for (sid, _), (kind, _) in self.failed.items())
            or any(sid == source_id for sid, _ in self.deferred)
        )

    def n_known(self, source_id: str) -> int:
        return sum(1 for sid, _ in self.details if sid == source_id)
