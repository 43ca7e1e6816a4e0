"""The run journal of `planwatch fetch`: its `pages` rows and fetched pages as JSON lines in the
raw archive (`<root>/raw/journal/<run_id>.jsonl`), so a fetch without the warehouse still knows
what earlier fetches saw."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from extract.archive import RawArchive
from extract.crawl import SourceCrawl
from extract.exceptions import ArchiveError
from extract.state import CrawlState
from planwatch.ids import is_safe_run_id
from planwatch.records import FetchedPage

JOURNAL_DIR = "raw/journal"


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _typed(row: dict) -> dict:
    row = dict(row)
    for key in ("fetched_at",):
        if isinstance(row.get(key), str):
            row[key] = datetime.fromisoformat(row[key])
    if isinstance(row.get("list_date"), str):
        row["list_date"] = date.fromisoformat(row["list_date"])
    return row


def write_journal(archive: RawArchive, run_id: str, crawls: list[SourceCrawl]) -> str:
    """Write `<root>/raw/journal/<run_id>.jsonl` (pages rows) and `<run_id>.documents.jsonl`."""
    if not is_safe_run_id(run_id):
        raise ArchiveError(f"bad run id {run_id!r}")
    pages = "".join(
        json.dumps(r, ensure_ascii=False, default=_json_default) + "\n" for c in crawls for r in c.pages
    )
    docs = "".join(
        json.dumps(d.to_dict(), ensure_ascii=False, default=_json_default) + "\n"
        for c in crawls
        for d in c.documents
    )
    path = archive.write_file(f"{JOURNAL_DIR}/{run_id}.jsonl", pages.encode("utf-8"))
    archive.write_file(f"{JOURNAL_DIR}/{run_id}.documents.jsonl", docs.encode("utf-8"))
    return path


def read_journal(archive: RawArchive, run_id: str) -> tuple[list[dict], list[FetchedPage]]:
    """The pages rows (typed, ready for `conform("pages", rows)`) and documents of one run."""
    pages = [
        _typed(json.loads(line))
        for line in archive.read_file(f"{JOURNAL_DIR}/{run_id}.jsonl").decode("utf-8").splitlines()
        if line
    ]
    docs = []
    try:
        raw = archive.read_file(f"{JOURNAL_DIR}/{run_id}.documents.jsonl").decode("utf-8")
    except (FileNotFoundError, OSError):
        raw = ""
    for line in raw.splitlines():
        if line:
            d = _typed(json.loads(line))
            docs.append(FetchedPage.from_dict(d))
    return pages, docs


def journal_run_ids(archive: RawArchive) -> list[str]:
    """Run ids with a journal in the archive (local or object storage), oldest first."""
    return sorted(
        name[: -len(".jsonl")]
        for name in archive.list_files(JOURNAL_DIR)
        if name.endswith(".jsonl") and not name.endswith(".documents.jsonl")
    )


def state_from_journals(archive: RawArchive) -> CrawlState:
    """Crawl state from every journal in the archive (for `planwatch fetch` without the warehouse)."""
    state = CrawlState()
    for run_id in journal_run_ids(archive):
        state.update(read_journal(archive, run_id)[0])
    return state
