"""The typed records handed from one step to the next (one record per hand-off).

- `FetchedPage`: extract → transform. A detail page whose bytes sit in the raw archive under
  `sha256`, with what the list page said about it. The crawler makes them; `reparse` makes them
  again from the `pages` table.
- `ParsedDocument`: transform → expectations. One page's rows for the content tables.
- `ValidatedRun`: expectations → load. The rows that passed, the quarantined ones and the
  expectation results of one run.

They live in the shared base so that no step imports another to read its input.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl


@dataclass(frozen=True)
class Attachment:
    """A file linked from a notice, archived by the crawler under `sha256` (extract → transform).

    `name`: the link text shown on the page (附件1：任务分解表.docx), else the URL's file name."""

    url: str
    name: str
    sha256: str
    content_type: str | None = None
    size: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class AttachedFile:
    """An attached file's bytes handed to `transform.document.parse_document` (never fetched there)."""

    name: str
    data: bytes
    url: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class FetchedPage:
    """A detail page archived by the crawler, ready to be parsed from the raw archive."""

    url: str
    source_id: str
    county: str | None
    sha256: str
    encoding: str | None = None
    encoding_source: str | None = None
    title: str | None = None  # from the list page (full, from @title)
    list_date: date | None = None  # date shown in the list
    fetched_at: datetime | None = None
    content_type: str | None = None
    final_url: str | None = None
    previous_sha256: str | None = None  # set when a --refresh found a changed body
    attachments: tuple[Attachment, ...] = ()  # the files linked from the page, archived
    # the pages of their own it links to as its plan (`extract.linked`: the crawler's scan);
    # None: not scanned (a re-parse), the parse step scans the archived bytes
    plan_pages: tuple[str, ...] | None = None

    def content_type_hint(self) -> str | None:
        """The Content-Type to decode the archived bytes with (the charset the fetch used)."""
        if self.content_type:
            return self.content_type
        return f"text/html; charset={self.encoding}" if self.encoding else None

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["attachments"] = [a.to_dict() for a in self.attachments]
        return out

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> FetchedPage:
        """From a dict with these keys (unknown keys are ignored; dates may be ISO strings)."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        if isinstance(values.get("fetched_at"), str):
            values["fetched_at"] = datetime.fromisoformat(values["fetched_at"])
        if isinstance(values.get("list_date"), str):
            values["list_date"] = date.fromisoformat(values["list_date"])
        if values.get("plan_pages") is not None:
            values["plan_pages"] = tuple(values["plan_pages"])
        if values.get("attachments"):
            values["attachments"] = tuple(
                a if isinstance(a, Attachment) else Attachment(**a) for a in values["attachments"]
            )
        return cls(**values)


@dataclass
class ParsedDocument:
    """One page as rows of the content tables (`warehouse.contract`): a dict per row."""

    document: dict[str, Any]
    tasks: list[dict[str, Any]] = field(default_factory=list)
    task_units: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)  # one row per attached file


@dataclass
class ValidatedRun:
    """One run's content tables after the expectation suites.

    `tables` holds the rows that passed (contract schema); `quarantine` the rows kept out, with
    the reason; `dq_results` one row per expectation evaluated; `failed_sources` the sources
    whose rows are not loaded at all (a table-level failure), with why.
    """

    tables: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    dq_results: pl.DataFrame
    failed_sources: dict[str, list[str]] = field(default_factory=dict)
    docs_path: str | None = None  # the run's Data Docs page, when it was written

    @property
    def n_quarantined(self) -> int:
        return int(self.quarantine.height)


@dataclass
class QualitySummary:
    """A run's expectation results as Data Docs and the run report show them: small whatever
    the number of sources (a night of 11,000 sources has ~500,000 `dq_results` rows; this holds
    their counts and the rows a page lists).

    `evaluated` / `failed`: expectation results, and of them failed; `quarantined`: rows kept
    out; `run_wide`: the results over all sources (source ''); `failures`: every failed result
    (run-wide and per source); `quarantine`: the first quarantined rows (a page shows
    `QUARANTINE_SHOWN`); `failed_sources`: sources not loaded (a table-level failure), with why.
    """

    evaluated: int
    failed: int
    quarantined: int
    run_wide: pl.DataFrame
    failures: pl.DataFrame
    quarantine: pl.DataFrame
    failed_sources: dict[str, list[str]] = field(default_factory=dict)
